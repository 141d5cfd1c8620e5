"""Where the content of a claim lies: a complement clause, a quotation, or the host sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from kronika.claims.context import (
    Context,
    enclosing_quote,
    inside_quote,
    only_punct,
    quoted_share,
    subtree_span,
    token_span,
    trim,
)
from kronika.claims.cues import claim_words, default_lexicon, verbal_senses
from kronika.claims.quotes import Quote
from kronika.claims.speakers import phrase_tokens
from kronika.lexicon import read_csv
from kronika.nlp import semicolon_between

# children that belong to the cue's own clause ("he said on Monday", "told reporters")
_CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "prep", "dobj",
     "dative", "agent", "prt", "expl", "attr", "acomp"}
)
# second complements of a stance or naming verb: "called the charges fabricated"
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr"})
# prepositions that carry the stance's reason or label: "cited X as Y", "blamed X for Y",
# "likened X to Y", "blamed X on Y"
_STANCE_PREPS = claim_words("stance_prepositions")
# intent verbs whose plain object is what they settle, not what is wished: "decided the case"
_SETTLING_VERBS = claim_words("settling_verbs")
# speech verbs whose object is the hearer: "told reporters that ...", "assured him that ..."
_HEARER_VERBS = claim_words("hearer_verbs")
# verbs that tell their object to act: "urged residents to leave" (the infinitive is what
# was urged, not a purpose of the urging)
_DIRECTIVE_VERBS = claim_words("directive_verbs")
# verbs whose content is a question: "asked whether ...", "questioned how ..."
_ASKING = claim_words("asking_verbs")
# complements that ask rather than assert: "did not say whether ...", "asked if ..."; a
# wh-clause ("explained why ...", "did not say when ...") names what was said or known, and
# news attribution corpora count it
_QUESTION_WORDS = claim_words("question_subordinators")


def _stray_complement(verb: Token) -> Token | None:
    """``told a meeting of mayors that the reforms stalled ...``, ``said in a statement that
    the talks stalled``: the that-clause of a speech verb that the parser hung on the hearer
    noun, or on the medium of the words, instead of the verb."""
    hosts = [c for c in verb.children if c.i > verb.i and _medium_phrase(c)]
    if verb.lemma_.lower() in _HEARER_VERBS:
        hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        hosts += hearers
        # "told reporters in the capital that ...": a phrase of place or time after the
        # hearer, where a told clause, not a relative one, is due
        hosts += [c for c in verb.children if c.dep_ == "prep"
                  and any(h.i < c.i for h in hearers)]
    for obj in hosts:
        if any(t.lower_ in ("so", "such") for t in obj.subtree):
            continue  # "told so many lies that ...": a result, not what was told
        for token in obj.subtree:
            if token.dep_ in ("acl", "relcl") and _that_opened(token) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"
                    for c in token.children):
                return token
    return None


def _that_opened(clause: Token) -> bool:
    """A clause opened by "that" as its subordinator, or by a "that" the parser took for
    the clause's relative object though the clause has a subject of its own ("in the capital
    that the army had repositioned")."""
    return any(m.lower_ == "that" and m.i == clause.left_edge.i
               and (m.dep_ in ("mark", "dobj") or (m.dep_ == "advmod" and not _a_time(clause.head)))
               for m in clause.children)


# nouns of a time a relative "that" may stand for as an adverb ("the day that he left")
_TIME_NOUNS = claim_words("time_nouns")


def _a_time(noun: Token) -> bool:
    """True for a noun of time, which a "that" clause after it describes, not reports."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_NOUNS


# wh-words that open what was (not) said: "has not said when ...", "did not explain why ..."
_WH_OPENERS = claim_words("wh_openers")


def _adverbial_complement(verb: Token) -> Token | None:
    """The complement of a speech or belief verb that the parser read as an adverbial clause:
    "said after the meeting he would resign" (no "that", an adjunct between), "has not said
    when it will vote" (a wh-clause after a negated cue). A clause opened by a subordinator
    ("said it as he left") is an adjunct, and a wh-clause after a plain cue ("said it when
    he left") tells when it was said."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        opener = clause.left_edge
        if _stray_that(opener):
            return clause  # "tweeted on Monday that X was ...", its "that" read as an adverb
        if any(c.dep_ == "mark" for c in clause.children):
            continue
        if opener.lower_ in _WH_OPENERS:
            if negated:
                return clause
            continue
        if opener.tag_ == "WRB" or opener.dep_ in ("advmod", "mark"):
            continue
        if opener.tag_ == "IN" and not (opener.dep_ == "prep" and opener.head.i == clause.i):
            continue
        return clause
    return None


# words that make a following "that" a subordinator of result, purpose or reason: "so that",
# "now that", "in that", "such that", "except that", "given that"
_THAT_HOSTS = claim_words("that_hosts")


def _stray_that(opener: Token) -> bool:
    """A "that" opening an adverbial clause that is no relative or result clause: the
    complementiser of what was said."""
    if opener.lower_ != "that" or opener.dep_ not in ("advmod", "mark", "nsubj"):
        return False
    before = opener.doc[opener.i - 1] if opener.i > 0 else None
    return before is None or before.lower_ not in _THAT_HOSTS


def _adverbial_content(ctx: Context, verb: Token, clause: Token) -> tuple[int, int, bool]:
    """The content of an adverbial complement, without a time or place phrase the parser took
    into it ("said after the meeting | he would resign")."""
    start, end, direct = _complement_content(ctx, verb, clause)
    opener = clause.left_edge
    subject = next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl"))
    if opener.dep_ == "prep" and opener.i < subject.left_edge.i and start <= opener.idx:
        start, end = trim(ctx.text, subject.left_edge.idx, end)
        direct = quoted_share(ctx, start, end) >= 0.5
    return start, end, direct


def phrasal_particle(ctx: Context, verb: Token) -> Token | None:
    """The particle or preposition that makes a phrasal cue ("point out", "call for")."""
    lemma = verb.lemma_.lower()
    if lemma not in ctx.lexicon.phrasal_heads:
        return None
    # "called it a fraud on Monday": a preposition of time is no particle
    children = [c for c in verb.children if not _time_phrase(c)]
    for child in children:
        if child.dep_ in ("prt", "prep") and f"{lemma} {child.lower_}" in ctx.lexicon.verbs:
            return child
    for child in children:
        # "lashed out at X", "spoke out against Y": the preposition after the particle
        if child.dep_ == "prep" and f"{lemma} {particle_words(verb, child)}" in ctx.lexicon.verbs:
            return child
    # "called for the fees to be paid back": the parser reads "for" as the mark of a
    # clause; right after the verb it is still the particle of "call for"
    for child in verb.children:
        if child.dep_ in ("advcl", "ccomp"):
            for mark in child.children:
                if (mark.dep_ == "mark" and mark.i == verb.i + 1
                        and f"{lemma} {mark.lower_}" in ctx.lexicon.verbs):
                    return mark
    return None


def _time_phrase(child: Token) -> bool:
    """A preposition whose object is a date or a time ("on Monday", "on March 3"); not a
    span of time filled with an act ("called for a day of mourning": what was called for)."""
    return child.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") and not _time_of_an_act(o)
        for o in child.children)


def _time_of_an_act(noun: Token) -> bool:
    """True for a time noun whose "of" names what fills it ("a day of prayer", "a week of
    strikes"), not a further date ("the week of March 3")."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME", "CARDINAL") for o in p.children)
        for p in noun.children)


def particle_words(verb: Token, particle: Token) -> str:
    """The words of a phrasal cue after its verb: the particle, or an adverb particle and the
    preposition after it ("out at" in "lashed out at")."""
    adverb = next((c for c in verb.children if c.dep_ == "prt" and c.i == particle.i - 1), None)
    return f"{adverb.lower_} {particle.lower_}" if adverb is not None else particle.lower_


def clause_extent(ctx: Context, verb: Token) -> tuple[int, int]:
    """Character extent of the cue's own clause: subject, auxiliaries, adjuncts, hearer.

    Words inside a quotation are what was said, never part of the cue's clause.
    """
    home = inside_quote(ctx, verb)
    tokens = [verb]
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS:
            inside = inside_quote(ctx, child)
            if inside is None or inside == home:
                tokens.extend(child.subtree)
    return token_span(tokens)


def _adjacent_quotes(ctx: Context, verb: Token) -> list[Quote]:
    """Quotations of the cue's sentence that touch its clause with only punctuation between."""
    text = ctx.text
    sent = ctx.sentences[ctx.sentence_of[verb.i]]
    start, end = clause_extent(ctx, verb)
    found = []
    for q in ctx.quotes:
        # sentence splits around quotation marks are unreliable: allow a mark's width either side
        near = sent.start_char - 2 <= q.end and q.start <= sent.end_char + 2
        if not near or q.start <= verb.idx < q.end:
            continue
        before = (q.end <= start and _joins(text[q.end : start], colon=False)
                  and not _closes_earlier_sentence(text, q))
        after = (q.start >= end and _joins(text[end : q.start], colon=True)
                 and not _own_sentence_done(verb, text[end : q.start])
                 and not _attributed_in_next_sentence(ctx, text[end : q.start], q)
                 and not _nearer_cue(ctx, verb, q))
        if before or after:
            found.append(q)
    # '"A," he said, but "B"', 'said "A," and "B"': a quotation joined to the last one, or
    # to the cue's clause after a quotation, by "and" or "but"
    position = max([end, *(q.end for q in found)]) if found else None
    for q in ctx.quotes:
        if position is not None and q.start >= position:
            if not _SECOND_QUOTE.fullmatch(text[position : q.start]):
                break
            found.append(q)
            position = q.end
    return found


def _own_sentence_done(verb: Token, gap: str) -> bool:
    """True when the cue's sentence said what it reports, an object of its own, and ends
    before a quotation ('He did not suggest retaliation. "Our goal is ..."'): the quotation
    opens another sentence, and its words are the last speaker's, not this cue's."""
    return any(mark in gap for mark in ".!?") and any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children)


def _attributed_in_next_sentence(ctx: Context, gap: str, quote: Quote) -> bool:
    """True for a quotation that opens the sentence after the cue's and is no sentence of
    its own ('"A," Petro wrote. "B," the president said.'): its attribution follows it, so
    it is that speaker's words, never more of this cue's."""
    if not any(mark in gap for mark in ".!?"):
        return False
    inner = ctx.text[quote.inner_start : quote.inner_end].rstrip()
    after = ctx.text[quote.end :].lstrip(" \t")
    # '"B," the president said' or '"B?" she asked': the sentence goes on to its speaker; a
    # quotation that ends otherwise ('"B" for the top earners.') goes on with the same words,
    # unless a verb of saying with a subject of its own follows in its sentence ('"B" to
    # drive up the price, she said')
    return (inner.endswith(",") or (inner[-1:] in "?!" and after[:1].islower())
            or _cue_later_in_sentence(ctx, quote))


def _cue_later_in_sentence(ctx: Context, quote: Quote) -> bool:
    """True when a verb of saying with a subject follows a quotation in its sentence."""
    after = next((t for t in ctx.doc if t.idx >= quote.end), None)
    if after is None:
        return False
    sent = ctx.sentences[ctx.sentence_of[after.i]]
    return any(t.idx >= quote.end and t.pos_ == "VERB"
               and ctx.lexicon.verb_kind(t.lemma_.lower()) in _QUOTING_KINDS
               and any(c.dep_ == "nsubj" for c in t.children)
               for t in sent)


# the kinds of cue that introduce a quotation of their own words
_QUOTING_KINDS = frozenset({"speech", "quoting"})


def _nearer_cue(ctx: Context, verb: Token, quote: Quote) -> bool:
    """True when another verb of saying stands between the cue and a quotation after it: the
    quotation is that verb's ('"A," she sings before asking them, "B?"': "B?" is asked, not
    sung)."""
    for token in ctx.doc[verb.i + 1 :]:
        if token.idx >= quote.start:
            return False
        if (token.pos_ == "VERB" and verb.is_ancestor(token)
                and ctx.lexicon.verb_kind(token.lemma_.lower()) in _QUOTING_KINDS):
            return True
    return False


# '"A," he said, but "B"': a quotation after the cue joined to one before it by "and" or
# "but" goes on with the same speaker's words
_SECOND_QUOTE = re.compile(r",?\s*(?:and|but)\s+")


def _closes_earlier_sentence(text: str, quote: Quote) -> bool:
    """``... had acted "with restraint." X urged ...``: a quotation opened inside a sentence
    and ending it with its full stop, inside the marks or right after them (``will lift its
    "defensive measures". The two countries agreed ...``), is that sentence's speaker's,
    never the next one's."""
    inner = text[quote.inner_start : quote.inner_end].rstrip()
    lead = text[: quote.start].rstrip(" \t")
    stop = inner.endswith(".") or text[quote.end : quote.end + 1] == "."
    return (stop and bool(lead)
            and (lead[-1].isalnum() or lead[-1] in ",:;"))


def _joins(gap: str, *, colon: bool) -> bool:
    """Whether the stretch between a cue's clause and a quotation joins them: punctuation
    only, and no paragraph break, except after a colon that introduces the quotation
    ('She added:' closing one paragraph, the quotation opening the next). A quotation that
    closes the paragraph before a sentence ('..."\\n\\nThe aides acknowledged X') is
    someone else's."""
    if not only_punct(gap):
        return False
    return "\n" not in gap or (colon and gap.split("\n", 1)[0].rstrip().endswith(":"))


def _colon_paragraph(ctx: Context, verb: Token) -> tuple[int, int, bool] | None:
    """'The governor added:' closing its paragraph: what was said is the next paragraph, set
    off as a block with or without quotation marks."""
    text = ctx.text
    end = clause_extent(ctx, verb)[1]
    rest = text[end:]
    gap = len(rest) - len(rest.lstrip(" \t\xa0"))
    if not rest[gap:].startswith(":") or "\n" not in rest[gap + 1 : gap + 4]:
        return None
    after = end + gap + 1
    if text[after:].strip() == "" or text[after : text.find("\n", after) + 1].strip():
        return None  # something follows the colon on its own line: not a block
    start = len(text) - len(text[after:].lstrip())
    stop = text.find("\n", start)
    start, stop = trim(text, start, len(text) if stop < 0 else stop)
    return (start, stop, quoted_share(ctx, start, stop) >= 0.5) if stop > start else None


def _whole_quoted_sentence(ctx: Context, quote: Quote) -> bool:
    """True for a quotation that is a sentence of its own, with no attribution after it."""
    inner = ctx.text[quote.inner_start : quote.inner_end].rstrip()
    after = ctx.text[quote.end :].lstrip(" \t")
    return inner[-1:] in (".", "!", "?", "…") and not after[:1].islower()


def _continued_quotes(ctx: Context, verb: Token, quotes: list[Quote]) -> int:
    """End of the content once the quoted sentences that follow the cue's are added."""
    text = ctx.text
    end = max(q.inner_end for q in quotes)
    position = max(max(q.end for q in quotes), ctx.sentences[ctx.sentence_of[verb.i]].end_char)
    while True:
        gap = len(text[position:]) - len(text[position:].lstrip(" \t"))
        nxt = next((q for q in ctx.quotes if q.start == position + gap), None)
        if nxt is None or not _whole_quoted_sentence(ctx, nxt):
            return end
        end, position = nxt.inner_end, nxt.end


def _opens_paragraph(text: str, quote: Quote) -> bool:
    """True when a quotation's opening mark is the first character of its paragraph."""
    return text[text.rfind("\n", 0, quote.start) + 1 : quote.start].strip() == ""


def _earlier_paragraphs(ctx: Context, first: Quote) -> int:
    """Start of a quotation that runs over paragraphs before ``first``.

    News style leaves a quotation open at the end of a paragraph when the next paragraph
    goes on quoting the same speaker, and opens that paragraph with a quotation mark: the
    paragraphs before, each one an unclosed quotation, belong to the same quotation.
    """
    start = first.inner_start
    current = first
    while _opens_paragraph(ctx.text, current):
        before = [q for q in ctx.quotes if q.end <= current.start]
        if not before:
            break
        prev = before[-1]
        between = ctx.text[prev.end : current.start]
        if prev.closed or between.strip() or not _opens_paragraph(ctx.text, prev):
            break
        start, current = prev.inner_start, prev
    return start


def _later_paragraphs(ctx: Context, last: Quote, end: int) -> int:
    """End of a quotation left open at its paragraph's end and taken up by the next one."""
    current = last
    while not current.closed:
        after = [q for q in ctx.quotes if q.start >= current.end]
        if not after or ctx.text[current.end : after[0].start].strip():
            break
        current = after[0]
        end = current.inner_end
    return end


def _lead_in(ctx: Context, quote: Quote, verb: Token) -> int | None:
    """Start of the unquoted words that open the sentence of a quotation ending before its
    cue ('With thousands of systems, "there is no single point of failure," he said'): they
    are part of what was said. None when the quotation opens its sentence."""
    text = ctx.text
    sent = ctx.sentences[ctx.sentence_of[verb.i]]
    line = text.rfind("\n", 0, quote.start) + 1
    start = max(sent.start_char, line)
    lead = text[start:quote.start]
    if start >= quote.start or len(lead.split()) < 2 or any(m in lead for m in '"“”„«»'):
        return None
    return start


def quote_content(ctx: Context, verb: Token, quotes: list[Quote]) -> tuple[int, int, bool]:
    """Content covering the quotations attributed by a cue, continued quotes included, and
    the paragraphs a quotation runs over."""
    first = min(quotes, key=lambda q: q.start)
    last = max(quotes, key=lambda q: q.end)
    start = _lead_in(ctx, first, verb) if first.end <= verb.idx else None
    start = _earlier_paragraphs(ctx, first) if start is None else start
    end = _later_paragraphs(ctx, last, _continued_quotes(ctx, verb, quotes))
    start, end = trim(ctx.text, start, end)
    return start, end, True


def _overlaps(quote: Quote, start: int, end: int) -> bool:
    """True when a quotation shares characters with a span."""
    return quote.start < end and start < quote.end


def clause_content(ctx: Context, clause: Token) -> tuple[int, int, bool]:
    """Content of a complement clause, or the whole quotation when it is quoted."""
    start, end = subtree_span(clause)
    quote = enclosing_quote(ctx, start, end)
    if quote is not None and not quote.start <= clause.head.idx < quote.end:
        return quote_content(ctx, clause.head, [quote])
    start, end = trim(ctx.text, start, end)
    return start, end, quoted_share(ctx, start, end) >= 0.5


# relative pronouns with an antecedent noun ("what" has none: a free relative)
_RELATIVE_PRONOUNS = claim_words("relative_pronouns")


def _complement_content(ctx: Context, verb: Token, clause: Token) -> tuple[int, int, bool]:
    """Content of a cue's complement; before the cue it runs from the sentence start."""
    start, end = subtree_span(clause)
    touching = [q for q in _adjacent_quotes(ctx, verb) if _overlaps(q, start, end)]
    enclosing = enclosing_quote(ctx, start, end)
    if (
        enclosing is not None
        and enclosing.start <= start < enclosing.end
        and not enclosing.start <= verb.idx < enclosing.end
    ):
        touching.append(enclosing)
    if touching:
        quoted = quote_content(ctx, verb, _adjacent_quotes(ctx, verb) + touching)
        end = _narrative_cut(ctx, clause, touching, end)
        if clause.i > verb.i and not only_punct(ctx.text[quoted[1] : end]) and end > quoted[1]:
            # 'claimed "the rival inflates" the rate through ...': a short quotation opens a
            # clause that goes on after it; the whole clause was said
            opening = min(q.start for q in touching)
            start, end = trim(ctx.text, min(start, opening), end)
            return start, end, quoted_share(ctx, start, end) >= 0.5
        return quoted
    quotation = _quoted_that_clause(ctx, clause, end)
    if quotation is not None:
        # the quotation itself, and the paragraphs it runs over when left open
        start, end = trim(ctx.text, quotation.inner_start,
                          _later_paragraphs(ctx, quotation, quotation.inner_end))
        return start, end, True
    if clause.i < verb.i:
        # "The army will withdraw, officials said": the parse may cut the clause short
        sent_start = ctx.sentences[ctx.sentence_of[verb.i]].start_char
        start = max(sent_start, ctx.text.rfind("\n", 0, verb.idx) + 1)  # never past a break
        end = _before_closing_speaker(ctx, verb, clause_extent(ctx, verb)[0])
    else:
        if verb.dep_ == "relcl" and clause.left_edge.lower_ in _RELATIVE_PRONOUNS:
            # "cases that he says are motivated": the relative pronoun, the clause's subject,
            # stands before the cue; the content is what follows the cue, never the cue
            start = max(start, verb.idx + len(verb.text))
        end = max([end, *(_words_end(c) for c in _coordinated_clauses(verb, clause))])
        end = _colon_elaboration(ctx, verb, start, end)
        end = _closing_quotation(ctx, verb, end)
        contrast = _contrasting_claim(ctx, clause, end)
        if contrast is not None:
            end = contrast
        scene = _crowd_scene(clause, end)
        if scene is not None:
            end = scene
        when = _time_of_the_saying(clause)
        if when is not None:
            start = when.right_edge.idx + len(when.right_edge)
    start, end = trim(ctx.text, start, end)
    # "said the deal was fair but argued ...": the parse hangs the "but" that joins the two
    # cues on the reported clause; it ends no content
    words = ctx.text[start:end].rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in _ACT_JOINERS:
        start, end = trim(ctx.text, start, start + len(words[0]))
    return start, end, quoted_share(ctx, start, end) >= 0.5


# subordinators that set another party's words beside the speaker's ("..., while Washington
# called on the gangs to disarm"): the reporter's contrast, not the speaker's words
_CONTRASTS = claim_words("contrast_subordinators")


def _contrasting_claim(ctx: Context, clause: Token, end: int) -> int | None:
    """Where the content ends before a "while" clause of another speaker's words set off by
    a comma inside the reported clause ("said the country remained committed, while
    Washington urged the gangs to disarm"); None when there is none."""
    for word in clause.subtree:
        if word.dep_ != "advcl" or word.idx >= end or word.i == clause.i:
            continue
        mark = next((c for c in word.children if c.dep_ == "mark" and c.lower_ in _CONTRASTS),
                    None)
        if mark is None or mark.i == 0 or ctx.doc[mark.i - 1].text != ",":
            continue
        if not any(c.dep_ == "nsubj" and c.i < word.i for c in word.children):
            continue
        particle = next((c.lower_ for c in word.children if c.dep_ in ("prt", "prep")), None)
        if ctx.lexicon.verb_kind(word.lemma_.lower(), particle) is None:
            continue
        return ctx.doc[mark.i - 1].idx
    return None


# what crowds do in the street as someone speaks: "as thousands marched in the capital"
_CROWD_ACTS = claim_words("crowd_acts")


def _crowd_scene(clause: Token, end: int) -> int | None:
    """Where the content ends before an "as"/"while" clause in the past (or a participle)
    of a crowd's act in the street that closes the reported clause ("said the law would
    stand as thousands marched in the capital"): the writer sets the scene of the saying;
    the speaker's words do not report a march in passing. None when there is none."""
    for word in clause.subtree:
        if word.dep_ != "advcl" or word.idx >= end or word.i == clause.i:
            continue
        mark = next((c for c in word.children if c.dep_ == "mark"
                     and c.lower_ in _NARRATIVE_MARKS and c.i == word.left_edge.i), None)
        if mark is None or word.lemma_.lower() not in _CROWD_ACTS or word.tag_ not in (
                "VBD", "VBG"):
            continue
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ not in ("NNS", "NNPS", "CD"):
            continue
        if word.right_edge.idx + len(word.right_edge) < end - 1:
            continue  # the clause goes on after it: part of what was said
        before = clause.doc[mark.i - 1]
        return before.idx + len(before.text) if before.text != "," else before.idx
    return None


def _before_closing_speaker(ctx: Context, verb: Token, end: int) -> int:
    """The end of a clause reported before its cue, moved up to the speaker phrase when the
    parser hung words of the clause on the speaker ("..., killing 40 people, including
    children, residents said": the dead are what was said, "residents" said it)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        subject = closing_speaker(verb)  # '..., including the pastor, police said'
    if subject is None:
        return end
    words = phrase_tokens(subject)
    if not words or words[0].i == 0 or words[0].i > verb.i:
        return end
    comma = ctx.doc[words[0].i - 1]
    return comma.idx if comma.text == "," else end


def _time_of_the_saying(clause: Token) -> Token | None:
    """A date phrase that opens a reported clause before its subject ("said on Thursday they
    had fired two missiles"): with no "that" between, it tells when the words were said, and
    the parser hangs it on the clause all the same; None when there is none."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")),
                   None)
    if subject is None or any(c.dep_ == "mark" for c in clause.children):
        return None
    first = next((c for c in clause.children if c.i < subject.i), None)
    if (first is None or first.left_edge.i != clause.left_edge.i
            or first.dep_ not in ("prep", "npadvmod")):
        return None
    words = list(first.subtree)[1:] if first.dep_ == "prep" else list(first.subtree)
    if not words or not all(w.ent_type_ in ("DATE", "TIME") for w in words):
        return None
    return first


_PUNCTUATION_COLON = re.compile(r":\s")


def _colon_elaboration(ctx: Context, verb: Token, start: int, end: int) -> int:
    """End of a reported clause that announces a list or an explanation with a colon ("noted
    that three things were happening: prices rose, wages fell and rents soared"): what follows
    the colon to the end of the sentence spells out what was said; the parser often hangs
    only part of it on the clause. Not over a paragraph break or into a quotation."""
    sent = ctx.sentences[ctx.sentence_of[verb.i]]
    text = ctx.text
    # a colon of punctuation has a space after it ("3:30 p.m." or "2:1" is no colon)
    found = _PUNCTUATION_COLON.search(text, start, sent.end_char)
    colon = found.start() if found is not None else -1
    if colon == -1 or text[end:colon].strip() or colon <= verb.idx:
        return end  # no colon in the content or right after it
    stop = sent.end_char
    rest = text[colon + 1 : stop]
    if "\n" in rest or any(m in rest for m in '"“”«»'):
        return end
    body = rest.rstrip()
    if body.endswith((".", "!", "?")):
        body = body[:-1]
    return max(end, colon + 1 + len(body)) if body.strip() else end


# a dash set off by spaces, then what it opens up to the sentence's end
_DASH_JOINT = re.compile(r"\s+(?:—|–|―|--)\s+")
# words that open a second clause after a dash, not an elaboration of the content
_CLAUSE_OPENERS = claim_words("dash_clause_openers")


def _dash_elaboration(ctx: Context, verb: Token, end: int) -> int:
    """End of a content that a dash at its end goes on to spell out up to the sentence's end
    ("spoke of the burdens on farmers — the cost of seed, debt and unpaid labor", "talked
    about the things she believed — from X to Y"): the parser hangs the part after the dash
    on the cue. Not a second clause after the dash ("— and he noted ..."), not an aside that
    a second dash closes, nor one with a cue or a quotation of its own."""
    text = ctx.text
    joint = _DASH_JOINT.match(text, end)
    sent = ctx.sentences[ctx.sentence_of[verb.i]]
    if joint is None or joint.end() >= sent.end_char:
        return end
    rest = text[joint.end() : sent.end_char]
    body = rest.rstrip().rstrip(".!?").rstrip()
    if not body or "\n" in body or _DASH_JOINT.search(body) or any(m in body for m in '"“”«»'):
        return end
    first = ctx.doc.char_span(joint.end(), joint.end() + len(body), alignment_mode="expand")
    if first is None or first[0].lower_ in _CLAUSE_OPENERS or first[0].pos_ == "PRON":
        return end
    if any(t.pos_ == "VERB" and ctx.lexicon.verb_kind(t.lemma_.lower()) for t in first):
        return end
    if any(c.dep_ in ("nsubj", "nsubjpass") for t in first if t.pos_ in ("VERB", "AUX")
           and t.head.i not in range(first.start, first.end) for c in t.children):
        return end  # a clause of its own: "— prices rose"
    return joint.end() + len(body)


_QUOTATION_JOINT = re.compile(r"\s*[,:]\s*")


def _closing_quotation(ctx: Context, verb: Token, end: int) -> int:
    """End of a reported clause that a quotation closing the sentence goes on with, after a
    comma or a colon ("said the city was ready, \"and we will not back down.\"", "said she
    has the quality the job needs: \"patience.\""): the speaker's own words, set off as a
    quotation. Not when a cue follows the quotation ('..., "B," the aide added')."""
    text = ctx.text
    joint = _QUOTATION_JOINT.match(text, end)
    if joint is None or joint.end() == end:
        return end
    quote = next((q for q in ctx.quotes if q.start == joint.end() and q.closed), None)
    sent = ctx.sentences[ctx.sentence_of[verb.i]]
    if quote is None or quote.start >= sent.end_char + 2 or "\n" in text[end : quote.end]:
        return end
    rest = text[quote.end : max(quote.end, sent.end_char)]
    return quote.end if only_punct(rest) and "\n" not in rest else end


def _quoted_that_clause(ctx: Context, clause: Token, end: int) -> Quote | None:
    """The quotation that is all of a that-clause ('told them that "the war is over"'): what
    was said is the quotation, like any other direct quote; the "that" is the writer's."""
    mark = clause.left_edge
    if mark.dep_ != "mark" or mark.lower_ != "that" or mark.head.i != clause.i:
        return None
    after = ctx.text[mark.idx + len(mark.text) :]
    opening = mark.idx + len(mark.text) + len(after) - len(after.lstrip(" "))
    quote = next((q for q in ctx.quotes if q.start == opening), None)
    if quote is None or not only_punct(ctx.text[quote.inner_end : max(end, quote.inner_end)]):
        return None
    return quote


def _narrative_cut(ctx: Context, clause: Token, quotes: list[Quote], end: int) -> int:
    """End of a quoted complement before a verb coordinated outside the quotation: in
    'chanting "No to war" and threw stones' the parser may join "threw" to the quoted verb,
    but what follows the closing mark is the writer's narrative, not the chant."""
    for token in clause.subtree:
        if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
            continue
        home = next((q for q in quotes if q.start < token.head.idx < q.end), None)
        if home is None or token.idx < home.end or inside_quote(ctx, token) is not None:
            continue
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in token.children if t.i < token.i):
            continue  # a clause with its own subject: left to the coordination rules
        between = [t for t in token.doc[token.left_edge.i : token.i] if t.idx >= home.end]
        if all(t.dep_ in ("cc", "punct", "advmod") for t in between):
            return min(end, home.end)
    return end


def _coordinated_clauses(verb: Token, clause: Token) -> list[Token]:
    """Second complements of one cue: "said that A, but that B", "said A and that B".

    The parser hangs the second clause on the cue verb; its "that" shows it is reported too.
    A clause with no "that" may be the writer's own ("said A, but B"), and is left out.
    """
    inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return [c for c in verb.children
            if (c.dep_ == "conj" and c.i > clause.i
                and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                     or _same_pronoun_subject(c, inner)))
            or (c.dep_ == "ccomp" and c.i > clause.i and _subject_swallowed(c, clause))
            or (c.dep_ == "advcl" and c.i > clause.i and _reasoning(c))
            or (c.i > clause.right_edge.i and _continues_the_clause(verb, c, clause))
            or (c.i > clause.right_edge.i and _joined_statement(verb, c))]


# the plain verbs of reporting, under which a news sentence goes on reporting; after a verb
# of showing or announcing ("polls showed A, but polls are no forecast") the writer comments
_PLAIN_REPORTING = claim_words("plain_reporting_verbs")


def _joined_statement(verb: Token, conj: Token) -> bool:
    """'said the talks had stalled, but a deal could still be reached': a clause with a
    subject of its own, joined by "and" or "but" in the sentence of a plain cue of reporting,
    goes on with what was said; news style starts a new sentence for the writer's own
    narrative. A clause whose
    verb is itself a cue is a second attribution ("..., but Kenya denied it"), and one whose
    subject is a pronoun may be the speaker's own next act ("..., and he left")."""
    if (verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in _PLAIN_REPORTING
            or conj.dep_ != "conj" or conj.i < 2):
        return False
    if conj.pos_ not in ("VERB", "AUX") or default_lexicon().verb_kind(conj.lemma_.lower()):
        return False
    joiner = next((c for c in verb.children if c.dep_ == "cc" and c.i < conj.i), None)
    if joiner is None or joiner.lower_ not in ("and", "but"):
        return False
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                    and c.i < conj.i), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN", "DET", "NUM") \
        and subject.left_edge.i == joiner.i + 1


def _topic_phrase(word: Token) -> bool:
    """True for "when it comes to X", which says what the claim is about, never when the
    words were said."""
    words = {(c.dep_, c.lower_) for c in word.children}
    return word.lemma_.lower() == "come" and {("nsubj", "it"), ("advmod", "when"),
                                              ("prep", "to")} <= words


def _continues_the_clause(verb: Token, word: Token, clause: Token) -> bool:
    """A word the parser coordinated with the cue that can only go on with the reported
    clause: a bare verb after a finite cue ("said she wanted to warn the farmers and let them
    know ..."), which joins an infinitive of the clause; a preposition repeated after "and"
    ("said the trip brought back memories of her mother, and of the war"), which joins its
    twin in the clause; "when it comes to X" after the clause, which says what it is about."""
    children = {c.dep_ for c in word.children}
    if word.dep_ == "advcl" and _topic_phrase(word):
        return True
    if word.dep_ == "conj" and word.tag_ == "VB" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return not children & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} and any(
            t.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
            for t in clause.subtree)
    if word.pos_ == "ADP" and word.i > 0 and verb.doc[word.i - 1].dep_ == "cc":
        return any(t.dep_ == "prep" and t.lower_ == word.lower_ for t in clause.subtree)
    return False


# subordinators of a reason or concession the speaker gives with the claim: "said the plan
# would fail, because ..."; the parser hangs the clause on the cue, but it is part of what
# was said
_REASON_MARKS = claim_words("reason_subordinators")


def _reasoning(clause: Token) -> bool:
    """True for a subordinate clause opened by a reason or concession word."""
    return any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in clause.children)


def _subject_swallowed(second: Token, clause: Token) -> bool:
    """'said A has X and B was Y': the parser took B into the first clause and hung "was Y" on
    the cue as a second complement with no subject; it goes on with what was said."""
    return (not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in second.children)
            and second.left_edge.i == clause.right_edge.i + 1)


def _words_end(token: Token) -> int:
    """End of a token's subtree without the sentence's closing punctuation."""
    last = max((t for t in token.subtree if not t.is_punct), key=lambda t: t.i)
    return last.idx + len(last.text)


def _same_pronoun_subject(conj: Token, inner: Token | None) -> bool:
    """'said she hopes A, but she knows B': the second clause has the first's pronoun
    subject, so it goes on with what was said."""
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subject is not None and inner is not None and inner.pos_ == "PRON"
            and subject.lower_ == inner.lower_ and subject.lower_ not in ("i", "we", "you"))


def _ends_with_comma(text: str) -> bool:
    """True when a stretch ends with a comma, perhaps inside a closing quotation mark."""
    return text.rstrip().rstrip("”’\"'").endswith(",")


def _parenthetical_content(ctx: Context, verb: Token) -> tuple[int, int, bool] | None:
    """``A, he said, B``: a cue set off by commas inside the sentence it reports.

    What was said is the whole sentence around the cue; a participle after the second comma
    (``..., he said, adding that ...``) starts a claim of its own and rules this reading out.
    """
    if inside_quote(ctx, verb) is not None or _adjacent_quotes(ctx, verb):
        return None  # '"A," he said, "B"' is a quotation, read as one by the quote rules
    if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "..., adding X, ...": a participle of the speaker's, no aside
    if verb.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                                   for c in verb.children):
        return None  # "Ana, who saw the parade, said ...": a relative clause tells of Ana
    text = ctx.text
    sent = ctx.sentences[ctx.sentence_of[verb.i]]
    start, end = clause_extent(ctx, verb)
    # a sentence never runs over a paragraph break, whatever the parser thought
    line_start = max(sent.start_char, text.rfind("\n", 0, start) + 1)
    line_end = text.find("\n", end, sent.end_char)
    line_end = sent.end_char if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if not _ends_with_comma(before) or len(before.split()) < 2:
        return None
    rest = after.lstrip()
    if not rest.startswith(",") or len(rest[1:].split()) < 2:
        return None
    nxt = ctx.doc.char_span(end, line_end, alignment_mode="expand")
    words = [t for t in nxt or [] if not (t.is_punct or t.is_space)][:2]
    if not words or any(_cue_participle(ctx, w) or w.lower_ == "according" for w in words):
        return None
    lead = ctx.doc.char_span(line_start, start, alignment_mode="expand")
    opener = words[0]
    narrative = opener.lower_ in _NARRATIVE_MARKS and opener.dep_ in ("mark", "prep")
    if narrative or (not any(t.pos_ in _CONTENT_VERBS for t in nxt or []) and any(
            t.pos_ == "VERB" for t in lead or [])):
        # "A struck B, police said, the third attack this month": a verbless phrase after
        # the cue sums up the clause before it, which is all that was said; so does an
        # "as"/"while" clause after it ("A, residents said, as fighting spread"): the
        # reporter's setting of the scene, not the residents' words
        first, last = trim(text, line_start, start)
        return first, last, quoted_share(ctx, first, last) >= 0.5
    stop = line_end
    while stop > line_start and text[stop - 1] in " \n.!?":
        stop -= 1
    first, last = trim(text, line_start, stop)
    return first, last, quoted_share(ctx, first, last) >= 0.5


# subordinators that set a reported clause in time beside other news, in the reporter's voice
_NARRATIVE_MARKS = claim_words("narrative_subordinators")


def _narrative_clause(clause: Token) -> bool:
    """A clause after a cue and its comma that opens with "as"/"while", whatever the parse
    made of it: the reporter's setting of the scene, never what was said."""
    first = clause.left_edge
    return (first.lower_ in _NARRATIVE_MARKS and first.dep_ == "mark" and first.i > 0
            and first.doc[first.i - 1].text == ",")


def _cue_participle(ctx: Context, word: Token) -> bool:
    """A participle that cues a claim of its own ("adding", "citing"); a gerund that opens
    the rest of the sentence ("..., he said, replacing her would be hard") does not."""
    return word.tag_ == "VBG" and word.lemma_.lower() in ctx.lexicon.verbs


def _view_content(verb: Token) -> tuple[int, int] | None:
    """``X views Y as Z``: the object and its ``as`` phrase."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or as_phrase is None:
        return None
    return obj.left_edge.idx, subtree_span(as_phrase)[1]


def _host_content(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """``The war is over, he said.`` or ``The war, he said, is over.``: the cue as a side clause."""
    head = verb.head
    trailing = _trailing_conjunct(verb)
    if (verb.dep_ not in ("parataxis", "ccomp", "advcl") and not trailing) or head.i == verb.i:
        return None
    if head.i > verb.i and verb.dep_ != "parataxis":
        return None
    if verb.dep_ == "ccomp" and any(c.dep_ == "mark" or c.tag_ == "MD" for c in verb.children):
        return None  # "warned that it would respond": a clause reported, no aside of its own
    if verb.dep_ == "advcl" and not trailing and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "extended a state of emergency declared last year": a bare participle
    if verb.dep_ == "advcl" and not trailing and any(c.dep_ == "mark" for c in verb.children):
        # "voters were purged because they did not respond": a clause subordinated to its
        # host gives a cause or a time, never the source of the host ("as" asides are read
        # before: ``as_clause_content``)
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and not (trailing and _hearer(verb, c))
           for c in verb.children):
        return None  # "he understands only hard power": the verb has content of its own
    start, end = subtree_span(head)
    if head.right_edge.i <= verb.right_edge.i:
        end = clause_extent(ctx, verb)[0]  # the cue closes the sentence: content is what precedes
    if trailing:
        end = min(end, closing_speaker(verb).left_edge.idx)  # a speaker the parse hung before
    elif head.right_edge.is_punct and head.right_edge.text in ".!?":
        end = head.right_edge.idx  # the sentence's full stop is not part of what was said
    start, end = trim(ctx.text, start, end)
    return (start, end) if end > start else None


# verbs that ask for an act: "..., as the council had asked" says the act was asked for, not
# that the clause is what was said
_REQUESTS = _DIRECTIVE_VERBS | claim_words("request_verbs")
# objects that stand for the clause the "as" clause comments on: "as she put it", "as he said so"
_CLAUSE_OBJECTS = claim_words("clause_objects")


def as_clause_content(ctx: Context, verb: Token, kind: str) -> tuple[int, int, bool] | None:
    """``As the envoy noted, X`` and ``X, as the envoy noted``: a reporting verb in an "as"
    clause says that its host clause is what was said or seen (the writer vouches for it too,
    so the host's own verb stays asserted: ``events.extract.frames_claim``). None for any
    other "as" clause: a request ("as the council had asked"), a verb with an object of its
    own ("as she described the plan", "as they pleaded for calm": then "as" means "while"),
    or one with no subject ("as predicted")."""
    if kind not in ("speech", "belief", "quoting") or verb.lemma_.lower() in _REQUESTS:
        return None
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as"
                                       for c in verb.children):
        return None
    if phrasal_particle(ctx, verb) is not None:
        return None  # "as the bishops pleaded for calm": the words it names are its own
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in kids) or any(
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ not in _CLAUSE_OBJECTS)
            for c in kids):
        return None
    head, doc = verb.head, verb.doc
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < verb.i < head.head.i:
        head = head.head  # the parse hung the aside on the subject it follows
    if verb.i < head.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                               for c in head.children):
        # "The drought, as farmers noted, has lasted years": the aside splits its host, whose
        # subject is part of what was noted; the content runs over the aside
        start, end = head.left_edge.idx, subtree_span(head)[1]
    elif verb.i < head.i:
        after = verb.right_edge.i + 1
        while after < len(doc) and doc[after].is_punct:
            after += 1
        if after >= len(doc):
            return None
        start, end = doc[after].idx, subtree_span(head)[1]
    else:
        start, end = head.left_edge.idx, verb.left_edge.idx
    last = head.right_edge
    if last.is_punct and last.text in ".!?" and last.idx < end:
        end = last.idx  # the sentence's full stop is not part of what was said
    start, end = trim(ctx.text, start, end)
    return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None


def _trailing_conjunct(verb: Token) -> bool:
    """``A drone struck a market ..., three witnesses told Reuters.``: a long sentence makes
    the parser join the closing cue to the clause it reports as a conjunct or an adverbial
    clause; with its speaker right after a comma (``closing_speaker``) and nothing after it in
    the sentence, it is the clause's attribution."""
    return verb.dep_ in ("conj", "advcl") and verb.head.i < verb.i and \
        closing_speaker(verb) is not None


def closing_speaker(verb: Token) -> Token | None:
    """The speaker of a finite cue that closes its sentence after a comma: its own subject,
    or, where the parse hung the speaker's phrase on a noun before it ('..., killing nine
    people including women ..., a fisherman and a local chief told Reuters'), the head of the
    phrase between the comma and the cue. None for any other cue."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not all(
            t.is_punct for t in doc[verb.right_edge.i + 1: verb.sent.end]):
        return None
    if any(c.dep_ in ("nsubjpass", "mark", "aux", "neg") for c in verb.children):
        return None  # a clause of its own ('..., as officials said'), not an attribution
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        before = subject.left_edge.i - 1
        return subject if subject.i < verb.i and before >= 0 and doc[before].text == "," \
            else None
    comma = next((i for i in range(verb.i - 1, verb.sent.start, -1) if doc[i].text == ","), None)
    if comma is None or verb.i - comma > 8:
        return None
    phrase = doc[comma + 1: verb.i]
    if not len(phrase) or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    roots = [t for t in phrase if not (comma < t.head.i < verb.i) or t.head.i == t.i]
    return roots[0] if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN") else None


def _hearer(verb: Token, child: Token) -> bool:
    """The one told, not what was said: 'told Reuters', 'told reporters'."""
    return child.dep_ == "dobj" and verb.lemma_.lower() in _HEARER_VERBS


def _object_content(ctx: Context, verb: Token) -> tuple[int, int, bool] | None:
    """``called for X``, ``called on X to Y``, ``urged X to Y``: the object and what follows."""
    particle = phrasal_particle(ctx, verb)
    if particle is not None and particle.dep_ == "prep":
        if particle.i + 1 >= len(ctx.doc):
            return None
        if particle.right_edge.i == particle.i:
            # "called for the fees to be paid back": the clause after the bare "for"
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl")
                           and c.left_edge.i == particle.i + 1), None)
            if clause is None:
                return None
            start, end = trim(ctx.text, clause.left_edge.idx, subtree_span(clause)[1])
            return start, end, quoted_share(ctx, start, end) >= 0.5
        if any(c.ent_type_ in ("DATE", "TIME") and not _time_of_an_act(c)
               for c in particle.children):
            return None  # "called on Monday": a phone call, not an appeal
        start = ctx.doc[particle.i + 1].idx
        # "called on X to Y", "called for bonuses to be clawed back": the infinitive goes on
        after = particle.right_edge.i + 1
        if after + 1 < len(ctx.doc) and ctx.doc[after].text == "," \
                and ctx.doc[after + 1].lower_ == "to":
            after += 1  # "called on X, who oversee Y, to Z": the comma closing a relative clause
        # "referred to the judge as a traitor": the label goes with the one named
        tail = [particle] + [c for c in verb.children if c.i > particle.i and (
            c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.left_edge.i == after)
            or (c.dep_ == "prep" and c.lower_ == "as" and c.i == particle.right_edge.i + 1)
            or _more_of_the_object(c, particle.right_edge))]
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None and particle is not None:
            # "called on lawmakers to reject it": the parse may hang the object on a particle
            obj = next((c for c in particle.children if c.dep_ in ("pobj", "dobj")), None)
        # "told his supporters at a rally to go ...": the parser may read the far infinitive
        # as an adverbial clause
        directive = verb.lemma_.lower() in _HEARER_VERBS | _DIRECTIVE_VERBS
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" or (
            directive and c.dep_ == "advcl" and c.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" and a.i == c.left_edge.i
                for a in c.children))), None)
        if obj is None or xcomp is None or xcomp.i < obj.i:
            return None
        start, tail = obj.left_edge.idx, [xcomp]
    end = max(subtree_span(t)[1] for t in tail)
    start, end = trim(ctx.text, start, end)
    return start, end, quoted_share(ctx, start, end) >= 0.5


# words that open an embedded question or relative clause: "how the fight went on"
_WH_WORDS = claim_words("wh_words")


def _more_of_the_object(word: Token, last: Token) -> bool:
    """A phrase the parser hung on the cue that goes on with its object, which ends at
    ``last``: "including ..." right after a comma ("railed against mining firms, including
    the one that ..."), or a clause opened by a wh-word after "and" ("spoke of the drought,
    and how the villages emptied"), which is never an act of the speaker's own."""
    doc = word.doc
    if word.dep_ == "prep" and word.lower_ == "including":
        return word.i == last.i + 2 and doc[last.i + 1].text == ","
    if word.dep_ != "conj" or word.left_edge.lower_ not in _WH_WORDS or word.left_edge.i < 1:
        return False
    before = doc[word.left_edge.i - 1]
    return before.dep_ == "cc" and before.lower_ in ("and", "or") and before.i > last.i


# verbs of refusing: "declined to say how many ...", "refused to disclose where ..."
_REFUSING = claim_words("refusing_verbs")


def refused_answer(verb: Token) -> bool:
    """'declined to say for how long the border would stay closed': a refusal to answer a
    question asserts nothing; the question is what was not said. ('declined to comment',
    'refused to name the firms' stay claims of a stance, as news corpora mark them.)"""
    if verb.lemma_.lower() not in _REFUSING:
        return False
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is None or xcomp.i + 1 >= len(verb.doc):
        return False
    if default_lexicon().verb_kind(xcomp.lemma_.lower()) != "speech":
        return False  # "refuses to do what every candidate has done": an act, not an answer
    after = verb.doc[xcomp.i + 1]
    if after.pos_ == "ADP" and after.i + 1 < len(verb.doc):
        after = verb.doc[after.i + 1]  # "for how long", "on what grounds"
    return after.lower_ in _WH_WORDS | _QUESTION_WORDS


def _infinitive_content(ctx: Context, verb: Token) -> tuple[int, int, bool] | None:
    """``X wants to Y``, ``X refused to Y``, ``X proposes doing Y``: the verb's own complement."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "is expected to visit", "was revealed to be": no one wishes anything
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is None or not (
        xcomp.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)
    ):
        return None
    start, end = trim(ctx.text, *subtree_span(xcomp))
    occasion = _occasion_after(verb, xcomp)
    if occasion is not None:
        start, end = trim(ctx.text, start, occasion.left_edge.idx)
    # "wants to triple X, grow Y and create Z": infinitives coordinated with the complement
    more = [c for c in verb.children if c.i > xcomp.i and coordinated_infinitive(c, xcomp)]
    if more:
        start, end = trim(ctx.text, start, max(_words_end(c) for c in more))
    return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None


# subordinators of a clause of time that went before: "after the EU imposed tariffs"
_BEFORE_MARKS = claim_words("earlier_time_subordinators")
# finite tags by tense: past, present
_TENSES = {"VBD": "past", "VBZ": "present", "VBP": "present"}


def _occasion_after(verb: Token, xcomp: Token) -> Token | None:
    """A clause of what went before that closes an infinitive content, in the tense of the
    cue ("vowed to retaliate after the EU imposed tariffs", the headline's "vows to retaliate
    after EU imposes tariffs"): the occasion of the vow, not part of what was vowed; one in
    a later tense ("vowed to retaliate after the vote is held") is. None when there is none."""
    tense = _TENSES.get(verb.tag_)
    for clause in xcomp.children:
        if (clause.dep_ == "advcl" and clause.i > xcomp.i and tense is not None
                and clause.right_edge.i == xcomp.right_edge.i
                and _TENSES.get(clause.tag_) == tense
                and not any(c.dep_ == "aux" for c in clause.children)
                and any(c.dep_ == "mark" and c.lower_ in _BEFORE_MARKS
                        and c.i == clause.left_edge.i for c in clause.children)):
            return clause
    return None


def coordinated_infinitive(token: Token, xcomp: Token) -> bool:
    """A bare verb coordinated with the infinitive complement that the parser hung on the cue
    ("declined to warn X or even openly declare Y guilty"): no subject of its own, and a
    coordinator between the two."""
    if token.tag_ not in ("VB", "VBP") or token.dep_ not in ("conj", "advcl"):
        return False
    if any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in token.children):
        return False
    between = token.doc[xcomp.i + 1 : token.left_edge.i + 1]
    return token.dep_ == "conj" and token.tag_ == "VB" or any(
        t.dep_ == "cc" and t.head.i in (xcomp.i, xcomp.head.i) for t in between)


# prepositions of the occasion of a stance, not its content: "criticized X at a rally"
_OCCASION_PREPS = claim_words("occasion_prepositions")


def _object_modifier(token: Token) -> bool:
    """A prepositional phrase the parser hung on the verb that goes with the object ("cited
    endorsements from 88 generals"); not one of time or occasion, nor the medium of the words
    ("attacked the unions on television")."""
    if token.dep_ != "prep" or token.lower_ in _OCCASION_PREPS - {"in"} or _medium_phrase(token):
        return False
    return not any(c.ent_type_ in ("DATE", "TIME") for c in token.subtree)


def _medium_phrase(token: Token) -> bool:
    """A prepositional phrase of the medium of the words: 'on television', 'in a speech'."""
    return token.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _media()
                                        for o in token.children)


def _media() -> frozenset[str]:
    """Nouns of what words are given out in: a medium ('in a speech') or a written finding
    ('in a report')."""
    senses = verbal_senses()
    return senses["medium"] | senses["document"]


def _receiver(token: Token, obj: Token) -> bool:
    """The one given what the object names, right after it: "offers grants to farmers",
    "pledged support for the rebels"."""
    return (token.dep_ == "dative" and token.left_edge.i == obj.right_edge.i + 1
            and any(c.dep_ == "pobj" for c in token.children))


def _second_object(token: Token) -> bool:
    """A second object the parser hung on the verb: "pointed out their credentials, each
    other's failings", "mentioned refinancing loans and forcing universities to pay"."""
    if token.dep_ == "dobj":
        return True
    return (token.dep_ == "conj" and token.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def _stance_content(ctx: Context, verb: Token, kind: str) -> tuple[int, int, bool] | None:
    """``X endorsed Y``, ``X cited Y as Z``, ``X called Y Z``: the object and its predicate.

    A naming verb (``call``, ``label``) needs the second complement: ``called him`` alone is a
    phone call, not a claim.
    """
    relative = relative_object_content(ctx, verb, kind)
    if relative is not None:
        return relative
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and kind == "naming":
        obj = _named_one(verb)
    if obj is None:
        return None if kind == "naming" else _stance_clause(ctx, verb)
    tail = [obj] + [
        c for c in verb.children
        if c.i > obj.i and (c.dep_ in _PREDICATE_DEPS or (c.dep_ == "prep" and c.lower_ in
                                                           _STANCE_PREPS
                                                           and not _medium_phrase(c)
                                                           and not _time_phrase(c))
                            or _second_object(c) or _object_modifier(c) or _receiver(c, obj))
    ]
    after = verb.doc[obj.i + 1] if obj.i + 1 < len(verb.doc) else None
    if obj.tag_ == "PRP" and (len(tail) == 1 or (after is not None and after.text == ":")):
        # "scolded him: ...": a bare pronoun is whom, not what, the stance is about; what the
        # parser hangs on the verb after the colon is the quotation, left to the colon rule
        return None
    if kind == "naming" and len(tail) == 1 and not any(
        c.dep_ in ("dobj", "npadvmod", "appos", "oprd") or _postposed_label(c, obj)
        for c in obj.children
    ):
        return None
    start, end = obj.left_edge.idx, max(subtree_span(t)[1] for t in tail)
    start, end = trim(ctx.text, start, end)
    return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None


def _postposed_label(child: Token, obj: Token) -> bool:
    """An adjective the parser hung on a naming verb's object after it ('called the
    resolution "politically motivated"'): English puts an attributive adjective before its
    noun, so one after it is the label the speaker gave."""
    return child.dep_ == "amod" and child.i > obj.i and child.pos_ == "ADJ"


def _named_one(verb: Token) -> Token | None:
    """The one named when the parser read both complements of a naming verb as predicates
    ("called Ruto a liar": "Ruto" and "liar" both predicates): the first, a name or a
    pronoun, when a second follows it; None otherwise."""
    labels = [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > verb.i]
    if len(labels) < 2 or labels[0].pos_ not in ("PROPN", "PRON"):
        return None
    return labels[0]


def _label_end(label: Token) -> int:
    """Where a label ends: before an apposition set off after it ("a 'reckless plan,' a set
    of cuts"), which says what the thing is, not what the speaker called it."""
    aside = [t for c in label.children if c.dep_ == "appos" and c.i > label.i
             for t in c.subtree]
    ends = [t.idx + len(t.text) for t in label.subtree if t not in aside]
    return max(ends)


def free_relative(pronoun: Token | None) -> bool:
    """'what' standing for the thing it labels, with no noun before it ("after what the
    mayor called a reckless plan"): the clause, wherever the parser hung it, names the thing
    and the label."""
    return pronoun is not None and pronoun.lower_ == "what"


def relative_object_content(
    ctx: Context, verb: Token, kind: str
) -> tuple[int, int, bool] | None:
    """``a tax, which the mayor called a disgrace``, ``a blast that the governor described
    as an attack``, ``what the mayor called a reckless plan``: a label or judgment given to a
    relative pronoun that stands for the object; the content is the relative clause, pronoun
    to label (a contiguous span that holds both what is judged and the judgment). A free
    "what" names no thing of its own: "what it called terrorist camps" says only that the
    speaker used the name, so the content is the label alone ("terrorist camps")."""
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i
                    and c.tag_ in ("WDT", "WP")), None)
    if verb.dep_ != "relcl" and not free_relative(pronoun):
        return None
    # the label: a predicate, an "as" phrase, or a naming verb's second object ("which
    # critics labeled a gag order", read as two objects; "the aid that they offered Kyiv"
    # names nothing)
    label = [c for c in verb.children if c.i > verb.i and (
        c.dep_ in ("oprd", "attr") or (c.dep_ == "prep" and c.lower_ == "as")
        or (c.dep_ == "dobj" and kind == "naming"))]
    if pronoun is None or not label:
        return None
    start = min(_label_start(c) for c in label) if free_relative(pronoun) else pronoun.idx
    start, end = trim(ctx.text, start, max(_label_end(c) for c in label))
    return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None


def _label_start(label: Token) -> int:
    """Where a label begins: its own first word, after the "as" that introduces it."""
    if label.dep_ == "prep":
        obj = next((c for c in label.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return obj.left_edge.idx
    return label.left_edge.idx


def _stance_clause(ctx: Context, verb: Token) -> tuple[int, int, bool] | None:
    """A stance taken on a clause rather than a thing: ``questioned whether X``, ``proposes
    allowing X``: the clause or the gerund after the verb. Not an infinitive: "refused to
    extradite him", "offered to send troops" are acts of their own, left to the events layer
    (a claim around them would make the refusal merely reported)."""
    clause = next((c for c in verb.children if c.i > verb.i and (
        (c.dep_ == "ccomp" and any(t.dep_ in ("nsubj", "nsubjpass") for t in c.children))
        or (c.dep_ == "xcomp" and c.tag_ == "VBG"))), None)
    if clause is None:
        return None
    start, end = trim(ctx.text, *subtree_span(clause))
    return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None


def _quotation_before_a_set_off_clause(
    ctx: Context, verb: Token, clause: Token
) -> tuple[int, int, bool] | None:
    """'"We will win," she said, adding a few words on the budget ...': a quotation just
    before the cue is what was said; a clause after the cue set off by a comma is no
    complement of it ("said, X" never reports X), whatever the parser hung there."""
    if clause.i < verb.i or inside_quote(ctx, clause.left_edge) is not None:
        return None
    gap = ctx.text[clause_extent(ctx, verb)[1] : clause.left_edge.idx]
    if gap.strip() != "," or any(q.start <= clause.left_edge.idx < q.end for q in ctx.quotes):
        return None  # '"A," he said, "B"': one quotation around the cue
    before = [q for q in _adjacent_quotes(ctx, verb) if q.end <= verb.idx]
    return quote_content(ctx, verb, before) if before else None


def _quote_opening_object(
    ctx: Context, verb: Token, quotes: list[Quote]
) -> tuple[int, int, bool] | None:
    """``reported "3,100 burglaries" in the county``: a short quotation that opens the cue's
    object, which goes on after the closing mark; what was said is the whole object, not the
    quoted words alone."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    start, end = subtree_span(obj)
    quote = next((q for q in quotes if q.start <= start < q.end), None)
    if quote is None or end <= quote.end or only_punct(ctx.text[quote.end : end]):
        return None
    start, end = trim(ctx.text, quote.start, end)
    return start, end, quoted_share(ctx, start, end) >= 0.5


def _reported_by_later_cue(ctx: Context, verb: Token) -> bool:
    """True when the verb is itself the complement of a cue that follows it."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i > verb.i
        and ctx.lexicon.verbs.get(head.lemma_.lower()) in ("speech", "belief")
    )


def verb_content(ctx: Context, verb: Token, kind: str) -> tuple[int, int, bool] | None:
    """The content of a cue verb: its complement clause, a quotation, or what precedes it,
    with the conjuncts the parser hung on the cue that go on with what was said."""
    content = _verb_content(ctx, verb, kind)
    if content is None or content[2]:
        return content
    content = _without_dangling_joiner(ctx, *content)
    if content is None:
        return None
    start, end = _before_second_act(ctx, verb, content[0], content[1])
    if start > verb.idx:
        end = _dash_elaboration(ctx, verb, end)
    content = (start, end, content[2])
    more = _stray_conjuncts(ctx, verb, start, end) + _conditions(ctx, verb, end)
    if not more:
        return content
    start, end = trim(ctx.text, start, max(_words_end(c) for c in more))
    return start, end, quoted_share(ctx, start, end) >= 0.5


# words that join a speaker's second act to the content: "said A and ordered B"
_ACT_JOINERS = claim_words("act_joiners")
# coordinators that join two words and so can end no content
_COORDINATORS = _ACT_JOINERS | claim_words("alternative_coordinators")


# tenses of a finite verb, which a bare infinitive cannot be coordinated with
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def finite_partner(verb: Token) -> Token | None:
    """The finite verb a finite conjunct really joins when the parse hung it on an infinitive
    below that verb ("urged residents to stay home and promised to restore order": "promised"
    is the governor's second act, in the tense of "urged", not a thing the residents were
    urged to do, which "to stay" is). None for any other verb."""
    infinitive = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS or infinitive.tag_ != "VB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    host = infinitive.head
    if infinitive.dep_ not in ("xcomp", "advcl", "ccomp") or host.tag_ != verb.tag_:
        return None
    return host


def _without_dangling_joiner(
    ctx: Context, start: int, end: int, quoted: bool
) -> tuple[int, int, bool] | None:
    """The content without a coordinator left at its end: the parse may hang the "and" that
    joins the speaker's second act on the last word of the content ("accused the government
    of failing to protect them and called for ..."), but a coordinator joins what follows it,
    so no content ends with one."""
    while True:
        words = ctx.text[start:end].rsplit(None, 1)
        if len(words) < 2 or words[1].lower() not in _COORDINATORS:
            return start, end, quoted
        start, end = trim(ctx.text, start, start + len(words[0]))
        if end <= start:
            return None


def misread_main_verb(verb: Token) -> Token | None:
    """The subject of a sentence's main verb that the parser, finding no verb for the noun
    before a relative clause set off by commas, hung on a noun as a modifier ("The rival,
    who insisted the count was rigged, called on supporters to march": "called" is the
    rival's act, not a participle of "count" or of "rival", nor a conjunct of "insisted"): a
    past form after the clause's closing comma, with no subject, auxiliary or agent of its
    own, in a sentence whose root is that noun. None for any other verb."""
    if verb.dep_ not in ("acl", "conj") or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    if verb.nbor(-1).text != "," or any(
            c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return None
    relative = next((c for c in root.children if c.dep_ == "relcl" and root.i < c.i < verb.i
                     and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","), None)
    if relative is None:
        return None
    if verb.dep_ == "conj":
        # "X, who insists the city is safe, called on ...": joined to the relative's verb
        # with no "and" between, a conjunct only by the parser's guess
        joined = verb.head.i == relative.i and not any(
            c.dep_ == "cc" and relative.i < c.i < verb.i for c in relative.children)
        return root if joined else None
    if verb.head.i == root.i or relative.left_edge.i <= verb.i <= relative.right_edge.i:
        return root
    return None


def _before_second_act(ctx: Context, verb: Token, start: int, end: int) -> tuple[int, int]:
    """The content up to a second act of the speaker that the parser tied into the reported
    clause ("said the government would not negotiate and ordered the army to clear the
    roads": the order is the speaker's, told as fact, not part of what was said); the
    argument layer reads the same conjunct as the speaker's (``reporting_host``)."""
    # imported here: the argument layer imports claims.cues, so a module-level import is a cycle
    from kronika.events.arguments import reporting_host

    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    # a conjunct with a subject of its own ("... and his comment was a joke") or a copula ("was
    # born there and was therefore qualified") is reported too
    act = next((t for t in span if t.dep_ == "conj" and t.idx > start and t.pos_ == "VERB"
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
                and (host := finite_partner(t) or reporting_host(t)) is not None
                and host.i == verb.i), None)
    # "X, who insisted that he won, called for ...": the main verb ends the relative's content
    act = act or next((t for t in span if t.idx > start and misread_main_verb(t) is not None),
                      None)
    if act is None:
        return start, end
    cut = act.left_edge.idx
    while True:
        new_start, new_end = trim(ctx.text, start, cut)
        words = ctx.text[new_start:new_end].rsplit(None, 1)
        if len(words) < 2 or words[-1].lower() not in _ACT_JOINERS:
            break
        cut = new_start + len(words[0])
    return (new_start, new_end) if new_end > new_start else (start, end)


# subordinators of a condition: "vowed to strike, unless wages rise"
_CONDITIONS = claim_words("conditional_subordinators")


def _conditions(ctx: Context, verb: Token, end: int) -> list[Token]:
    """A condition the parser hung on the cue right after its content ("vowed to strike,
    unless wages rise"; "threatened to quit if the vote fails"): what was said holds only on
    that condition, so the condition is part of it. One before the cue ("If asked, she
    says ...") conditions the saying and stays out."""
    doc = ctx.doc
    found = []
    # "denied it and said X, but only if Y": a condition after the last of two joined cues
    # may hang on the first
    joined = verb.head if verb.dep_ == "conj" else verb
    hosts = {verb.i, joined.i}
    clauses = [*verb.children, *(c for c in joined.children if c.i > verb.i)] \
        if joined is not verb else list(verb.children)
    for clause in clauses:
        # "said the EU was open to talks, but only if Beijing offered ...": the parser may
        # join the condition to the cue as a conjunct; its "if" still makes it a condition
        if clause.dep_ not in ("advcl", "conj") or clause.left_edge.idx < end or not any(
                c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children):
            continue
        if clause.left_edge.lower_ == "even":
            continue  # "even if": a concession, which the words do not depend on
        gap = doc[verb.i + 1 : clause.left_edge.i]
        if all(t.idx < end or t.is_punct or (t.dep_ == "cc" and t.head.i in hosts)
               for t in gap):
            found.append(clause)
    return found


# words of a content that coordinate: "said she would speak to them and tell them ..."
_CONTENT_VERBS = frozenset({"VERB", "AUX"})


def _stray_conjuncts(ctx: Context, verb: Token, start: int, end: int) -> list[Token]:
    """Conjuncts of a cue that cannot be coordinated with the cue itself, so go with a word of
    its content: "said she wanted to speak to voters and let them know ..." ("let" is a bare
    verb like "speak", not a past tense like "said"; "said the army was ready to withdraw, but
    would keep its bases"). A conjunct with its own subject ("said A, and B did C") is a
    clause of the writer's."""
    doc = ctx.doc
    inside = [t for t in doc.char_span(start, end, alignment_mode="expand") or []
              if t.pos_ in _CONTENT_VERBS]
    found = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.idx < end:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children) and not (
                conj.tag_ == "VBG" and verb.tag_ != "VBG"
                and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)):
            # a clause with its own subject is the writer's, but not a gerund one: "said she
            # remembers the clerk being 'rude,' and the owner being kind" cannot join "said"
            continue
        gap = [t for t in doc[verb.i + 1 : conj.left_edge.i] if t.idx >= end]
        if any(t.dep_ not in ("cc", "punct", "advmod", "preconj") for t in gap):
            continue  # something else stands between the content and the conjunct
        if (conj.pos_ in _CONTENT_VERBS and conj.tag_ != verb.tag_
                and any(t.tag_ == conj.tag_ for t in inside)):
            found.append(conj)
        elif conj.pos_ in _OBJECT_NOUNS and _object_inside(verb, start, end):
            found.append(conj)  # a noun joins no verb: "praised the police, and the medics"
    return found


_OBJECT_NOUNS = frozenset({"NOUN", "PROPN"})


def _object_inside(verb: Token, start: int, end: int) -> bool:
    """Whether the content holds the verb's object (its direct object or the object of its
    preposition): a noun the parser hung on the verb as a conjunct after it ("stressed
    safety, and a need for nurses") is a second object coordinated with that one."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(start <= o.idx < end for o in objects)


def _verb_content(ctx: Context, verb: Token, kind: str) -> tuple[int, int, bool] | None:
    """The content of a cue verb: its complement clause, a quotation, or what precedes it."""
    particle = phrasal_particle(ctx, verb)
    if particle is not None and particle.dep_ == "mark":
        start, end = trim(ctx.text, ctx.doc[particle.i + 1].idx, subtree_span(particle.head)[1])
        return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None
    if particle is not None and particle.dep_ == "prep":
        return _object_content(ctx, verb)
    if kind == "quoting":
        quotes = _adjacent_quotes(ctx, verb)
        return quote_content(ctx, verb, quotes) if quotes else _colon_paragraph(ctx, verb)
    if kind == "intent":
        if refused_answer(verb):
            return None
        if verb.lemma_.lower() in _SETTLING_VERBS:
            # "decided to delay the vote" is a plan; "decided the case" is a ruling
            return _infinitive_content(ctx, verb) or _stance_clause(ctx, verb)
        return _infinitive_content(ctx, verb) or _stance_content(ctx, verb, kind)
    if kind in ("stance", "naming"):
        return _stance_content(ctx, verb, kind)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _semicolon_apart(c, verb)]
    # of two complements ("Writing for a panel that all agreed ..., X noted that Y"), the one
    # after the cue is what it reports
    clause = next((c for c in clauses if c.i > verb.i), clauses[0] if clauses else None)
    if clause is not None and clause.i > verb.i and _narrative_clause(clause):
        clause = None  # "A, residents said, as fighting spread": scene-setting, read as an aside
    if clause is None and kind == "speech":
        clause = _stray_complement(verb)
    if clause is None and kind in ("speech", "belief"):
        adverbial = _adverbial_complement(verb)
        if adverbial is not None:
            return _adverbial_content(ctx, verb, adverbial)
    if (clause is not None and clause.left_edge.lower_ in _QUESTION_WORDS and clause.i > verb.i
            and verb.lemma_.lower() not in _ASKING
            and inside_quote(ctx, clause.left_edge) is None):
        return None  # "did not say whether ...", but not 'added, "What ... ?"': a quoted question
    if clause is not None and clause.i < verb.i and _reported_by_later_cue(ctx, verb):
        return None  # "X – he understands Y, analysts say": the whole is the analysts' claim
    if kind in ("speech", "belief") and (clause is None or clause.i < verb.i):
        aside = _parenthetical_content(ctx, verb)
        if aside is not None:
            return aside
    if clause is not None:
        before = _quotation_before_a_set_off_clause(ctx, verb, clause)
        return before or _complement_content(ctx, verb, clause)
    quotes = _adjacent_quotes(ctx, verb)
    if quotes:
        return _quote_opening_object(ctx, verb, quotes) or quote_content(ctx, verb, quotes)
    if kind == "speech":
        block = _colon_paragraph(ctx, verb)
        if block is not None:
            return block
    if kind == "belief":
        view = _view_content(verb)
        if view is not None:
            start, end = trim(ctx.text, *view)
            return start, end, False
    host = _host_content(ctx, verb)
    if host is not None:
        return host[0], host[1], quoted_share(ctx, *host) >= 0.5
    # "vowed to retake the city", "suggested looking at the budget"
    found = _object_content(ctx, verb) or _infinitive_content(ctx, verb)
    if found is None and kind == "speech":
        found = _appositive_after_cue(ctx, verb) or _topic_content(ctx, verb)
    if found is None and kind in ("speech", "belief"):
        found = _proform_content(ctx, verb)
    return found


# words that stand for a clause said or thought before: "thinks so", "said otherwise"
_PROFORMS = claim_words("clause_proforms")


def _semicolon_apart(clause: Token, verb: Token) -> bool:
    """``Troops shell the border town; the capital denies any role``: a semicolon joins two
    sentences of their own, so a clause before it is never what a cue after it reports (the
    parser hangs it on the cue as a complement)."""
    return clause.i < verb.i and semicolon_between(verb.doc, clause.right_edge.i + 1, verb.i)


def _proform_content(ctx: Context, verb: Token) -> tuple[int, int, bool] | None:
    """``X does not think so``, ``Y said as much``, ``Z believes otherwise``: a word that
    stands for what was said earlier is the content (the claim is there, its words are
    before it)."""
    for child in verb.children:
        if child.dep_ not in ("advmod", "dobj") or child.i < verb.i:
            continue
        if child.lower_ in _PROFORMS and child.dep_ == "advmod":
            return child.idx, child.idx + len(child.text), False
        first = ctx.doc[child.i - 1]
        then = ctx.doc[child.i + 1].lower_ if child.i + 1 < len(ctx.doc) else ""
        if child.lower_ == "much" and first.lower_ == "as" and first.i > verb.i and then != "as":
            # not "said as much as they could": an amount
            return first.idx, child.idx + len(child.text), False
    return None


# objects that name the hearer or nothing said: "told reporters", "said nothing"
_NOT_TOPICS = frozenset({"PERSON", "NORP"})
# speech verbs whose plain object is seldom what was said: "tell the truth", "answer
# questions", "found a way", "added a week", "asserted his right", "wrote a book"
_OBJECT_NOT_SAID = claim_words("object_not_said_verbs")
# ... and whose plain noun object is not, though a gerund is: "recalled its ambassador" (sent
# for), "recalled thinking ..." (remembered)
_NOUN_NOT_SAID = claim_words("noun_not_said_verbs")
_EMPTY_OBJECTS = claim_words("empty_objects")


@lru_cache(maxsize=1)
def deniable_nouns() -> frozenset[str]:
    """Nouns of what a denial can deny as untrue, not withhold (``data/deniable.csv``)."""
    return frozenset(r["noun"].lower() for r in read_csv("deniable.csv", ("noun",)))


def _denied_charge(verb: Token, obj: Token | None) -> bool:
    """'has denied any wrongdoing', 'denied the allegations': a denial of a charge says
    that it is untrue, which is a claim; the charge is its content."""
    return (obj is not None and verb.lemma_.lower() == "deny"
            and obj.lemma_.lower() in deniable_nouns()
            and not any(c.dep_ == "dative" for c in verb.children))


# verbs of a finding whose object is whom the finding is about: "polls show her ahead"
# ("found him with a knife" is a search, not a finding of a poll)
_EVIDENCE_VERBS = claim_words("finding_verbs")
# what a finding says of its object, hung on the verb right after it: "ahead", "behind",
# "with a lead", "by four points", "at 40 percent" (a number: "at the scene" is a place)
_STATE_PREPS = claim_words("finding_state_words")
_AMOUNTS = frozenset({"PERCENT", "CARDINAL", "QUANTITY"})


def _state_of_object(token: Token) -> bool:
    """A word the parser hung on the verb that says how the object stands."""
    if token.dep_ != "prep":
        return token.dep_ in ("advmod", "acomp", "oprd")
    return token.lower_ in _STATE_PREPS or (
        token.lower_ == "at" and any(t.ent_type_ in _AMOUNTS for t in token.subtree))


def _shown_state(ctx: Context, verb: Token, obj: Token) -> tuple[int, int, bool] | None:
    """``polls show her ahead by four points``, ``the survey shows the mayor with a narrow
    lead``: the person a finding is about and how they stand, which is what was found (a
    person object alone is no content: "showed him the door")."""
    state = [c for c in verb.children if c.i > obj.i and _state_of_object(c)]
    if not state or state[0].left_edge.i != obj.right_edge.i + 1:
        return None
    start, end = trim(ctx.text, obj.left_edge.idx, max(subtree_span(t)[1] for t in state))
    return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None


def _appositive_after_cue(ctx: Context, verb: Token) -> tuple[int, int, bool] | None:
    """``Rebels shelled the town, the army said on Monday, the third strike this week``: a
    closing cue whose reported clause the parser broke up (its verb read as a modifier of the
    cue's first subject, the noun phrase after the cue as its object or an appositive). What
    was said is the clause before the speaker's comma; a noun phrase set off after the cue
    only sums it up."""
    doc = ctx.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("ccomp", "xcomp", "mark", "aux", "neg") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = _nearest_before(verb)
    if subject is None or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
        return None
    if obj is not None and (obj.i < verb.i or doc[obj.left_edge.i - 1].text != ","):
        return None  # "..., X said the plan" has an object of its own
    if obj is None and not any(t.dep_ == "appos" and t.head.i < subject.i
                               and doc[t.left_edge.i - 1].text == ","
                               for t in doc[verb.i + 1 : verb.sent.end]):
        return None  # only the summing phrase after the cue tells that the parse broke
    before, start = doc[subject.left_edge.i - 1], verb.sent.start
    lead = doc[start : before.i]
    if verb.dep_ not in ("ROOT", "parataxis") or subject.tag_ in ("WP", "WDT"):
        return None  # "..., who said so at a rally": a relative clause, no closing cue
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD") for t in lead) or any(
            t.dep_ == "mark" or t.tag_ == "WRB" for t in lead) or lead[0].tag_ in ("VBG", "VBN"):
        # "When A happened, X said enough", "Speaking to students, X said": a subordinate or
        # participial clause is not what was said
        return None
    begin, end = trim(ctx.text, doc[start].idx, before.idx)
    return (begin, end, quoted_share(ctx, begin, end) >= 0.5) if end > begin else None


def _nearest_before(verb: Token) -> Token | None:
    """The subject nearest before a verb (the parser may give it a second one further back)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return subjects[-1] if subjects else None


def _topic_content(ctx: Context, verb: Token) -> tuple[int, int, bool] | None:
    """``announced the arrest of a man``, ``mentioned climate change``: a speech verb whose
    object names what was said. Not a hearer ("told reporters": a person, a pronoun or a
    speaker noun) and not an empty word ("said nothing")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None and verb.tag_ != "VB" and verb.lemma_.lower() in _EVIDENCE_VERBS:
        shown = _shown_state(ctx, verb, obj)
        if shown is not None:
            return shown
    if verb.tag_ != "VB" and _denied_charge(verb, obj):
        start, end = trim(ctx.text, *subtree_span(obj))
        return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None
    if verb.tag_ == "VB" or verb.lemma_.lower() in _OBJECT_NOT_SAID:
        return None  # an infinitive's object is what someone should say, not what was said
    if verb.lemma_.lower() in _NOUN_NOT_SAID and obj is not None and obj.tag_ != "VBG":
        return None
    if obj is None or obj.tag_ in ("PRP", "WP", "WDT") or obj.ent_type_ in _NOT_TOPICS:
        return None
    if obj.lower_ in _EMPTY_OBJECTS or obj.lemma_.lower() in ctx.lexicon.speakers:
        return None
    return _stance_content(ctx, verb, "stance")
