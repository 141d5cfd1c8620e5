"""claim_words.yaml: every list loads and every list is read by the claim rules."""

from pathlib import Path

from kronika.claims.cues import CLAIM_WORDS, claim_word_map, claim_words
from kronika.lexicon import packaged_text, read_word_lists

CLAIMS = Path(__file__).resolve().parents[2] / "src" / "kronika" / "claims"


def test_every_list_loads_as_words():
    for key, (_, value) in read_word_lists(CLAIM_WORDS, packaged_text(CLAIM_WORDS)).items():
        words = claim_word_map(key) if isinstance(value, dict) else claim_words(key)
        assert words and all(w == w.lower() for w in words), key


def test_every_list_is_used_by_the_code():
    code = "".join(p.read_text(encoding="utf-8") for p in CLAIMS.glob("*.py"))
    for key in read_word_lists(CLAIM_WORDS, packaged_text(CLAIM_WORDS)):
        assert f'"{key}"' in code, key
