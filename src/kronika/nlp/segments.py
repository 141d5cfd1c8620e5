"""Segments of a news text that are not prose sentences: headline, byline, dateline, caption.

A headline, a byline or a photo caption stands on its own line, or is glued to the first
sentence by a dash when an article was flattened ("... Are Serious -The director said",
"(Photo: E. Paula/VOA)-“If we go"). Left to the parser, such a line is fused with the sentence
that follows, and the entity recognizer reads headline words and the byline as one name.
Three mechanisms keep them apart, all before the parser runs:

- the tokenizer splits a dash glued to a capital, an opening quote or a closing bracket;
- ``kronika_segments`` marks a sentence start after every bare newline (unless the next line
  continues a wrapped sentence: it starts in lower case after a line with no end mark), after
  a flattening dash, and after a wire dateline ("KYIV, Ukraine (AP) —"); and it forbids one
  inside a line right after a lower-case word or a number, which never ends a sentence (the
  parser may cut "the 13th Amendment" or "remarks the envoy made" in two);
- ``kronika_entity_lines`` (after ``ner``) cuts entities at a line break, keeping their longer
  side ("Detain\\nE. Paula" is no name), and drops an entity of four words or more that is a
  whole line by itself (a title-cased headline read as one long name).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex

from kronika.nlp import doc_text

DASHES = "-–—"
# A dash glued to what follows it and preceded by a space or a closing bracket: a flattened
# segment boundary, never a compound ('Guinea-Bissau') or a range ('1990-95').
GLUED_PREFIX = r"[-–—](?=[“\"‘A-Z])"
GLUED_INFIXES = (r"(?<=\S)\)(?=[-–—])", r"(?<=\))[-–—]", r"(?<=[-–—])[“\"‘](?=\w)")
# Wire datelines: 'KYIV, Ukraine (AP) —', 'WASHINGTON —', 'GENEVA (Reuters) -', and with both
# a country and a date: 'GOMA, Congo, May 2 (AP) —'.
DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,40}){0,2}"
    r"(?:\s*\([\w .&'’-]{1,30}\))?\s*[-–—]\s+",
    re.M,
)
# A byline on a line of its own: 'By Ana Reyes', 'By Staff Reporter, Reuters'. Short and with
# no end mark, unlike a sentence that opens with 'By' ('By Monday, troops had left.').
BYLINE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n.!?]{0,60}?[ \t]*$", re.M)
END_MARKS = frozenset(".!?:;\"”’)")


def customize_tokenizer(nlp: Language) -> None:
    """Split glued dashes at segment boundaries (see the module docstring)."""
    tokenizer = nlp.tokenizer
    prefixes = [GLUED_PREFIX, *nlp.Defaults.prefixes]
    infixes = [*GLUED_INFIXES, *nlp.Defaults.infixes]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def wrapped(before: str, after: str) -> bool:
    """A line break inside a hard-wrapped sentence: no end mark before, lower case after."""
    last = before.rstrip()[-1:]
    return bool(last) and last not in END_MARKS and after[:1].islower()


def line_starts(doc: Doc) -> list[int]:
    """Token indices that open a new line of text (wrapped-sentence breaks excluded)."""
    starts = []
    for tok in doc[:-1]:
        if "\n" not in tok.text and "\n" not in tok.whitespace_:
            continue
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            continue
        if not wrapped(doc[max(0, tok.i - 1)].text if tok.is_space else tok.text, nxt.text):
            starts.append(nxt.i)
    return starts


def dash_starts(doc: Doc) -> list[int]:
    """Tokens right after a flattening dash: ' -The', ')-“If'."""
    out = []
    for tok in doc[1:-1]:
        if len(tok.text) != 1 or tok.text not in DASHES or tok.whitespace_:
            continue
        before = doc[tok.i - 1]
        nxt = doc[tok.i + 1]
        glued_left = before.text == ")" or bool(before.whitespace_)
        if glued_left and (nxt.text[:1].isupper() or nxt.text[:1] in "“\"‘"):
            out.append(nxt.i)
    return out


def datelines(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character spans of the wire datelines that open a line (under a headline and a
    byline, the story's first line), computed once per Doc."""
    cached = doc.user_data.get("kronika_datelines")
    if cached is None:
        cached = doc.user_data["kronika_datelines"] = tuple(
            (m.start(), m.end()) for m in DATELINE.finditer(doc.text))
    return cached


def bylines(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character spans of the byline lines, computed once per Doc."""
    cached = doc.user_data.get("kronika_bylines")
    if cached is None:
        text = doc_text(doc)  # most texts have no 'By' at all: no regex scan of every line
        cached = doc.user_data["kronika_bylines"] = tuple(
            (m.start(), m.end()) for m in BYLINE.finditer(text)) if "By" in text else ()
    return cached


def in_credit_line(span: Span) -> bool:
    """Whether the span lies in a dateline or a byline: 'KYIV' of 'KYIV, Ukraine (AP) —'
    names where the story was filed and 'Ana Reyes' of 'By Ana Reyes' who wrote it; neither
    is an actor of the story."""
    start = span.start_char
    return any(a <= start < b for a, b in (*datelines(span.doc), *bylines(span.doc)))


def dateline_starts(doc: Doc) -> list[int]:
    """The tokens right after each wire dateline."""
    ends = sorted(end for _, end in datelines(doc))
    out, at = [], 0
    for tok in doc:
        while at < len(ends) and ends[at] <= tok.idx:
            out.append(tok.i)
            at += 1
        if at == len(ends):
            break
    return out


def _unfinished(tok: Token) -> bool:
    """A token after which no sentence can begin on the same line: a word ending in a lower-
    case letter or a digit ("remarks", "13th", "No. 2"), with no end mark after it. A
    capitalised word is left to the parser: a flattened headline ends with one."""
    last = tok.text[-1:]
    return (not tok.whitespace_.count("\n") and not tok.is_space
            and (last.islower() or last.isdigit()) and not tok.text[:1].isupper())


def unbroken(doc: Doc) -> list[int]:
    """Token indices that cannot open a sentence: those right after an unfinished word."""
    return [tok.i + 1 for tok in doc[:-1] if _unfinished(tok) and not doc[tok.i + 1].is_space]


@Language.component("kronika_segments", assigns=["token.is_sent_start"])
def mark_segments(doc: Doc) -> Doc:
    """Sentence starts at line breaks, flattening dashes and after a dateline; none right
    after a word that cannot end a sentence."""
    starts = set(line_starts(doc)) | set(dash_starts(doc)) | set(dateline_starts(doc))
    for i in unbroken(doc):
        if i not in starts:
            doc[i].is_sent_start = False
    for i in starts:
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
            if doc[i].is_left_punct and i + 1 < len(doc):
                doc[i + 1].is_sent_start = False  # an opening quote belongs to what it opens
    return doc


def cut_at_lines(ent: Span) -> Span:
    """The longer line-free part of an entity (the later one on a tie)."""
    parts: list[Span] = []
    start = ent.start
    for tok in ent:
        if tok.is_space or "\n" in tok.whitespace_:
            end = tok.i if tok.is_space else tok.i + 1
            if end > start:
                parts.append(ent.doc[start:end])
            start = tok.i + 1
    if ent.end > start:
        parts.append(ent.doc[start:ent.end])
    best = max(reversed(parts), key=len) if parts else ent
    return Span(ent.doc, best.start, best.end, label=ent.label)


def whole_line(ent: Span) -> bool:
    """An entity of four words or more that is a whole line by itself: a title-cased
    headline ('Ethiopian Police Detain Opposition Leaders'), which the recognizer reads as
    one long name."""
    doc = ent.doc
    words = [t for t in ent if not t.is_punct]
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    starts_line = before is None or before.is_space or "\n" in before.whitespace_
    ends_line = after is None or after.is_space or "\n" in ent[-1].whitespace_
    return len(words) >= 4 and starts_line and ends_line


@Language.component("kronika_entity_lines", assigns=["doc.ents"], requires=["doc.ents"])
def split_entity_lines(doc: Doc) -> Doc:
    """No entity runs across a line break, and no headline line is one long name."""
    ents = list(doc.ents)
    if any("\n" in e.text for e in ents) or any(len(e) >= 4 for e in ents):
        cut = [cut_at_lines(e) if "\n" in e.text else e for e in ents]
        doc.ents = [e for e in cut if not whole_line(e)]
    return doc


def add_segmentation(nlp: Language) -> None:
    """Install the tokenizer rules and both components on a loaded pipeline."""
    customize_tokenizer(nlp)
    if "kronika_segments" not in nlp.pipe_names:
        nlp.add_pipe("kronika_segments", first=True)
    if "ner" in nlp.pipe_names and "kronika_entity_lines" not in nlp.pipe_names:
        nlp.add_pipe("kronika_entity_lines", after="ner")
