"""Event dates: explicit and relative date expressions resolved against the document date."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import dateparser
from spacy.tokens import Doc, Span, Token

from kronika.nlp import entities_of

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTH_YEAR = re.compile(r"^(?:in\s+)?([A-Z][a-z]+)\s+(1[89]\d\d|20\d\d)$")
# Durations and vague spans are DATE entities too, but they do not date an event.
NOT_A_DATE = re.compile(r"\b(hours?|days|weeks|months|years|decades?|for now|recent|long)\b", re.I)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# 'March 3, 2021': the commonest dateline form, complete in itself, read without dateparser
# (a thousand times cheaper; the same day, since nothing in it is relative to the base).
FULL_DATE = re.compile(rf"^({'|'.join(MONTHS)}) ([0-9]{{1,2}}), ([12][0-9]{{3}})$")


def date_entities(trigger: Token) -> list[Span]:
    """DATE entities attached to the trigger's clause (its subtree, minus embedded clauses)."""
    clause = clause_tokens(trigger)
    return [e for root, e in date_roots(trigger.doc) if root in clause]


def date_roots(doc: Doc) -> list[tuple[int, Span]]:
    """(root token index, entity) of every DATE entity, once per Doc: Span.root walks the
    parse, and every trigger of a long article would otherwise walk it again."""
    cached = doc.user_data.get("kronika_date_roots")
    if cached is None:
        cached = [(e.root.i, e) for e in entities_of(doc, "DATE")]
        doc.user_data["kronika_date_roots"] = cached
    return cached


def clause_tokens(trigger: Token) -> set[int]:
    """Token indices of the trigger's own clause, and of its verb when the trigger is a noun."""
    head = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head is not trigger:
        head = trigger.head if trigger.head.pos_ in ("VERB", "AUX") else trigger
    out: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in ("ccomp", "relcl", "advcl", "conj"))
    return out


@lru_cache(maxsize=4096)
def resolve_expression(text: str, base: date | None) -> str | None:
    """ISO date of an expression; year-only or month-only dates keep reduced precision
    ('2022', '2022-03') rather than inventing a day."""
    text = text.strip()
    if NOT_A_DATE.search(text) and not YEAR.search(text):
        return None
    bare = re.sub(r"^(?:in|on|since|by|during)\s+", "", text, flags=re.I)
    if re.fullmatch(r"(?:the\s+)?(?:year\s+)?(1[89]\d\d|20\d\d)", bare, flags=re.I):
        return YEAR.search(bare).group(1)
    full = full_date(bare)
    if full is not None:
        return full
    month = MONTH_YEAR.match(bare)
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(bare, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if month:
        return parsed.strftime("%Y-%m")
    return parsed.date().isoformat()


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
    for ent in date_entities(trigger):
        value = resolve_expression(ent.text, published)
        if value:
            return value, ent.text
    return (published.isoformat() if published else None), None
