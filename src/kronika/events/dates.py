"""Event dates: explicit and relative date expressions resolved against the document date.

Never against the machine's clock: a relative expression ("last week", "March 3", "Monday")
in a document with no publication date stays unresolved, so the output of an undated document
does not depend on the day it was analysed. Weekdays follow news usage: a bare weekday is the
most recent such day on or before publication ("Monday" in a Monday paper is that day), or the
next one on or after it for an event still to come ("will meet on Monday").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

import dateparser
from spacy.tokens import Doc, Span, Token

from kronika.claims.cues import reported_clause
from kronika.events.factuality import POINTING_DETS, misread_infinitive
from kronika.lexicon import word_list, word_sequence
from kronika.nlp import (
    child_indices,
    dep_labels,
    entities_of,
    per_token,
    sentence_index,
    sentences,
)

DATE_WORDS = "date_words.yaml"

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTH_YEAR = re.compile(r"^(?:in\s+)?([A-Z][a-z]+)\s+(1[89]\d\d|20\d\d)$")
# Expressions that name a whole month or year ('in March', 'last month', 'last year'): the
# base supplies only the year, so the date keeps that precision instead of borrowing the
# publication's day.
WHOLE_MONTH = re.compile(
    r"^(?:(?:early|mid-?|late)\s*)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)$"
    r"|^(?:(?:earlier|later)\s+)?(?:last|next|this|past|previous|coming)\s+month$", re.I)
WHOLE_YEAR = re.compile(
    r"^(?:(?:earlier|later)\s+)?(?:last|next|this|past|previous|coming)\s+year$", re.I)
# A time counted back from the document's date ('two years ago', 'three months ago') is a
# point, not a duration; it keeps the precision of its unit.
AGO = re.compile(r"^(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?"
                 r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                 r"(day|week|month|year|decade)s?\s+ago$", re.I)
AGO_SHAPES = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y",
              "decade": "%Y"}
# Words that place a time inside the month or year named after them.
WITHIN_PERIOD = re.compile(r"^(?:earlier|later|early|mid-?|late)\s*", re.I)
# Durations and vague spans are DATE entities too, but they do not date an event.
NOT_A_DATE = re.compile(r"\b(hours?|days|weeks|months|years|decades?|for now|recent|long)\b", re.I)
# A number alone ('Juan Perez, 54,': an age the tagger calls a DATE) or a decade ('the 1990s')
# names no day, month or year; dateparser would read '54' as 1954 and '1990s' as yesterday.
NO_DAY = re.compile(r"^(?:the\s+)?(?:\d{1,3}|(?:1[89]|20)?\d0'?s)$", re.I)
# A decade, whole or in part ('the 1990s', 'the late 1980s', 'the early 2000s'): an act told of
# it is dated by no day, month or year, and not by the day of telling either.
DECADE = re.compile(r"^(?:in\s+|during\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?"
                    r"(?:1[89]|20)\d0'?s$", re.I)
# A part of a year named by the year ('late 2023', 'in mid-2024', 'at the end of 2022', 'in the
# summer of 2021', 'early in 2020'): in that year, a day of which dateparser cannot name.
SEASONS = word_sequence(DATE_WORDS, "seasons")
YEAR_PART = re.compile(
    r"^(?:at\s+|in\s+|during\s+)?(?:the\s+)?(?:(?:very\s+)?(?:early|mid|middle|late|end|start|"
    rf"beginning|first\s+half|second\s+half|{'|'.join(SEASONS)})(?:\s*-\s*|\s+)"
    r"(?:(?:of|in)\s+)?)+(1[89]\d\d|20\d\d)$", re.I)
MONTHS = word_sequence(DATE_WORDS, "months")
# 'March 3, 2021': the commonest dateline form, complete in itself, read without dateparser
# (a thousand times cheaper; the same day, since nothing in it is relative to the base).
FULL_DATE = re.compile(rf"^({'|'.join(MONTHS)}) ([0-9]{{1,2}}), ([12][0-9]{{3}})$")
WEEKDAYS = word_sequence(DATE_WORDS, "weekdays")
# A weekend told of from the week around it ('attacked an army post over the weekend').
WEEKEND = re.compile(r"^(?:over\s+|during\s+|at\s+)?(?:the|this|last|past)\s+weekend$", re.I)
# Parts of a day, which a weekday names the day of ('Thursday night', 'overnight Monday').
PARTS_OF_DAY = word_list(DATE_WORDS, "parts_of_day")
BARE_WEEKDAY = re.compile(
    rf"^(?:on\s+|this\s+|(?:early|late|earlier|later)(?:\s+on)?\s+|overnight\s+)?"
    rf"({'|'.join(WEEKDAYS)})"
    rf"(?:\s+(?:{'|'.join(sorted(PARTS_OF_DAY))}))?$", re.I)
# A weekday of a week counted from the telling ('Monday last week', 'on Friday of next week',
# 'Tuesday this week'): weeks run Monday to Sunday, as news calendars count them.
COUNTED_WEEKDAY = re.compile(
    rf"^(?:on\s+)?({'|'.join(WEEKDAYS)})(?:\s+(?:{'|'.join(sorted(PARTS_OF_DAY))}))?"
    r"\s+(?:of\s+)?(last|this|next)\s+week$", re.I)
WEEK_STEPS = {"last": -1, "this": 0, "next": 1}
# Two fixed, distant bases: an expression that resolves alike against both is absolute.
PROBE_BASES = (datetime(2001, 3, 14), datetime(2013, 10, 2))
# Prepositions whose date bounds an event or a state instead of dating it: 'suspend the talks
# until 2028', 'withdraw by March', 'in power since 2014', 'fled after May 3'.
BOUND_PREPS = word_list(DATE_WORDS, "bound_preps")
# Auxiliaries that put an event after the time of writing ("will meet on Monday").
FUTURE_AUX = word_list(DATE_WORDS, "future_aux")
# Auxiliaries of what is still to come or only possible when told in reported speech.
REPORTED_FUTURE = FUTURE_AUX | word_list(DATE_WORDS, "reported_modals")


# A date hanging from a noun dates that thing ('under a 1951 treaty', 'condemned the May 3
# attack'), unless the noun is the event's subject ('the 1994 memorandum guaranteed ...') or
# its occasion ('seized power in a 2020 coup', 'killed during the 2019 riots').
NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OCCASION_PREPS = word_list(DATE_WORDS, "occasion_preps")
# Verbs of committing to a later act, whose 'to' clause's date is that act's, not theirs.
COMMITMENT_VERBS = word_list(DATE_WORDS, "commitment_verbs")
# Verbs of getting another to act later ('asked the council to meet on Friday'): the same holds.
REQUEST_VERBS = word_list(DATE_WORDS, "request_verbs")
# Conjunctions of a clause that happened at the time of its main clause.
SAME_TIME_MARKS = word_list(DATE_WORDS, "same_time_marks")


def date_entities(trigger: Token) -> list[Span]:
    """DATE entities attached to the trigger's clause (its subtree, minus embedded clauses),
    less those that date another thing or act of the clause."""
    clause = clause_tokens(trigger)
    doc = trigger.doc
    lemma = trigger.lemma_.lower()
    later: frozenset[int] = frozenset()
    if lemma in COMMITMENT_VERBS | REQUEST_VERBS:
        # 'promised to hold elections in December': the date is the promised act's
        act = asked_act(trigger)
        later = frozenset(t.i for t in act.subtree) if act is not None else frozenset()
        later |= frozenset(t.i for e in trailing_asked_dates(trigger) for t in e)
        later -= frozenset(t.i for e in day_after_deadline(act) for t in e)
    own = own_phrase(trigger) if talked_about(trigger) else None
    return [e for root, e in date_roots(doc) if root in clause
            and (own is None or root in own)
            and not (root in later and not (lemma in REQUEST_VERBS and past_marked(e)))
            and not dates_something_else(doc[root], trigger)
            and not superlative_scope(e)
            and said_when(doc[root]) is None]


# Units of a deadline given for an act asked or promised ('to leave within 72 hours').
DEADLINE_UNITS = word_list(DATE_WORDS, "deadline_units")


def day_after_deadline(act: Token | None) -> list[Span]:
    """The day named after the deadline of an act asked ('ordered them to leave within 72
    hours on Monday', 'told the envoy to go within a week on Friday'): the act is timed by
    its deadline, so the weekday after it tells when the order was given."""
    if act is None:
        return []
    deadline = next((c.i for c in act.children if c.dep_ == "prep" and c.lower_ == "within"
                     and any(o.dep_ == "pobj" and o.lemma_.lower() in DEADLINE_UNITS
                             for o in c.children)), None)
    if deadline is None:
        return []
    return [e for root, e in date_roots(act.doc) if root > deadline
            and act.doc[root].head.dep_ == "prep" and act.doc[root].head.head.i == act.i
            and any(t.lower_ in WEEKDAYS for t in e)]


def asked_act(verb: Token) -> Token | None:
    """The act a verb of asking or committing puts off to later: its 'to' clause ('urged them
    to march'), also where the parser reads the 'to' as a preposition and the bare verb as its
    object ('called on supporters to march', 'march' read as a verb or as the month), or the
    act a verb of asking asks for ('called for rallies')."""
    asking = verb.lemma_.lower() in REQUEST_VERBS
    for child in verb.children:
        if child.dep_ == "xcomp":
            return child
        if child.dep_ == "prep" and child.lower_ in ("to", "for"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and (misread_infinitive(obj) or (
                    asking and child.lower_ == "for" and obj.pos_ == "NOUN")):
                return obj  # 'called for rallies on Friday': the rallies asked for
    return None


def asking_verb(act: Token) -> Token | None:
    """The verb of asking or committing whose act ``act`` is (see ``asked_act``), or None."""
    asker = act.head.head if act.dep_ == "pobj" else act.head
    if act.dep_ not in ("xcomp", "pobj") or asker.i == act.i:
        return None
    return asker if asked_act(asker) is not None and asked_act(asker).i == act.i else None


# Acts held on a day, which a day after them in a call for them dates ('called on supporters
# to march on Saturday', 'called for rallies on Friday'); 'urged both sides to show restraint
# on Sunday' or 'called for calm on Sunday' tells when the call was made.
SCHEDULED_ACTS = word_list(DATE_WORDS, "scheduled_acts")


def trailing_asked_dates(verb: Token) -> list[Span]:
    """The dates the parser hangs on a verb of asking or committing after an act held on a
    day that it asks for, which they date: 'called on supporters to march on Saturday' (the
    march is on Saturday, the call was made before). A date that names a past time ('urged
    them last week to ...') stays the asking's."""
    act = asked_act(verb)
    if act is None or act.lemma_.lower() not in SCHEDULED_ACTS:
        return []
    return [e for root, e in date_roots(verb.doc)
            if root > act.i and verb.doc[root].head.head.i == verb.i
            and verb.doc[root].head.dep_ == "prep" and not past_marked(e)]


def speaking_date(verb: Token, published: date | None) -> tuple[str | None, str | None]:
    """(date, expression) of a verb of saying: its own clause's date, or one the parse hangs
    on the clause it reports ('said on Friday they would not attend'); (publication, None)
    when the text gives none."""
    when, expression = event_date(verb, published)
    if expression is not None:
        return when, expression
    for root, ent in date_roots(verb.doc):
        if said_when(verb.doc[root]) == verb:
            value = resolve_expression(ent.text, published, False)
            if value:
                return value, ent.text
    return when, None


def said_when(root: Token) -> Token | None:
    """The verb of saying a date belongs to though the parse hangs it on the reported clause:
    'said on Wednesday its troops had repelled ...' puts the date before the clause's subject,
    so it tells when it was said. None for a date of the clause itself."""
    phrase = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    clause = phrase.head
    if clause.dep_ != "ccomp" or clause.head.i > phrase.i or clause.head.pos_ != "VERB":
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None or not (clause.head.i < phrase.i < subject.left_edge.i):
        return None
    return clause.head


# Verbs that undo or confirm a decision taken before ('overturned the conviction', 'quashed
# the sentence', 'upheld the ban'): their object is that earlier decision.
REVIEWING_VERBS = word_list(DATE_WORDS, "reviewing_verbs")
# Verbs that speak of, judge or look into an act told by their object noun, done before them:
# 'condemned on Monday the attack', 'denied the killings', 'is investigating the bombing'. The
# verb's date is its own, not the act's. Not 'call': what it calls ('called a strike for
# Monday') is still to come, on the date it is called for.
REACTION_VERBS = word_list(DATE_WORDS, "reaction_verbs") | REVIEWING_VERBS


def talked_about(trigger: Token) -> bool:
    """An event noun that is the object of a verb of speaking of, judging or examining an
    act ('condemned the deadliest assault', 'denied the arrests', 'an attack the president
    condemned'), or a noun in apposition to or coordinated with such an object."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = trigger
    while noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and \
        noun.head.lemma_.lower() in REACTION_VERBS


def retells(trigger: Token) -> bool:
    """A definite event noun talked about ('condemned the deadliest assault'): most often the
    act the story told before, whose date it shares when it has none of its own."""
    return talked_about(trigger) and any(c.dep_ == "det" and c.lower_ in POINTING_DETS
                                         for c in trigger.children)


def own_phrase(noun: Token) -> frozenset[int]:
    """The token indices of a noun's own phrase (its subtree)."""
    return frozenset(t.i for t in noun.subtree)


# Periods that bound a superlative ('the deadliest attack this year', 'the largest protest
# this month') rather than date the act.
SCOPE_PERIOD = re.compile(r"^(?:so far\s+)?(?:this|last|the past)\s+(?:year|month|week|decade)$"
                          r"|^(?:in\s+)?(?:1[89]\d\d|20\d\d)$", re.I)


def superlative_scope(ent: Span) -> bool:
    """A period that follows, or hangs from, a noun with a superlative ('the deadliest assault
    on the army this year'): the range the superlative is taken over, not the act's date."""
    if not SCOPE_PERIOD.match(ent.text.strip()):
        return False
    return any(superlative(tok) and (tok.right_edge.i + 1 == ent.start
                                     or ent.root.head.i == tok.i)
               for tok in ent.doc[ent.sent.start:ent.start])


def superlative(noun: Token) -> bool:
    """A noun with a superlative modifier ('the deadliest attack', 'the most violent protest')."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.lower_ == "most" for g in c.children))
        for c in noun.children)


# Words that put a date in the past: a request is not made for a time already gone, so 'ordered
# her to step down earlier this month' dates the order.
PAST_MARKS = word_list(DATE_WORDS, "past_marks")


def past_marked(ent: Span) -> bool:
    """Whether a date expression names a time before the telling."""
    return any(t.lower_ in PAST_MARKS for t in ent)


def dates_something_else(root: Token, trigger: Token) -> bool:
    """Whether the path from a date up to the trigger's clause passes a noun the date
    modifies or a gerund of its own: 'accused X of killing civilians in 2022' dates the
    killing, not the accusation."""
    top = trigger.head if trigger.pos_ in ("NOUN", "PROPN") else trigger
    tok = root
    while tok.i not in (trigger.i, top.i) and tok.head.i != tok.i:
        head = tok.head
        if (tok.dep_ in NOUN_MODIFIERS and head.pos_ in ("NOUN", "PROPN")
                and head.i != trigger.i and head.dep_ not in SUBJECTS
                and head.lemma_.lower() not in PARTS_OF_DAY  # 'on Thursday night'

                and not occasion_of(head, top)):
            return True
        if tok.dep_ == "pcomp" and tok.pos_ == "VERB":
            return True
        if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and head.i != trigger.i \
                and not (head.dep_ == "pobj" and head.head.lower_ in OCCASION_PREPS | {"at"}):
            # 'lifted the curfew imposed in March', 'held under martial law imposed in 2024':
            # the imposing's date; 'arrested at a rally staged on Sunday' shares the rally's
            return True
        tok = head
    return False


# A length of time ('a month', 'two weeks', '30 days'): after 'for' it tells how long an act
# lasts ('paused tariffs for a month'), not when it happens ('called a strike for Monday').
DURATION = re.compile(r"^(?:for\s+)?(?:about\s+|another\s+|nearly\s+|up to\s+|more than\s+|"
                      r"at least\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"several|a few|\d+)\s+(?:hour|day|week|month|year)s?$", re.I)


def bound(ent: Span) -> bool:
    """A date that bounds its event ('until 2028', 'since 2014'), whether the preposition
    is the entity's first word or the word it hangs from, or a duration after 'for' ('for a
    month')."""
    root = ent.root
    first = ent[0].lower_
    if (first == "for" or (root.dep_ == "pobj" and root.head.lower_ == "for")) and \
            DURATION.match(ent.text.strip()):
        return True
    return first in BOUND_PREPS or (root.dep_ == "pobj" and root.head.lower_ in BOUND_PREPS)


def before_bound(ent: Span) -> Span:
    """A date entity the recognizer ran on across a bounding preposition ('on Friday after
    months of talks' tagged 'Friday after months'): the date before it, which dates the act;
    what follows bounds it ('after months') and dates nothing."""
    cut = next((t.i for t in ent[1:] if t.lower_ in BOUND_PREPS and t.pos_ == "ADP"), None)
    return ent if cut is None else Span(ent.doc, ent.start, cut, label=ent.label)


# Words of a part of a year that 'of' or 'in' joins to the year ('the summer of 2022', 'early in
# 2020', 'the end of 2019').
YEAR_PART_WORDS = frozenset(SEASONS) | word_list(DATE_WORDS, "year_part_words")


def with_its_year(ent: Span) -> Span:
    """A date entity the recognizer cut before its year ('the summer of' of 'the summer of
    2022', 'early in' of 'early in 2020'): the span runs on to the year, which dates it."""
    doc, end = ent.doc, ent.end
    if ent[-1].lower_ in ("of", "in"):
        end -= 1  # 'the summer of' and its year: as 'the summer' and 'of' and the year
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "in") and \
            end > ent.start and doc[end - 1].lower_ in YEAR_PART_WORDS and \
            re.fullmatch(r"1[89]\d\d|20\d\d", doc[end + 1].text):
        return Span(doc, ent.start, end + 2, label=ent.label)
    return ent


def names_day(ent: Span) -> bool:
    """A time of day that names its day ('Monday night', 'Sunday morning'), which the
    recognizer tags TIME, not DATE: it dates an event as its weekday does."""
    return any(t.lower_ in WEEKDAYS for t in ent)


def date_roots(doc: Doc) -> list[tuple[int, Span]]:
    """(root token index, entity) of every DATE entity, or TIME entity that names its day,
    that can date an event (not a bound), once per Doc: Span.root walks the parse, and every
    trigger of a long article would otherwise walk it again."""
    cached = doc.user_data.get("kronika_date_roots")
    if cached is None:
        spans = sorted([*(before_bound(with_its_year(e)) for e in entities_of(doc, "DATE")),
                        *filter(names_day, entities_of(doc, "TIME"))], key=lambda e: e.start)
        cached = [(e.root.i, e) for e in spans if not bound(e)]
        doc.user_data["kronika_date_roots"] = cached
    return cached


def clause_tokens(trigger: Token) -> frozenset[int]:
    """Token indices of the trigger's own clause, and of its verb when the trigger is a noun
    (computed once per token: dates, places and sides all ask for it)."""
    return per_token(trigger, "kronika_clause_tokens", _clause_tokens)


def _clause_tokens(trigger: Token) -> set[int]:
    head = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head != trigger:
        head = trigger.head if trigger.head.pos_ in ("VERB", "AUX") else trigger
    # walked on the per-Doc child and label lists: no Token built per word of the clause
    kids, deps = child_indices(trigger.doc), dep_labels(trigger.doc)
    out: set[int] = set()
    stack = [head.i]
    while stack:
        i = stack.pop()
        out.add(i)
        stack.extend(c for c in kids[i] if deps[c] not in ("ccomp", "relcl", "advcl", "conj"))
    return out


@lru_cache(maxsize=4096)
def resolve_expression(text: str, base: date | None, ahead: bool = False,
                       nearest: bool = False) -> str | None:
    """ISO date of an expression; year-only or month-only dates keep reduced precision
    ('2022', '2022-03') rather than inventing a day. With no ``base`` only an absolute date
    resolves; ``ahead`` reads a bare weekday or a day of a month forward (an event still to
    come); ``nearest`` reads a day of a month with no year as its occurrence nearest the base
    (a present-tense schedule, 'meets on 3 September', told either side of it)."""
    text = text.strip()
    ago = AGO.match(text)
    if NOT_A_DATE.search(text) and not YEAR.search(text) and not ago:
        return None
    bare = re.sub(r"^(?:in|on|since|by|during)\s+", "", text, flags=re.I)
    if NO_DAY.match(bare):
        return None  # 'in the 1990s' names no day: dateparser reads it as yesterday
    if ago:
        if base is None:
            return None
        found = parse_against(re.sub(r"^(?:about|some|nearly|almost|more than)\s+", "", bare),
                              datetime(base.year, base.month, base.day))
        return found.strftime(AGO_SHAPES[ago.group(1).lower()]) if found else None
    if re.fullmatch(r"(?:the\s+)?(?:year\s+)?(1[89]\d\d|20\d\d)", bare, flags=re.I):
        return YEAR.search(bare).group(1)
    part = YEAR_PART.match(text)
    if part:
        return part.group(1)
    full = full_date(bare)
    if full is not None:
        return full
    if WEEKEND.match(bare):  # its Saturday: the day a weekend's news most often begins
        return weekend_saturday(bare, base, ahead, nearest) if base else None
    weekday = BARE_WEEKDAY.match(bare)
    if weekday:
        return news_weekday(weekday.group(1), base, ahead) if base else None
    counted = COUNTED_WEEKDAY.match(bare)
    if counted:
        return weekday_of_week(counted.group(1), counted.group(2), base) if base else None
    month = month_of_year(bare, base)
    if month is not None:
        return month or None
    shape = ("%Y-%m" if MONTH_YEAR.match(bare) or WHOLE_MONTH.match(bare)
             else "%Y" if WHOLE_YEAR.match(bare) else "%Y-%m-%d")
    if WHOLE_MONTH.match(bare) or WHOLE_YEAR.match(bare):
        bare = WITHIN_PERIOD.sub("", bare)  # 'late September' is in September
    if base is not None and shape == "%Y-%m-%d" and not YEAR.search(bare) and (ahead or nearest):
        return month_day(bare, datetime(base.year, base.month, base.day), ahead)
    if base is not None and ahead and NAMED_MONTH.match(bare):
        return month_ahead(bare, base)
    bases = PROBE_BASES if base is None else (datetime(base.year, base.month, base.day),)
    values = {p.strftime(shape) if p else None for p in (parse_against(bare, b) for b in bases)}
    # Read differently against different bases: relative, and with no date to read it by.
    return values.pop() if len(values) == 1 else None


# A month named alone ('November'; 'late March' once its 'late' is stripped).
NAMED_MONTH = re.compile(rf"^(?:{'|'.join(MONTHS)})$", re.I)
# A month placed by a year counted from the telling ('June last year', 'in March next year')
# or by 'last' ('last June': the latest June before the month of telling).
MONTH_OF_YEAR = re.compile(rf"^(?:(?:early|mid-?|late)\s*)?({'|'.join(MONTHS)})\s+"
                           r"(last|this|next)\s+year$", re.I)
LAST_MONTH_NAMED = re.compile(rf"^(?:last|this past)\s+({'|'.join(MONTHS)})$", re.I)
YEAR_STEPS = {"last": -1, "this": 0, "next": 1}


def month_ahead(name: str, base: date) -> str:
    """A month named for an act still to come: this month or the next such one ('will meet
    in November' told in October 2024 is 2024-11; told in December, 2025-11)."""
    number = MONTHS.index(name.strip().capitalize()) + 1
    return f"{base.year if number >= base.month else base.year + 1}-{number:02d}"


def month_of_year(text: str, base: date | None) -> str | None:
    """'2023-06' for 'June last year' or 'last June' told in September 2024; '' when the
    expression is of that kind but there is no base to count from; None for any other."""
    counted, last = MONTH_OF_YEAR.match(text), LAST_MONTH_NAMED.match(text)
    if counted is None and last is None:
        return None
    if base is None:
        return ""
    name = (counted or last).group(1).capitalize()
    number = MONTHS.index(name) + 1
    if counted is not None:
        year = base.year + YEAR_STEPS[counted.group(2).lower()]
    else:
        year = base.year if number < base.month else base.year - 1
    return f"{year}-{number:02d}"


def parse_against(text: str, base: datetime, prefer: str = "past") -> datetime | None:
    """dateparser's reading of an expression, relative to ``base`` (never to the clock)."""
    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False,
                "RELATIVE_BASE": base}
    return dateparser.parse(text, languages=["en"], settings=settings)


def month_day(text: str, base: datetime, ahead: bool) -> str | None:
    """A day of a month with no year: the next such day for an event still to come, else
    whichever of the last and the next is nearer the base."""
    later = parse_against(text, base, "future")
    if ahead or later is None:
        return later.strftime("%Y-%m-%d") if later else None
    earlier = parse_against(text, base, "past")
    if earlier is None or abs(later - base) < abs(base - earlier):
        return later.strftime("%Y-%m-%d")
    return earlier.strftime("%Y-%m-%d")


def news_weekday(name: str, base: date, ahead: bool) -> str:
    """The most recent such weekday on or before ``base`` (the next on or after it when the
    event is still to come)."""
    wanted = WEEKDAYS.index(name.lower())
    shift = (wanted - base.weekday()) % 7 if ahead else -((base.weekday() - wanted) % 7)
    return date.fromordinal(base.toordinal() + shift).isoformat()


def weekend_saturday(text: str, base: date, ahead: bool, nearest: bool) -> str:
    """The Saturday of the weekend meant. 'this weekend' told on a weekday of an act to come,
    or of a present-tense schedule ('ministers meet this weekend'), is the coming one, and told
    at a weekend that weekend; 'last weekend' told at a weekend is the one before; any other
    reads back from the day of telling (or forward, for an act to come)."""
    word = re.search(r"\b(the|this|last|past)\s+weekend", text, re.I).group(1).lower()
    weekend_now = base.weekday() >= 5
    saturday_now = date.fromordinal(base.toordinal() - (base.weekday() - 5))
    if word == "this" and weekend_now:  # on a Sunday, what is still to come is that day's
        return (base if ahead and base.weekday() == 6 else saturday_now).isoformat()
    if word == "this" and nearest:
        ahead = True
    if word in ("last", "past") and weekend_now:
        return date.fromordinal(saturday_now.toordinal() - 7).isoformat()
    return news_weekday("saturday", base, ahead)


def weekday_of_week(name: str, step: str, base: date) -> str:
    """The weekday of the week ``step`` ('last', 'this', 'next') counts from the base's
    week: 'Monday last week' told on Wednesday 5 March 2025 is 24 February."""
    monday = base.toordinal() - base.weekday() + 7 * WEEK_STEPS[step.lower()]
    return date.fromordinal(monday + WEEKDAYS.index(name.lower())).isoformat()


def full_date(text: str) -> str | None:
    """ISO date of a complete 'Month D, YYYY' date; None for any other text or a day that
    does not exist (dateparser then has its say)."""
    found = FULL_DATE.match(text)
    if found is None:
        return None
    try:
        day = date(int(found.group(3)), MONTHS.index(found.group(1)) + 1, int(found.group(2)))
    except ValueError:
        return None
    return day.isoformat()


def event_date(trigger: Token, published: date | None) -> tuple[str | None, str | None]:
    """(date, expression): an explicit date of the trigger's clause, else the document date."""
    ahead = still_to_come(trigger)
    shifted = offset_date(trigger, published)
    if shifted is not None:
        return shifted
    companion = [] if ahead else companion_dates(trigger)
    nearest = scheduled(trigger)
    decade = None
    for ent in [*date_entities(trigger), *asked_dates(trigger), *participle_dates(trigger),
                *occasion_relative_dates(trigger), *occasion_participle_dates(trigger),
                *described_dates(trigger), *setting_dates(trigger),
                *when_of_date(trigger), *companion,
                *measure_dates(trigger)]:
        if DECADE.match(ent.text.strip()):
            decade = decade or ent.text  # undated, unless the clause names a day as well
            continue
        value = resolve_expression(ent.text, published, ahead or called_for(ent), nearest)
        if value is None and DAY_BEFORE.match(ent.text.strip()):
            value = day_before(trigger, published)
        if value:
            return value, ent.text
    if decade is not None:
        return None, decade  # 'massacred villagers in the 1990s': no day of telling
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in PHASE_VERBS:
        return event_date(trigger.head, published)  # 'last year began conscripting men'
    if not ahead and not talked_about(trigger):
        for ent in report_dates(trigger):
            value = resolve_expression(ent.text, published, False)
            if value:
                return value, ent.text
    return (published.isoformat() if published else None), None


# The day before the time of telling ('repelled an assault the previous day').
DAY_BEFORE = re.compile(r"^(?:on\s+)?the\s+(?:previous|preceding)\s+day$|^the\s+day\s+before$",
                        re.I)


def day_before(trigger: Token, published: date | None) -> str | None:
    """The day before the report that tells the act ('said on Wednesday its troops had
    repelled an assault the previous day': Tuesday), else before publication."""
    told = next((v for v in (resolve_expression(e.text, published) for e in
                             report_dates(clause_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN")
                                          else trigger))
                 if v and len(v) == 10), None)
    base = date.fromisoformat(told) if told else published
    return date.fromordinal(base.toordinal() - 1).isoformat() if base else None


# A time between two acts ('two days after the army withdrew', 'a week before the vote').
OFFSET = re.compile(r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                    r"(day|week)s?$", re.I)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def offset_date(trigger: Token, published: date | None) -> tuple[str, str] | None:
    """The date of an act told as so long before or after a dated one: 'seized the town on
    Tuesday, two days after the army withdrew' dates the withdrawal to Sunday. None unless
    the main clause gives a day of its own."""
    mark = next((c.lower_ for c in trigger.children if c.dep_ == "mark"), None)
    if trigger.dep_ != "advcl" or mark not in ("after", "before") or \
            trigger.head.pos_ not in ("VERB", "AUX"):
        return None
    span = next((e for c in trigger.children if c.dep_ == "npadvmod"
                 for e in entities_of(trigger.doc, "DATE") if e.root.i == c.i), None)
    found = OFFSET.match(span.text.strip()) if span is not None else None
    if found is None:
        return None
    when, expression = event_date(trigger.head, published)
    if expression is None or when is None or len(when) != 10:
        return None
    count = NUMBERS.get(found.group(1).lower()) or int(found.group(1))
    days = count * (7 if found.group(2).lower() == "week" else 1)
    day = date.fromisoformat(when).toordinal() + (-days if mark == "after" else days)
    return date.fromordinal(day).isoformat(), span.text


def offset_from_act(verb: Token, anchor_date: Callable[[Token], str | None]) -> str | None:
    """'attacked the base a day after the suspension', 'two days before the raid': the day
    so long after or before the act an event noun refers back to (``anchor_date``: the day
    of that act, None when the noun points at none told as of a day)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "before"):
            continue
        spans = [c for c in prep.children if c.dep_ == "npadvmod"]
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        if len(spans) != 1 or len(nouns) != 1:
            continue
        found = OFFSET.match(" ".join(t.text for t in spans[0].subtree))
        when = anchor_date(nouns[0])
        if found is None or when is None or len(when) != 10:
            continue
        count = NUMBERS.get(found.group(1).lower()) or int(found.group(1))
        days = count * (7 if found.group(2).lower() == "week" else 1)
        return date.fromordinal(date.fromisoformat(when).toordinal()
                                + (days if prep.lower_ == "after" else -days)).isoformat()
    return None


# Verbs of a phase of an act, whose infinitive or gerund is that act, at their time.
PHASE_VERBS = word_list(DATE_WORDS, "phase_verbs")
# Nouns that count or measure the acts an 'of' phrase names ('months of protests', 'a wave of
# arrests', 'dozens of airstrikes'): the acts are where the measure is in the clause.
MEASURE_NOUNS = word_list(DATE_WORDS, "measure_nouns")


def measure_dates(trigger: Token) -> list[Span]:
    """The dates of the clause of the measure an event noun is counted by: 'In 2022, months
    of mass protests forced the president to flee' dates the protests to 2022."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of" or \
            prep.head.lemma_.lower() not in MEASURE_NOUNS:
        return []
    return date_entities(prep.head)


def asked_dates(act: Token) -> list[Span]:
    """The dates of an act asked or promised that the parser hung on the verb asking for it
    ('called on supporters to march on Saturday': see ``trailing_asked_dates``)."""
    asker = asking_verb(act)
    if asker is None or asker.lemma_.lower() not in COMMITMENT_VERBS | REQUEST_VERBS:
        return []
    return trailing_asked_dates(asker)


def called_for(ent: Span) -> bool:
    """A date an act is called or set for ('called a strike for Monday', 'scheduled for
    March 3'): a time ahead of the telling."""
    root = ent.root
    return ent[0].lower_ == "for" or (root.dep_ == "pobj" and root.head.lower_ == "for")


def participle_dates(trigger: Token) -> list[Span]:
    """The date of a participle that tells when an event noun's act was done: 'a state of
    emergency declared last year', 'the curfew imposed in March', 'the raid carried out on
    Friday'."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    nouns = [trigger, *(g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj")]
    told = [c for noun in nouns for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    # the parser may hang the participle on the clause's verb instead
    verb = trigger.head.head if trigger.head.pos_ == "ADP" else trigger.head
    told += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD")
             and c.i == trigger.right_edge.i + 1
             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return [e for c in told for e in date_entities(c)]


# Relative pronouns after a preposition of occasion: 'a vote in which', 'talks during which'.
OCCASION_RELATIVES = word_list(DATE_WORDS, "occasion_relatives")


def occasion_participle_dates(trigger: Token) -> list[Span]:
    """The date of the occasion a participle tells of: 'won in January in a vote boycotted by
    the opposition' dates the boycott to January, as 'in the vote' is dated."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or noun.dep_ != "pobj" or \
            noun.head.lower_ not in OCCASION_PREPS | {"at"} or noun.head.head.pos_ != "VERB":
        return []
    return date_entities(noun.head.head)


def occasion_relative_dates(trigger: Token) -> list[Span]:
    """The dates of the occasion a relative clause happened at: 'held a referendum in December
    in which voters backed the plan' dates the backing to December."""
    if trigger.dep_ not in ("relcl", "advcl") or not any(
            c.dep_ == "prep" and c.lower_ in OCCASION_RELATIVES
            and any(g.lower_ == "which" for g in c.children) for c in trigger.children):
        return []
    return date_entities(trigger.head)


def described_dates(trigger: Token) -> list[Span]:
    """The date of the noun phrase a past relative clause describes, when the clause has
    none of its own: 'the crash of an airliner last December that was hit by air defences'
    dates the hit to December, as the text dates the crash; a date of the phrase's own verb
    or of another clause does not count."""
    verb = clause_verb(trigger)
    if verb.dep_ != "relcl" or not (verb.tag_ in ("VBD", "VBN") and past_told(verb)):
        return []
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    clause = frozenset(t.i for t in verb.subtree)
    phrase = frozenset(t.i for t in noun.subtree) - clause
    return [e for root, e in date_roots(verb.doc) if root in phrase and e.end <= verb.i]


def past_told(verb: Token) -> bool:
    """A clause verb told in the past: a simple past, or a participle whose auxiliary is
    past ('was hit', 'had been seized'); not a present perfect or a modal."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not aux
    return bool(aux) and all(a.tag_ in ("VBD", "VBN") for a in aux)


def when_of_date(trigger: Token) -> list[Span]:
    """The date a 'when' clause hangs on: 'the largest since 2019, when police fired on the
    crowds' and 'in March, when troops shelled the town' date the act to that time, though
    'since' or 'until' before it only bounds the main clause."""
    verb = clause_verb(trigger)
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ != "relcl" or verb.head.ent_type_ not in ("DATE", "TIME") or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return []
    return [e for e in entities_of(verb.doc, "DATE") if e.start <= verb.head.i < e.end]


def clause_verb(trigger: Token) -> Token:
    """The verb whose tense and auxiliaries tell the time of a trigger: itself, or the verb
    an event noun depends on."""
    return trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head


def result_of(participle: Token) -> Token | None:
    """The verb whose act a present participle with no subject of its own tells the result or
    the manner of ('attacked the base, killing two soldiers and wounding 27', 'shelled the
    town, forcing thousands to flee'): the participle's act is done at that act's time. None
    for any other token, and for a participle led by a conjunction or a preposition ('before
    leaving', 'after seizing the town', 'while fleeing'), which tells a time of its own."""
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
        participle = participle.head  # 'wounding 27' after 'killing two'
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp") or \
            participle.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in participle.children):
        return None
    return participle.head


def carried_date(trigger: Token, dated: dict[int, str]) -> str | None:
    """'Protesters marched on Tuesday. Police fired tear gas, witnesses said.': an act told in
    the simple past in the sentence right after one that dates an act, in the same paragraph
    and with no date of its own, goes on with that day's story (``dated``: sentence index ->
    the past day an act of that sentence was explicitly dated to)."""
    doc = trigger.doc
    here = sentence_index(doc)[trigger.i]
    day = dated.get(here - 1)
    if day is None or here == 0:
        return None
    sent = sentences(doc)[here]
    if any(t.ent_type_ in ("DATE", "TIME") for t in sent):
        return None
    before = sentences(doc)[here - 1]
    last = max((t.idx for t in before if not t.is_space), default=before.start_char)
    first = min((t.idx for t in sent if not t.is_space), default=sent.start_char)
    if "\n" in doc.text[last:first]:
        return None  # a new paragraph may start another story
    verb = clause_verb(trigger)
    if not narrative_past(verb) or any(c.dep_ in ("aux", "auxpass") and c.lemma_ != "be"
                                       for c in verb.children):
        return None  # 'had fired', 'will fire', 'fires': no act of that day's narrative
    return day


def narrative_past(verb: Token) -> bool:
    """A verb in the simple past, active ('fired') or passive ('were arrested')."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children))


def report_dates(trigger: Token) -> list[Span]:
    """The dates of the verb of speech that reports an undated event's clause: 'said on
    Monday the army had shelled the town' tells of a shelling by Monday, not on the day of
    publication."""
    verb = clause_verb(trigger)
    found = reported_clause(verb, ("xcomp", "acomp", "conj", "nsubj"), steps=4)
    if found is None:
        return []
    said, path = found
    if any(c.dep_ == "aux" and c.lower_ in REPORTED_FUTURE for t in path for c in t.children):
        return []  # 'said on Friday he would meet them': not by Friday
    # 'said he was ready last week to accept': the readiness's date, else the saying's
    return [*(e for t in [*path[1:], said] for e in date_entities(t)),
            *(e for root, e in date_roots(said.doc) if said_when(said.doc[root]) == said)]


def companion_dates(trigger: Token) -> list[Span]:
    """The dates of the act a subjectless verb goes with: a participle that tells what came
    with it ('stormed the camp on Tuesday, arresting dozens') or a verb sharing its subject
    and tense ('on Thursday raided and closed the offices') happened on the same day."""
    if trigger.pos_ == "NOUN":
        return conjunct_modifier_dates(trigger)
    if trigger.pos_ != "VERB":
        return []
    if purpose(trigger):
        return date_entities(trigger.head)
    if describes_object(trigger):
        act = object_of(trigger.head).head
        return [*date_entities(act), *companion_dates(act)]
    during = [c for c in trigger.children if c.dep_ == "advcl" and same_time(c)]
    if trigger.dep_ == "advcl" and same_time(trigger) and trigger.head.pos_ in ("VERB", "AUX"):
        during.append(trigger.head)  # 'began on Thursday when a mine wounded five soldiers'
    if cause_told_after(trigger):  # 'resigned last month after men attacked students': no
        # later than the resignation ('a day after' is the gap, see offset_date)
        return [e for e in date_entities(trigger.head) if not OFFSET.match(e.text.strip())]
    found = [e for verb in during for e in date_entities(verb)] or trailing_dates(trigger)
    if found or trigger.head.pos_ != "VERB":
        return found  # 'were killed when a bomb exploded on Monday'
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in trigger.children):
        return fronted_dates(trigger)
    free_adjunct = trigger.dep_ == "advcl" and trigger.tag_ in ("VBG", "VBN")
    shared_clause = trigger.dep_ == "conj" and trigger.tag_ == trigger.head.tag_
    if shared_clause:  # 'after the group bombed a pipeline and attacked a base': the first
        # verb's date, its own or the one it shares
        return date_entities(trigger.head) or companion_dates(trigger.head)
    return date_entities(trigger.head) if free_adjunct else []


def conjunct_modifier_dates(noun: Token) -> list[Span]:
    """The date that modifies the noun a noun is joined to, when it has none of its own ('after
    a disputed 2020 election and a violent crackdown': the crackdown that came with the 2020
    election is of 2020, not of the day of publication)."""
    if noun.dep_ != "conj" or noun.head.pos_ != "NOUN":
        return []
    doc = noun.doc
    return [e for root, e in date_roots(doc) if doc[root].head.i == noun.head.i
            and doc[root].dep_ in NOUN_MODIFIERS and root < noun.head.i]


def cause_told_after(verb: Token) -> bool:
    """A finite clause of 'after' on a past act ('resigned last month after a group of men
    attacked students'): what came before an act dated in the past is no later than it, so
    its date is that act's, not the day of the telling ('after being held for years' has no
    subject and is left alone)."""
    return verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "mark" and c.lower_ == "after"
                                               for c in verb.children) and \
        any(c.dep_ in SUBJECTS for c in verb.children) and verb.head.tag_ in ("VBD", "VBN")


def purpose(verb: Token) -> bool:
    """A subjectless 'to' clause telling what a past act was for ('marched on Saturday to
    demand his release', 'summoned the envoy on Monday to protest'): done with that act."""
    head = verb.head
    # an xcomp is a purpose only beside an object ('used tear gas on Wednesday to disperse
    # them'), and not one of asking or promising ('ordered troops to withdraw')
    purposive = verb.dep_ == "advcl" or (
        verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children)
        and head.lemma_.lower() not in COMMITMENT_VERBS | REQUEST_VERBS)
    return purposive and verb.tag_ == "VB" and head.tag_ == "VBD" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not any(c.dep_ in SUBJECTS for c in verb.children)


def describes_object(verb: Token) -> bool:
    """A gerund telling what the object of a past act was doing at the time ('dispersed
    students protesting against fees on Wednesday')."""
    noun = object_of(verb.head)
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.dep_ == "dobj" and \
        (noun.head.tag_ == "VBD" or purpose(noun.head))


def object_of(noun: Token) -> Token:
    """The phrase a noun is counted in ('hundreds of students': 'hundreds'), or the noun."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in (
            "NOUN", "NUM", "PROPN"):
        noun = noun.head.head
    return noun


def trailing_dates(first: Token) -> list[Span]:
    """The dates that close a verb coordinated with this one, sharing its subject and tense:
    'set fire to homes and killed 15 people overnight Monday' tells both acts of that night."""
    return [e for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and c.tag_ == first.tag_ and not any(g.dep_ in SUBJECTS for g in c.children)
            for e in date_entities(c) if e.start > c.i]


def same_time(clause: Token) -> bool:
    """Whether an adverbial clause tells what happened at the time of its main clause ('when
    a bomb exploded', 'as troops entered the town'), not before or after it."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKS and c.i < clause.i
               for c in clause.children)


def fronted_dates(trigger: Token) -> list[Span]:
    """The dates that open the sentence of the clause a verb is coordinated with: 'Last year
    Beijing imposed sanctions and it suspended talks' dates both acts."""
    head = trigger.head
    if trigger.dep_ != "conj" or any(c.dep_ == "mark" for c in trigger.children):
        return []
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return []
    return [e for e in date_entities(head)
            if e.end <= subject.left_edge.i and opens_sentence(e, head)]


def opens_sentence(ent: Span, head: Token) -> bool:
    """Whether a date's phrase under a verb is the first thing of its sentence ('In 2023
    the army ...', 'Last year X ...')."""
    top = ent.root
    while top.head.i != head.i and top.head.i != top.i:
        top = top.head
    return top.left_edge.i == sentences(head.doc)[sentence_index(head.doc)[head.i]].start


def setting_dates(noun: Token) -> list[Span]:
    """The dates of the act an event noun is the setting of: 'killed ten soldiers in an attack
    on the base on Sunday' dates the attack as well as the killing."""
    verb = noun.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or not occasion_of(noun, verb):
        return []
    return date_entities(verb)


def occasion_of(noun: Token, verb: Token) -> bool:
    """Whether a noun is the occasion of the verb's event ('in a 2020 coup')."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS
            and prep.head.i in (verb.i, noun.doc[verb.i].head.i))


def still_to_come(trigger: Token) -> bool:
    """The trigger's clause speaks of the future ('will meet', 'is to visit', 'plans to',
    'is due to', and 'said they would march', the future of reported speech)."""
    verb = clause_verb(trigger)
    if verb.pos_ == "ADP" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # 'will discuss it at their next meeting': the meeting is to come
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if any(a in FUTURE_AUX for a in auxes):
        return True
    if "would" in auxes and "have" not in auxes and verb.dep_ == "ccomp":
        return True  # 'said they would march on Saturday' (not 'would have marched')
    if possible_from_now(verb, auxes):
        return True
    # 'urged Georgians to rally on Monday': what is asked for is still to be done, also
    # where the parser reads the 'to' as a preposition ('called on them to march on Saturday')
    if misread_infinitive(trigger):
        asker = asking_verb(trigger)
        return asker is not None and asker.lemma_.lower() in PLANNING_HEADS | REQUEST_VERBS
    return (verb.dep_ == "xcomp" and "to" in auxes
            and verb.head.lemma_.lower() in PLANNING_HEADS | REQUEST_VERBS)


# Modals of an act that is possible, not done: with a bare verb its time is after the telling
# ('could march on Friday', 'may strike on Sunday'), unlike 'could have marched'.
POSSIBILITY_AUX = word_list(DATE_WORDS, "possibility_aux")


def possible_from_now(verb: Token, auxes: list[str]) -> bool:
    """An act a modal of possibility holds open ('supporters could march on Friday'); not
    one negated ('police could not reach the village on Monday' tells a past inability)."""
    return (any(a in POSSIBILITY_AUX for a in auxes) and "have" not in auxes
            and not any(c.dep_ == "neg" for c in verb.children))


# Words whose infinitive is an act still to come: 'plans to visit', 'is to meet', 'is due
# to sign', 'is set to vote', 'is scheduled to arrive', 'intends to travel'.
PLANNING_HEADS = word_list(DATE_WORDS, "planning_heads")


def scheduled(trigger: Token) -> bool:
    """A present-tense clause that is no report: 'the council meets on 3 September' may be
    told either side of the day, so a day with no year is read as the nearest one."""
    verb = clause_verb(trigger)
    return verb.tag_ in ("VBZ", "VBP")
