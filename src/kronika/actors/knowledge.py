"""What the world knows about actors: named actors, offices, demonyms and generic agents.

The knowledge lives in data files (``src/kronika/data``: actors.yaml, offices.yaml,
demonyms.csv, sectors.csv) that are read once per process, validated on load and extended
with the user's own files: kronika YAML (``.yaml``/``.yml``), CAMEO/Phoenix dictionaries
(``.txt``, see :mod:`kronika.actors.phoenix`) and agent tables (``.csv`` like sectors.csv).
A bad entry raises :class:`~kronika.errors.KnowledgeError` as ``file:line: field: problem``.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from kronika.errors import KnowledgeError

KINDS: tuple[str, ...] = ("person", "organization", "country", "group")
ACTOR_FIELDS = frozenset(
    {"name", "kind", "country", "sector", "code", "aliases", "roles", "metonym", "context"}
)
ROLE_FIELDS = frozenset({"office", "country", "start", "end"})
FOREIGN_OFFICE_PREFIX = "phoenix:"  # imported roles keep their CAMEO code as the office key
# Which entry wins when several share an alias: the user's own kronika files, then the
# packaged files, then imported CAMEO/Phoenix dictionaries (bulk, last updated around 2015,
# with CAMEO codes instead of offices), then load order.
USER, PACKAGED, IMPORTED = 0, 1, 2
FUZZY_MIN_LENGTH = 5

_CODE3 = re.compile(r"[A-Z]{3}")
_ACTOR_CODE = re.compile(r"[A-Z0-9]{3,}")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")
# Letters NFKD does not decompose but that writers drop when they transliterate.
_UNFOLDABLE = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


@dataclass(frozen=True)
class Role:
    """An office held in a country between two dates (``None`` = open)."""

    office: str
    country: str | None
    start: date | None
    end: date | None

    def active(self, on: date | None) -> bool:
        """Whether the role is held on ``on``; with no date, whether it is still held."""
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """A named actor as the knowledge files describe it."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    code: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    metonym: bool
    origin: str  # "file:line" of the entry, for messages
    # Names (places, people, bodies) whose presence in a text picks this entry over another
    # that shares an alias: 'Congo' with 'Brazzaville' or with 'Goma'.
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Office:
    """An office (president, foreign minister, ...) and the phrases that name it."""

    key: str
    sector: str
    leader: bool
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Agent:
    """A generic noun ("army", "protesters") and the CAMEO sector it stands for."""

    term: str
    sector: str
    code: str
    person: bool = False  # a singular noun that names one person ('a soldier', 'the mayor')


@functools.lru_cache(maxsize=1 << 16)  # called for every token's lemma and name candidate
def normalize(text: str) -> str:
    """Matching key of a name: case and diacritics folded, "the" and possessive dropped."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_UNFOLDABLE)
    text = _SPACES.sub(" ", text).strip()
    text = _POSSESSIVE.sub("", text).strip()
    return text[4:] if text.startswith("the ") else text


def derive_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO-style actor code: country + sector (RUSGOV), else the country alone."""
    if country and sector:
        return country + sector
    return country


def _singular(key: str) -> str | None:
    """A naive singular for plural lookups ("russians" -> "russian"), or None."""
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return None


# ---------------------------------------------------------------- validation helpers


def _fail(where: str, problem: str) -> KnowledgeError:
    """The one error shape of knowledge files: ``file:line: field: problem``."""
    return KnowledgeError(f"{where}: {problem}", hint="fix the entry or remove it")


def _check_code3(value: Any, where: str, *, optional: bool = True) -> str | None:
    """A 3-letter upper-case code (country or sector), or None when allowed."""
    if value is None and optional:
        return None
    if not isinstance(value, str) or not _CODE3.fullmatch(value):
        raise _fail(where, f"{value!r} is not a 3-letter upper-case code")
    return value


def _check_role_country(value: Any, where: str) -> str | None:
    """A role is held for a country (ISO3) or for an international body, named by its
    CAMEO code ('IGOWSTNAT' for NATO's secretary general)."""
    if isinstance(value, str) and len(value) > 3 and _ACTOR_CODE.fullmatch(value):
        return value
    return _check_code3(value, where)


def _check_date(value: Any, where: str) -> date | None:
    """An ISO date (YAML date or 'YYYY-MM-DD' string) or None."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(where, f"{value!r} is not an ISO date")


def _check_text(value: Any, where: str) -> str:
    """A non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, "missing" if value is None else f"{value!r} is not a non-empty string")
    return value.strip()


def _check_strings(value: Any, where: str) -> tuple[str, ...]:
    """A list of non-empty strings (a lone string is accepted as a list of one)."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise _fail(where, "expected a list of strings")
    return tuple(_check_text(v, f"{where}[{i}]") for i, v in enumerate(value))


def check_entry(entry: ActorEntry, offices: Mapping[str, Office]) -> None:
    """Validate an entry built in code (the YAML reader checks with line numbers)."""
    where = entry.origin
    _check_text(entry.name, f"{where}: name")
    if entry.kind not in KINDS:
        raise _fail(f"{where}: kind", f"{entry.kind!r} is not one of {', '.join(KINDS)}")
    _check_code3(entry.country, f"{where}: country")
    for i, role in enumerate(entry.roles):
        _check_office(role.office, offices, f"{where}: roles[{i}].office")
        _check_role_country(role.country, f"{where}: roles[{i}].country")
        if role.start and role.end and role.start > role.end:
            raise _fail(f"{where}: roles[{i}]", f"start {role.start} is after end {role.end}")


def _check_office(value: Any, offices: Mapping[str, Office], where: str) -> str:
    """A key of offices.yaml, or an imported CAMEO role ("phoenix:RUSGOV")."""
    key = _check_text(value, where)
    if key not in offices and not key.startswith(FOREIGN_OFFICE_PREFIX):
        raise _fail(where, f"{key!r} is not an office in offices.yaml")
    return key


# ---------------------------------------------------------------- YAML with line numbers


class _Located(dict):
    """A YAML mapping that remembers its line and the line of each value."""

    line: int = 0
    lines: dict[Any, int]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are :class:`_Located` (so errors can name lines)."""


def _construct_located(loader: _LineLoader, node: yaml.MappingNode) -> Iterator[_Located]:
    """Build a mapping that records 1-based line numbers of itself and its values."""
    loader.flatten_mapping(node)
    data = _Located()
    data.line = node.start_mark.line + 1
    data.lines = {}
    yield data
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        data[key] = loader.construct_object(value_node, deep=True)
        data.lines[key] = value_node.start_mark.line + 1


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_located)


def _read_yaml(text: str, name: str) -> Any:
    """Parse YAML text, turning syntax errors into KnowledgeError with the line."""
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise _fail(f"{name}:{line}", f"invalid YAML: {getattr(err, 'problem', err)}") from err


def _field(data: _Located, key: str, name: str) -> str:
    """``file:line: key`` for a field of a mapping (the mapping's line when absent)."""
    return f"{name}:{data.lines.get(key, data.line)}: {key}"


def _top_list(doc: Any, key: str, name: str) -> list[Any]:
    """The list under ``key`` of a top-level mapping."""
    if not isinstance(doc, _Located) or not isinstance(doc.get(key), list):
        raise _fail(f"{name}:1: {key}", f"expected a mapping with a list under {key!r}")
    return doc[key]


# ---------------------------------------------------------------- file readers


def read_offices(text: str, name: str) -> tuple[dict[str, Office], tuple[str, ...]]:
    """Offices and leader epithets from offices.yaml text."""
    doc = _read_yaml(text, name)
    if not isinstance(doc, _Located) or not isinstance(doc.get("offices"), _Located):
        raise _fail(f"{name}:1: offices", "expected a mapping of offices")
    offices: dict[str, Office] = {}
    for key, spec in doc["offices"].items():
        where = f"{name}:{doc['offices'].lines[key]}: offices.{key}"
        if not isinstance(spec, _Located):
            raise _fail(where, "expected a mapping with sector and phrases")
        sector = _check_code3(spec.get("sector"), f"{where}.sector", optional=False)
        leader = spec.get("leader", False)
        if not isinstance(leader, bool):
            raise _fail(f"{where}.leader", f"{leader!r} is not true or false")
        phrases = _check_strings(spec.get("phrases"), f"{where}.phrases")
        offices[str(key)] = Office(str(key), sector or "", leader, phrases)
    epithets = _check_strings(doc.get("epithets"), _field(doc, "epithets", name))
    return offices, epithets


def read_actors(text: str, name: str, offices: Mapping[str, Office]) -> list[ActorEntry]:
    """Actor entries from kronika-format YAML text, validated against ``offices``."""
    items = _top_list(_read_yaml(text, name), "actors", name)
    return [_actor_from_yaml(item, i, name, offices) for i, item in enumerate(items)]


def _actor_from_yaml(item: Any, index: int, name: str, offices: Mapping[str, Office]) -> ActorEntry:
    """One validated entry of actors.yaml."""
    if not isinstance(item, _Located):
        raise _fail(f"{name}: actors[{index}]", "expected a mapping")
    unknown = sorted(str(k) for k in item if k not in ACTOR_FIELDS)
    if unknown:
        raise _fail(_field(item, unknown[0], name), "unknown field")
    label = _check_text(item.get("name"), _field(item, "name", name))
    kind = item.get("kind")
    if kind not in KINDS:
        problem = "missing" if kind is None else f"{kind!r} is not one of {', '.join(KINDS)}"
        raise _fail(_field(item, "kind", name), problem)
    country = _check_code3(item.get("country"), _field(item, "country", name))
    sector = _check_code3(item.get("sector"), _field(item, "sector", name))
    code = item.get("code")
    if code is not None and not (isinstance(code, str) and _ACTOR_CODE.fullmatch(code)):
        raise _fail(_field(item, "code", name), f"{code!r} is not an upper-case CAMEO code")
    metonym = item.get("metonym", False)
    if not isinstance(metonym, bool):
        raise _fail(_field(item, "metonym", name), f"{metonym!r} is not true or false")
    raw_roles = item.get("roles") or []
    if not isinstance(raw_roles, list):
        raise _fail(_field(item, "roles", name), "expected a list of roles")
    roles = tuple(
        _role_from_yaml(r, i, item, name, country, offices) for i, r in enumerate(raw_roles)
    )
    return ActorEntry(
        name=label,
        kind=kind,
        country=country,
        sector=sector,
        code=code or derive_code(country, sector),
        aliases=_check_strings(item.get("aliases"), _field(item, "aliases", name)),
        roles=roles,
        metonym=metonym,
        origin=f"{name}:{item.line}",
        context=_check_strings(item.get("context"), _field(item, "context", name)),
    )


def _role_from_yaml(
    raw: Any,
    index: int,
    parent: _Located,
    name: str,
    country: str | None,
    offices: Mapping[str, Office],
) -> Role:
    """One validated role; its country defaults to the actor's."""
    prefix = f"roles[{index}]"
    if not isinstance(raw, _Located):
        line = parent.lines.get("roles", parent.line)
        raise _fail(f"{name}:{line}: {prefix}", "expected a mapping with office, start, end")

    def where(key: str) -> str:
        return f"{name}:{raw.lines.get(key, raw.line)}: {prefix}.{key}"

    unknown = sorted(str(k) for k in raw if k not in ROLE_FIELDS)
    if unknown:
        raise _fail(where(unknown[0]), "unknown field")
    role = Role(
        office=_check_office(raw.get("office"), offices, where("office")),
        country=_check_role_country(raw.get("country", country), where("country")),
        start=_check_date(raw.get("start"), where("start")),
        end=_check_date(raw.get("end"), where("end")),
    )
    if role.start and role.end and role.start > role.end:
        raise _fail(where("end"), f"{role.end} is before start {role.start}")
    return role


def _csv_rows(text: str, name: str, columns: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """(line, row) pairs of a UTF-8 CSV with a header; ``#`` lines are comments."""
    lines = [
        (n, ln) for n, ln in enumerate(text.splitlines(), 1) if not ln.lstrip().startswith("#")
    ]
    lines = [(n, ln) for n, ln in lines if ln.strip()]
    if not lines:
        raise _fail(f"{name}:1", f"empty file, expected a header {','.join(columns)}")
    header_line, header = lines[0]
    found = tuple(h.strip() for h in next(csv.reader([header])))
    if found[: len(columns)] != columns:
        raise _fail(
            f"{name}:{header_line}", f"header {','.join(found)!r}, expected {','.join(columns)!r}"
        )
    for number, line in lines[1:]:
        cells = [c.strip() for c in next(csv.reader(io.StringIO(line)))]
        if len(cells) < len(columns) or not all(cells[: len(columns)]):
            raise _fail(
                f"{name}:{number}",
                f"expected {len(columns)} non-empty columns ({','.join(columns)})",
            )
        yield number, dict(zip(found, cells, strict=False))  # optional columns after these


def read_demonyms(text: str, name: str) -> dict[str, str]:
    """Demonym form -> country or region code, from demonyms.csv text."""
    table: dict[str, str] = {}
    for number, row in _csv_rows(text, name, ("form", "code", "kind")):
        code = _check_code3(row["code"], f"{name}:{number}: code", optional=False)
        if row["kind"] not in ("country", "region"):
            raise _fail(f"{name}:{number}: kind", f"{row['kind']!r} is not country or region")
        table.setdefault(normalize(row["form"]), code or "")
    return table


def read_sectors(text: str, name: str) -> list[Agent]:
    """Generic nouns -> sector agents, from sectors.csv text."""
    agents = []
    for number, row in _csv_rows(text, name, ("noun", "sector")):
        sector = _check_code3(row["sector"], f"{name}:{number}: sector", optional=False)
        kind = row.get("kind") or ""
        if kind not in ("", "person", "body"):
            raise _fail(f"{name}:{number}: kind", f"{kind!r} is not 'person', 'body' or empty")
        agents.append(Agent(normalize(row["noun"]), sector or "", sector or "", kind == "person"))
    return agents


def _read_text(path: Path | Traversable, name: str) -> str:
    """A knowledge file's text; a missing or undecodable file is a KnowledgeError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise KnowledgeError(f"{name}: file not found") from err
    except UnicodeDecodeError as err:
        raise KnowledgeError(f"{name}: not UTF-8 text ({err.reason})") from err


# ---------------------------------------------------------------- fuzzy matching


def _skeleton(text: str) -> str:
    """Transliteration-neutral spelling: kh/zh/ts digraphs, y/j/i and doubled letters merged."""
    for a, b in (
        ("zh", "z"),
        ("kh", "h"),
        ("ts", "c"),
        ("sch", "s"),
        ("sh", "s"),
        ("ch", "c"),
        ("j", "i"),
        ("y", "i"),
        ("w", "v"),
    ):
        text = text.replace(a, b)
    text = re.sub(r"(.)\1+", r"\1", text)
    return re.sub(r"ie\b", "ia", text)  # -ye/-iya/-ia endings of one Cyrillic ending


def _consonants(skeleton: str) -> str:
    """First letter plus the consonants of a skeleton ("zaporozie" -> "zprz")."""
    return skeleton[:1] + re.sub(r"[aeiou\W\d_]", "", skeleton[1:])


def _short_word_differs(skel: str, other: str) -> bool:
    """Whether two names of as many words differ in a word of four letters or fewer: 'Abu
    Ahmed' is not 'Abiy Ahmed'. Transliterations disagree inside long words (Zelensky,
    Zelenskyy); a short word spelled otherwise is another word."""
    words, others = skel.split(), other.split()
    return len(words) == len(others) and any(
        a != b and min(len(a), len(b)) <= 4 for a, b in zip(words, others, strict=True))


class _FuzzyIndex:
    """Aliases bucketed by first letter and length so a query scans only plausible ones."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.buckets: dict[tuple[str, int], list[tuple[str, str]]] = {}
        self.by_consonants: dict[str, list[tuple[str, str]]] = {}
        for key in keys:
            if len(key) < FUZZY_MIN_LENGTH:
                continue
            skel = _skeleton(key)
            self.buckets.setdefault((skel[0], len(skel)), []).append((skel, key))
            self.by_consonants.setdefault(_consonants(skel), []).append((skel, key))

    def best(self, key: str, threshold: float) -> str | None:
        """The alias key closest to ``key`` scoring >= threshold, or None."""
        skel = _skeleton(key)
        best: tuple[float, str] | None = None
        low = int(len(skel) * threshold / (200 - threshold))  # ratio bound on lengths
        high = int(len(skel) * (200 - threshold) / threshold) + 1
        for length in range(max(low, 1), high + 1):
            for other, alias in self.buckets.get((skel[0], length), ()):
                score = fuzz.ratio(skel, other, score_cutoff=threshold)
                # A different last letter is a different form (Zelenska, Ivanova), not a variant.
                if (score and other[-1] == skel[-1] and not _short_word_differs(skel, other)
                        and (best is None or score > best[0])):
                    best = (score, alias)
        if best is None and len(skel) >= 8 and len(_consonants(skel)) >= 4:
            # Vowels are what transliterations disagree on most (Zaporozhye/Zaporizhzhia).
            for other, alias in self.by_consonants.get(_consonants(skel), ()):
                score = fuzz.ratio(skel, other)
                if (score >= 75 and other[-1] == skel[-1] and not _short_word_differs(skel, other)
                        and (best is None or score > best[0])):
                    best = (score, alias)
        return best[1] if best else None


# ---------------------------------------------------------------- the knowledge base


class KnowledgeBase:
    """Actors, offices, demonyms and agents, with case- and diacritic-insensitive lookups."""

    def __init__(
        self,
        offices: Mapping[str, Office] | None = None,
        epithets: Iterable[str] = (),
        demonyms: Mapping[str, str] | None = None,
    ) -> None:
        self.offices: dict[str, Office] = dict(offices or {})
        self._office_phrases = {
            normalize(p): o.key for o in self.offices.values() for p in (o.key, *o.phrases)
        }
        self._epithets = frozenset(normalize(e) for e in epithets)
        self._demonyms = {normalize(k): v for k, v in (demonyms or {}).items()}
        self._by_alias: dict[str, list[tuple[tuple[int, int], ActorEntry]]] = {}
        self._holders: dict[tuple[str, str], list[tuple[Role, ActorEntry]]] = {}
        self._countries: dict[str, list[tuple[tuple[int, int], ActorEntry]]] = {}
        self._bodies: dict[str, ActorEntry] = {}
        self._agents: dict[str, list[tuple[tuple[int, int], Agent]]] = {}
        self._counter = itertools.count()
        self._fuzzy_index: _FuzzyIndex | None = None
        self._fuzzy_key = functools.lru_cache(maxsize=8192)(self._fuzzy_uncached)

    def __getstate__(self) -> dict:
        """Picklable state (the knowledge cache stores it): the bound cache is rebuilt."""
        state = {k: v for k, v in self.__dict__.items() if k != "_fuzzy_key"}
        state["_counter"] = next(self._counter)  # ranks only need to keep increasing
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._counter = itertools.count(state["_counter"])
        self._fuzzy_key = functools.lru_cache(maxsize=8192)(self._fuzzy_uncached)

    @classmethod
    def from_dir(
        cls,
        directory: Path | Traversable,
        actor_files: Sequence[str | Path] = (),
        agent_files: Sequence[str | Path] = (),
        *,
        label: str | None = None,
    ) -> KnowledgeBase:
        """Load the four knowledge files of ``directory``, then the user's files on top."""

        def name(file: str) -> str:
            return f"{label}/{file}" if label is not None else str(Path(str(directory), file))

        def text(file: str) -> str:
            return _read_text(directory / file, name(file))

        offices, epithets = read_offices(text("offices.yaml"), name("offices.yaml"))
        kb = cls(offices, epithets, read_demonyms(text("demonyms.csv"), name("demonyms.csv")))
        kb.extend(read_actors(text("actors.yaml"), name("actors.yaml"), offices))
        kb.extend_agents(read_sectors(text("sectors.csv"), name("sectors.csv")))
        for path in actor_files:
            entries, priority = _read_actor_file(Path(path), offices)
            kb.extend(entries, priority=priority)
        for path in agent_files:
            agents, priority = _read_agent_file(Path(path))
            kb.extend_agents(agents, priority=priority)
        return kb

    def _rank(self, priority: int) -> tuple[int, int]:
        """Ordering key: priority (USER, PACKAGED, IMPORTED), then load order."""
        return (priority, next(self._counter))

    def extend(self, entries: Iterable[ActorEntry], *, priority: int = PACKAGED) -> None:
        """Add validated entries; a lower ``priority`` puts them ahead of the others."""
        for entry in entries:
            check_entry(entry, self.offices)
            ranked = (self._rank(priority), entry)
            for key in {normalize(a) for a in (entry.name, *entry.aliases)} - {""}:
                bisect.insort(self._by_alias.setdefault(key, []), ranked, key=lambda t: t[0])
            for role in entry.roles:
                self._holders.setdefault((role.office, role.country or ""), []).append(
                    (role, entry)
                )
            if entry.kind == "organization" and entry.code and entry.code not in self._bodies:
                self._bodies[entry.code] = entry
            if entry.kind == "country" and entry.country and not entry.metonym:
                # Capitals standing for governments (Moscow -> RUSGOV) are not the country.
                bisect.insort(
                    self._countries.setdefault(entry.country, []), ranked, key=lambda t: t[0]
                )
        self._fuzzy_index = None
        self._fuzzy_key.cache_clear()

    def extend_agents(self, agents: Iterable[Agent], *, priority: int = PACKAGED) -> None:
        """Add generic agents; a lower ``priority`` puts them ahead of the others."""
        for agent in agents:
            ranked = (self._rank(priority), agent)
            bisect.insort(
                self._agents.setdefault(normalize(agent.term), []), ranked, key=lambda t: t[0]
            )

    # -- named actors

    def candidates(self, text: str) -> list[ActorEntry]:
        """Every entry whose name or alias matches ``text`` exactly, preferred first."""
        return [entry for _, entry in self._by_alias.get(normalize(text), ())]

    def lookup(self, text: str) -> ActorEntry | None:
        """The preferred entry named exactly ``text`` (by priority, then load order)."""
        found = self._by_alias.get(normalize(text))
        return found[0][1] if found else None

    def fuzzy(self, text: str, threshold: float = 90) -> ActorEntry | None:
        """The entry whose alias is a close transliteration variant of ``text``, or None."""
        exact = self.lookup(text)
        if exact is not None:
            return exact
        key = self._fuzzy_key(normalize(text), threshold)
        return self.lookup(key) if key else None

    def _fuzzy_uncached(self, key: str, threshold: float) -> str | None:
        """The best fuzzy alias key for a normalised text (cached by the caller)."""
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        if self._fuzzy_index is None:
            self._fuzzy_index = _FuzzyIndex(self._by_alias)
        return self._fuzzy_index.best(key, threshold)

    def all_aliases(self) -> set[str]:
        """Every name and alias as written (for phrase matchers; lookups fold them)."""
        return {
            text
            for ranked in self._by_alias.values()
            for _, entry in ranked
            for text in (entry.name, *entry.aliases)
        }

    # -- offices and roles

    def office_phrases(self) -> set[str]:
        """Every phrase that names an office, keys included."""
        return {p for office in self.offices.values() for p in (office.key, *office.phrases)}

    def epithet_phrases(self) -> set[str]:
        """Every leader epithet as stored (folded), for phrase matchers."""
        return set(self._epithets)

    def leader_offices(self) -> list[str]:
        """Keys of the offices whose holder leads a state or body, in file order."""
        return [key for key, office in self.offices.items() if office.leader]

    def office_key(self, phrase: str) -> str | None:
        """The office a phrase names ("Foreign Minister" -> "foreign minister"), or None."""
        key = normalize(phrase)
        found = self._office_phrases.get(key)
        if found is None and (singular := _singular(key)):
            found = self._office_phrases.get(singular)
        return found

    def office(self, key: str) -> Office | None:
        """The office with this key."""
        return self.offices.get(key)

    def is_epithet(self, noun: str) -> bool:
        """Whether a noun is a leader epithet ("dictator", "autocrat", "leader")."""
        key = normalize(noun)
        return key in self._epithets or _singular(key) in self._epithets

    def holder(self, office: str, country: str, on: date | None = None) -> ActorEntry | None:
        """Who held ``office`` in ``country`` on ``on`` (None: now); the latest start wins."""
        active = [(r, e) for r, e in self._holders.get((office, country), ()) if r.active(on)]
        if not active:
            return None
        return max(active, key=lambda pair: pair[0].start or date.min)[1]

    def sole_holder(self, office: str, country: str) -> ActorEntry | None:
        """The one entry that ever held ``office`` in ``country``, or None when several did:
        with no date to go by, only a holder valid over every possible date is safe."""
        entries = {id(e): e for _, e in self._holders.get((office, country), ())}
        return next(iter(entries.values())) if len(entries) == 1 else None

    def roles_of(self, entry: ActorEntry, on: date | None = None) -> list[Role]:
        """The roles of ``entry`` active on ``on`` (None: those still held)."""
        return [role for role in entry.roles if role.active(on)]

    # -- countries, demonyms, agents

    def demonym(self, word: str) -> str | None:
        """Country or region code of a demonym ("Russians" -> RUS, "Western" -> WST)."""
        key = normalize(word)
        found = self._demonyms.get(key)
        if found is None and (singular := _singular(key)):
            found = self._demonyms.get(singular)
        return found

    def demonym_phrases(self) -> set[str]:
        """Demonyms of a country in more than one word as stored (folded): 'sierra leonean'
        (a region's, 'Middle Eastern talks', mostly sets a scene and is left to NER)."""
        iso = _pycountry_by_code()
        return {form for form, code in self._demonyms.items() if " " in form and code in iso}

    def is_region(self, code: str) -> bool:
        """Whether a code names a region or bloc of several states ('WST', 'AFR'), not one."""
        return code in self._region_codes

    @functools.cached_property
    def _region_codes(self) -> frozenset[str]:
        """The codes of demonyms that name no one state (asked for every actor of a text)."""
        states = _pycountry_by_code()
        return frozenset(c for c in self._demonyms.values() if c and c not in states)

    def country_name(self, code: str) -> str | None:
        """Common name of a country code ("RUS" -> "Russia"): knowledge files, then ISO."""
        found = self._countries.get(code)
        if found:
            return found[0][1].name
        if code in self._bodies:
            return self._bodies[code].name
        country = _pycountry_by_code().get(code)
        return country

    def country_code(self, name: str) -> str | None:
        """ISO code of a country name or alias; exact names only, never a guess."""
        for entry in self.candidates(name):
            if entry.kind == "country" and entry.country and not entry.metonym:
                return entry.country
        return _pycountry_by_name().get(normalize(name))

    def agent(self, noun_lemma: str) -> Agent | None:
        """The sector agent of a generic noun ("soldier" -> MIL), or None."""
        key = normalize(noun_lemma)
        found = self._agents.get(key)
        if not found and (singular := _singular(key)):
            found = self._agents.get(singular)
        return found[0][1] if found else None


@functools.cache
def _pycountry_by_name() -> dict[str, str]:
    """Folded ISO 3166 names (name, official and common name) -> alpha-3 code."""
    import pycountry

    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(normalize(value), country.alpha_3)
    return table


def names_a_state(code: str | None) -> bool:
    """Whether an actor's country code is a three-letter state code, not the IGO or NGO of an
    international or non-governmental body."""
    return bool(code) and len(code) == 3 and code not in ("IGO", "NGO")


@functools.cache
def _pycountry_by_code() -> dict[str, str]:
    """ISO alpha-3 code -> the common (else short) name."""
    import pycountry

    return {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


def _read_actor_file(path: Path, offices: Mapping[str, Office]) -> tuple[list[ActorEntry], int]:
    """Entries and priority of a user actor file: kronika YAML or a Phoenix dictionary."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return read_actors(_read_text(path, str(path)), str(path), offices), USER
    if suffix == ".txt":
        from kronika.actors import phoenix  # phoenix builds on this module's records

        return list(phoenix.read_actors(path)), IMPORTED
    raise KnowledgeError(
        f"{path}: unknown actor file type {suffix!r}",
        hint="use .yaml/.yml (kronika) or .txt (CAMEO/Phoenix)",
    )


def _read_agent_file(path: Path) -> tuple[list[Agent], int]:
    """Agents and priority of a user agent file: sectors.csv format or Phoenix agents."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_sectors(_read_text(path, str(path)), str(path)), USER
    if suffix == ".txt":
        from kronika.actors import phoenix

        return list(phoenix.read_agents(path)), IMPORTED
    raise KnowledgeError(
        f"{path}: unknown agent file type {suffix!r}",
        hint="use .csv (noun,sector) or .txt (CAMEO/Phoenix agents)",
    )


def load_knowledge(
    actor_files: Sequence[str | Path] = (), agent_files: Sequence[str | Path] = ()
) -> KnowledgeBase:
    """The packaged knowledge plus the user's files, loaded once per process per arguments."""
    return _load_cached(tuple(str(p) for p in actor_files), tuple(str(p) for p in agent_files))


@functools.lru_cache(maxsize=8)
def _load_cached(actor_files: tuple[str, ...], agent_files: tuple[str, ...]) -> KnowledgeBase:
    """Cached body of :func:`load_knowledge`."""
    return KnowledgeBase.from_dir(packaged_dir(), actor_files, agent_files, label="kronika/data")


def packaged_dir() -> Traversable:
    """The package's data directory (works from a wheel or an editable install)."""
    return resources.files("kronika").joinpath("data")
