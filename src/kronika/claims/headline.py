"""Claims of a title-cased headline, read off a parse of the line in sentence case.

A headline that capitalises every word ('Senator Vows To Block Tax Cuts') is parsed as one
long name: 'Vows' is a proper noun and no cue verb is found, or a content stops at the first
capitalised clause ('Shows Bias When It Comes To ...'). The line is parsed again with its
words in lower case, except the names the body also writes with a capital inside a sentence
('Sanders', 'Trump'), and its claims are read off that parse. Lower-casing keeps every
character where it was, so the offsets hold for the original text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kronika.actors.names import MIN_TITLE_WORDS, title_case_tokens, title_word
from kronika.claims.spans import ClaimSpan
from kronika.nlp import doc_text, sentence_index, sentences, token_texts

Parser = Callable[[str], Doc]


def title_lines(doc: Doc) -> list[Span]:
    """The lines whose words are all capitalised (a headline), quotations and all."""
    lines: list[Span] = []
    start = 0
    texts = token_texts(doc)  # the line breaks are found without building a Token per word
    breaks = [i for i, text in enumerate(texts) if "\n" in text and not text.strip()]
    for i in [*breaks, len(doc)]:
        if i - start >= MIN_TITLE_WORDS:
            line = doc[start:i]
            capitals = 0
            for token in line:  # stops at the first word no headline writes
                kind = _headline_word(token)
                if kind is False:
                    break
                capitals += kind is True
            else:
                if capitals >= MIN_TITLE_WORDS:
                    lines.append(line)
        start = i + 1
    return lines


def _headline_word(token: Token) -> bool | None:
    """``title_word``, with the short words and clitics a headline style may leave in lower
    case ('if', 'n't', 'vs.') let through."""
    kind = title_word(token)
    return None if kind is False and len(token.text) <= 3 else kind


def body_names(doc: Doc, lines: list[Span]) -> frozenset[str]:
    """Capitalised words the body writes inside a sentence, outside title-cased runs and the
    headlines: names."""
    title = title_case_tokens(doc).union(*(range(line.start, line.end) for line in lines))
    starts = {s.start for s in sentences(doc)}
    return frozenset(
        t.text for t in doc
        if t.i not in title and t.i not in starts and t.text[:1].isupper() and t.is_alpha
        and not (t.i > 0 and (doc[t.i - 1].is_quote or doc[t.i - 1].is_space
                              or doc[t.i - 1].text in ".:!?"))
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


def headline_claims(doc: Doc, found: list[ClaimSpan], parse: Parser,
                    extract: Callable[[Doc], list[ClaimSpan]]) -> list[ClaimSpan]:
    """``found`` with the claims of each title-cased headline replaced by those read off the
    line's sentence-case parse, when that parse finds any."""
    runs = title_lines(doc)
    if not runs:
        return found
    text, names, sent_of = doc_text(doc), body_names(doc, runs), sentence_index(doc)
    for run in runs:
        start, end = run.start_char, run.end_char
        recased = sentence_cased(run, names)
        if recased == run.text:
            continue
        shifted = [_to_line_end(_shift(c, start, text, sent_of, doc), text, end)
                   for c in extract(parse(recased))]
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
