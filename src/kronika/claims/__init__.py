"""Claims: who said (or believes) what, found with cue words, quotations and dependency rules.

``extract_claims(doc)`` returns one :class:`ClaimSpan` per attribution, in text order, with
character offsets into ``doc.text``. The author of an opinion piece as a speaker is decided
later by the pipeline; here a claim always has a cue in the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from kronika.claims.attribution import (
    adjective_claim,
    agent_nouns,
    colon_claim,
    depiction_nouns,
    hoisted_participle,
    noun_claim,
    phrase_claims,
    signed_claim,
    survey_claim,
    verb_claim,
)
from kronika.claims.boilerplate import boilerplate_spans, editors_notes
from kronika.claims.contents import coordinated_infinitive
from kronika.claims.context import Context, make_context, trim
from kronika.claims.cues import CueLexicon, claim_words, default_lexicon, load_lexicon
from kronika.claims.headline import Parser, headline_claims, recased_lines, stored_parses
from kronika.claims.quotes import Quote, find_quotes
from kronika.claims.rebuttals import appositive_start, rebuttal_claim
from kronika.claims.spans import ClaimSpan
from kronika.lexicon import read_csv
from kronika.nlp import lower_texts

__all__ = ["ClaimSpan", "CueLexicon", "Quote", "extract_claims", "find_quotes", "load_lexicon"]


def extract_claims(doc: Doc, lexicon: CueLexicon | None = None,
                   parse: Parser | None = None) -> list[ClaimSpan]:
    """Every attribution of a parsed document, in order of content, without duplicates.

    A title-cased headline's claims are read off a parse of the line in sentence case (see
    ``claims.headline``): the one ``claims.headline.parse_headlines`` kept on the Doc, else,
    with ``parse`` (the spaCy pipeline), one made here."""
    found = _claims_of(doc, lexicon)
    parses = stored_parses(doc)
    if parses is None and parse is not None:
        parses = [(run, parse(text)) for run, text in recased_lines(doc)]
    if not parses:
        return found
    return headline_claims(doc, found, parses, lambda line: _claims_of(line, lexicon))


def _claims_of(doc: Doc, lexicon: CueLexicon | None) -> list[ClaimSpan]:
    """The attributions the cue rules find in one parse."""
    ctx = make_context(doc, lexicon or default_lexicon())
    found: list[ClaimSpan] = []
    rebuttals: list[ClaimSpan] = []
    surveys: list[ClaimSpan] = []
    # a source phrase starts with its first word: most tokens need no phrase check
    starts = {p[0] for p in ctx.lexicon.phrases if p}
    every = any(not p for p in ctx.lexicon.phrases)
    # read off the token arrays: a Token is built only for a word some rule may start at
    pos = doc.to_array("POS").tolist()
    for i, word in enumerate(lower_texts(doc)):
        if not (every or word in starts or pos[i] in RULE_POS_IDS
                or word in (":", "which", "in")):
            continue  # rule_for gives no rule: no cue POS, not a colon, no closing denial
        token = doc[i]
        if every or word in starts:
            found.extend(phrase_claims(ctx, token))
        survey = survey_claim(ctx, token) if word == "in" else None
        if survey is not None:
            surveys.append(survey)
        rule = rule_for(token)
        claim = rule(ctx, token) if rule is not None else None
        if claim is not None:
            found.append(claim)
        if pos[i] == POS_IDS["NOUN"] or word == "which":
            rebuttal = rebuttal_claim(ctx, token)
            if rebuttal is not None:
                rebuttals.append(rebuttal)
    for rebuttal in rebuttals:
        found = _with_rebuttal(found, rebuttal, ctx.text)
    # "In a survey, most farmers said ...": a cue of the sentence's own is its claim
    cued = {c.sentence for c in found}
    found += [s for s in surveys if s.sentence not in cued]
    for n in range(len(ctx.quotes)):
        signed = signed_claim(ctx, n)
        if signed is not None:
            found.append(signed)
    formulas = boilerplate_spans(doc) + editors_notes(ctx.text)
    # "who asked not to be named", "declined to comment": how the story was sourced, no claim
    found = [c for c in found if c.cue_start is None or c.cue_end is None
             or not any(s < c.cue_end and c.cue_start < e for s, e in formulas)]
    unique = {(c.cue_start, c.content_start, c.content_end): c for c in found}
    # a second act of one speaker is cut off the first's content before any claim is judged
    # to lie inside another's
    trimmed = [_without_sibling(c, unique.values(), ctx) for c in unique.values()]
    kept = [c for c in trimmed if not _inner_attitude(c, trimmed)]
    kept = [c for c in kept if not _inside_quotation(c, kept, ctx)]
    kept = [c for c in kept if not _straddles_quotation(c, ctx)]
    kept = [c for c in kept if not _quoted_whole(c, ctx)]
    kept = [c for c in kept if not _unsaid_inside(c, kept, doc)]
    kept = [c for c in kept if not _described_inside(c, kept, doc)]
    kept = [c for c in kept if not _inner_evidence(c, kept, ctx)]
    kept = [c for c in kept if not _own_words_inside(c, kept, doc)]
    kept = [c for c in kept if not _voiceless_relative(c, ctx)]
    return sorted(kept, key=lambda c: (c.content_start, c.cue_start or 0))


def _with_rebuttal(found: list[ClaimSpan], rebuttal: ClaimSpan, text: str) -> list[ClaimSpan]:
    """Add a summed-up denial ("..., a charge B denies"): the denial's verb cues nothing else,
    and no earlier claim's content runs on into the appositive."""
    cut = appositive_start(rebuttal, text)
    kept = []
    for claim in found:
        if claim.cue_start == rebuttal.cue_start:
            continue
        if claim.content_start < cut < claim.content_end:
            start, end = trim(text, claim.content_start, cut)
            claim = replace(claim, content_end=end) if end > start else claim
        kept.append(claim)
    return [*kept, rebuttal]


# The one cue rule a word can open, by its part of speech: each rule looks at nothing else.
RULES_BY_POS = {"VERB": verb_claim, "NOUN": noun_claim, "ADJ": adjective_claim}
RULE_POS_IDS = frozenset(POS_IDS[pos] for pos in RULES_BY_POS)


def rule_for(token: Token):  # noqa: ANN201 - one of the four rules of claims.attribution
    """The cue rule that applies to a word: a verb, noun or adjective cue, or a colon."""
    rule = RULES_BY_POS.get(token.pos_)
    if rule is None and token.text == ":":
        return colon_claim
    return rule


# words that join a speaker's second act to the first: "said A, and warned B", "said A, but
# admitted B"
_JOINERS = claim_words("second_act_joiners")
# the auxiliary of a second act left before its verb ("... and have vowed to block it")
_SECOND_ACT_AUX = claim_words("second_act_auxiliaries")


def _cue_token(doc: Doc, claim: ClaimSpan) -> int | None:
    """The index of a claim's cue verb (the head of "did not say", "called for"), or None."""
    if claim.cue_start is None or claim.cue_end is None:
        return None
    span = doc.char_span(claim.cue_start, claim.cue_end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def _sibling_cue(ctx: Context, claim: ClaimSpan, other: ClaimSpan) -> bool:
    """True when another claim's cue is a second act of this claim's verb: coordinated with
    it or a participle hung on it ("said A and warned B", "said A, citing B")."""
    doc = ctx.doc
    mine, theirs = _cue_token(doc, claim), _cue_token(doc, other)
    if mine is None or theirs is None:
        return False
    second = doc[theirs]
    hoisted = hoisted_participle(ctx, second)
    if hoisted is not None and hoisted.i == mine:
        return True
    if second.dep_ not in ("conj", "advcl") or second.head.i != mine:
        return False
    # an infinitive coordinated with the first cue's ("declined to warn or even declare"):
    # one content
    return not any(c.dep_ == "xcomp" and coordinated_infinitive(second, c)
                   for c in doc[mine].children)


def _hoisted_out(ctx: Context, claim: ClaimSpan, other: ClaimSpan) -> bool:
    """True when another claim's cue is the second act of a speaker outside this claim's
    content that the parse hung inside it ("X said Y would ask the court to rule and urged
    Z": "urged" is X's, so Y's content ends before it)."""
    theirs = _cue_token(ctx.doc, other)
    if theirs is None:
        return False
    hoisted = hoisted_participle(ctx, ctx.doc[theirs])
    return hoisted is not None and not (
        claim.content_start <= hoisted.idx < claim.content_end)


def _without_sibling(claim: ClaimSpan, claims: Iterable[ClaimSpan], ctx: Context) -> ClaimSpan:
    """A content cut before a second cue of the same speaker that the parse took into it.

    "She said the plan was sound, citing its costs" and "He said he opposed the test and
    warned the neighbours to stop" are two claims each: what follows the second cue is that
    cue's content, not more of the first. Reported speech inside a content has a speaker of
    its own ("said the minister told him ...") and stays.
    """
    if claim.direct or claim.speaker_start is None or claim.cue_start is None:
        return claim
    cut = min(
        (other.cue_start for other in claims
         if other is not claim and other.cue_start is not None
         and claim.content_start < other.cue_start < claim.content_end
         and other.cue_start <= other.content_start
         and claim.cue_start < claim.content_start
         and ((other.speaker_start == claim.speaker_start
               and other.speaker_end == claim.speaker_end
               and _sibling_cue(ctx, claim, other))
              or _hoisted_out(ctx, claim, other))),
        default=None,
    )
    if cut is None:
        return claim
    text, end = ctx.text, cut
    while True:
        start, end = trim(text, claim.content_start, end)
        words = text[start:end].rsplit(None, 1)
        if len(words) < 2 or words[-1].lower() not in _JOINERS | _SECOND_ACT_AUX:
            break
        end = start + len(words[0])
    return replace(claim, content_end=end) if end > claim.content_start else claim


# cue kinds that state the speaker's own mind: inside someone's words they are part of what
# was said ("she said she thinks ...": one claim), not an attribution by the text
_ATTITUDES = frozenset({"belief", "intent", "stance", "naming"})


def _inside_quotation(claim: ClaimSpan, claims: Iterable[ClaimSpan], ctx: Context) -> bool:
    """True for a cue inside another speaker's quotation: the quoted words are that
    speaker's claim, whoever they in turn quote ('"People say, 'It doesn't matter,'" King
    said'), and so are words quoted inside a reported claim ('the minister says critics
    focus on "who said this, who wrote that"'). A cue between two quotations of one content
    is the writer's ('"A," she said, citing X. "B."': the citing is hers, not quoted)."""
    if claim.cue_start is None:
        return False
    quotes = [q for q in ctx.quotes if q.start <= claim.cue_start < q.end]
    if not quotes:
        return False
    return any(
        other is not claim
        and (other.direct or any(other.content_start <= q.start and q.end <= other.content_end
                                 for q in quotes))
        and other.content_start <= claim.cue_start < other.content_end
        and not other.content_start <= claim.content_start < claim.content_end <= claim.cue_start
        for other in claims
    )


def _straddles_quotation(claim: ClaimSpan, ctx: Context) -> bool:
    """True for a speaker and cue inside a quotation whose content begins before it: quoted
    words are someone's own, so a "he said" among them reports nothing outside the marks
    ('the coach blamed fans for "booing, whistling, she said, he said."')."""
    if claim.cue_start is None or claim.speaker_start is None:
        return False
    return any(q.start <= min(claim.speaker_start, claim.cue_start)
               and max(claim.speaker_start, claim.cue_start) < q.end
               and claim.content_start < q.start for q in ctx.quotes)


def _quoted_whole(claim: ClaimSpan, ctx: Context) -> bool:
    """True for a speaker, cue and content all inside one quotation: the quoted words are
    their own speaker's, so a "we believe" or "the ministry says" among them is part of
    what that speaker said, not a claim of its own ('"Farmers say the rains came late, and
    we agree," the minister said'), even where no claim holds the quotation."""
    if claim.cue_start is None or claim.cue_end is None or claim.speaker_start is None:
        return False
    start = min(claim.speaker_start, claim.cue_start, claim.content_start)
    end = max(claim.speaker_end or 0, claim.cue_end, claim.content_end)
    return any(q.closed and q.inner_start <= start and end <= q.inner_end for q in ctx.quotes)


def _unsaid_inside(claim: ClaimSpan, claims: Iterable[ClaimSpan], doc: Doc) -> bool:
    """True for a cue in the bare form (an infinitive, or after a modal or "do") inside the
    content of a wider claim: "said she would ask the governor why ...", "urged them to call
    on the army to ..." tell what someone would, should or did not say, no act of saying
    that took place; the words are part of the wider claim."""
    cue = _cue_token(doc, claim)
    if cue is None or doc[cue].tag_ != "VB":
        return False
    at = claim.cue_start or 0
    size = claim.content_end - claim.content_start
    return any(o is not claim and o.content_start <= claim.content_start
               and claim.content_end <= o.content_end and o.content_end - o.content_start > size
               and o.content_start <= at < o.content_end for o in claims)


def _inner_attitude(claim: ClaimSpan, claims: Iterable[ClaimSpan]) -> bool:
    """True for a belief, wish or stance whose cue lies inside another claim's content.

    A reported speech act inside a claim ("X said Y told him that ...") is kept and chained
    (``via``); a thought or a stance inside one is what the outer speaker said or thought.
    """
    if claim.cue_kind not in _ATTITUDES or claim.cue_start is None:
        return False
    return any(
        other is not claim and other.content_start <= claim.cue_start < other.content_end
        and not other.content_start <= claim.content_start < claim.content_end <= claim.cue_start
        for other in claims
    )


# clauses that modify a noun: "video that shows ...", "reports alleging ...", "the sum he
# says he raised"
_NOUN_CLAUSES = frozenset({"relcl", "acl"})


def _described_inside(claim: ClaimSpan, claims: Iterable[ClaimSpan], doc: Doc) -> bool:
    """True for a cue that opens a clause modifying a noun inside another claim's content:
    "said officials have video that shows the blast", "cited reports alleging that ...". The
    clause says which thing the outer speaker means, a description inside their words, not
    an attribution the text makes; "said the envoy told him that ..." (a reported act of
    saying, the complement of the outer cue) stays and is chained, and so does one a picture
    records ("aired a clip of the envoy saying ...")."""
    cue = _cue_token(doc, claim)
    if cue is None or doc[cue].dep_ not in _NOUN_CLAUSES:
        return False
    noun = doc[cue].head
    if doc[cue].dep_ == "acl" and noun.lemma_.lower() in depiction_nouns():
        return False  # "a clip of the envoy saying ...": the envoy spoke, the clip shows it
    at = noun.idx
    return any(o is not claim and o.content_start <= at < o.content_end
               and o.content_start <= (claim.cue_start or 0) < o.content_end for o in claims)


# verbs of evidence: their subject may be a thing that shows something ("the data show ...")
_EVIDENCE_VERBS = claim_words("evidence_verbs")
# entity types of those who can speak for themselves
_VOICES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _hosts(claim: ClaimSpan, claims: Iterable[ClaimSpan]) -> list[ClaimSpan]:
    """The claims whose content holds this claim's cue (those it is reported inside)."""
    if claim.cue_start is None:
        return []
    return [o for o in claims if o is not claim
            and o.content_start <= claim.cue_start < o.content_end
            and not o.content_start <= claim.content_start < claim.content_end
            <= claim.cue_start]


def _reported_in(doc: Doc, claim: ClaimSpan, host: ClaimSpan) -> bool:
    """True when a claim's cue heads the complement clause of its host's cue, after it ("X
    said she had warned ...", "X says the data show ..."), a conjunct of that clause or a
    verb it governs ("X said he recalled warning ...")."""
    inner, outer = _cue_token(doc, claim), _cue_token(doc, host)
    if inner is None or outer is None or inner < outer:
        return False
    verb = doc[inner]
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.i == outer


def _speaker_head(doc: Doc, claim: ClaimSpan) -> Token | None:
    """The head word of a claim's speaker phrase, or None."""
    if claim.speaker_start is None or claim.speaker_end is None:
        return None
    span = doc.char_span(claim.speaker_start, claim.speaker_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _a_thing(ctx: Context, head: Token) -> bool:
    """True for a speaker that is a thing, not someone who could speak: "it", "the data",
    "an internal review" (not "Reuters", "the ministry", "analysts")."""
    if head.pos_ == "PRON":
        return head.lower_ in ("it", "this", "that", "these", "those")
    if head.pos_ == "PROPN" or head.ent_type_ in _VOICES:
        return False
    lemma = head.lemma_.lower()
    return lemma not in ctx.lexicon.speakers and lemma not in agent_nouns() \
        and head.lower_ not in agent_nouns()


def _inner_evidence(claim: ClaimSpan, claims: Iterable[ClaimSpan], ctx: Context) -> bool:
    """True for a thing that "shows" or "suggests" something inside another claim's words:
    in "she says the review shows that no one leaked it" the review is her evidence, and
    what it shows is her claim; a thing speaks in its own right only where the text itself
    cites it ("The review shows that ...")."""
    cue = _cue_token(ctx.doc, claim)
    if cue is None or ctx.doc[cue].lemma_.lower() not in _EVIDENCE_VERBS:
        return False
    head = _speaker_head(ctx.doc, claim)
    return head is not None and _a_thing(ctx, head) and any(
        _reported_in(ctx.doc, claim, host) for host in _hosts(claim, claims))


_SINGULAR = claim_words("singular_person_pronouns")
_PLURAL = claim_words("plural_person_pronouns")
_FIRST = claim_words("first_person_pronouns")


def _same_one(pronoun: Token, outer: Token) -> bool:
    """True when a subject pronoun can stand for the outer speaker: "I"/"we" for the same
    word, "he"/"she" for one person, "they" for several."""
    word = pronoun.lower_
    if word in _FIRST:
        return outer.lower_ == word
    if outer.pos_ == "PRON":
        return outer.lower_ == word or (word in _SINGULAR and outer.lower_ in _SINGULAR)
    plural = outer.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in outer.children)
    return (word in _PLURAL) == plural and word in _SINGULAR | _PLURAL


def _own_words_inside(claim: ClaimSpan, claims: Iterable[ClaimSpan], doc: Doc) -> bool:
    """True for a speaker's report of their own words inside their claim: "she said she
    had warned the board that ..." is one claim, hers; the pronoun is the same speaker
    (like "she said she thinks ...", an attitude inside her words)."""
    pronoun = _speaker_head(doc, claim)
    if pronoun is None or pronoun.pos_ != "PRON" or pronoun.dep_ != "nsubj":
        return False
    for host in _hosts(claim, claims):
        speaker = _speaker_head(doc, host)
        if (speaker is not None and _reported_in(doc, claim, host)
                and _same_one(pronoun, speaker)):
            return True
    return False


@lru_cache(maxsize=1)
def voiced_things() -> frozenset[str]:
    """Nouns of places, blocs and texts that can be quoted (``data/voiced_things.csv``)."""
    return frozenset(r["noun"].lower() for r in read_csv("voiced_things.csv", ("noun",)))


def _voiceless(ctx: Context, noun: Token) -> bool:
    """True for a common noun of a thing that cannot be quoted: no person or body, no
    place or text that speaks, no word of saying ("rules", "rhetoric", "a problem")."""
    lemma = noun.lemma_.lower()
    return (noun.pos_ == "NOUN" and _a_thing(ctx, noun)
            and not {lemma, noun.lower_} & voiced_things()
            and lemma not in ctx.lexicon.nouns and lemma not in depiction_nouns())


def _voiceless_relative(claim: ClaimSpan, ctx: Context) -> bool:
    """True for a relative pronoun speaker that stands for a thing with no voice ("rules
    that promise to transform the economy", "rhetoric that painted them as criminals"): the
    verb is said of the thing, no one is quoted ("a letter that says ...", "cities that
    back the plan" are)."""
    head = _speaker_head(ctx.doc, claim)
    if head is None or head.tag_ != "WDT" or head.head.dep_ != "relcl":
        return False
    # the parser may hang the clause on the wrong noun ("a number of cities that ..."): the
    # noun right before the pronoun must be voiceless too
    before = ctx.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.text == "," and head.i > 1:
        before = ctx.doc[head.i - 2]
    nouns = {head.head.head} | ({before} if before is not None and before.pos_ in
                                ("NOUN", "PROPN") else set())
    return all(_voiceless(ctx, noun) for noun in nouns)
