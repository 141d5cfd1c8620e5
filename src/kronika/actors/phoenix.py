"""Import CAMEO/Phoenix (PETRARCH) actor and agent dictionaries as kronika knowledge.

Actor dictionaries are records of a primary phrase, ``+`` synonym lines and code lines::

    VLADIMIR_PUTIN_  # comment
    +PUTIN_
        [RUSGOV 991231-080507]      # from-to, both inclusive
        [RUSGOV >080508]            # from a date on;  [XXX <date] = up to a date
        [RUSELI]                    # undated: the default code

Rules kronika applies (PETRARCH's own reader, simplified):

- ``#`` and ``;`` start comments; ``<!-- -->`` comments and blank lines are skipped.
- A record starts at any line that is neither a ``+`` synonym nor a code line (a line
  starting with ``[``, or an indented line holding ``[``); codes may also follow the phrase.
- Dates are YYMMDD (YY <= 30 is 20YY, else 19YY, as in KEDS/TABARI/PETRARCH) or YYYYMMDD.
  A dated code becomes a :class:`Role` with office ``phoenix:<CODE>``, country = the code's
  first three letters.
- The entry's code is its last undated code; with none, the code of its most recent role.
  Country is the code's first three letters; sector the next three (for IGO/NGO codes the
  sector is IGO/NGO itself).
- Kind: ``country`` when the entry's code is a bare ISO 3166 alpha-3 code (current or
  historic); ``person`` when the record has dated roles or an ELI (elite) code;
  ``organization`` otherwise (territories such as USAASM, ministries, parties, groups).
- A record without codes that is directly followed by another phrase (no blank line
  between) is the same actor: its phrases become synonyms of the next record, as PETRARCH
  shares their codes (``DMITRY_MEDVEDEV_`` then ``DMITR_MEDVEDEV_ ... [RUSELI]``). A record
  still without codes at a blank line is skipped (PETRARCH would chain it across the gap and
  join unrelated names, e.g. "U.N." to the Secretary-General).
- Lines that cannot be parsed are skipped and counted in a :class:`ReadReport`; only a file
  that is not a dictionary at all (missing, binary, empty, no entries) raises KnowledgeError.

Agent dictionaries hold ``PHRASE {PLURALS} [~CODE]`` lines (``CODE~`` for prefix codes such
as ``IGO~``), ``!MARKER! = A, B`` substitution sets, and regular plurals generated unless
``{}`` is given or the phrase ends with ``_``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kronika.actors.knowledge import (
    FOREIGN_OFFICE_PREFIX,
    ActorEntry,
    Agent,
    Role,
    normalize,
)
from kronika.errors import KnowledgeError

YEAR_PIVOT = 30  # two-digit years up to this are 20YY (the KEDS/TABARI/PETRARCH rule)
INTERNATIONAL_PREFIXES = frozenset({"IGO", "NGO"})

_BRACKETS = re.compile(r"\[([^\]\[]*)\]")
_RESTRICTION = re.compile(
    r"(?P<code>[A-Z0-9]{3,})\s*"
    r"(?:(?P<op>[<>])\s*(?P<when>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+)?)?"
)
_AGENT_LINE = re.compile(
    r"(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\}\s*)?\[(?P<code>[^\]}]*)[\]}]"
)
_SUBSTITUTION = re.compile(r"(?P<marker>![A-Z]+!)\s*=\s*(?P<forms>.+)")
_MARKER = re.compile(r"![A-Z]+!")
_AGENT_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]*")
_LOWER_WORDS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "de",
        "du",
        "da",
        "di",
        "del",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "van",
        "von",
        "der",
        "den",
        "y",
    }
)


@dataclass
class ReadReport:
    """What reading one dictionary produced: entries and the lines it skipped, with why."""

    path: str
    entries: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def skip(self, line: int, reason: str) -> None:
        """Record a skipped line."""
        self.skipped.append((line, reason))


@dataclass
class _Record:
    """An actor record being assembled from its lines."""

    phrase: str
    line: int
    aliases: list[str] = field(default_factory=list)
    default: str | None = None
    roles: list[Role] = field(default_factory=list)
    bracketed: bool = False  # had a code line, even an unreadable one: never chained


# ---------------------------------------------------------------- reading lines


def _lines(path: Path) -> list[str]:
    """The file's lines; a missing, binary or empty file is a KnowledgeError naming it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise KnowledgeError(f"{path}: cannot read ({err.strerror or err})") from err
    if b"\x00" in data[:8192]:
        raise KnowledgeError(f"{path}: binary file, not a CAMEO/Phoenix dictionary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # TABARI-era dictionaries are often Latin-1
    if not text.strip():
        raise KnowledgeError(f"{path}: empty file, not a CAMEO/Phoenix dictionary")
    return text.splitlines()


def _strip_comments(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line number, content) with comments removed; a blank line yields ``""``."""
    in_block = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            yield number, ""  # blank lines end a chain of code-less phrases
            continue
        if in_block:
            if "-->" not in line:
                continue
            line, in_block = line.split("-->", 1)[1], False
        line = re.sub(r"<!--.*?-->", "", line)
        if "<!--" in line:
            line, in_block = line.split("<!--", 1)[0], True
        line = re.split(r"[#;]", line, maxsplit=1)[0].rstrip()
        if line.strip():
            yield number, line


# ---------------------------------------------------------------- names and dates


def display_name(phrase: str) -> str:
    """Readable name of a dictionary phrase: ``VLADIMIR_PUTIN_`` -> ``Vladimir Putin``."""
    words = phrase.replace("_", " ").split()
    return " ".join(_display_word(w, first=(i == 0)) for i, w in enumerate(words))


def _display_word(word: str, *, first: bool) -> str:
    """Title-case one word; acronyms (no vowel, dotted, parenthesised) keep upper case."""
    low = word.lower()
    if not first and low in _LOWER_WORDS:
        return low
    if word.startswith("(") or re.search(r"[./\d]", word) or not re.search(r"[aeiouy]", low):
        return word
    return "-".join(_capitalize(part) for part in low.split("-"))


def _capitalize(part: str) -> str:
    """Capitalise a word part, handling Mc- and O'-/D'- prefixes."""
    if part.startswith("mc") and len(part) > 3:
        return "Mc" + part[2:].capitalize()
    if len(part) > 2 and part[1] == "'":
        return part[:2].upper() + part[2:].capitalize()
    return part.capitalize()


def parse_date(text: str) -> date | None:
    """A YYMMDD or YYYYMMDD dictionary date, or None when it is not a valid date."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= YEAR_PIVOT else 1900
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------- actors


def read_actors(path: str | Path, report: ReadReport | None = None) -> Iterator[ActorEntry]:
    """Actor entries of a CAMEO/Phoenix actor dictionary (see the module rules)."""
    path = Path(path)
    report = report if report is not None else ReadReport(str(path))
    for record in _records(_strip_comments(_lines(path)), report):
        entry = _entry(record, path, report)
        if entry is not None:
            report.entries += 1
            yield entry
    if report.entries == 0:
        raise KnowledgeError(
            f"{path}: no coded actor records, not a CAMEO/Phoenix actor dictionary"
        )


def _records(lines: Iterable[tuple[int, str]], report: ReadReport) -> Iterator[_Record]:
    """Group content lines into records (primary phrase, synonyms, codes)."""
    current: _Record | None = None
    after_blank = False
    for number, line in lines:
        text = line.strip()
        if not text:
            after_blank = True
            continue
        if "---STOP---" in text:
            break
        if text.startswith("+"):
            if current is None:
                report.skip(number, "synonym before any entry")
                continue
            current.aliases.extend(a for a in text.split("+") if a.strip())
        elif text.startswith("[") or (line[0].isspace() and "[" in text):
            if current is None:
                report.skip(number, "code before any entry")
                continue
            _add_codes(current, text, number, report)
        elif line[0].isspace():
            report.skip(number, "indented line that is neither a synonym nor a code")
        else:
            phrase = text.split("[", 1)[0].strip()
            if current is not None and _chains(current, after_blank):
                current.aliases.append(phrase)  # PETRARCH: shares the next phrase's codes
            else:
                if current is not None:
                    yield current
                current = _Record(phrase, number)
            _add_codes(current, text, number, report)
        after_blank = False
    if current is not None:
        yield current


def _chains(record: _Record, after_blank: bool) -> bool:
    """Whether a code-less record directly followed by a phrase is the same actor."""
    return not record.bracketed and not after_blank


def _add_codes(record: _Record, text: str, number: int, report: ReadReport) -> None:
    """Add every ``[CODE restriction]`` of a line to the record."""
    record.bracketed = record.bracketed or "[" in text
    for inner in _BRACKETS.findall(text):
        match = _RESTRICTION.fullmatch(inner.strip())
        if match is None or not match["code"][:3].isalpha():
            report.skip(number, f"unreadable code [{inner}]")
            continue
        code = match["code"]
        if match["op"] is None and match["start"] is None:
            record.default = code
            continue
        role = _role(code, match, number, report)
        if role is not None:
            record.roles.append(role)


def _role(code: str, match: re.Match[str], number: int, report: ReadReport) -> Role | None:
    """The role of a dated code, or None (skipped) when a date is invalid."""
    raw = [match["when"]] if match["op"] else [match["start"], match["end"]]
    dates = [parse_date(d) if d else None for d in raw]
    if any(d is None for d, r in zip(dates, raw, strict=True) if r):
        report.skip(number, f"invalid date in [{match.group(0)}]")
        return None
    if match["op"] == "<":
        start, end = None, dates[0]
    elif match["op"] == ">":
        start, end = dates[0], None
    else:
        start, end = dates[0], dates[1]
    if start and end and end < start:
        report.skip(number, f"end before start in [{match.group(0)}]")
        return None
    return Role(FOREIGN_OFFICE_PREFIX + code, code[:3], start, end)


def _entry(record: _Record, path: Path, report: ReadReport) -> ActorEntry | None:
    """The ActorEntry of a finished record, or None when it has no name or no code."""
    name = display_name(record.phrase)
    if not name or "\ufffd" in name:
        report.skip(record.line, "entry without a readable name")
        return None
    code = record.default or _latest_code(record.roles)
    if code is None:
        report.skip(record.line, f"entry {record.phrase!r} has no code")
        return None
    prefix = code[:3]
    sector = prefix if prefix in INTERNATIONAL_PREFIXES else (code[3:6] or None)
    aliases = dict.fromkeys(
        display_name(a) for a in record.aliases if "\ufffd" not in a and display_name(a)
    )
    return ActorEntry(
        name=name,
        kind=_kind(record, code),
        country=prefix,
        sector=sector if sector and sector.isalpha() and len(sector) == 3 else None,
        code=code,
        aliases=tuple(aliases),
        roles=tuple(record.roles),
        metonym=False,
        origin=f"{path}:{record.line}",
    )


def _latest_code(roles: list[Role]) -> str | None:
    """Code of the most recent role: an open one first, then the latest end."""
    if not roles:
        return None
    latest = max(roles, key=lambda r: (r.end is None, r.end or date.min, r.start or date.min))
    return latest.office.removeprefix(FOREIGN_OFFICE_PREFIX)


def _kind(record: _Record, code: str) -> str:
    """person | organization | country by the documented rule of this module."""
    if code in _iso_alpha3():
        return "country"
    if record.roles or code.endswith("ELI"):
        return "person"
    return "organization"


@functools.cache
def _iso_alpha3() -> frozenset[str]:
    """Current and historic ISO 3166 alpha-3 codes."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    return frozenset(codes | {c.alpha_3 for c in pycountry.historic_countries})


# ---------------------------------------------------------------- agents


def read_agents(path: str | Path, report: ReadReport | None = None) -> Iterator[Agent]:
    """Agents of a CAMEO/Phoenix agents dictionary, plural forms included."""
    path = Path(path)
    report = report if report is not None else ReadReport(str(path))
    markers: dict[str, list[str]] = {}
    for number, line in _strip_comments(_lines(path)):
        text = line.strip()
        if not text:
            continue
        if substitution := _SUBSTITUTION.fullmatch(text):
            forms = [f.strip() for f in substitution["forms"].split(",") if f.strip()]
            markers[substitution["marker"]] = forms
            continue
        agents = _agents_of_line(text, markers)
        if agents is None:
            report.skip(number, "not an agent line")
            continue
        report.entries += 1
        yield from agents
    if report.entries == 0:
        raise KnowledgeError(f"{path}: no agent lines, not a CAMEO/Phoenix agents dictionary")


def _agents_of_line(text: str, markers: dict[str, list[str]]) -> list[Agent] | None:
    """The agents one dictionary line defines, or None when it is not an agent line."""
    match = _AGENT_LINE.match(text)
    if match is None:
        return None
    code = match["code"].strip().strip("~")
    if "~" not in match["code"] or not _AGENT_CODE.fullmatch(code):
        return None
    phrases = _expand_markers(match["phrase"].strip(), markers)
    if phrases is None:
        return None
    terms: list[str] = []
    for phrase in phrases:
        terms.append(phrase)
        if match["plural"] is not None:
            terms.extend(match["plural"].split())
        elif not phrase.endswith("_") and not _MARKER.search(match["phrase"]):
            terms.append(_plural(phrase))
    keys = dict.fromkeys(normalize(t.replace("_", " ")) for t in terms)
    return [Agent(key, code[:3], code) for key in keys if key]


def _expand_markers(phrase: str, markers: dict[str, list[str]]) -> list[str] | None:
    """Every phrase a ``!MARKER!`` phrase stands for; None when a marker is undefined."""
    found = _MARKER.findall(phrase)
    if any(m not in markers for m in found):
        return None
    phrases = []
    for forms in itertools.product(*(markers[m] for m in found)):
        expanded = phrase
        for marker, form in zip(found, forms, strict=True):
            expanded = expanded.replace(marker, form, 1)
        phrases.append(expanded)
    return phrases


def _plural(phrase: str) -> str:
    """Regular English plural of a phrase's last word (army -> armies, boss -> bosses)."""
    low = phrase.lower()
    if low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u"):
        return phrase[:-1] + "IES"
    if re.search(r"(s|x|z|ch|sh)$", low):
        return phrase + "ES"
    return phrase + "S"
