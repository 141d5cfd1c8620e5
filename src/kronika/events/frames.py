"""Argument frames (data/frames.csv): which dependency paths give a trigger its two sides.

The file is the whole grammar of the argument layer; this module reads it once, checks every
row (a bad one raises ``KnowledgeError`` naming file, line and field) and walks a path from a
trigger token. ``arguments.py`` decides which paths apply to a trigger and resolves the tokens
they reach to actors.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from kronika.errors import KnowledgeError
from kronika.lexicon import packaged_text
from kronika.nlp import (
    child_indices,
    coarse_pos,
    dep_labels,
    head_indices,
    lower_lemmas,
    lower_texts,
)

FILE = "frames.csv"
FORMS = ("VERB", "PASSIVE", "NOUN")
SIDES = ("source", "target")
SCOPES = ("form", "preps", "type", "lemma", "light", "object-control", "subject-control",
          "stative", "thing", "means", "transfer", "converse", "origin", "undergoer",
          "unilateral", "perform", "venue", "reciprocal", "topic", "idiom", "dispossess",
          "withstand", "strife", "recipient", "behest",
          "undergo")
# The dependency labels of spaCy's English parsers (ClearNLP style) a path may name.
DEPS = frozenset({
    "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "ccomp", "compound",
    "conj", "csubj", "dative", "dobj", "nmod", "npadvmod", "nsubj", "nsubjpass", "oprd",
    "pcomp", "pobj", "poss", "prep", "relcl", "xcomp",
})
WORD_STEPS = ("subject", "event", "agentive", "undergoer", "performer", "leader", "recipient",
              "ordered")


@dataclass(frozen=True)
class Path:
    """One dependency path of a form, with the confidence of what it finds."""

    side: str
    steps: tuple[str, ...]
    confidence: float

    @property
    def text(self) -> str:
        return "/".join(self.steps)


@dataclass(frozen=True)
class Frames:
    """The parsed frames file."""

    paths: dict[str, tuple[Path, ...]]            # form -> paths in file order
    preps: dict[tuple[str, str], frozenset[str]]  # (scope, key) -> target prepositions
    light: frozenset[str]
    object_control: frozenset[str]
    subject_control: frozenset[str]
    stative: frozenset[str] = frozenset()
    thing: frozenset[str] = frozenset()  # lower-cased PLOVER types aimed at their object
    means: frozenset[str] = frozenset()  # nouns of the means of an attack ('bomb', 'mortar')
    transfer: frozenset[str] = frozenset()  # verbs of handing over ('give', 'cede', 'hand')
    converse: frozenset[str] = frozenset()  # lemmas whose subject is given to ('receive arm')
    origin: frozenset[str] = frozenset()  # lemmas whose 'from X' is the source ('called from')
    undergoer: frozenset[str] = frozenset()  # nouns whose 'of X' or 'X's' undergoes ('his arrest')
    unilateral: frozenset[str] = frozenset()  # commitments made alone ('X and Y pledged')
    perform: frozenset[str] = frozenset()  # verbs whose 'by X' did the act ('launched by X')
    reciprocal: frozenset[str] = frozenset()  # 'X and Y clashed': each acts on the other
    topic: frozenset[str] = frozenset()  # verbs whose object is talked about ('discussed X')
    idiom: frozenset[str] = frozenset()  # lemmas whose object is a word of the idiom ('join force')
    dispossess: frozenset[str] = frozenset()  # lemmas whose 'from X' loses it ('seized Y from X')
    withstand: frozenset[str] = frozenset()  # verbs whose subject an attack object hit ('repelled')
    strife: frozenset[str] = frozenset()  # nouns of a conflict among parties ('the war killed')
    recipient: frozenset[str] = frozenset()  # nouns whose named modifier gets it ('Ukraine aid')
    undergo: frozenset[str] = frozenset()  # verbs whose subject an 'under' act hits ('came under')
    # of()'s answers, kept: every side of every trigger asks
    _of: dict[tuple[str, str], tuple[Path, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    # open_paths()'s table: each path of of() with its first step when that is a plain label
    _firsts: dict[tuple[str, str], tuple[tuple[Path, str | None], ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def of(self, form: str, side: str) -> tuple[Path, ...]:
        """The paths of a form for one side, in the order they are tried."""
        found = self._of.get((form, side))
        if found is None:
            found = self._of[form, side] = tuple(
                p for p in self.paths.get(form, ()) if p.side == side)
        return found

    def open_paths(self, form: str, side: str, trigger: Token) -> list[Path]:
        """The paths of ``of`` that may reach something from the trigger: one whose first step
        is a dependency label that none of the trigger's children bears reaches no one (most
        paths of most triggers), and is left out without a walk."""
        firsts = self._firsts.get((form, side))
        if firsts is None:
            firsts = self._firsts[form, side] = tuple(
                (p, p.steps[0] if plain_label(p.steps[0]) else None) for p in self.of(form, side))
        doc = trigger.doc
        deps = dep_labels(doc)
        labels = {deps[c] for c in child_indices(doc)[trigger.i]}
        return [p for p, first in firsts if first is None or first in labels]

    def inside_phrase(self, form: str, side: str) -> tuple[Path, ...]:
        """The paths of ``of`` that stay inside the trigger's own phrase: no step up to its
        head, no subject."""
        key = (form, side + " inside")
        found = self._of.get(key)
        if found is None:
            found = self._of[key] = tuple(
                p for p in self.of(form, side)
                if not any(s.startswith("^") or s == "subject" for s in p.steps))
        return found

    def target_preps(self, lemma: str, etype: str, form: str) -> frozenset[str]:
        """The prepositions that introduce a trigger's target: its lemma's, else its type's,
        else its form's default."""
        default = self.preps.get(("preps", "NOUN" if form == "NOUN" else "VERB"), frozenset())
        return self.preps.get(("lemma", lemma)) or self.preps.get(("type", etype)) or default


def plain_label(step: str) -> bool:
    """A step to the children that bear one dependency label ('dobj'), not a named step, an
    up step or a preposition step."""
    return step not in WORD_STEPS and not step.startswith(("^", "prep:"))


def check_step(step: str, where: str) -> str:
    """A path step is a known dependency, a prep:WORDS step, an up step or a named step."""
    if step in WORD_STEPS or step == "prep:*":
        return step
    if step.startswith("prep:") and all(w.isalpha() for w in step[5:].split("|")):
        return step
    name = step[1:].split(":")[0] if step.startswith("^") else step
    cond = step.partition(":")[2]
    words = cond.split("|")
    if name in DEPS and (not cond or cond == "light"
                         or (step.startswith("^") and all(w.isalpha() for w in words))):
        return step
    raise KnowledgeError(f"{where}: path: unknown step {step!r}",
                         hint="a dependency label, prep:WORD|WORD, ^DEP, ^DEP:WORD|WORD, "
                         + ", ".join(WORD_STEPS))


def parse_row(row: dict[str, str], where: str, paths: dict[str, list[Path]],
              preps: dict[tuple[str, str], frozenset[str]], sets: dict[str, set[str]]) -> None:
    """Add one row of the file to the tables being built."""
    scope, key, side, path = row["scope"], row["key"], row["side"], row["path"]
    if scope not in SCOPES:
        raise KnowledgeError(f"{where}: scope: {scope!r} is not one of {', '.join(SCOPES)}")
    if not key:
        raise KnowledgeError(f"{where}: key: empty value")
    if scope in sets:
        sets[scope].add(key.lower())
        return
    if side not in SIDES:
        raise KnowledgeError(f"{where}: side: {side!r} is not source or target")
    steps = tuple(check_step(s, where) for s in path.split("/")) if path else ()
    if not steps:
        raise KnowledgeError(f"{where}: path: empty value")
    if scope == "form":
        if key not in FORMS:
            raise KnowledgeError(f"{where}: key: {key!r} is not one of {', '.join(FORMS)}")
        try:
            confidence = float(row["confidence"])
        except ValueError:
            raise KnowledgeError(
                f"{where}: confidence: {row['confidence']!r} is no number") from None
        if not 0 < confidence <= 1:
            raise KnowledgeError(f"{where}: confidence: {confidence} is not in (0, 1]")
        paths.setdefault(key, []).append(Path(side, steps, confidence))
        return
    if len(steps) != 1 or not steps[0].startswith("prep:") or steps[0] == "prep:*":
        raise KnowledgeError(f"{where}: path: a {scope} row names prep:WORD|WORD")
    preps[(scope, key.lower() if scope == "lemma" else key)] = frozenset(steps[0][5:].split("|"))


def parse_frames(text: str, name: str = FILE) -> Frames:
    """Parse and check the frames file (or a user file of the same shape)."""
    columns = ("scope", "key", "side", "path", "confidence")
    paths: dict[str, list[Path]] = {}
    preps: dict[tuple[str, str], frozenset[str]] = {}
    sets: dict[str, set[str]] = {"light": set(), "object-control": set(),
                                 "subject-control": set(), "stative": set(), "thing": set(),
                                 "means": set(), "transfer": set(),
                                 "converse": set(), "origin": set(), "undergoer": set(),
                                 "unilateral": set(), "perform": set(),
                                 "reciprocal": set(), "topic": set(), "idiom": set(),
                                 "dispossess": set(), "withstand": set(), "strife": set(),
                                 "recipient": set(), "undergo": set()}
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        values = [v.strip() for v in next(csv.reader([line]))]
        if header is None:
            header = values
            if tuple(header) != columns:
                raise KnowledgeError(f"{name}:{lineno}: header must be {','.join(columns)}")
            continue
        if len(values) != len(columns):
            raise KnowledgeError(f"{name}:{lineno}: {len(values)} fields, {len(columns)} wanted")
        parse_row(dict(zip(columns, values, strict=True)), f"{name}:{lineno}", paths, preps, sets)
    return Frames({k: tuple(v) for k, v in paths.items()}, preps, frozenset(sets["light"]),
                  frozenset(sets["object-control"]), frozenset(sets["subject-control"]),
                  frozenset(sets["stative"]), frozenset(sets["thing"]),
                  frozenset(sets["means"]), frozenset(sets["transfer"]),
                  frozenset(sets["converse"]), frozenset(sets["origin"]),
                  frozenset(sets["undergoer"]), frozenset(sets["unilateral"]),
                  frozenset(sets["perform"]), frozenset(sets["reciprocal"]),
                  frozenset(sets["topic"]), frozenset(sets["idiom"]),
                  frozenset(sets["dispossess"]), frozenset(sets["withstand"]),
                  frozenset(sets["strife"]), frozenset(sets["recipient"]),
                  frozenset(sets["undergo"]))


@cache
def frames() -> Frames:
    """The packaged frames, read once per process."""
    return parse_frames(packaged_text(FILE))


def is_preposition(tok: Token) -> bool:
    """A preposition hanging on its head: spaCy labels 'to X' after an object 'dative'
    ('provided weapons to Israel'), other prepositions 'prep'."""
    return preposition_label(tok.dep_, tok.pos_)


def preposition_label(dep: str, pos: str) -> bool:
    """is_preposition on a token's label and part of speech."""
    return dep == "prep" or (dep == "dative" and pos == "ADP")


Expander = Callable[[Token], Iterable[Token]]


def walk(start: Token, steps: tuple[str, ...], preps: frozenset[str], fr: Frames,
         special: dict[str, Expander]) -> list[Token]:
    """The tokens a path reaches from a trigger; ``special`` expands the named steps
    (subject, event, agentive) that need more than the parse. The walk goes on token indices
    and per-Doc lists: a Token is built only for a named step and for the tokens the path
    reaches (most paths of most triggers reach none)."""
    doc = start.doc
    deps, kids = dep_labels(doc), child_indices(doc)
    reached = [start.i]
    for step in steps:
        if step in special:
            reached = [t.i for i in reached for t in special[step](doc[i])]
        elif step[0] == "^" or step.startswith("prep:"):
            reached = [j for i in reached for j in one_step(doc, i, step, preps, fr)]
        else:  # a dependency label: the children that bear it
            reached = [c for i in reached for c in kids[i] if deps[c] == step]
        if not reached:
            return []
    return [doc[i] for i in reached]


def one_step(doc: Doc, i: int, step: str, preps: frozenset[str], fr: Frames) -> list[int]:
    """The indices of the tokens an up step (^dep) or a preposition step (prep:WORDS) leads
    to from token ``i``, read off the per-Doc lists."""
    deps = dep_labels(doc)
    if step.startswith("^"):
        dep, _, cond = step[1:].partition(":")
        head = head_indices(doc)[i]
        if deps[i] != dep or head == i or (cond == "light" and lower_lemmas(doc)[head]
                                           not in fr.light):
            return []
        if cond and cond != "light" and lower_texts(doc)[i] not in cond.split("|"):
            return []  # ^prep:in: only up from that preposition
        return [head]
    words = preps if step == "prep:*" else frozenset(step[5:].split("|"))
    lowers, pos = lower_texts(doc), coarse_pos(doc)
    return [c for c in child_indices(doc)[i]
            if (preposition_label(deps[c], pos[c]) and lowers[c] in words)
            or (deps[c] == "agent" and "by" in words)]
