"""The YAML word-list loader of kronika.lexicon: validated on load."""

import pytest

from kronika.errors import KnowledgeError
from kronika.lexicon import read_word_lists, word_map, word_set

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
