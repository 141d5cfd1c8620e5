"""Load and validate the event and position lexicons.

The knowledge lives in ``kronika/data``: ``plover.yaml`` (the 16 PLOVER types and the CAMEO
crosswalk), ``triggers.csv`` (event triggers), ``issues.yaml`` (issue vocabulary),
``stances.csv`` (stance cues) and ``factuality.yaml`` (negation, hypothesis, future and report
cues). Each file is parsed once per process into frozen records and checked on load: a bad
entry raises :class:`~kronika.errors.KnowledgeError` naming the file, the line and the field,
so the data cannot drift from PLOVER/CAMEO unnoticed. Users extend the lexicons with files of
the same format (``extra=``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from kronika.errors import KnowledgeError
from kronika.records import FACTUALITY_VALUES, PLOVER_TYPES, STANCES

__all__ = [
    "CameoTable",
    "CueSet",
    "EventType",
    "FactualityCues",
    "Issue",
    "IssueLexicon",
    "IssueMatch",
    "Trigger",
    "TriggerLexicon",
    "load_cameo",
    "load_factuality",
    "load_issues",
    "load_ontology",
    "load_stances",
    "load_triggers",
    "words_of",
]

TRIGGER_POS = ("VERB", "NOUN")
STANCE_POS = ("VERB", "NOUN", "ADJ")
CAMEO_ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
_CODE = re.compile(r"\d{2,4}")
_TOKEN = re.compile(r"[\w']+|[^\w\s]")
_LEMMA = re.compile(r"[a-z0-9' -]+")


def words_of(text: str) -> tuple[str, ...]:
    """Split a lexicon entry the way spaCy tokenises it: words, with hyphens as own tokens."""
    return tuple(_TOKEN.findall(text.lower()))


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class EventType:
    """One PLOVER event type with its CAMEO defaults."""

    name: str
    description: str
    cameo: str
    cameo_roots: tuple[str, ...]
    quad_class: int
    goldstein: float
    modes: tuple[str, ...]
    schrodt: float | None = None


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that signals an event of one PLOVER type."""

    lemma: str
    words: tuple[str, ...]
    pos: str
    type: str
    mode: str | None
    cameo: str


@dataclass(frozen=True)
class Issue:
    """An issue actors take positions on, with the lemma phrases that name it."""

    key: str
    label: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class IssueMatch:
    """An issue phrase found at lemma positions ``start``..``end`` (exclusive)."""

    issue: Issue
    start: int
    end: int


@dataclass(frozen=True)
class CueSet:
    """Cues of one factuality value; multiword entries are single-spaced lemma strings."""

    words: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    phrases: frozenset[str] = frozenset()

    def multiword(self) -> tuple[tuple[str, ...], ...]:
        """Every multiword cue of any field as a lemma tuple, longest first."""
        entries = {words_of(e) for f in (self.words, self.verbs, self.nouns, self.phrases)
                   for e in f if " " in e}
        return tuple(sorted(entries, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class FactualityCues:
    """Cue sets for each non-asserted factuality value."""

    negated: CueSet
    hypothetical: CueSet
    future: CueSet
    reported: CueSet

    def of(self, value: str) -> CueSet:
        """The cue set of a factuality value."""
        return getattr(self, value)

    @property
    def negated_words(self) -> frozenset[str]:
        """Single-word negation cues ("not", "never", "no")."""
        return self.negated.words

    @property
    def hypothetical_words(self) -> frozenset[str]:
        """Single-word hypothesis cues ("if", "could", "whether")."""
        return self.hypothetical.words

    @property
    def hypothetical_nouns(self) -> frozenset[str]:
        """Nouns whose complement is hypothetical ("possibility", "rumour")."""
        return self.hypothetical.nouns

    @property
    def reported_words(self) -> frozenset[str]:
        """Single-word report cues ("reportedly", "allegedly")."""
        return self.reported.words

    def modal_value(self, word: str) -> str | None:
        """The value an auxiliary gives its verb: "will" -> future, "could" -> hypothetical."""
        word = word.lower()
        for value in ("future", "hypothetical"):
            if word in self.of(value).words:
                return value
        return None

    def governor_value(self, lemma: str, pos: str) -> str | None:
        """The value a governing verb or noun gives its complement ("refuse" -> negated)."""
        lemma = lemma.lower()
        if pos == "NOUN":
            return "hypothetical" if lemma in self.hypothetical.nouns else None
        for value in ("negated", "hypothetical", "future", "reported"):
            if lemma in self.of(value).verbs:
                return value
        return None


class CameoTable:
    """The CAMEO -> PLOVER crosswalk and the Goldstein scale of plover.yaml."""

    def __init__(self, roots: Mapping[str, tuple[str, ...]], codes: Mapping[str, str],
                 goldstein: Mapping[str, float]) -> None:
        self.roots = MappingProxyType(dict(roots))
        self.codes = MappingProxyType(dict(codes))
        self._goldstein = MappingProxyType(dict(goldstein))

    def types_for(self, code: str) -> tuple[str, ...]:
        """PLOVER types a CAMEO code maps to: all of a root's, or exactly one for a sub-code."""
        root = self.roots.get(code[:2], ())
        if len(code) == 2 or not root:
            return root
        for prefix in (code[:4], code[:3]):
            if len(prefix) > 2 and prefix in self.codes:
                return (self.codes[prefix],)
        return root[:1]

    def goldstein(self, code: str) -> float | None:
        """Goldstein score of a CAMEO code (its longest listed prefix), or None."""
        for end in range(len(code), 1, -1):
            if code[:end] in self._goldstein:
                return self._goldstein[code[:end]]
        return None


class TriggerLexicon:
    """All triggers, indexed by the lemma of their first word and their part of speech."""

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        self._triggers = tuple(triggers)
        index: dict[tuple[str, str], list[Trigger]] = {}
        for trigger in sorted(self._triggers, key=lambda t: -len(t.words)):
            index.setdefault((trigger.words[0], trigger.pos), []).append(trigger)
        self._index = {key: tuple(found) for key, found in index.items()}
        self._heads = frozenset(word for word, _ in self._index)

    def starts(self, word: str) -> bool:
        """Whether any trigger begins with this (lower-case) word: a cheap check before
        by_head, since most tokens begin none."""
        return word in self._heads

    def by_head(self, lemma: str, pos: str) -> list[Trigger]:
        """Triggers starting with this lemma and part of speech, longest phrase first."""
        return list(self._index.get((lemma.lower(), pos), ()))

    def __iter__(self) -> Iterator[Trigger]:
        return iter(self._triggers)

    def __len__(self) -> int:
        return len(self._triggers)


class IssueLexicon(Mapping[str, Issue]):
    """Issues by key, with longest-phrase matching over lemma sequences."""

    def __init__(self, issues: Mapping[str, Issue]) -> None:
        self._issues = dict(issues)
        self._phrases = {words_of(p): issue for issue in self._issues.values()
                         for p in issue.phrases}
        self._longest = max((len(w) for w in self._phrases), default=0)

    def find(self, lemmas: Sequence[str]) -> list[IssueMatch]:
        """Non-overlapping issue phrases, scanning left to right, longest phrase first."""
        lowered = [lemma.lower() for lemma in lemmas]
        found, i = [], 0
        while i < len(lowered):
            match = self._match_at(lowered, i)
            if match:
                found.append(match)
            i = match.end if match else i + 1
        return found

    def match(self, lemmas: Sequence[str]) -> Issue | None:
        """The issue of the longest phrase in the lemmas (the first on a tie), or None."""
        found = self.find(lemmas)
        return max(found, key=lambda m: m.end - m.start).issue if found else None

    def _match_at(self, lemmas: list[str], i: int) -> IssueMatch | None:
        """The longest phrase starting at position i."""
        for n in range(min(self._longest, len(lemmas) - i), 0, -1):
            issue = self._phrases.get(tuple(lemmas[i:i + n]))
            if issue:
                return IssueMatch(issue, i, i + n)
        return None

    def __getitem__(self, key: str) -> Issue:
        return self._issues[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._issues)

    def __len__(self) -> int:
        return len(self._issues)


# --------------------------------------------------------------------------- reading


def _packaged(name: str) -> Traversable:
    """A knowledge file shipped in kronika/data."""
    return files("kronika") / "data" / name


def _read(source: Traversable | Path) -> str:
    """The text of a knowledge file, or a KnowledgeError naming it."""
    try:
        return source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{source}: cannot read knowledge file: {exc}") from exc


def _fail(name: object, line: int | None, field: str, problem: str) -> KnowledgeError:
    """A KnowledgeError in the file:line: field 'x': problem form."""
    where = f"{name}:{line}" if line else f"{name}"
    return KnowledgeError(f"{where}: field '{field}': {problem}")


class _Yaml:
    """A parsed YAML file that remembers the line of every key, for error messages."""

    def __init__(self, source: Traversable | Path) -> None:
        self.name = str(source)
        text = _read(source)
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
            self.data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise KnowledgeError(f"{self.name}: invalid YAML: {exc}") from exc
        self.lines: dict[tuple[Any, ...], int] = {}
        if node is not None:
            self._index(node, ())

    def _index(self, node: yaml.Node, path: tuple[Any, ...]) -> None:
        """Record the 1-based line of every mapping key and sequence item under node."""
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                self.lines[(*path, key.value)] = key.start_mark.line + 1
                self._index(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self.lines[(*path, i)] = item.start_mark.line + 1
                self._index(item, (*path, i))

    def fail(self, path: tuple[Any, ...], problem: str) -> KnowledgeError:
        """An error located at the nearest known line of a key path."""
        line = next((self.lines[path[:n]] for n in range(len(path), 0, -1)
                     if path[:n] in self.lines), None)
        return _fail(self.name, line, ".".join(str(p) for p in path), problem)

    def mapping(self, path: tuple[Any, ...], value: Any) -> dict[Any, Any]:
        """value if it is a mapping, else an error at path."""
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping, got {type(value).__name__}")
        return value

    def strings(self, path: tuple[Any, ...], value: Any) -> list[str]:
        """value if it is a list of non-empty strings, else an error at path."""
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(path, "expected a list of non-empty strings")
        return value


def _csv_rows(source: Traversable | Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """(line number, row) of a CSV knowledge file with `#` comments and a fixed header."""
    header_seen = False
    for number, line in enumerate(_read(source).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in next(csv.reader([line]))]
        if not header_seen:
            if tuple(cells) != columns:
                raise _fail(source, number, "header", f"expected {','.join(columns)}")
            header_seen = True
        elif len(cells) != len(columns):
            raise _fail(source, number, "row",
                        f"expected {len(columns)} fields ({','.join(columns)}), got {len(cells)}")
        else:
            yield number, dict(zip(columns, cells, strict=True))
    if not header_seen:
        raise _fail(source, None, "header", f"missing header {','.join(columns)}")


def _lemma(source: object, number: int, value: str) -> str:
    """A lexicon lemma checked to be lowercase words, or an error."""
    if not value or not _LEMMA.fullmatch(value) or value != value.strip():
        raise _fail(source, number, "lemma", f"{value!r} must be lowercase words")
    return " ".join(value.split())


# --------------------------------------------------------------------------- PLOVER


@dataclass(frozen=True)
class _Plover:
    types: Mapping[str, EventType]
    cameo: CameoTable


@lru_cache(maxsize=1)
def _plover() -> _Plover:
    """plover.yaml parsed and validated."""
    doc = _Yaml(_packaged("plover.yaml"))
    data = doc.mapping((), doc.data)
    cameo = _cameo_table(doc, data)
    raw = doc.mapping(("types",), data.get("types"))
    missing, unknown = set(PLOVER_TYPES) - set(raw), set(raw) - set(PLOVER_TYPES)
    if missing or unknown:
        raise doc.fail(("types",), f"must list the 16 PLOVER types; missing {sorted(missing)}, "
                                   f"unknown {sorted(unknown)}")
    types = {name: _event_type(doc, name, raw[name], cameo) for name in PLOVER_TYPES}
    return _Plover(MappingProxyType(types), cameo)


def _cameo_table(doc: _Yaml, data: dict) -> CameoTable:
    """The cameo_to_plover, cameo_codes and goldstein sections, checked against each other."""
    raw_roots = doc.mapping(("cameo_to_plover",), data.get("cameo_to_plover"))
    if sorted(raw_roots) != list(CAMEO_ROOTS):
        raise doc.fail(("cameo_to_plover",), "must map every CAMEO root 01..20 (quoted)")
    roots = {}
    for root, types in raw_roots.items():
        path = ("cameo_to_plover", root)
        if not isinstance(types, list) or not set(types) <= set(PLOVER_TYPES):
            raise doc.fail(path, f"expected a list of PLOVER types, got {types!r}")
        roots[root] = tuple(types)
    codes = {}
    for code, type_ in doc.mapping(("cameo_codes",), data.get("cameo_codes", {})).items():
        if not _CODE.fullmatch(str(code)) or len(str(code)) < 3:
            raise doc.fail(("cameo_codes", code), "expected a quoted 3- or 4-digit CAMEO code")
        if type_ not in roots[str(code)[:2]]:
            raise doc.fail(("cameo_codes", code), f"{type_} is not a type of root {code[:2]}")
        codes[code] = type_
    return CameoTable(roots, codes, _goldstein(doc, data))


def _goldstein(doc: _Yaml, data: dict) -> dict[str, float]:
    """The Goldstein table: quoted CAMEO codes to scores in [-10, 10], every root present."""
    raw = doc.mapping(("goldstein",), data.get("goldstein"))
    scores = {}
    for code, score in raw.items():
        if not (isinstance(code, str) and _CODE.fullmatch(code)):
            raise doc.fail(("goldstein", code), "expected a quoted CAMEO code")
        if not isinstance(score, int | float) or not -10 <= score <= 10:
            raise doc.fail(("goldstein", code), f"score {score!r} is not in [-10, 10]")
        scores[code] = float(score)
    if missing := [r for r in CAMEO_ROOTS if r not in scores]:
        raise doc.fail(("goldstein",), f"missing CAMEO roots {missing}")
    return scores


def _event_type(doc: _Yaml, name: str, raw: Any, cameo: CameoTable) -> EventType:
    """One entry of the types section, consistent with the CAMEO crosswalk."""
    path = ("types", name)
    raw = doc.mapping(path, raw)
    roots = tuple(doc.strings((*path, "cameo_roots"), raw.get("cameo_roots")))
    for root in roots:
        if name not in cameo.roots.get(root, ()):
            raise doc.fail((*path, "cameo_roots"), f"CAMEO root {root} does not map to {name}")
    listed = {r for r, types in cameo.roots.items() if name in types}
    if listed != set(roots):
        raise doc.fail((*path, "cameo_roots"),
                       f"must be the roots mapping to {name}: {sorted(listed)}")
    default = raw.get("cameo")
    if default not in roots:
        raise doc.fail((*path, "cameo"), f"{default!r} is not one of cameo_roots {list(roots)}")
    quad, goldstein = raw.get("quad_class"), raw.get("goldstein")
    if quad not in (1, 2, 3, 4):
        raise doc.fail((*path, "quad_class"), f"{quad!r} is not 1, 2, 3 or 4")
    if not isinstance(goldstein, int | float) or (goldstein >= 0) != (quad <= 2):
        raise doc.fail((*path, "goldstein"), f"{goldstein!r} must be >= 0 for cooperation "
                                             "(quad 1-2) and < 0 for conflict (quad 3-4)")
    modes = doc.mapping((*path, "modes"), raw.get("modes", {}))
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip():
        raise doc.fail((*path, "description"), "expected a non-empty description")
    schrodt = raw.get("schrodt")
    return EventType(name, description.strip(), default, roots, quad, float(goldstein),
                     tuple(modes), None if schrodt is None else float(schrodt))


def load_ontology() -> dict[str, EventType]:
    """The 16 PLOVER event types by name, in PLOVER order."""
    return dict(_plover().types)


def load_cameo() -> CameoTable:
    """The CAMEO -> PLOVER crosswalk and Goldstein scale."""
    return _plover().cameo


# --------------------------------------------------------------------------- triggers


TRIGGER_COLUMNS = ("lemma", "pos", "type", "mode", "cameo")


def _trigger(source: object, number: int, row: dict[str, str], plover: _Plover) -> Trigger:
    """One row of a trigger file, validated against plover.yaml."""
    lemma = _lemma(source, number, row["lemma"])
    if row["pos"] not in TRIGGER_POS:
        raise _fail(source, number, "pos", f"{row['pos']!r} is not one of {TRIGGER_POS}")
    event_type = plover.types.get(row["type"])
    if event_type is None:
        raise _fail(source, number, "type", f"{row['type']!r} is not a PLOVER type")
    mode = row["mode"] or None
    if mode and mode not in event_type.modes:
        raise _fail(source, number, "mode", f"{mode!r} is not a mode of {event_type.name} "
                                            f"(plover.yaml lists {list(event_type.modes)})")
    code = row["cameo"]
    if not _CODE.fullmatch(code):
        raise _fail(source, number, "cameo", f"{code!r} is not a 2- to 4-digit CAMEO code")
    if event_type.name not in plover.cameo.types_for(code):
        raise _fail(source, number, "cameo",
                    f"CAMEO {code} maps to {list(plover.cameo.types_for(code))} in plover.yaml, "
                    f"not {event_type.name}")
    return Trigger(lemma, words_of(lemma), row["pos"], event_type.name, mode, code)


def _trigger_file(source: Traversable | Path, plover: _Plover) -> dict[tuple, Trigger]:
    """The triggers of one file keyed by (lemma, pos, type); duplicates are errors."""
    found: dict[tuple, tuple[int, Trigger]] = {}
    for number, row in _csv_rows(source, TRIGGER_COLUMNS):
        trigger = _trigger(source, number, row, plover)
        key = (trigger.lemma, trigger.pos, trigger.type)
        if key in found:
            raise _fail(source, number, "lemma",
                        f"duplicate {trigger.lemma!r} {trigger.pos} {trigger.type}, "
                        f"first on line {found[key][0]}")
        found[key] = (number, trigger)
    return {key: trigger for key, (_, trigger) in found.items()}


@lru_cache(maxsize=8)
def _triggers(extra: tuple[Path, ...]) -> TriggerLexicon:
    """Packaged triggers, then each user file (a user entry replaces the same lemma/pos/type)."""
    plover = _plover()
    merged = _trigger_file(_packaged("triggers.csv"), plover)
    for path in extra:
        merged.update(_trigger_file(path, plover))
    return TriggerLexicon(merged.values())


def load_triggers(extra: Sequence[Path | str] = ()) -> TriggerLexicon:
    """The trigger lexicon, extended by user CSV files of the same format."""
    return _triggers(tuple(Path(p) for p in extra))


# --------------------------------------------------------------------------- issues


def _issue_file(source: Traversable | Path) -> dict[str, Issue]:
    """Issues of one YAML file; a phrase naming two issues is an error."""
    doc = _Yaml(source)
    raw = doc.mapping(("issues",), doc.mapping((), doc.data).get("issues"))
    issues = {}
    for key, entry in raw.items():
        path = ("issues", key)
        entry = doc.mapping(path, entry)
        label = entry.get("label")
        if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise doc.fail(path, "issue keys are lowercase identifiers (a-z, 0-9, _)")
        if not isinstance(label, str) or not label.strip():
            raise doc.fail((*path, "label"), "expected a non-empty label")
        phrases = doc.strings((*path, "phrases"), entry.get("phrases"))
        for i, phrase in enumerate(phrases):
            if phrase != phrase.lower():
                raise doc.fail((*path, "phrases", i), f"{phrase!r} must be lowercase lemmas")
        issues[key] = Issue(key, label.strip(), tuple(" ".join(p.split()) for p in phrases))
    return issues


def _merge_issues(base: dict[str, Issue], more: dict[str, Issue], name: str) -> dict[str, Issue]:
    """base extended by more: a known key gains phrases and the new label."""
    merged = dict(base)
    for key, issue in more.items():
        old = merged.get(key)
        phrases = (old.phrases if old else ()) + tuple(p for p in issue.phrases
                                                       if not old or p not in old.phrases)
        merged[key] = Issue(key, issue.label, phrases)
    owner: dict[tuple[str, ...], str] = {}
    for issue in merged.values():
        for phrase in issue.phrases:
            other = owner.setdefault(words_of(phrase), issue.key)
            if other != issue.key:
                raise _fail(name, None, f"issues.{issue.key}.phrases",
                            f"{phrase!r} already names issue {other!r}")
    return merged


@lru_cache(maxsize=8)
def _issues(extra: tuple[Path, ...]) -> IssueLexicon:
    """Packaged issues extended by user files."""
    packaged = _packaged("issues.yaml")
    issues = _merge_issues({}, _issue_file(packaged), str(packaged))
    for path in extra:
        issues = _merge_issues(issues, _issue_file(path), str(path))
    return IssueLexicon(issues)


def load_issues(extra: Sequence[Path | str] = ()) -> IssueLexicon:
    """The issue vocabulary (a mapping of key to Issue), extended by user YAML files."""
    return _issues(tuple(Path(p) for p in extra))


# --------------------------------------------------------------------------- stances


@lru_cache(maxsize=8)
def _stances(extra: tuple[Path, ...]) -> Mapping[tuple[str, str], str]:
    """Packaged stance cues, then user files (a user row replaces the same lemma and pos)."""
    stances: dict[tuple[str, str], str] = {}
    for source in (_packaged("stances.csv"), *extra):
        seen: dict[tuple[str, str], int] = {}
        for number, row in _csv_rows(source, ("lemma", "pos", "stance")):
            key = (_lemma(source, number, row["lemma"]), row["pos"])
            if row["pos"] not in STANCE_POS:
                raise _fail(source, number, "pos", f"{row['pos']!r} is not one of {STANCE_POS}")
            if row["stance"] not in STANCES:
                raise _fail(source, number, "stance", f"{row['stance']!r} is not one of {STANCES}")
            if key in seen:
                raise _fail(source, number, "lemma", f"duplicate {key}, first on line {seen[key]}")
            seen[key] = number
            stances[key] = row["stance"]
    return MappingProxyType(stances)


def load_stances(extra: Sequence[Path | str] = ()) -> dict[tuple[str, str], str]:
    """Stance cues: (lemma, pos) -> one of records.STANCES."""
    return dict(_stances(tuple(Path(p) for p in extra)))


# --------------------------------------------------------------------------- factuality


_CUE_FIELDS = ("words", "verbs", "nouns", "phrases")


@lru_cache(maxsize=1)
def load_factuality() -> FactualityCues:
    """Negation, hypothesis, future and report cues of factuality.yaml."""
    doc = _Yaml(_packaged("factuality.yaml"))
    data = doc.mapping((), doc.data)
    values = [v for v in FACTUALITY_VALUES if v != "asserted"]
    if set(data) != set(values):
        raise doc.fail((), f"expected exactly the sections {values}, got {sorted(data)}")
    sets = {}
    for value in values:
        section = doc.mapping((value,), data[value])
        if unknown := set(section) - set(_CUE_FIELDS):
            raise doc.fail((value,), f"unknown fields {sorted(unknown)}; use {_CUE_FIELDS}")
        cues = {f: frozenset(" ".join(words_of(e)) for e in doc.strings((value, f), section[f]))
                for f in section}
        sets[value] = CueSet(**cues)
    return FactualityCues(**sets)
