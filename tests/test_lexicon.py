"""The YAML word lists of kronika/data and their loader (kronika.lexicon.word_lists)."""

from collections import Counter

import pytest

from kronika import lexicon
from kronika.errors import KnowledgeError

WORD_FILES = ("phantom_words.yaml", "factuality_words.yaml", "date_words.yaml",
              "location_words.yaml")


@pytest.mark.parametrize("name", WORD_FILES)
def test_word_files_hold_lists_without_repeats(name):
    for key, value in lexicon.word_lists(name).items():
        for words in (value.values() if isinstance(value, dict) else [value]):
            repeated = [w for w, n in Counter(words).items() if n > 1]
            assert not repeated, f"{name}: {key} repeats {repeated}"


def test_months_keep_calendar_order():
    months = lexicon.word_sequence("date_words.yaml", "months")
    assert months[0] == "January" and months[4] == "May" and months[11] == "December"


def test_unknown_list_is_a_knowledge_error():
    with pytest.raises(KnowledgeError, match="no such word list"):
        lexicon.word_list("date_words.yaml", "no_such_list")
    with pytest.raises(KnowledgeError, match="no such word mapping"):
        lexicon.word_map("date_words.yaml", "months")


def test_a_value_that_is_no_word_list_is_a_knowledge_error(monkeypatch):
    monkeypatch.setattr(lexicon, "packaged_text", lambda name: "verbs: {say: 3}\n")
    lexicon.word_lists.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="verbs"):
            lexicon.word_lists("broken.yaml")
    finally:
        lexicon.word_lists.cache_clear()
