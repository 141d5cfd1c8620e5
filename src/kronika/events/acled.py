"""ACLED-style event types: which ACLED event type and sub-event type a PLOVER event is.

The definitions and the rules that derive them live in ``data/acled.yaml``; this module only
reads them and applies them. A rule looks at what the events stage already knows about an
event (PLOVER type, mode, trigger lemma, the sectors and head nouns of its two sides) and at
the words of the event's sentence (weapon and instrument words: 'drone', 'mortar', 'tear gas').
The first sub-event in file order with a rule that holds wins, so that the specific ones
(suicide bomb) come before the general ones (remote explosive, attack).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from kronika.cache import cached
from kronika.events.ontology import _packaged, _Yaml, words_of
from kronika.nlp import lower_lemmas, lower_texts
from kronika.records import Event

NO_MODE = "none"  # how a rule names an event without a mode
SEPARATOR = ": "  # between event type and sub-event type: 'Battles: Armed clash'
# Conditions on one side of an event ('source_sectors': the source's sector is one of them).
SIDE_CONDITIONS = ("source", "target", "party")
WORD_CONDITIONS = ("words", "not_words", "sentence_words", "sentence_not_words")
SET_CONDITIONS = ("types", "modes", "not_modes", "triggers")
CONDITIONS = (
    *SET_CONDITIONS,
    *WORD_CONDITIONS,
    *(f"{side}_{what}" for side in SIDE_CONDITIONS for what in ("sectors", "nouns")),
    "no_party_sectors",
)
# Prefixes that turn a word against itself ('non-violent', 'anti-aircraft').
NEGATIVE_PREFIXES = frozenset({"non", "anti"})
# Verbs that say an event noun took place ('clashes that broke out', 'a riot that erupted',
# 'protests that have rocked the capital').
OCCURRING = frozenset({"break", "erupt", "occur", "happen", "flare", "ensue", "rage", "rock",
                       "sweep", "grip", "roil", "engulf", "spread"})
# Nouns of a run of events, whose modifier names the events ('a looting spree', 'a bombing
# campaign'): what the run does, its events do.
RUN_NOUNS = frozenset({"spree", "campaign", "rampage", "wave", "spate", "string", "series",
                       "round", "outbreak", "bout"})
# Verbs of harm whose 'in' or 'during' names the event that did it ('two died in a
# crackdown', 'were killed in clashes'): that event took place. An active verb of harm is an
# event of its own ('forces killed 50 during a bombardment'), told by its own trigger.
DYING = frozenset({"die", "perish"})
HARMED = frozenset({"kill", "injure", "wound", "hurt", "maim"})
# Factualities of events that happened: the ones a document's main event is chosen among.
HAPPENED = ("asserted", "reported")


@dataclass(frozen=True)
class Side:
    """What a rule may ask of one side of an event: its CAMEO sector and head noun lemma."""

    sector: str | None = None
    noun: str | None = None


@dataclass(frozen=True)
class EventFacts:
    """What the events stage knows about one event when it types it."""

    type: str
    mode: str | None
    trigger: str  # the lexicon entry's lemma, multiword entries as written in triggers.csv
    source: Side
    target: Side
    sentence: Span
    clause: Span  # the trigger's clause: where its weapon and instrument words are


@dataclass(frozen=True)
class Rule:
    """Conditions that must all hold; an empty condition is not checked."""

    sets: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]

    @cached_property
    def singles(self) -> dict[str, frozenset[str]]:
        """The one-word phrases of each word condition."""
        return {k: frozenset(w[0] for w in v if len(w) == 1) for k, v in self.phrases.items()}

    @cached_property
    def multis(self) -> dict[str, tuple[tuple[frozenset[str], tuple[str, ...]], ...]]:
        """The longer phrases of each word condition, each with the set of its words."""
        return {k: tuple((frozenset(w), w) for w in v if len(w) > 1)
                for k, v in self.phrases.items()}

    def holds(self, facts: EventFacts) -> bool:
        """Every condition the rule names holds for the event."""
        return (
            all(self._value_in(name, facts) for name in self.sets)
            and all(self._words(name, facts) for name in self.phrases)
        )

    def _value_in(self, name: str, facts: EventFacts) -> bool:
        allowed = self.sets[name]
        if name == "types":
            return facts.type in allowed
        if name == "modes":
            return (facts.mode or NO_MODE) in allowed
        if name == "not_modes":
            return (facts.mode or NO_MODE) not in allowed
        if name == "triggers":
            return facts.trigger in allowed
        if name == "no_party_sectors":
            return not {facts.source.sector, facts.target.sector} & allowed
        side, what = name.split("_")
        sides = (facts.source, facts.target) if side == "party" else (getattr(facts, side),)
        return any(getattr(s, what[:-1] if what == "sectors" else "noun") in allowed
                   for s in sides)

    def _words(self, name: str, facts: EventFacts) -> bool:
        where = facts.sentence if name.startswith("sentence_") else facts.clause
        # One set intersection settles the one-word phrases, most of every list; a longer
        # phrase is looked for in a row only when the span has all its words.
        present = span_words(where)
        found = not present.isdisjoint(self.singles[name]) or any(
            present.issuperset(need) and spelled(where, words)
            for need, words in self.multis[name])
        return not found if name.endswith("not_words") else found


@dataclass(frozen=True)
class SubEvent:
    """One ACLED sub-event type with its definition and the rules that derive it."""

    key: str
    event_type: str
    name: str
    case: str
    definition: str
    rules: tuple[Rule, ...]
    fallback: bool = False

    @property
    def label(self) -> str:
        """The value of ``Event.acled_type``: 'Event type: Sub-event type'."""
        return f"{self.event_type}{SEPARATOR}{self.name}"


def clause_of(trigger: Token) -> Span:
    """The clause a trigger belongs to: the subtree of its verb (the nearest verb above a
    noun trigger: 'used sarin in an attack'; a coordinated verb's first conjunct or a
    participle's main verb, which hold the shared subject and instrument: 'a bomb killed two
    and wounded five')."""
    head = trigger
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
        head = head.head
    while head.head.pos_ == "VERB" and (
        (head.dep_ == "conj" and not own_target(head))
        or (head.dep_ == "advcl" and head.tag_ == "VBG")
    ):
        head = head.head  # 'hurled a grenade at a patrol, injuring four': one act
    return head.doc[head.left_edge.i : head.right_edge.i + 1]


# Verbs that name their own weapon ('bombed a pipeline', 'shelled the town').
WEAPON_VERBS = frozenset({"bomb", "shell", "bombard", "strafe", "mortar", "rocket", "gas"})


def own_target(verb: Token) -> bool:
    """A verb with an object of its own after a first verb that names its weapon ('bombed a
    pipeline and attacked a base', 'shelled the town and stormed its barracks'): a second act,
    not done with the first one's weapon; a weapon named as a noun is shared ('a bomb killed
    two and wounded five', 'fired mortars and killed three')."""
    return verb.head.lemma_.lower() in WEAPON_VERBS and any(
        c.dep_ == "dobj" for c in verb.children)


def span_words(span: Span) -> frozenset[str]:
    """Every lemma and lower-case form in a span, computed once per span and Doc: most
    phrases are ruled out by one missing word without a scan."""
    cache = span.doc.user_data.setdefault("kronika_acled_words", {})
    key = (span.start, span.end)
    if key not in cache:
        lemmas, lowers = lower_lemmas(span.doc), lower_texts(span.doc)
        kept = [i for i in range(span.start, span.end) if not negative_prefix(lowers, i)]
        cache[key] = frozenset([lemmas[i] for i in kept] + [lowers[i] for i in kept])
    return cache[key]


def negative_prefix(lowers: list[str], i: int) -> bool:
    """A word negated or opposed by a hyphenated 'non-' or 'anti-' ('non-violent
    protesters', 'anti-aircraft guns', 'anti-riot police'): it says the opposite of the word
    alone, or names what is fought."""
    return i >= 2 and lowers[i - 1] == "-" and lowers[i - 2] in NEGATIVE_PREFIXES


def spelled(sentence: Span, words: tuple[str, ...]) -> bool:
    """The sentence contains the words in a row, each as a token's lemma or lower text."""
    if not span_words(sentence).issuperset(words):
        return False
    doc, n = sentence.doc, len(words)
    lemmas, lowers = lower_lemmas(doc), lower_texts(doc)
    for i in range(sentence.start, sentence.end - n + 1):
        if not negative_prefix(lowers, i) and all(
            w in (lemmas[i + k], lowers[i + k]) for k, w in enumerate(words)
        ):
            return True
    return False


def _rule(doc: _Yaml, path: tuple[Any, ...], raw: Any) -> Rule:
    """One rule of acled.yaml, validated."""
    data = doc.mapping(path, raw)
    unknown = [k for k in data if k not in CONDITIONS]
    if unknown:
        raise doc.fail((*path, unknown[0]), f"unknown condition; expected one of {CONDITIONS}")
    if "types" not in data:
        raise doc.fail(path, "a rule names the PLOVER types it applies to ('types')")
    sets = {k: frozenset(doc.strings((*path, k), v))
            for k, v in data.items() if k not in WORD_CONDITIONS}
    phrases = {k: tuple(words_of(w) for w in doc.strings((*path, k), v))
               for k, v in data.items() if k in WORD_CONDITIONS}
    return Rule(sets, phrases)


def _sub_event(doc: _Yaml, key: str, raw: Any) -> SubEvent:
    """One sub-event of acled.yaml, validated."""
    path = ("sub_events", key)
    data = doc.mapping(path, raw)
    for field in ("event_type", "name", "case", "definition"):
        if not isinstance(data.get(field), str) or not data[field].strip():
            raise doc.fail((*path, field), "expected a non-empty string")
    rules = data.get("rules")
    if not isinstance(rules, list) or not rules:
        raise doc.fail((*path, "rules"), "expected a non-empty list of rules")
    return SubEvent(key, data["event_type"], data["name"], data["case"],
                    " ".join(data["definition"].split()),
                    tuple(_rule(doc, (*path, "rules", i), r) for i, r in enumerate(rules)),
                    data.get("fallback") is True)


@cache
def _acled_file() -> tuple[tuple[SubEvent, ...], frozenset[str], frozenset[str]]:
    """data/acled.yaml, read once, through the knowledge cache (parsing it costs a short
    document's whole analysis)."""
    return cached("acled", lambda: read_acled(_packaged("acled.yaml")))


def read_acled(
    source: Traversable | Path,
) -> tuple[tuple[SubEvent, ...], frozenset[str], frozenset[str]]:
    """The sub-events of an acled.yaml file, the types it counts without actors and the
    verbs that stage an event noun; a bad entry raises KnowledgeError naming file, line and
    field."""
    doc = _Yaml(source)
    data = doc.mapping((), doc.data)
    subs = doc.mapping(("sub_events",), data.get("sub_events"))
    sub_events = tuple(_sub_event(doc, key, raw) for key, raw in subs.items())
    known = {s.event_type for s in sub_events} | {s.name for s in sub_events}
    anonymous = doc.strings(("without_actors",), data.get("without_actors", []))
    unknown = [a for a in anonymous if a not in known]
    if unknown:
        raise doc.fail(("without_actors",), f"{unknown[0]!r} names no event or sub-event type")
    staging = doc.strings(("staging_verbs",), data.get("staging_verbs", []))
    return sub_events, frozenset(anonymous), frozenset(staging)


@cache
def protester_nouns() -> frozenset[str]:
    """Head nouns of people demonstrating (acled.yaml ``lists.protesters``)."""
    return cached("protesters", read_protester_nouns)  # kinds have no "-"


def read_protester_nouns() -> frozenset[str]:
    """``lists.protesters`` of data/acled.yaml."""
    doc = _Yaml(_packaged("acled.yaml"))
    lists = doc.mapping(("lists",), doc.mapping((), doc.data).get("lists"))
    return frozenset(doc.strings(("lists", "protesters"), lists.get("protesters")))


def load_acled() -> tuple[SubEvent, ...]:
    """The sub-events of data/acled.yaml in the order their rules are tried."""
    return _acled_file()[0]


def counted_without_actors(facts: EventFacts, trigger: Token) -> bool:
    """ACLED records the event even though the text names none of its actors: a verb, or an
    event noun that is what its clause is about ('protests erupted', 'a car bomb killed
    two', a headline), not one talked about ('postponed the protest', 'at the rally')."""
    gerund = trigger.tag_ == "VBG" and trigger.dep_ in ("pobj", "pcomp")  # 'weeks of striking'
    if (trigger.pos_ != "VERB" or gerund) and not noun_happens(trigger):
        return False
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in trigger.children):
        return False  # 'they shelled the market': an actor known only from a pronoun
    label = classify(facts)
    sub = sub_event(label)
    return sub is not None and bool({sub.event_type, sub.name} & _acled_file()[1])


def classify(facts: EventFacts) -> str | None:
    """The ACLED type ('Event type: Sub-event type') of an event, or None when no ACLED
    definition applies (statements, appeals, accusations)."""
    return next((label for label, rules in _rules_by_type().get(facts.type, ())
                 if any(r.holds(facts) for r in rules)), None)


@cache
def _rules_by_type() -> dict[str, tuple[tuple[str, tuple[Rule, ...]], ...]]:
    """PLOVER type -> (sub-event label, its rules for that type), in file order: an event is
    checked only against rules that can hold for its type."""
    by_type: dict[str, list[tuple[str, tuple[Rule, ...]]]] = {}
    for sub in load_acled():
        types = {t for r in sub.rules for t in r.sets.get("types", ())}
        for etype in types:
            rules = tuple(r for r in sub.rules if etype in r.sets.get("types", (etype,)))
            by_type.setdefault(etype, []).append((sub.label, rules))
    return {t: tuple(v) for t, v in by_type.items()}


def noun_happens(noun: Token) -> bool:
    """An event noun that is the subject of its clause, stands alone (a headline) or is what
    a staging verb carries out or people take part in ('launched a string of airstrikes',
    'staged a rally', 'joined the march', 'took part in a sit-in', 'went on a looting
    spree'), or the occasion of a harm ('two died in a crackdown')."""
    chain = [noun]
    while noun.dep_ == "conj" or (
        noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
    ) or (noun.dep_ in ("compound", "amod") and noun.head.lemma_.lower() in RUN_NOUNS):
        # 'a wave of protests', 'a campaign of torching', 'a looting spree'
        noun = noun.head if noun.dep_ in ("conj", "compound", "amod") else noun.head.head
        chain.append(noun)
    if any(c.dep_ == "prep" and c.lower_ == "by" for n in chain for c in n.children):
        return True  # 'an attack by rebel groups': a stated agent, even one not resolved
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT", "attr"):  # 'there were clashes'
        return True
    if any(c.dep_ == "relcl" and c.lemma_.lower() in OCCURRING for n in chain
           for c in n.children):
        return True  # 'during clashes that broke out': the relative clause says it happened
    return noun_staged(noun)


def noun_staged(noun: Token) -> bool:
    """An event noun that a staging verb carries out, that people take part in or go on
    ('staged a rally', 'took part in a sit-in', 'went on a rampage', 'took out a march'), or
    that a harm happened in ('killed in clashes')."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and harmed(verb):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and verb.lemma_.lower() == "go":
        return True  # 'went on strike', 'went on a rampage'
    if noun.dep_ == "dobj" and verb.lemma_.lower() == "take" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return True  # 'took out a rally' (South Asian English: held a procession)
    staging = _acled_file()[2]
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":  # 'took part in a march'
        verb = noun.head.head
        if verb.lemma_.lower() == "part":  # 'in' hangs from 'part' or from 'took'
            verb = verb.head
        if verb.lemma_.lower() == "take":
            return any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        return verb.lemma_.lower() in staging
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in staging


def harmed(verb: Token) -> bool:
    """A verb that tells of people dying or hurt, with no one named doing it ('two died',
    'five were killed')."""
    lemma = verb.lemma_.lower()
    return lemma in DYING or (lemma in HARMED and any(c.dep_ == "auxpass" for c in verb.children)
                              and not any(c.dep_ == "agent" for c in verb.children))


@cache
def _by_label() -> dict[str, SubEvent]:
    return {s.label: s for s in load_acled()}


def sub_event(label: str | None) -> SubEvent | None:
    """The sub-event of an ``acled_type`` value."""
    return _by_label().get(label or "")


def main_event(events: Iterable[Event]) -> Event | None:
    """The event a short report is about, for one label per snippet: of the events that
    happened and have an ACLED type, one of the earliest sentence (news puts the main event
    first), a specific sub-event before a fallback one, then the first in the text."""
    fallback = {s.label: s.fallback for s in load_acled()}
    typed = [e for e in events if e.acled_type in fallback and e.factuality in HAPPENED]
    if not typed:
        return None
    return min(typed, key=lambda e: (e.evidence.start, fallback[e.acled_type or ""],
                                     e.trigger_start or 0))
