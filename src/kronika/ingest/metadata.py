"""Title, author, genre and publication date read from the text of a plain article.

Where each field comes from:

- **title**: the first line, when the text has more than one line and that line is short
  (at most 150 characters, 25 words), does not end with a period, and is neither a byline nor a
  date line.
- **author** and **genre**: a byline, searched in the first three lines, at the end of the first
  paragraph ("... will not happen. Comment by Jane Doe.") and in the last two lines. Three shapes
  are recognised: ``By Jane Doe`` (a line of its own, optionally followed by ", Reuters" or
  "in Nairobi"), ``<cue> by Jane Doe`` where the cue ("Comment", "Opinion", "Analysis", ...)
  also gives the genre, and ``Jane Doe, Staff Writer``. The cues, role nouns and name particles
  are data (``data/bylines.yaml``). A headline prefix such as "Opinion: ..." also sets the genre.
  Without a genre cue the genre is ``news``.
- **published**: the first explicit date with a year in the first three lines ("March 4, 2025",
  "4 March 2025", "2025-03-04"), e.g. a dateline. In a long first paragraph only a date near its
  start counts, so a date mentioned in the story is not taken for the publication date. A date
  without a year is ignored rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, get_args

import yaml

from kronika.errors import KnowledgeError
from kronika.records import Genre

_BYLINES_FILE = "bylines.yaml"
_GENRES = frozenset(get_args(Genre))
_HEAD_LINES = 3
_TAIL_LINES = 2
_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 25
# A date further into a long first paragraph belongs to the story, not to the dateline.
_DATELINE_REACH = 60
_LONG_LINE = 100

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_RE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}})\b",
    re.IGNORECASE,
)
# The two written shapes of _DATE_RE as a whole value, read without dateparser (a call costs
# milliseconds, on every plain-text article): the same answer, which tests check on many dates.
_WRITTEN_DATE_RE = re.compile(
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}),?)\s+(?P<y>\d{{4}})",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {m: n for n, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ISO_DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?$")
_YEAR_RE = re.compile(r"\b(1[89]\d{2}|2\d{3})\b")
_NAME_SEPARATORS = re.compile(r"\s*(?:,|\||\s[-–—]\s|\bin\b|\bfor\b)\s*")
_DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@dataclass(frozen=True)
class Metadata:
    """What the text itself says about the article."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    genre: Genre = "news"


@dataclass(frozen=True)
class BylineKnowledge:
    """Byline cues and role nouns, each with the genre it implies, and name particles."""

    cues: dict[str, str]
    roles: dict[str, str]
    role_modifiers: frozenset[str]
    name_particles: frozenset[str]


@dataclass(frozen=True)
class Byline:
    """An author found in the text and the genre the byline announces (None when it says none)."""

    author: str
    genre: str | None


def extract_metadata(text: str) -> Metadata:
    """Title, author, genre and date found in the text of one article."""
    byline = find_byline(text)
    title = find_title(text)
    # A role such as "Staff Writer" implies news only by default; an explicit cue wins.
    hints = (byline.genre if byline else None, genre_from_title(title))
    return Metadata(
        title=title,
        author=byline.author if byline else None,
        published=find_date(text),
        genre=next((g for g in hints if g and g != "news"), "news"),
    )


@cache
def byline_knowledge() -> BylineKnowledge:
    """Load and validate ``data/bylines.yaml`` once per process."""
    source = resources.files("kronika") / "data" / _BYLINES_FILE
    raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{_BYLINES_FILE}: expected a mapping of cues, roles and words")
    return BylineKnowledge(
        cues=_genre_table(raw, "cues"),
        roles=_genre_table(raw, "roles"),
        role_modifiers=_word_set(raw, "role_modifiers"),
        name_particles=_word_set(raw, "name_particles"),
    )


def _genre_table(raw: dict[str, Any], key: str) -> dict[str, str]:
    """A ``phrase: genre`` mapping from the byline file, with every genre checked."""
    table = raw.get(key)
    if not isinstance(table, dict) or not table:
        raise KnowledgeError(f"{_BYLINES_FILE}: field '{key}' must be a non-empty mapping")
    for phrase, genre in table.items():
        if genre not in _GENRES:
            raise KnowledgeError(
                f"{_BYLINES_FILE}: {key}.{phrase}: unknown genre {genre!r}",
                hint="use one of " + ", ".join(sorted(_GENRES)),
            )
    return {str(phrase).lower(): genre for phrase, genre in table.items()}


def _word_set(raw: dict[str, Any], key: str) -> frozenset[str]:
    """A list of lower-case words from the byline file."""
    words = raw.get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise KnowledgeError(f"{_BYLINES_FILE}: field '{key}' must be a list of words")
    return frozenset(w.lower() for w in words)


def _lines(text: str) -> list[str]:
    """The non-empty lines of the text, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def find_title(text: str) -> str | None:
    """The first line when it reads like a headline, else None."""
    lines = _lines(text)
    if len(lines) < 2:
        return None
    first = lines[0]
    if (
        len(first) > _TITLE_MAX_CHARS
        or len(first.split()) > _TITLE_MAX_WORDS
        or first.endswith(".")
        or _is_date_line(first)
        or _byline_in_line(first, at_start=True) is not None
    ):
        return None
    return first


def genre_from_title(title: str | None) -> str | None:
    """The genre announced by a headline prefix such as "Opinion: " or "Analysis | "."""
    if not title:
        return None
    head = re.split(r"\s*[:|]\s*", title, maxsplit=1)
    if len(head) < 2:
        return None
    return byline_knowledge().cues.get(head[0].lower())


def _is_date_line(line: str) -> bool:
    """True for a line that holds a date and at most a few other words."""
    match = _DATE_RE.search(line)
    return match is not None and len(_DATE_RE.sub(" ", line).split()) <= 3


def find_byline(text: str) -> Byline | None:
    """The first byline in the head of the text, at the end of its first paragraph or at its end."""
    lines = _lines(text)
    head = [(line, True) for line in lines[:_HEAD_LINES]]
    tail = [(line, False) for line in lines[max(_HEAD_LINES, len(lines) - _TAIL_LINES) :]]
    for line, at_start in head + tail:
        byline = _byline_in_line(line, at_start=at_start)
        if byline is not None:
            return byline
    return None


def _byline_in_line(line: str, *, at_start: bool) -> Byline | None:
    """A byline of any known shape in one line."""
    return _cue_byline(line) or (_by_byline(line) if at_start else None) or _role_byline(line)


@cache
def _cue_pattern() -> re.Pattern[str]:
    """``<cue> by <name>`` at the end of a line, the cue starting a sentence or the line."""
    cues = "|".join(re.escape(c) for c in sorted(byline_knowledge().cues, key=len, reverse=True))
    return re.compile(
        rf"(?:^|[.!?…»”\"]\s+|\s[-–—|]\s)(?P<cue>(?i:{cues}))\s+(?i:by)\s+"
        # The name stops at a sentence end, but an initial's period ("John F. Kennedy") is kept.
        r"(?P<name>(?:[^.!?\n]|(?<=\b[A-Z])\.)+?)\.?\s*$"
    )


def _cue_byline(line: str) -> Byline | None:
    """``Comment by Jane Doe.``: the author and the genre of the cue."""
    match = _cue_pattern().search(line)
    if match is None:
        return None
    name = _clean_name(match["name"])
    if name is None:
        return None
    return Byline(name, byline_knowledge().cues[match["cue"].lower()])


def _by_byline(line: str) -> Byline | None:
    """``By Jane Doe`` (optionally ``, Reuters`` or ``in Nairobi``) as a line of its own."""
    match = re.match(r"^(?:By|BY)\s+(?P<rest>.+)$", line)
    if match is None:
        return None
    name = _NAME_SEPARATORS.split(match["rest"], maxsplit=1)[0]
    name = _clean_name(name)
    return Byline(name, None) if name else None


def _role_byline(line: str) -> Byline | None:
    """``Jane Doe, Staff Writer``: the author and the genre of the role."""
    name, sep, role = line.rstrip(".").rpartition(",")
    if not sep:
        return None
    words = role.lower().split()
    knowledge = byline_knowledge()
    while len(words) > 1 and " ".join(words) not in knowledge.roles:
        if words[0] not in knowledge.role_modifiers:
            return None
        words = words[1:]
    genre = knowledge.roles.get(" ".join(words))
    author = _clean_name(name)
    if genre is None or author is None:
        return None
    return Byline(author, genre)


def _clean_name(candidate: str) -> str | None:
    """The candidate if it reads like one or more personal names, else None."""
    candidate = candidate.strip().rstrip(".").strip()
    parts = re.split(r"\s+(?:and|&)\s+", candidate)
    return candidate if all(_is_person_name(p) for p in parts) else None


def _is_person_name(name: str) -> bool:
    """Two to five capitalised words, with lower-case particles ("von der", "al-") allowed."""
    tokens = name.split()
    particles = byline_knowledge().name_particles
    real = [t for t in tokens if t.lower() not in particles]
    return 2 <= len(real) <= 5 and all(_is_name_token(t, particles) for t in tokens)


def _is_name_token(token: str, particles: frozenset[str]) -> bool:
    """One word of a name: capitalised (parts joined by hyphens) or a known particle."""
    if token.lower() in particles:
        return True
    if not re.fullmatch(r"[^\W\d_][\w'’.\-]*", token):
        return False
    pieces = [p for p in token.split("-") if p]
    head = pieces[0] if pieces[0].lower() not in particles or len(pieces) == 1 else pieces[1]
    return head[0].isupper()


def find_date(text: str) -> str | None:
    """The first date with a year near the top of the text, as ISO YYYY-MM-DD."""
    for line in _lines(text)[:_HEAD_LINES]:
        for match in _DATE_RE.finditer(line):
            if len(line) > _LONG_LINE and match.start() > _DATELINE_REACH:
                break
            iso = normalise_date(match.group(0))
            if iso:
                return iso
    return None


def normalise_date(value: str) -> str | None:
    """An explicit calendar date as ISO YYYY-MM-DD, or None if the value is not one."""
    value = value.strip()
    iso = _ISO_DATE_RE.match(value)
    if iso:
        # Years 1800-2999 only, as for free-form dates: "0001-01-01" is no publication date,
        # and relative dates ("on Sunday") resolved against it would leave the calendar.
        if not _YEAR_RE.fullmatch(iso.group(1)[:4]):
            return None
        try:
            return date.fromisoformat(iso.group(1)).isoformat()
        except ValueError:
            return None
    # Relative dates ("yesterday") would silently depend on the day kronika runs.
    if not _YEAR_RE.search(value):
        return None
    written = _written_date(value)
    if written:
        return written
    import dateparser  # slow to import; only needed for free-form dates

    parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


def _written_date(value: str) -> str | None:
    """'March 5, 2024', '5th of March 2024' as ISO YYYY-MM-DD; None for any other value and
    for a day the month does not have (left to dateparser, which says the same)."""
    found = _WRITTEN_DATE_RE.fullmatch(value)
    if found is None:
        return None
    month = _MONTH_NUMBERS[(found["m1"] or found["m2"])[:3].lower()]
    try:
        return date(int(found["y"]), month, int(found["d1"] or found["d2"])).isoformat()
    except ValueError:
        return None
