"""Claims of a title-cased headline, read off a parse of the line in sentence case.

A headline that capitalises every word ('Senator Vows To Block Tax Cuts') is parsed as one
long name: 'Vows' is a proper noun and no cue verb is found, or a content stops at the first
capitalised clause ('Shows Bias When It Comes To ...'). The line is parsed again with its
words in lower case, except the names the body also writes with a capital inside a sentence
('Sanders', 'Trump'), and its claims are read off that parse. Lower-casing keeps every
character where it was, so the offsets hold for the original text.

The lines of a whole batch of documents are parsed in one ``nlp.pipe`` call
(``parse_headlines``), which shares spaCy's fixed cost per call among them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from kronika.actors.names import (
    DASHES,
    MIN_TITLE_WORDS,
    TITLE_FUNCTION_WORDS,
    title_case_tokens,
    title_word,
)
from kronika.claims.cues import default_lexicon
from kronika.claims.spans import ClaimSpan
from kronika.nlp import doc_text, sentence_index, sentences, token_texts

Parser = Callable[[str], Doc]

# Where ``parse_headlines`` keeps a Doc's re-parsed headlines: (line, parse of the line) pairs.
PARSES_KEY = "kronika_headline_parses"
# Components a headline's claim rules do without: the entity recogniser is half the cost of
# parsing a short line.
LINE_UNUSED = ("ner", "kronika_entity_lines")


def title_lines(doc: Doc) -> list[Span]:
    """The lines whose words are all capitalised (a headline), quotations and all."""
    lines: list[Span] = []
    start = 0
    texts = token_texts(doc)  # the line breaks are found without building a Token per word
    breaks = [i for i, text in enumerate(texts) if "\n" in text and not text.strip()]
    for i in [*breaks, len(doc)]:
        if i - start >= MIN_TITLE_WORDS:
            capitals = 0
            for k in range(start, i):  # stops at the first word no headline writes
                kind = _headline_word(doc, k, texts)
                if kind is False:
                    break
                capitals += kind is True
            else:
                if capitals >= MIN_TITLE_WORDS:
                    lines.append(doc[start:i])
        start = i + 1
    return lines


def _headline_word(doc: Doc, i: int, texts: list[str]) -> bool | None:
    """``title_word``, with the short words and clitics a headline style may leave in lower
    case ('if', 'n't', 'vs.') let through. Most words are judged by their text alone, as
    ``title_word`` would judge them, without building a Token (every paragraph's first words
    are asked)."""
    text = texts[i]
    first = text[:1]
    if first.isupper():
        return True
    if (first.islower() and len(text) > 3 and text.lower() not in TITLE_FUNCTION_WORDS
            and not (i > 0 and texts[i - 1] in DASHES)):
        return False
    token = doc[i]
    kind = title_word(token)
    return None if kind is False and len(text) <= 3 else kind


def body_names(doc: Doc, lines: list[Span]) -> frozenset[str]:
    """Capitalised words of the headlines that the body writes inside a sentence, outside
    title-cased runs and the headlines: names. Only the words of the headlines are looked up
    (a Token is built for no other word)."""
    wanted = {t.text for line in lines for t in line if t.text[:1].isupper() and t.is_alpha}
    texts = token_texts(doc)
    found = [i for i, text in enumerate(texts) if text in wanted]
    if not found:
        return frozenset()
    title = title_case_tokens(doc).union(*(range(line.start, line.end) for line in lines))
    starts = {s.start for s in sentences(doc)}
    return frozenset(
        texts[i] for i in found
        if i not in title and i not in starts
        and not (i > 0 and ((before := doc[i - 1]).is_quote or before.is_space
                            or before.text in ".:!?"))
    )


def sentence_cased(run: Span, names: frozenset[str]) -> str:
    """The run's text with every capitalised word but the first, the names and the acronyms
    in lower case; as long as the run's text."""
    pieces = []
    for k, token in enumerate(run):
        word = token.text
        keep = (k == 0 or word in names or not word[:1].isupper() or not word[1:].islower()
                or len(word.lower()) != len(word))
        pieces.append((word if keep else word.lower()) + token.whitespace_)
    return "".join(pieces)[: len(run.text)]


def recased_lines(doc: Doc) -> list[tuple[Span, str]]:
    """Each title-cased headline with its sentence-case text, where that differs."""
    runs = title_lines(doc)
    if not runs:
        return []
    names = body_names(doc, runs)
    return [(run, text) for run in runs if (text := sentence_cased(run, names)) != run.text]


def parse_headlines(nlp: Language, docs: Sequence[Doc]) -> None:
    """Parse the recased headlines of every Doc in one ``nlp.pipe`` call and keep each
    Doc's on the Doc (``PARSES_KEY``): a spaCy call has a fixed cost as large as the parse of
    a short line, paid once per call, not once per line. A line with no word that may be a
    cue is not parsed: no rule could read a claim off its parse."""
    forms = cue_forms(nlp)
    lines = [(doc, run, text) for doc in docs for run, text in recased_lines(doc)
             if forms is None or may_cue(run, forms)]
    for doc in docs:
        doc.user_data[PARSES_KEY] = []
    parsed = nlp.pipe([text for _, _, text in lines], batch_size=max(len(lines), 1),
                      disable=LINE_UNUSED)
    for (doc, run, _), line in zip(lines, parsed, strict=True):
        doc.user_data[PARSES_KEY].append((run, line))


# words that open a claim whatever the cue lexicon holds: a that-clause after any verb
# ('observed that'), a summed-up denial ('which X denies'), quotation marks and the dash of
# a signed quotation
_CLAIM_WORDS = frozenset({"that", "which", '"', "“", "”", "‘", "’", "'", "«", "»", "―", "—"})
# endings a cue word may take in a headline: 'Vows', 'Warned', 'Urging', 'Denies', 'Denied'
_ENDINGS = ("s", "es", "d", "ed", "ing", "ies", "ied")


class CueForms(NamedTuple):
    """What a line must hold to be worth a parse: one word of these, or one phrase."""

    words: frozenset[str]
    phrases: frozenset[tuple[str, ...]]


def cue_forms(nlp: Language) -> CueForms | None:
    """Every word of the cue lexicon, with the irregular forms the lemmatizer maps to one
    ('told', 'thought', 'spoke'), and its phrases ('according to'); None when the pipeline
    has no table of irregular forms, and then every line may hold a cue."""
    key = id(nlp)
    if key not in _FORMS:
        _FORMS[key] = _cue_forms(nlp)
    return _FORMS[key]


_FORMS: dict[int, CueForms | None] = {}


def _cue_forms(nlp: Language) -> CueForms | None:
    """``cue_forms``, computed."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return None
    lexicon = default_lexicon()
    lemmas = {word for cues in (lexicon.verbs, lexicon.nouns, lexicon.adjectives)
              for cue in cues for word in cue.split()[:1]}
    irregular = {form for table in lookups.get_table("lemma_exc").values()
                 for form, bases in table.items() if any(b in lemmas for b in bases)}
    return CueForms(frozenset(lemmas | irregular | _CLAIM_WORDS),
                    frozenset(p for p in lexicon.phrases if p))


def may_cue(run: Span, forms: CueForms) -> bool:
    """Whether a line holds a word that is, or may be an inflection of, a cue word, or the
    words of a cue phrase."""
    words = [token.lower_ for token in run]
    if any(stem in forms.words for word in words for stem in _stems(word)):
        return True
    return any(tuple(words[i : i + len(p)]) == p for p in forms.phrases
               for i in range(len(words)) if words[i] == p[0])


def _stems(word: str) -> set[str]:
    """The word and what it may be an inflection of: 'vows' -> 'vow', 'denied' -> 'deny',
    'hoped' -> 'hope', 'stopped' -> 'stop'."""
    out = {word}
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            out |= {stem, stem + "e", stem + "y"}
            if stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return out


def stored_parses(doc: Doc) -> list[tuple[Span, Doc]] | None:
    """The headline parses ``parse_headlines`` kept on a Doc, or None when it did not run."""
    return doc.user_data.get(PARSES_KEY)


def headline_claims(doc: Doc, found: list[ClaimSpan], parses: list[tuple[Span, Doc]],
                    extract: Callable[[Doc], list[ClaimSpan]]) -> list[ClaimSpan]:
    """``found`` with the claims of each title-cased headline replaced by those read off the
    line's sentence-case parse (``parses``), when that parse finds any."""
    if not parses:
        return found
    text, sent_of = doc_text(doc), sentence_index(doc)
    for run, line in parses:
        start, end = run.start_char, run.end_char
        shifted = [_to_line_end(_shift(c, start, text, sent_of, doc), text, end)
                   for c in extract(line)]
        if not shifted:
            continue
        found = [c for c in found if not start <= _anchor(c) < end] + shifted
    return sorted(found, key=lambda c: (c.content_start, c.cue_start or 0))


def _to_line_end(claim: ClaimSpan, text: str, end: int) -> ClaimSpan:
    """A headline is one clause: what follows its cue runs to the end of the line ('Shows Bias
    When It Comes To X', 'Seeks More Refugees As He Marks Y'), whatever the parse hung the
    trailing clause on. A cue after its content ('X, Minister Says') or before its speaker
    keeps its content."""
    if claim.direct or claim.cue_start is None or claim.cue_start > claim.content_start:
        return claim
    if claim.speaker_start is not None and claim.speaker_start > claim.cue_start:
        return claim  # 'Railing Against X, Y Vows ...': the speaker's own clause follows
    if end <= claim.content_end or not text[claim.content_end : end].strip(" .,;:"):
        return claim
    stop = end
    while stop > claim.content_end and text[stop - 1] in " .":
        stop -= 1
    return replace(claim, content_end=stop)


def _anchor(claim: ClaimSpan) -> int:
    """Where a claim is told: its cue, else its content."""
    return claim.cue_start if claim.cue_start is not None else claim.content_start


def _shift(claim: ClaimSpan, by: int, text: str, sent_of: list[int], doc: Doc) -> ClaimSpan:
    """A claim of the re-parsed line in the offsets (and the cue's capitals) of the document."""
    def at(x: int | None) -> int | None:
        return None if x is None else x + by

    cue = claim.cue
    if claim.cue_start is not None and claim.cue_end is not None and cue is not None:
        original = text[claim.cue_start + by : claim.cue_end + by]
        cue = original if original.lower() == cue.lower() else cue
    told = _anchor(claim) + by
    span = doc.char_span(told, told + 1, alignment_mode="expand")
    sentence = sent_of[span.start] if span is not None and len(span) else claim.sentence
    return replace(claim, speaker_start=at(claim.speaker_start), speaker_end=at(claim.speaker_end),
                   cue=cue, cue_start=at(claim.cue_start), cue_end=at(claim.cue_end),
                   content_start=claim.content_start + by, content_end=claim.content_end + by,
                   sentence=sentence)
