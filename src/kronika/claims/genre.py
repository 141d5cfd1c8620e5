"""The genre of a document from its text, and the sentences that are its author's assessments.

Ingest reads the genre from a byline ("Comment by ..."). Here the writer's own voice refines
it: evaluative words ("wrong", "too late", "should have") and first-person words outside
quotations. A "news" document dense with them becomes "opinion". In an opinion or analysis
piece, each sentence with an evaluative cue and no attribution of its own is a claim of the
author, not a fact. The cues and thresholds are data (``data/genre.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml
from spacy.tokens import Doc, Span, Token

from kronika.claims.quotes import quotes_of
from kronika.errors import KnowledgeError
from kronika.nlp import lower_lemmas, lower_texts, sentence_index, token_starts
from kronika.nlp import sentences as sentences_of

GENRE_FILE = "genre.yaml"
# Genres whose author speaks in their own voice.
AUTHORED = frozenset({"opinion", "analysis"})


@dataclass(frozen=True)
class GenreCues:
    """The writer's-voice cues of genre.yaml, as lemma tuples, and the thresholds."""

    first_person: frozenset[str]
    evaluative: frozenset[tuple[str, ...]]
    epithets: frozenset[str]
    per_sentence: float
    min_evaluative: int
    first_person_per_sentence: float
    min_first_person: int


@dataclass(frozen=True)
class Cue:
    """One evaluative cue found in the text: its words and character offsets."""

    text: str
    start: int
    end: int
    sentence: int


@lru_cache(maxsize=1)
def load_genre_cues() -> GenreCues:
    """The packaged genre cues, checked on load."""
    raw = yaml.safe_load(files("kronika.data").joinpath(GENRE_FILE).read_text("utf-8")) or {}
    try:
        evaluative = raw["evaluative"]
        limits = raw["thresholds"]
        return GenreCues(
            first_person=frozenset(str(w).lower() for w in raw["first_person"]),
            evaluative=frozenset(tuple(str(p).lower().split())
                                 for p in [*evaluative["words"], *evaluative["phrases"]]),
            epithets=frozenset(str(w).lower() for w in raw["epithets"]),
            per_sentence=float(limits["evaluative_per_sentence"]),
            min_evaluative=int(limits["min_evaluative"]),
            first_person_per_sentence=float(limits["first_person_per_sentence"]),
            min_first_person=int(limits["min_first_person"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeError(f"{GENRE_FILE}: field {exc}: missing or malformed") from exc


def quoted(doc: Doc) -> frozenset[int]:
    """Indices of tokens inside quotation marks (the quoted speaker's words, not the writer's),
    found once per Doc."""
    cached = doc.user_data.get("kronika_quoted")
    if cached is not None:
        return cached
    spans = sorted((q.start, q.end) for q in quotes_of(doc))
    inside: set[int] = set()
    k = 0
    for i, idx in enumerate(token_starts(doc)):  # one sweep: both are in text order
        while k < len(spans) and spans[k][1] <= idx:
            k += 1
        if k < len(spans) and spans[k][0] < idx < spans[k][1]:
            inside.add(i)
    cached = doc.user_data["kronika_quoted"] = frozenset(inside)
    return cached


@lru_cache(maxsize=8)
def _cue_starts(evaluative: frozenset[tuple[str, ...]]) -> tuple[frozenset[str], int]:
    """(first words, longest length) of the evaluative cues: most tokens start none."""
    return frozenset(c[0] for c in evaluative if c), max(map(len, evaluative), default=0)


def evaluative_cues(doc: Doc, cues: GenreCues | None = None) -> list[Cue]:
    """Evaluative words and phrases outside quotations, in text order, longest first."""
    cues = cues or load_genre_cues()
    inside = quoted(doc)
    lemmas = lower_lemmas(doc)
    starts, longest = _cue_starts(cues.evaluative)
    found, resume = [], 0  # a cue found covers its words: none starts inside it
    for i in [i for i, lemma in enumerate(lemmas) if lemma in starts]:
        if i < resume or i in inside:
            continue
        n = next((n for n in range(longest, 0, -1)
                  if tuple(lemmas[i:i + n]) in cues.evaluative), 0)
        if n:
            span = doc[i:i + n]
            found.append(Cue(span.text, span.start_char, span.end_char, sentence_of(doc[i])))
            resume = i + n
    return found


def sentence_of(token: Token) -> int:
    """The index of a token's sentence."""
    return sentence_index(token.doc)[token.i]


def first_person(doc: Doc, cues: GenreCues | None = None) -> int:
    """First-person singular words outside quotations."""
    cues = cues or load_genre_cues()
    inside = quoted(doc)
    return sum(1 for i, w in enumerate(lower_texts(doc))
               if w in cues.first_person and i not in inside)


def detect_genre(doc: Doc, given: str = "news", cues: GenreCues | None = None) -> str:
    """The given genre, or "opinion" for a "news" text dense with the writer's own voice."""
    if given != "news":
        return given  # a byline or the caller said so: the text does not overrule it
    cues = cues or load_genre_cues()
    inside = quoted(doc)
    epithets = sum(1 for i, lemma in enumerate(lower_lemmas(doc))
                   if lemma in cues.epithets and i not in inside)
    evaluative = len(evaluative_cues(doc, cues)) + epithets
    sentences = max(1, len(sentences_of(doc)))
    own = first_person(doc, cues)
    dense = evaluative >= cues.min_evaluative and evaluative / sentences >= cues.per_sentence
    personal = own >= cues.min_first_person and own / sentences >= cues.first_person_per_sentence
    return "opinion" if dense or personal else given


def assessments(doc: Doc, cues: GenreCues | None = None) -> list[tuple[Span, Cue]]:
    """Sentences with an evaluative cue, each with its first cue: the writer's assessments."""
    sents = sentences_of(doc)
    first: dict[int, Cue] = {}
    for cue in evaluative_cues(doc, cues):
        first.setdefault(cue.sentence, cue)
    return [(sents[i], cue) for i, cue in sorted(first.items())]
