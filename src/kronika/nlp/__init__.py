"""The one place kronika loads spaCy: one pipeline per process, model name from settings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from kronika import settings
from kronika.errors import UsageError

# Components no kronika stage reads: skipping them is free speed.
UNUSED_COMPONENTS = ("lemmatizer_trainable",)
# Documents parsed together by nlp.pipe. The pipelines' own default (256, or 1000) holds the
# parse of a whole batch at once: 84 real news articles took 1.44 GB at 256 and 0.48 GB at 8,
# for the same CPU time within noise.
PARSE_BATCH = 16


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load the spaCy pipeline named by ``model`` (default: the ``model`` setting) once."""
    name = model or settings.get("model")
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise UsageError(
            f"spaCy model {name!r} cannot be loaded",
            hint="install it with pip or set KRONIKA_MODEL to an installed pipeline",
        ) from exc
    nlp.max_length = max(nlp.max_length, int(settings.get("max_chars")) + 1)
    from kronika.nlp.segments import add_segmentation  # registers its components on import

    add_segmentation(nlp)
    nlp.batch_size = min(nlp.batch_size, PARSE_BATCH)
    return nlp


def doc_text(doc: Doc) -> str:
    """The text of a Doc, read once per Doc (Doc.text joins every token on each access)."""
    cached = doc.user_data.get("kronika_text")
    if cached is None:
        cached = doc.user_data["kronika_text"] = doc.text
    return cached


def sentences(doc: Doc) -> tuple[Span, ...]:
    """The sentences of a Doc, computed once per Doc (doc.sents is a linear scan)."""
    cached = doc.user_data.get("kronika_sents")
    if cached is None:
        cached = doc.user_data["kronika_sents"] = tuple(doc.sents)
    return cached


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, computed once per Doc."""
    cached = doc.user_data.get("kronika_sent_index")
    if cached is None:
        cached = [0] * len(doc)
        for n, sent in enumerate(sentences(doc)):
            cached[sent.start : sent.end] = [n] * (sent.end - sent.start)
        doc.user_data["kronika_sent_index"] = cached
    return cached


def lower_lemmas(doc: Doc) -> list[str]:
    """The lower-cased lemma of every token, computed once per Doc (lexicons match on it)."""
    cached = doc.user_data.get("kronika_lower_lemmas")
    if cached is None:
        strings = doc.vocab.strings  # read from the token array: no Token objects built
        cached = [strings[h].lower() for h in doc.to_array("LEMMA").tolist()]
        doc.user_data["kronika_lower_lemmas"] = cached
    return cached


def lower_texts(doc: Doc) -> list[str]:
    """The lower-cased text of every token, computed once per Doc."""
    cached = doc.user_data.get("kronika_lower_texts")  # asked per token: no second call
    return cached if cached is not None else token_strings(doc, "LOWER", "kronika_lower_texts")


def token_texts(doc: Doc) -> list[str]:
    """The text of every token (Token.text), computed once per Doc."""
    cached = doc.user_data.get("kronika_texts")  # asked per span: no second call
    return cached if cached is not None else token_strings(doc, "ORTH", "kronika_texts")


def semicolon_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a semicolon stands among the tokens ``start`` to ``end`` (exclusive): two
    clauses a semicolon joins are told apart ('X shells Y; Z vows a response')."""
    return ";" in token_texts(doc)[start:end]


def per_token(token: Token, key: str, compute: Callable[[Token], Iterable[int]]
              ) -> frozenset[int]:
    """``compute(token)`` as a frozenset, kept per token in the Doc's user data under ``key``:
    for token sets that several rules ask of the same trigger (its clause, its informants)."""
    cache = token.doc.user_data.setdefault(key, {})
    found = cache.get(token.i)
    if found is None:
        found = cache[token.i] = frozenset(compute(token))
    return found


def token_strings(doc: Doc, attr: str, key: str) -> list[str]:
    """One string attribute of every token, read from the token array (no Token objects
    built) and kept in the Doc's user data under ``key``."""
    cached = doc.user_data.get(key)
    if cached is None:
        strings = doc.vocab.strings
        cached = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()]
    return cached


def token_starts(doc: Doc) -> list[int]:
    """The character offset of every token, computed once per Doc."""
    cached = doc.user_data.get("kronika_token_starts")
    if cached is None:
        cached = doc.user_data["kronika_token_starts"] = doc.to_array("IDX").tolist()
    return cached


def entities(doc: Doc) -> tuple[Span, ...]:
    """The named entities of a Doc, built once per Doc (doc.ents builds a new Span for every
    entity on each access)."""
    cached = doc.user_data.get("kronika_ents")
    if cached is None:
        cached = doc.user_data["kronika_ents"] = tuple(whole_name(e) for e in doc.ents)
    return cached


def whole_name(ent: Span) -> Span:
    """A person's name with the hyphenated end of a given name the recognizer cut off ('Choi
    Sang' of 'Choi Sang-mok', 'Jung Hae-' of 'Jung Hae-in'): a family name and a syllable of
    at most four letters before the hyphen, and one after it ('Reagan-era', 'Oscar-winning'
    are words made of a name)."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    if doc[end - 1].text == "-" and len(ent) > 2:
        syllable, hyphen, after = doc[end - 2], doc[end - 1], end
    elif end + 1 < len(doc) and doc[end].text == "-":
        syllable, hyphen, after = doc[end - 1], doc[end], end + 1
    else:
        return ent
    tail = doc[after] if after < len(doc) else None
    if (tail is None or syllable.whitespace_ or hyphen.whitespace_ or not syllable.is_title
            or len(syllable) > 4 or not tail.is_alpha or not tail.is_lower or len(tail) > 4):
        return ent
    return Span(doc, ent.start, after + 1, label=ent.label)


def entities_of(doc: Doc, label: str) -> list[Span]:
    """Entities with one label, computed once per Doc (doc.ents builds a new tuple each time)."""
    key = f"kronika_ents_{label}"
    if key not in doc.user_data:
        doc.user_data[key] = [e for e in entities(doc) if e.label_ == label]
    return doc.user_data[key]


def coarse_pos(doc: Doc) -> list[str]:
    """The coarse part of speech (Token.pos_) of every token, computed once per Doc: rule
    stages that look only at nouns or verbs skip the other words without building a Token."""
    cached = doc.user_data.get("kronika_coarse_pos")
    if cached is None:
        cached = [POS_NAMES[p] for p in doc.to_array("POS").tolist()]
        doc.user_data["kronika_coarse_pos"] = cached
    return cached


def dep_labels(doc: Doc) -> list[str]:
    """The dependency label (Token.dep_) of every token, computed once per Doc."""
    cached = doc.user_data.get("kronika_dep_labels")  # asked per token: no second call
    return cached if cached is not None else token_strings(doc, "DEP", "kronika_dep_labels")


def head_indices(doc: Doc) -> list[int]:
    """The index of every token's head (its own for a root), computed once per Doc."""
    cached = doc.user_data.get("kronika_heads")
    if cached is None:
        offsets = doc.to_array("HEAD").astype("int64").tolist()  # relative, stored unsigned
        cached = doc.user_data["kronika_heads"] = [i + o for i, o in enumerate(offsets)]
    return cached


def child_indices(doc: Doc) -> list[list[int]]:
    """The indices of every token's children in text order (Token.children), computed once
    per Doc: a walk down the parse tests labels on these before it builds any Token."""
    cached = doc.user_data.get("kronika_children")
    if cached is None:
        cached = [[] for _ in range(len(doc))]
        for i, head in enumerate(head_indices(doc)):
            if head != i:
                cached[head].append(i)
        doc.user_data["kronika_children"] = cached
    return cached
