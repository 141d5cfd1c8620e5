"""A denial summed up in an appositive: ``A accused B of X, a charge B denies``.

The appositive names the sentence before it with a report noun ("a charge", "a claim", "an
allegation") and says who rejects it. That is the rejecter's claim; what they deny is the act
they are accused of (X), not the accusation, which the writer reports as a fact. The parser
reads such a tail in many ways (the noun as a compound of the rejecter, the verb as a noun, the
whole sentence as the verb's complement), so the pattern is read off the words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kronika.claims.attribution import speaker_kind
from kronika.claims.context import Context, quoted_share, subtree_span, trim
from kronika.claims.cues import claim_words
from kronika.claims.spans import ClaimSpan

# nouns that sum up what the sentence before them says someone did or said
_SUMMING_NOUNS = claim_words("summing_nouns")
# the rejecting verbs, by every form the tail uses ("denies", "has denied", "rejected")
_REJECTING = claim_words("rejecting_verbs")
# words that may stand between the rejecter and the verb: "has long denied", "strongly rejects"
_BETWEEN = frozenset({"AUX", "ADV", "PART"})
# verbs whose "of"/"for" phrase is the act the accused is said to have done
_ACCUSING = claim_words("accusing_verbs")
_LONGEST_SPEAKER = 6


def _rejecting_verb(token: Token) -> bool:
    """A form of a rejecting verb, whatever part of speech the tagger gave it."""
    lower = token.lower_
    return token.lemma_.lower() in _REJECTING or any(
        lower in (verb + "s", verb + "d", verb + "ed", verb + "es")
        or lower == verb[:-1] + "ies" or lower == verb[:-1] + "ied"
        for verb in _REJECTING)


def _speaker_words(sent: Span, noun: Token) -> tuple[list[Token], Token] | None:
    """The rejecter's words after the summing noun and the rejecting verb after them."""
    words: list[Token] = []
    for token in sent.doc[noun.i + 1 : sent.end]:
        if token.lower_ in ("that", "which") and not words:
            continue  # "a claim that Moscow denies"
        if _rejecting_verb(token) and words:
            return words, token
        if token.is_punct or len(words) >= _LONGEST_SPEAKER or token.pos_ == "VERB":
            return None
        words.append(token)
    return None


def _passive_rejecter(sent: Span, word: Token) -> tuple[list[Token], Token] | None:
    """'..., a claim rejected by union leaders', '..., which was disputed by the army': the
    rejecter's words after "by" and the rejecting participle before it."""
    doc = sent.doc
    i = word.i + 1
    while i < sent.end and (doc[i].lower_ in ("that", "which") or doc[i].pos_ in _BETWEEN):
        i += 1  # "a claim that has long been rejected by"
    if i + 2 >= sent.end or not _rejecting_verb(doc[i]) or doc[i].tag_ not in ("VBN", "VBD") \
            or doc[i + 1].lower_ != "by":
        return None
    words: list[Token] = []
    for token in doc[i + 2 : sent.end]:
        if token.is_punct or token.pos_ == "VERB":
            break
        if len(words) >= _LONGEST_SPEAKER:
            return None
        words.append(token)
    return (words, doc[i]) if words else None


def _rejecter(words: list[Token]) -> list[Token] | None:
    """The rejecter's phrase without the auxiliaries and adverbs before the verb."""
    while words and words[-1].pos_ in _BETWEEN:
        words = words[:-1]
    if not words or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words):
        return None
    return words


def _accused_act(ctx: Context, sent: Span, comma: Token) -> tuple[int, int] | None:
    """What the sentence before the appositive says was done: the "of"/"for" phrase of an
    accusing verb ("accused B of arming rebels"), the complement of a speech verb ("said B had
    armed rebels"), or the whole clause ("Troops burned the village")."""
    host = ctx.doc[sent.start : comma.i]
    for verb in host:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma in _ACCUSING:
            # "accused B of X": the parser hangs the "of" phrase on the verb or on B
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            for prep in [c for h in (verb, *objects) for c in h.children]:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i > verb.i:
                    act = [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
                    if act:
                        return act[0].left_edge.idx, min(subtree_span(act[0])[1], comma.idx)
        if ctx.lexicon.verb_kind(lemma) == "speech":
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                           and c.i < comma.i), None)
            if clause is not None:
                return clause.left_edge.idx, min(subtree_span(clause)[1], comma.idx)
    return host.start_char, comma.idx


def rebuttal_claim(ctx: Context, noun: Token) -> ClaimSpan | None:
    """``..., a charge B denies``: B's denial of the act the sentence before accuses B of;
    ``..., which B denies`` at the end of the sentence is the same denial."""
    if noun.lower_ == "which":
        return _closing_rebuttal(ctx, noun)
    if noun.lemma_.lower() not in _SUMMING_NOUNS and noun.lower_ not in _SUMMING_NOUNS:
        return None
    doc, sent = ctx.doc, noun.sent  # after the word test: most nouns are no summing noun
    det = noun.i - 1
    while det > sent.start and doc[det].pos_ in ("ADJ", "ADV"):
        det -= 1  # "a baseless charge"
    if det - 1 <= sent.start or doc[det].lower_ not in ("a", "an", "the") \
            or doc[det - 1].text not in (",", "—", "–"):
        return None
    found = _rejected_by(sent, noun)
    if found is None:
        return None
    speaker, verb = found
    return _rebuttal(ctx, doc[det - 1], speaker, verb)


def _rejected_by(sent: Span, word: Token) -> tuple[list[Token], Token] | None:
    """(the rejecter's words, the rejecting verb) after a summing noun or 'which'."""
    found = _passive_rejecter(sent, word) or _speaker_words(sent, word)
    if found is None:
        return None
    words, verb = found
    speaker = _rejecter(words)
    return (speaker, verb) if speaker is not None else None


def _closing_rebuttal(ctx: Context, which: Token) -> ClaimSpan | None:
    """``A accused B of X, which B denies.``: only a rejecting verb that closes the sentence
    rejects the whole accusation ("..., which the court dismissed as a delay" says more)."""
    doc, sent = ctx.doc, which.sent
    if which.i - 1 <= sent.start or doc[which.i - 1].text != ",":
        return None
    found = _rejected_by(sent, which)
    if found is None:
        return None
    speaker, verb = found
    last = max(verb.i, speaker[-1].i)  # "which was denied by the movement": after the rejecter
    if not all(t.is_punct or t.is_space for t in doc[last + 1 : sent.end]):
        return None
    return _rebuttal(ctx, doc[which.i - 1], speaker, verb)


def _rebuttal(ctx: Context, comma: Token, speaker: list[Token], verb: Token) -> ClaimSpan | None:
    """The rejecter's claim: the act the sentence before the comma accuses them of."""
    act = _accused_act(ctx, comma.sent, comma)
    if act is None:
        return None
    start, end = trim(ctx.text, *act)
    if end <= start:
        return None
    head = [t for t in speaker if t.pos_ in ("PROPN", "NOUN", "PRON")][-1]
    kind = ctx.lexicon.verb_kind(verb.lemma_.lower()) or "speech"
    return ClaimSpan(
        speaker_start=speaker[0].idx,
        speaker_end=speaker[-1].idx + len(speaker[-1].text),
        speaker_kind=speaker_kind(head, ctx.lexicon),
        cue=verb.text,
        cue_start=verb.idx,
        cue_end=verb.idx + len(verb.text),
        content_start=start,
        content_end=end,
        direct=quoted_share(ctx, start, end) >= 0.5,
        sentence=ctx.sentence_of[verb.i],
        cue_kind=kind,
    )


def appositive_start(claim: ClaimSpan, text: str) -> int:
    """Where the summing appositive or clause begins (its comma or dash), from its speaker."""
    before = claim.speaker_start or claim.cue_start or 0
    return max(text.rfind(mark, 0, before) for mark in (",", "—", "–"))
