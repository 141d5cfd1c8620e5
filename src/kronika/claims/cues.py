"""The attribution lexicon: cue words (``cues.csv``), speaker nouns (``speakers.csv``) and the
word lists of the claim rules (``claim_words.yaml``).

The files are loaded once per process and validated on load; a bad entry raises
:class:`~kronika.errors.KnowledgeError` naming the file, the line and the field.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from kronika.errors import KnowledgeError
from kronika.lexicon import word_map, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

CUE_POS = ("VERB", "NOUN", "ADP", "ADJ")
CUE_KINDS = ("speech", "belief", "source", "intent", "stance", "naming", "quoting", "verbal")
SPEAKER_KINDS = ("anonymous", "collective")
# the word lists of the claim rules: verbs, prepositions, pronouns and nouns by the part they play
CLAIM_WORDS = "claim_words.yaml"


@dataclass(frozen=True)
class CueLexicon:
    """Cue words by part of speech, each mapped to its kind (speech, belief or source)."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    phrases: dict[tuple[str, ...], str]
    speakers: dict[str, str]
    # adjectives of a state of mind after a copula: "X is sure that ...", "X was afraid that"
    adjectives: dict[str, str] = field(default_factory=dict)

    def verb_kind(self, lemma: str, particle: str | None = None) -> str | None:
        """Kind of a verb cue, preferring the phrasal form ("point out") when there is one."""
        if particle and f"{lemma} {particle}" in self.verbs:
            return self.verbs[f"{lemma} {particle}"]
        return self.verbs.get(lemma)

    @cached_property
    def phrasal_heads(self) -> frozenset[str]:
        """Every leading part of a verb cue that a space ends ('point' of 'point out'): a verb
        whose lemma is none of them makes no phrasal cue, so its children need no look."""
        return frozenset(v[:i] for v in self.verbs for i, ch in enumerate(v) if ch == " ")


def _data_path(name: str) -> Path:
    """Path of a knowledge file shipped with the package."""
    return Path(str(resources.files("kronika") / "data" / name))


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) of a CSV knowledge file, skipping blank and ``#`` lines."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read the file", hint=str(exc)) from exc
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    numbered = [(n, line) for n, line in numbered if not line.lstrip().startswith("#")]
    if not numbered:
        raise KnowledgeError(f"{path}: no header row", hint=f"expected {','.join(columns)}")
    header_line, header = numbered[0]
    if tuple(h.strip() for h in header.split(",")) != columns:
        raise KnowledgeError(
            f"{path}:{header_line}: bad header {header!r}", hint=f"expected {','.join(columns)}"
        )
    for n, line in numbered[1:]:
        values = next(csv.reader([line]))
        if len(values) != len(columns):
            raise KnowledgeError(
                f"{path}:{n}: expected {len(columns)} fields, got {len(values)}",
                hint=f"columns are {','.join(columns)}",
            )
        yield n, {c: v.strip() for c, v in zip(columns, values, strict=True)}


def _check(path: Path, line: int, field: str, value: str, allowed: tuple[str, ...]) -> None:
    """Raise a KnowledgeError when a field's value is not one of the allowed ones."""
    if value not in allowed:
        raise KnowledgeError(
            f"{path}:{line}: field {field!r} has bad value {value!r}",
            hint=f"use one of {', '.join(allowed)}",
        )


def read_cues(
    path: Path,
) -> tuple[dict[str, str], dict[str, str], dict[tuple[str, ...], str], dict[str, str]]:
    """Read a ``cue,pos,kind`` file into verb, noun, phrase and adjective tables."""
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    adjectives: dict[str, str] = {}
    for n, row in _rows(path, ("cue", "pos", "kind")):
        cue = " ".join(row["cue"].lower().split())
        if not cue:
            raise KnowledgeError(f"{path}:{n}: field 'cue' is empty")
        _check(path, n, "pos", row["pos"], CUE_POS)
        _check(path, n, "kind", row["kind"], CUE_KINDS)
        if row["pos"] == "VERB":
            verbs[cue] = row["kind"]
        elif row["pos"] == "NOUN":
            nouns[cue] = row["kind"]
        elif row["pos"] == "ADJ":
            adjectives[cue] = row["kind"]
        else:
            phrases[tuple(cue.split())] = row["kind"]
    return verbs, nouns, phrases, adjectives


def read_speakers(path: Path) -> dict[str, str]:
    """Read a ``noun,kind`` file of anonymous and collective speaker nouns."""
    speakers: dict[str, str] = {}
    for n, row in _rows(path, ("noun", "kind")):
        if not row["noun"]:
            raise KnowledgeError(f"{path}:{n}: field 'noun' is empty")
        _check(path, n, "kind", row["kind"], SPEAKER_KINDS)
        speakers[row["noun"].lower()] = row["kind"]
    return speakers


def load_lexicon(cues: Path | None = None, speakers: Path | None = None) -> CueLexicon:
    """Load the cue and speaker files (the packaged ones by default)."""
    if cues is None and speakers is None:
        return default_lexicon()
    verbs, nouns, phrases, adjectives = read_cues(cues or _data_path("cues.csv"))
    return CueLexicon(verbs, nouns, phrases,
                      read_speakers(speakers or _data_path("speakers.csv")), adjectives)


@lru_cache(maxsize=1)
def default_lexicon() -> CueLexicon:
    """The packaged lexicon, loaded once per process."""
    verbs, nouns, phrases, adjectives = read_cues(_data_path("cues.csv"))
    return CueLexicon(verbs, nouns, phrases, read_speakers(_data_path("speakers.csv")), adjectives)


def reported_clause(word: Token, through: Collection[str], steps: int = 6
                    ) -> tuple[Token, list[Token]] | None:
    """(verb of speech or belief, path) when ``word`` stands in a clause that verb reports:
    the path climbs from ``word`` through ``through`` dependencies to the complement clause
    ('said' and [ready, was] for 'ready' in 'Iran said it was ready to talk'); else None."""
    path = [word]
    for _ in range(steps):
        if path[-1].dep_ == "ccomp":
            break
        if path[-1].dep_ not in through or path[-1].head.i == path[-1].i:
            return None
        path.append(path[-1].head)
    else:
        return None
    said = path[-1].head
    if said.pos_ != "VERB" or default_lexicon().verb_kind(said.lemma_.lower()) is None:
        return None
    return said, path


VERBAL_ROLES = ("medium", "object", "survey", "document")


@lru_cache(maxsize=1)
def verbal_senses() -> dict[str, frozenset[str]]:
    """The words of ``verbal_senses.csv`` by role (medium, object): what makes a verb of
    physical action ("attack", "defend"; kind ``verbal``) a stance in words."""
    path = _data_path("verbal_senses.csv")
    found: dict[str, set[str]] = {role: set() for role in VERBAL_ROLES}
    for n, row in _rows(path, ("word", "role")):
        if not row["word"]:
            raise KnowledgeError(f"{path}:{n}: field 'word' is empty")
        _check(path, n, "role", row["role"], VERBAL_ROLES)
        found[row["role"]].add(row["word"].lower())
    return {role: frozenset(words) for role, words in found.items()}


def claim_words(key: str) -> frozenset[str]:
    """One word list of ``claim_words.yaml`` (read once per process)."""
    return word_set(CLAIM_WORDS, key)


def claim_word_map(key: str) -> dict[str, str]:
    """One word -> word mapping of ``claim_words.yaml`` (read once per process)."""
    return word_map(CLAIM_WORDS, key)
