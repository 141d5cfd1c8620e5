"""The YAML word lists of kronika/data and their loaders in kronika.lexicon: validated on load."""

from collections import Counter

import pytest

from kronika import lexicon
from kronika.errors import KnowledgeError
from kronika.lexicon import read_word_lists, word_map, word_set

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
        lexicon.word_set_map("date_words.yaml", "months")


def test_a_value_that_is_no_word_list_is_a_knowledge_error(monkeypatch):
    monkeypatch.setattr(lexicon, "packaged_text", lambda name: "verbs: {say: 3}\n")
    lexicon.word_lists.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="verbs"):
            lexicon.word_lists("broken.yaml")
    finally:
        lexicon.word_lists.cache_clear()


WORDS = """\
# verbs of the voice
voice: [chant, shout]
# prepositions, one YAML would read as a boolean
preps: [in, "on"]
past: {said: say}
"""


def test_word_set_and_map_read_lists_and_mappings():
    assert word_set("t.yaml", "voice", WORDS) == frozenset({"chant", "shout"})
    assert word_set("t.yaml", "preps", WORDS) == frozenset({"in", "on"})
    assert word_map("t.yaml", "past", WORDS) == {"said": "say"}


def test_unquoted_boolean_word_names_file_line_and_key():
    with pytest.raises(KnowledgeError, match=r"t.yaml:2: preps: not a list of words"):
        word_set("t.yaml", "preps", "# x\npreps: [in, on]\n")


def test_key_given_twice_is_an_error():
    with pytest.raises(KnowledgeError, match=r"t.yaml:2: voice: given twice"):
        read_word_lists("t.yaml", "voice: [chant]\nvoice: [shout]\n")


def test_missing_key_and_wrong_shape_are_errors():
    with pytest.raises(KnowledgeError, match="no such list"):
        word_set("t.yaml", "absent", WORDS)
    with pytest.raises(KnowledgeError, match="not a mapping of words"):
        word_map("t.yaml", "voice", WORDS)
    with pytest.raises(KnowledgeError, match="not a mapping of word lists"):
        read_word_lists("t.yaml", "[a, b]\n")
