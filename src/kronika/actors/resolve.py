"""Group a document's actor candidates into canonical actors, at the document's date."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from kronika.actors.candidates import Candidate
from kronika.actors.detect import (
    NAMED_BODY_NOUNS,
    NON_STATE_ARMED,
    agent_of,
    apposed_name_candidates,
    branch_countries,
    demonym_candidate,
    demonym_phrases,
    described_sector,
    group_candidates,
    group_name,
    half_candidates,
    kb_candidates,
    locative_candidates,
    modifier_text,
    ner_candidates,
    outside_credit_lines,
    region_list_candidates,
    speaker_nouns,
    surname_candidates,
)
from kronika.actors.knowledge import ActorEntry, KnowledgeBase, names_a_state
from kronika.actors.titles import head_of_candidates, office_candidates
from kronika.events.frames import frames
from kronika.lexicon import read_csv
from kronika.nlp import doc_text, lower_texts, sentence_index, token_texts
from kronika.nlp.segments import datelines
from kronika.places.gazetteer import Gazetteer
from kronika.places.resolve import place_name, resolve_place
from kronika.records import Actor, Mention, Place, content_id

ORIGIN_RANK = {
    "kb": 0,
    "title": 1,
    "epithet": 1,
    "ner": 2,
    "collective": 3,
    "sector": 3,
    "demonym": 4,
}
NAME_FIRST = {
    "kb": 0,
    "ner": 0,
    "title": 1,
    "epithet": 1,
    "collective": 2,
    "sector": 2,
    "demonym": 3,
}
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person"}
POSSESSIVES = {"his", "her"}
# Last words of a modifier that tells a group's ties ('al-Qaeda-linked', 'Iran-backed').
TIE_WORDS = frozenset({"linked", "aligned", "affiliated", "allied", "backed", "based",
                       "inspired", "led", "funded", "supported"})
# Modifiers that tell a group's kind ('the militant group').
ARMED_KIND_WORDS = frozenset({"militant", "armed", "jihadist", "islamist", "extremist",
                              "insurgent", "rebel", "separatist", "terrorist", "paramilitary"})
# Head nouns of a state body's name that say nothing of its state ('Interior Ministry').
OFFICE_BODY_NOUNS = frozenset({"ministry", "department"})
# Names of a state's legislature or cabinet that are its common noun ('Congress', 'the Senate'):
# whose they are, a dateline tells (a setting guessed from a demonym is too weak for them).
LEGISLATURE_NAMES = frozenset({"congress", "parliament", "senate", "legislature", "cabinet"})
# First-person words of a quotation, and whether they name the speaker alone or their side.
FIRST_PERSON = {"i": "singular", "me": "singular", "my": "singular", "we": "plural",
                "us": "plural", "our": "plural"}
# Pronouns of non-persons: "it"/"its" a body or country, "they"/"their" a plural group.
THING_PRONOUNS = {"it": "singular", "its": "singular", "they": "plural", "their": "plural"}
# "it" as the subject of these verbs is usually expletive ("it is unclear whether ...").
EXPLETIVE_HEADS = {"be", "seem", "appear", "remain", "become", "take", "rain"}
# Nouns that, after "the", stand for a country the text has named ("the country's army").
COUNTRY_NOUNS = {"country", "nation"}
# 'the rebels', 'the militants', 'the separatists' after one named group of any of the
# NON_STATE_ARMED sectors is that group (texts vary the word, CAMEO the sector).
# Nouns that stand for the organisation just named: 'Hamas ... the group said'.
# Sectors of a state's institutions: one country has one government, one army, one police.
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization"})
# Sectors of a group whose own bodies ('its soldiers', 'their forces') are its country's.
OWNING_SECTORS = STATE_BODIES | {"CVL"}
# Parties and movements, whose own people named through a pronoun are coded as the party
# ('the party said two of its workers were killed').
PARTY_SECTORS = frozenset({"PTY", "OPP"})
PARTY_PEOPLE = frozenset({"worker", "member", "activist", "supporter", "candidate",
                          "lawmaker", "legislator", "volunteer", "cadre"})  # lemmas
# Nouns for the men an armed leader commands ('his men', 'her fighters'): the leader's band.
FOLLOWER_NOUNS = frozenset({"man", "men", "fighter", "gunman", "follower", "loyalist",
                            "militiaman", "foot soldier"})  # lemmas
# How far back (in sentences) 'the group' looks for the organisation it stands for.
GROUP_NOUN_REACH = 2
# Verbs by which a state puts its own forces to use, and the sectors of those forces.
COMMAND_VERBS = frozenset({"order", "deploy", "send", "dispatch", "mobilize", "mobilise",
                           "instruct", "command", "put", "place", "withdraw", "recall"})
COMMANDED_SECTORS = frozenset({"MIL", "COP", "SPY"})


@lru_cache(maxsize=1)
def sector_labels() -> dict[str, str]:
    """CAMEO sector code -> readable label."""
    return {r["sector"]: r["label"] for r in read_csv("sectors_names.csv", ("sector", "label"))}


# Participles that give a person's other name: 'known as X', 'nicknamed X', 'dubbed X'.
NICKNAME_VERBS = frozenset({"known", "nicknamed", "dubbed"})


@dataclass
class ActorBuild:
    """An actor being assembled from the candidates that refer to it."""

    key: tuple
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    office: str | None = None
    entry: ActorEntry | None = None
    speaker_kind: str | None = None
    mentions: list[Candidate] = field(default_factory=list)
    individual: str = ""  # the words of a generic actor that names one person ('Governor')

    @property
    def id(self) -> str:
        return key_id(self.key)


@lru_cache(maxsize=65536)
def key_id(key: tuple) -> str:
    """The stable id of an actor key (hashed once: an actor's id is asked for very often)."""
    return content_id(*(str(k) for k in key), length=12)


@dataclass
class ActorIndex:
    """A document's actors and places, and which tokens refer to which."""

    doc: Doc
    actors: dict[str, ActorBuild] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    token_place: dict[int, str] = field(default_factory=dict)
    # The gazetteer the places were resolved with, for later lookups of names the recognizer
    # mislabelled (the loaded, cached one: building it again costs seconds).
    gazetteer: Gazetteer | None = None

    def actor_of(self, token: Token) -> ActorBuild | None:
        """The actor that a token belongs to, if any."""
        return self.actor_at(token.i)

    def dateline_country(self) -> str | None:
        """The country of a place the recognizer found in a wire dateline ('ISLAMABAD —')."""
        spans = datelines(self.doc)
        for i, key in sorted(self.token_place.items()):
            place = self.places.get(key)
            if place is not None and place.country and any(
                    a <= self.doc[i].idx < b for a, b in spans):
                return place.country
        return None

    def actor_at(self, i: int) -> ActorBuild | None:
        """The actor that the token at index ``i`` belongs to, if any."""
        key = self.token_actor.get(i)
        return self.actors.get(key) if key else None

    def rebind(self, i: int, actor_id: str) -> None:
        """Make the one-word mention at token ``i`` (a pronoun) ``actor_id``'s: the claims
        layer follows a chain of speakers that the nearest-person rule does not see."""
        new, old = self.actors.get(actor_id), self.actor_at(i)
        if new is None or old is new:
            return
        if old is not None:
            moved = [c for c in old.mentions if (c.start, c.end) == (i, i + 1)]
            if not moved:
                return  # a word of a longer phrase ('his' of 'his office') stays put
            old.mentions = [c for c in old.mentions if c not in moved]
        new.mentions.append(Candidate(i, i + 1, "pronoun", kind=new.kind))
        self.token_actor[i] = actor_id

    def add_author(self, author: str) -> str | None:
        """The actor of a byline's author ('By Anna Lindqvist'), made from the first place
        the text gives the name, when it does; the id of the actor already there if one is."""
        at = doc_text(self.doc).find(author)
        span = self.doc.char_span(at, at + len(author)) if at >= 0 else None
        if span is None:
            return None
        found = {self.token_actor.get(t.i) for t in span} - {None}
        if found:
            return next(iter(found)) if len(found) == 1 else None
        build = ActorBuild(("author", author.lower()), author, "person")
        build.mentions.append(Candidate(span.start, span.end, "ner", kind="person", name=author))
        self.actors[build.id] = build
        for i in range(span.start, span.end):
            self.token_actor[i] = build.id
        return build.id

    def place_of(self, token: Token) -> Place | None:
        """The place that a token belongs to, if any."""
        key = self.token_place.get(token.i)
        return self.places.get(key) if key else None

    def records(self) -> tuple[Actor, ...]:
        """Frozen Actor records with their mentions in text order."""
        return tuple(to_record(self.doc, b) for b in self.actors.values() if b.mentions)


def to_record(doc: Doc, build: ActorBuild) -> Actor:
    """Freeze an ActorBuild into the record contract."""
    mentions = sorted({mention_of(doc, c) for c in build.mentions}, key=lambda m: m.start)
    return Actor(
        id=build.id,
        name=build.individual or build.name,
        kind="person" if build.individual else build.kind,
        country=build.country,
        sector=build.sector,
        code=build.code,
        role=build.role,
        mentions=tuple(mentions),
    )


def mention_of(doc: Doc, cand: Candidate) -> Mention:
    """The Mention record of a candidate span."""
    span = doc[cand.start : cand.end]
    sents = sentence_index(doc)
    start, end = span.start_char, span.end_char
    # sliced from the cached text: Span.text builds a Token per word
    return Mention(text=doc_text(doc)[start:end], start=start, end=end, sentence=sents[cand.start])


def select(cands: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, the knowledge base winning ties."""
    chosen: list[Candidate] = []
    taken: set[int] = set()
    ranked = sorted(
        cands, key=lambda c: (-(c.end - c.start), ORIGIN_RANK.get(c.origin, 9), c.start)
    )
    for cand in ranked:
        span = set(range(cand.start, cand.end))
        if span & taken:
            continue
        chosen.append(cand)
        taken |= span
    return sorted(chosen, key=lambda c: c.start)


def token_map(cands: Iterable[Candidate]) -> dict[int, Candidate]:
    """Token index -> the candidate covering it."""
    return {i: c for c in cands for i in range(c.start, c.end)}


# People whose nationality is usually not the country they are in: a demonym on them names
# where they come from ('two German tourists were kidnapped'), not where the story is set.
# Nouns of a line two countries share: a demonym on one sets the text in neither.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def border_modifier(token: Token) -> bool:
    """A country's word set on a border noun ('the Ugandan border', 'the Venezuela border')."""
    return token.dep_ in ("amod", "compound", "nmod") and token.head.lemma_.lower() in BORDER_NOUNS
# Entity types of a modifier that names whose a generic body is ('Syrian soldiers').
OWNER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})
# Bodies a state has one of: several of them ('both governments', 'some governments') are
# several states' unless a word ranks them below the state ('provincial governments').
ONE_PER_STATE = frozenset({"government", "regime", "administration", "army", "navy",
                           "military", "parliament", "legislature", "cabinet"})
SUBNATIONAL_WORDS = frozenset({"local", "provincial", "regional", "state", "municipal",
                               "city", "county", "district", "federal", "tribal"})
# People who are visitors where a story is set: whose citizens they are, the place does not tell.
VISITOR_NOUNS = frozenset({"tourist", "foreigner", "expatriate", "expat", "visitor"})
# Modifiers that place a group outside the country a text is set in.
FOREIGN_WORDS = frozenset({"foreign", "overseas", "external"})
FOREIGNER_NOUNS = frozenset({
    "hostage", "hostages", "captive", "captives", "tourist", "tourists", "expatriate",
    "expatriates", "expat", "expats", "foreigner", "foreigners", "abductee", "abductees",
    # a state's envoys serve abroad: 'expelled the French ambassador' is set in no France
    "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "embassy",
    "embassies", "consul", "consuls", "consulate", "attache", "attaché", "chargé",
})


class Resolver:
    """Turns the candidates of one document into ActorIndex clusters."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, on: date | None,
                 gaz: Gazetteer | None = None) -> None:
        self.doc, self.kb, self.on, self.gaz = doc, kb, on, gaz
        self.index = ActorIndex(doc)
        self.learned_roles: dict[tuple[str, str | None], str] = {}

    def add(self, cand: Candidate) -> None:
        """Attach a candidate to its actor and its place."""
        if cand.place is not None:
            self.add_place(cand)
        if not cand.is_actor:
            return
        build = self.actor_for(cand)
        if build is None:
            return
        build.mentions.append(cand)
        for i in range(cand.start, cand.end):
            self.index.token_actor.setdefault(i, build.id)

    def add_place(self, cand: Candidate) -> None:
        place = cand.place
        key = f"{place.name}|{place.country}"
        old = self.index.places.get(key)
        mention = mention_of(self.doc, cand)
        mentions = (old.mentions if old else ()) + (mention,)
        name = old.name if old else place_name(place, mention.text)
        self.index.places[key] = Place(name, place.country, place.lat, place.lon, mentions)
        for i in range(cand.start, cand.end):
            self.index.token_place[i] = key

    def actor_for(self, cand: Candidate) -> ActorBuild | None:
        """Find or create the actor a candidate refers to. A role the article itself gives
        ("Kenyan President X ... the Kenyan president") wins over the knowledge base."""
        if cand.origin in ("title", "epithet") and (
                titled := self.titled_person_after(cand)) is not None:
            return titled  # 'Libyan leader Moammar Gadhafi' is no office holder of today
        learned = self.learned_roles.get((cand.office, cand.country))
        if cand.origin in ("title", "epithet") and learned and learned in self.index.actors:
            return self.index.actors[learned]
        if cand.entry is not None:
            return self.from_entry(cand.entry, cand)
        if cand.origin in ("title", "epithet"):
            return self.from_office(cand)
        if cand.kind == "person":
            return self.from_person_name(cand)
        if cand.origin == "collective":
            return self.get_or_make(
                ("group", cand.name.lower()),
                cand.name,
                "group",
                cand.country,
                cand.sector,
                speaker_kind=cand.speaker_kind,
            )
        if cand.origin == "sector":
            return self.from_sector(cand)
        if cand.kind == "country" and cand.country:
            entry = self.kb.lookup(self.kb.country_name(cand.country) or "")
            if entry is not None:
                return self.from_entry(entry, cand)
        name = cand.name or self.doc[cand.start : cand.end].text
        return self.party_named(name) or self.get_or_make(
            (cand.kind, name.lower()), name, cand.kind, cand.country, cand.sector
        )

    def party_named(self, name: str) -> ActorBuild | None:
        """The party already named with or without the word 'party' ('the ruling Georgian
        Dream party', then 'Georgian Dream')."""
        base = party_base(name)
        for build in self.index.actors.values():
            if build.kind in ("organization", "group") and build.name and (
                    party_base(build.name) == base) and (
                    build.sector == "PTY" or base != name.lower()):
                return build
        return None

    def get_or_make(
        self, key: tuple, name: str, kind: str, country: str | None, sector: str | None, **extra
    ) -> ActorBuild:
        for build in self.index.actors.values():
            if build.key == key:
                return build
        code = country if country and len(country) > 3 else (country or "") + (sector or "") or None
        build = ActorBuild(key, name, kind, country, sector, code, **extra)
        self.index.actors[build.id] = build
        return build

    def from_entry(self, entry: ActorEntry, cand: Candidate) -> ActorBuild:
        build = self.get_or_make(
            ("kb", entry.name), entry.name, entry.kind, entry.country, entry.sector
        )
        if build.entry is None:
            build.entry = entry
            self.apply_roles(build, entry)
            if entry.kind == "person":
                self.adopt_surname(build, entry)
        if cand.sector == "ELI" and build.kind == "person" and not self.kb.roles_of(entry, self.on):
            # 'former president X' who holds no office at the date: an elite, as CAMEO codes
            build.sector = "ELI"
            build.code = (build.country or "") + "ELI"
        if cand.office and build.office is None:
            self.learn_role(build, cand.office, cand.country)
        return build

    def adopt_surname(self, build: ActorBuild, entry: ActorEntry) -> None:
        """'Khan supporters' in a headline, then 'Imran Khan': a surname the text used alone
        before the known person's full name is that person."""
        surname = entry.name.split()[-1]
        for other in list(self.index.actors.values()):
            if (other is not build and other.kind == "person" and other.entry is None
                    and other.name == surname):
                self.move_mentions(other, build)
                del self.index.actors[other.id]  # a later 'Khan' finds the full name

    def apply_roles(self, build: ActorBuild, entry: ActorEntry) -> None:
        """Country, sector, code and role from the entry's offices held at the document date."""
        roles = self.kb.roles_of(entry, self.on)
        if roles:
            role = roles[0]
            office = self.kb.office(role.office)
            build.office = role.office
            body = role.country if role.country and len(role.country) > 3 else None
            build.country = "IGO" if body else (role.country or entry.country)
            build.sector = "IGO" if body else office.sector if office else (entry.sector or "GOV")
            build.role = self.role_text(role.office, role.country)
            if body:
                build.code = body
                return
        elif entry.roles and entry.kind == "person" and not entry.sector:
            build.sector = "ELI"  # a former office holder: CAMEO codes them as elites
        build.code = (
            entry.code
            if entry.code and not roles
            else (build.country or "") + (build.sector or "") or entry.code
        )

    def role_text(self, office: str, country: str | None) -> str:
        """'President of Russia'."""
        title = office.replace("_", " ").title() if not office.startswith("phoenix:") else office
        where = self.kb.country_name(country) if country else None
        return f"{title} of {where}" if where else title

    def learn_role(self, build: ActorBuild, office: str, country: str | None) -> None:
        build.office = office
        build.country = build.country or country
        if build.sector is None:
            off = self.kb.office(office)
            build.sector = off.sector if off else "GOV"
        build.role = build.role or self.role_text(office, build.country)
        if build.entry is None or not build.code:
            # A name the knowledge base lacks takes its code from the role the text taught.
            build.code = (build.country or "") + (build.sector or "") or None
        self.learned_roles[(office, build.country)] = build.id

    def from_office(self, cand: Candidate) -> ActorBuild | None:
        named = self.apposed_person(cand) if cand.origin == "title" else None
        if named is not None:
            # 'Tomas Varga, the foreign minister, said': the title is his, whoever else
            # holds such an office; it tells his sector (and country, where it names one)
            self.describe(named, cand)
            return named
        learned = self.learned_roles.get((cand.office, cand.country))
        if learned:
            return self.index.actors[learned]
        salient = self.salient_person(cand.country, cand.office, cand.start)
        if salient is not None:
            return salient
        if cand.country is None:
            return self.countryless_holder(cand)
        # an epithet whose holder the date does not settle ('the Kremlin chief', undated)
        office = cand.office or "leader"
        name = self.role_text(office, cand.country)
        build = self.get_or_make(
            ("office", office, cand.country),
            name,
            "person",
            cand.country,
            cand.sector or "GOV",
            office=cand.office,
        )
        build.role = name
        return build

    def countryless_holder(self, cand: Candidate) -> ActorBuild | None:
        """'a rebel leader', 'a militia commander': the holder of a non-state office the text
        does not place, named by the phrase (the document's framing country may place it
        later); a bare state title ('the president') stays unresolved, as it may be anyone's."""
        if cand.office is None or (cand.sector or "GOV") == "GOV":
            return None
        words = self.doc[cand.start : cand.end].text
        return self.get_or_make(
            ("office", cand.office, None),
            words[:1].upper() + words[1:],
            "person",
            None,
            cand.sector,
            office=cand.office,
        )

    def salient_person(
        self, country: str | None, office: str | None, before: int
    ) -> ActorBuild | None:
        """The person with this country and office mentioned most recently before a token."""
        best, best_at = None, -1
        for build in self.index.actors.values():
            if build.kind != "person" or (country and build.country != country):
                continue
            if office and build.office != office:
                continue
            last = max((m.start for m in build.mentions if m.start < before), default=-1)
            if last > best_at:
                best, best_at = build, last
        return best

    def from_person_name(self, cand: Candidate) -> ActorBuild:
        name = cand.name or self.doc[cand.start : cand.end].text
        party = self.party_named(name)
        if party is not None:
            return party  # 'Georgian Dream' tagged a person after 'the Georgian Dream party'
        words = name.split()
        for build in self.index.actors.values():
            if build.kind != "person" or not build.name:
                continue
            other = build.name.split()
            if words[-1] == other[-1] or (len(words) == 1 and words[0] in other) or (
                    len(words) == 1 and words[0] in self.written_surnames(build)):
                if cand.office and build.office is None:
                    self.learn_role(build, cand.office, cand.country)
                if len(words) > len(other) and build.entry is None:
                    build.name = name  # 'Morales' in a headline, then 'Evo Morales'
                return build
        build = self.get_or_make(
            ("person", name.lower()), name, "person", cand.country, cand.sector
        )
        if cand.office:
            self.learn_role(build, cand.office, cand.country)
        return build

    def written_surnames(self, build: ActorBuild) -> set[str]:
        """The last words of the names the text wrote for a known person: the knowledge
        base's spelling may differ ('Abbas Araqchi' in the text is 'Abbas Araghchi' there),
        and a later 'Araqchi' is still he."""
        if build.entry is None:
            return set()
        return {self.doc[m.end - 1].text for m in build.mentions
                if m.end - m.start > 1 and self.doc[m.end - 1].pos_ == "PROPN"}

    def from_sector(self, cand: Candidate) -> ActorBuild:
        label = sector_labels().get(cand.sector or "", (cand.sector or "").lower())
        where = self.kb.country_name(cand.country) if cand.country else None
        noun = cand.name if cand.origin == "sector" else ""
        if noun:  # people named by their own noun: "a man" and "a woman" stay apart
            label = noun
        if cand.country and self.kb.is_region(cand.country):
            # 'Western governments'
            where, label = None, self.doc[cand.start : self.head_of(cand).i + 1].text
        name = f"{where} {label}" if where else label[:1].upper() + label[1:]
        key = ("sector", cand.country, cand.sector) + ((noun.lower(),) if noun else ())
        return self.get_or_make(key, name, "group", cand.country, cand.sector)

    def merge_appositions(self) -> None:
        """'the most pro-Russian politician in Europe, Viktor Orban': a description in
        apposition to a named person is a mention of that person, not a group."""
        for build in list(self.index.actors.values()):
            # a countryless office ('the army chief, Shavendra Silva') is described too
            countryless_office = build.key[0] == "office" and build.country is None
            if build.kind != "group" and not countryless_office or build.entry is not None:
                continue
            for cand in list(build.mentions):
                person = self.apposed_person(cand)
                if person is None or person is build:
                    continue
                self.move_mention(build, cand, person)
                self.describe(person, cand)

    def merge_named_descriptions(self) -> None:
        """'the militant group Hamas', 'the peacekeeping force KFOR': a generic noun right
        before a body's name describes that body; the parser often makes the generic noun
        the subject, so without this the act is the generic group's."""
        for build in list(self.index.actors.values()):
            if build.entry is not None or build.kind == "country":
                continue
            for cand in list(build.mentions):
                person = self.titled_person_after(cand)
                if person is not None and person is not build:
                    # 'North Korean leader Kim Jong Un': the title is his
                    self.move_mention(build, cand, person)
                    continue
                named = self.named_right_after(cand)
                if named is not None and named is not build:
                    self.move_mention(build, cand, named)
                    if named.entry is None and named.code is None and build.sector:
                        # 'militant group Lashkar-e-Taiba': the description tells what it is
                        named.country, named.sector = named.country or build.country, build.sector
                        named.code = (named.country or "") + build.sector

    def titled_person_after(self, cand: Candidate) -> ActorBuild | None:
        """The person whose name starts right after a description ending in a title noun
        that modifies the name ('North Korean leader Kim Jong Un'), if any."""
        if cand.end >= len(self.doc):
            return None
        last = self.doc[cand.end - 1]
        person = self.index.actor_at(cand.end)
        if person is None or person.kind != "person" or last.dep_ != "compound" \
                or not cand.end <= last.head.i or last.pos_ != "NOUN":
            return None
        return person if any(m.start <= last.head.i < m.end for m in person.mentions) else None

    def named_right_after(self, cand: Candidate) -> ActorBuild | None:
        """The named body whose mention starts right after a description ending in a
        body noun, if any."""
        if cand.end >= len(self.doc) or self.doc[cand.end - 1].lower_ not in NAMED_BODY_NOUNS:
            return None
        named = self.index.actor_at(cand.end)
        if named is None or named.kind not in ("group", "organization"):
            return None
        if named.entry is None and not (named.kind == "organization" and named.code is None):
            return None  # an unknown name is described only when nothing else codes it
        return named

    def merge_nicknames(self) -> None:
        """'Jimmy Cherizier, known as Barbecue': a name a person is known by is that person
        wherever the text uses it, not a body of its own; where only the nickname is known
        ('Mohamed Dagalo, known as Hemedti'), the full name is the known person's."""
        for build in list(self.index.actors.values()):
            if build.kind == "country":
                continue
            person = next((p for c in build.mentions if (p := self.nicknamed(c)) is not None
                           and p is not build), None)
            if person is None or person.entry is not None and build.entry is not None:
                continue
            if person.entry is None and build.entry is not None:
                self.move_mentions(person, build)  # the nickname is the known name
            else:
                self.move_mentions(build, person)

    def merge_abbreviations(self) -> None:
        """'the Movement for Democratic Change (MDC)': an abbreviation the text introduces in
        brackets after a name is that name's body wherever the text uses it, not a body of
        its own."""
        for paren, abbr, must_spell in introduced_abbreviations(self.doc):
            named = self.named_before(paren, abbr, must_spell)
            if named is None:
                continue
            for build in list(self.index.actors.values()):
                if build is not named and build.entry is None and build.name == abbr:
                    self.move_mentions(build, named)

    def named_before(self, paren: int, abbr: str, must_spell: bool = True
                     ) -> ActorBuild | None:
        """The body named right before a bracket, whose capitalised words' initials spell
        the abbreviation in it ('Pakistan Tehreek-e-Insaf (PTI)')."""
        start = paren
        while start > 0 and (self.doc[start - 1].is_title or self.doc[start - 1].text in "-&"
                             or self.doc[start - 1].lower_ in NAME_JOINERS):
            start -= 1
        while start < paren and self.doc[start].lower_ in NAME_JOINERS:
            start += 1  # 'The' opening a sentence is no word of the name
        build = self.index.actor_at(start) or self.index.actor_at(paren - 1)
        if build is None or build.kind not in ("organization", "group"):
            return None
        initials = "".join(t.text[0] for t in self.doc[start:paren] if t.is_title)
        return build if spells(abbr, initials) or not must_spell else None

    def nicknamed(self, cand: Candidate) -> ActorBuild | None:
        """The person whose nickname a mention is: the object of 'known as', 'nicknamed'
        or 'dubbed' in a phrase that describes the person's name."""
        root = self.doc[cand.start : cand.end].root
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        if verb.lower_ not in NICKNAME_VERBS or verb.dep_ not in ("acl", "appos", "relcl"):
            return None
        if verb.lower_ == "known" and root.head.lower_ != "as":
            return None
        person = self.index.actor_of(verb.head)
        return person if person is not None and person.kind == "person" else None

    def describe_by_titles(self) -> None:
        """'ELN commander Pablo Beltran', 'Colombian commander X': a role noun written before
        an unknown person's name gives the person the country and sector of what modifies it,
        a named group's own ('a commander of the ELN is coded as the ELN') or a country's with
        the role's sector."""
        for build in list(self.index.actors.values()):
            if build.kind != "person" or build.country is not None or build.entry is not None:
                continue
            for cand in build.mentions:
                described = self.title_description(cand) or self.group_before_title(cand)
                if described is not None:
                    build.country, build.sector, build.code = described
                    break

    def group_before_title(self, cand: Candidate
                           ) -> tuple[str | None, str | None, str | None] | None:
        """'Hamas spokesman Abu Obeida': a mention that opens with its title, right after a
        named group's or body's name, is that body's person, coded as the body (the title's
        own sector, GOV for a spokesman, is a state's)."""
        if cand.start == 0 or not self.kb.office_key(self.doc[cand.start].text):
            return None
        owner = self.index.actor_at(cand.start - 1)
        if (owner is None or owner.kind not in ("group", "organization") or owner.entry is None
                or not owner.code):
            return None
        return owner.country, owner.sector, owner.code

    def title_description(self, cand: Candidate
                          ) -> tuple[str | None, str | None, str | None] | None:
        """(country, sector, code) told by the role noun just before a person's name."""
        doc = self.doc
        if cand.start < 1:
            return None
        title = doc[cand.start - 1]
        name_head = doc[cand.start : cand.end].root
        if not (cand.start <= title.head.i < cand.end or name_head.head.i == title.i):
            return None  # the noun before the name is no title of it
        agent = agent_of(title, self.kb)
        # 'Senator X' opening a sentence: a title with nothing before it
        modifier = doc[cand.start - 2] if cand.start >= 2 else title
        if agent is None and title.lemma_.lower() not in speaker_nouns():
            return None
        # 'Hezbollah commander' may itself be a mention of the group ('Hezbollah')
        owner = self.index.actors.get(self.index.token_actor.get(title.i, ""))
        if owner is None or owner.kind not in ("group", "organization") or owner.entry is None:
            owner = self.index.actors.get(self.index.token_actor.get(modifier.i, ""))
        if owner is not None and owner.kind in ("group", "organization") and owner.country:
            return owner.country, owner.sector, owner.code
        code = self.kb.demonym(modifier_text(modifier)) or self.kb.demonym(modifier.text)
        if owner is not None and owner.kind == "country" and owner.country:
            code = owner.country
        place = self.index.place_of(modifier)
        if code is None and place is not None and names_a_state(place.country):
            code = place.country  # 'Texas Governor X', 'Lviv Mayor X': an office in the state
        if agent is None:
            return None
        if code is None:
            # 'Opposition leader X': a title of several words tells the side, not the country;
            # so does a title of a state body's member ('Senator X', 'Judge X')
            tells = " " in agent.term or (agent.person and agent.sector in STATE_BODIES)
            return (None, agent.sector, agent.sector) if tells and agent.sector else None
        return code, agent.sector, code + agent.sector

    @staticmethod
    def describe(person: ActorBuild, cand: Candidate) -> None:
        """'the Kenyan army commander, Ali Hassan': a description in apposition tells the
        country and sector the person's name alone does not."""
        if person.country is not None or person.entry is not None:
            return
        if not names_a_state(cand.country):
            if cand.sector and person.sector is None:  # 'the opposition leader, X': the side
                person.sector = person.code = cand.sector
            return
        person.country = cand.country
        person.sector = person.sector or cand.sector
        person.code = cand.country + (person.sector or "")

    def apposed_person(self, cand: Candidate) -> ActorBuild | None:
        """The person a singular description stands in apposition to, by the parse or by the
        pattern 'description, Name' closed by punctuation."""
        doc = self.doc
        head = self.head_of(cand)
        if head.tag_ != "NN" or head.dep_ == "compound":
            return None  # 'the military council spokesman, X': the council is no one person
        linked = [c for c in head.children if c.dep_ == "appos"]
        linked += [head.head] if head.dep_ == "appos" else []
        after = phrase_end(head)
        if after + 1 < len(doc) and doc[after].text == "," and doc[after].sent == head.sent:
            linked.append(doc[after + 1])
        for token in linked:
            person = self.index.actor_of(token)
            if (
                person is None
                or person.kind != "person"
                or person.entry is None
                and not person.name
            ):
                continue
            if token.i == after + 1 and not self.closes_phrase(person, token.i):
                continue
            return person
        return None

    def closes_phrase(self, person: ActorBuild, start: int) -> bool:
        """Whether the person's mention starting at ``start`` ends at punctuation or the end of
        the sentence (so 'the envoy, Ali Hassan and ...' is a list, not an apposition)."""
        for mention in person.mentions:
            if mention.start == start:
                end = mention.end
                return end >= len(self.doc) or (
                    self.doc[end].is_punct and self.doc[end].text != "-"
                )
        return False

    def resolve_armed_descriptions(self) -> None:
        """'the rebels', 'the militants', 'the insurgents': a bare definite noun for a
        non-state armed group, once the text has named exactly one such group before it,
        is that group ('the ELN ... the rebels agreed'); two named groups leave it generic."""
        for build in list(self.index.actors.values()):
            if (build.key[0] not in ("sector", "group") or build.entry is not None
                    or build.sector not in NON_STATE_ARMED or not build.mentions
                    or not all(self.bare_definite(c) or self.described_definite(c)
                               for c in build.mentions)):
                continue
            first = min(c.start for c in build.mentions)
            named = [b for b in self.index.actors.values()
                     if b.entry is not None and b.sector in NON_STATE_ARMED and b is not build
                     and any(m.start < first for m in b.mentions)]
            if len(named) == 1:
                self.move_mentions(build, named[0])

    def resolve_epithet_descriptions(self) -> None:
        """'the paramilitary force' after 'the paramilitary Rapid Support Forces': a definite
        description whose adjectives were said of exactly one named actor before it is that
        actor ('the separatist group', 'the Islamist movement'); two such actors, or none,
        leave it as it is."""
        named = [b for b in self.index.actors.values() if b.entry is not None]
        for build in list(self.index.actors.values()):
            if build.key[0] != "sector" or build.entry is not None or build.country is not None:
                continue  # 'the Russian army' is told by its country, not by an epithet
            for cand in list(build.mentions):
                words = self.epithets(cand)
                if not words:
                    continue
                found = {b.id: b for b in named if b is not build and any(
                    m.start < cand.start and words <= self.said_before(m) for m in b.mentions)}
                if len(found) == 1:
                    self.move_mention(build, cand, next(iter(found.values())))

    def epithets(self, cand: Candidate) -> frozenset[str]:
        """The adjectives of a 'the ADJ ... NOUN' mention ('paramilitary' of 'the
        paramilitary force'); none when the mention has any other kind of word before its
        noun."""
        if cand.start == 0 or self.doc[cand.start - 1].lower_ != "the" or cand.end - cand.start < 2:
            return frozenset()
        before = self.doc[cand.start : cand.end - 1]
        if not all(epithet_word(t) for t in before):
            return frozenset()
        return frozenset(t.lower_ for t in before)

    def said_before(self, mention: Candidate) -> frozenset[str]:
        """The describing words of a named mention and right before it, up to its article
        ('the paramilitary Rapid Support Forces', 'the Islamist al-Shabaab militia')."""
        out = {t.lower_ for t in self.doc[mention.start : mention.end] if epithet_word(t)}
        for i in range(mention.start - 1, max(mention.start - 4, -1), -1):
            tok = self.doc[i]
            if not (epithet_word(tok) or (tok.pos_ == "ADJ" and tok.is_alpha)):
                break  # an adjective before a name is its epithet, however it is attached
            out.add(tok.lower_)
        return frozenset(out)

    def move_mention(self, build: ActorBuild, cand: Candidate, target: ActorBuild) -> None:
        """One mention of ``build`` becomes a mention of ``target``."""
        build.mentions.remove(cand)
        target.mentions.append(cand)
        for i in range(cand.start, cand.end):
            self.index.token_actor[i] = target.id

    def move_mentions(self, build: ActorBuild, target: ActorBuild) -> None:
        """Every mention of ``build`` becomes a mention of ``target``."""
        for cand in list(build.mentions):
            self.move_mention(build, cand, target)

    def resolve_group_nouns(self) -> None:
        """'the group', 'the movement' standing alone as a party: the one organisation or
        armed group the text named in its sentence or the two before ('Hamas said ...; the
        group denied'); none or two of them leave it unresolved."""
        text = doc_text(self.doc).lower()
        if not any(f" {noun}" in text for noun in GROUP_NOUNS):
            return
        sents = sentence_index(self.doc)
        for i, word in enumerate(lower_texts(self.doc)):
            if word not in GROUP_NOUNS:
                continue  # a Token is built only for a group noun
            tok = self.doc[i]
            if self.group_noun(tok):
                found = self.nearest_named_group(tok, sents)
            elif self.tied_group_noun(tok):
                # 'the al-Qaeda-linked group': an armed group named before the words that
                # describe it
                found = self.nearest_named_group(tok, sents, before=tok.left_edge.i,
                                                 armed=True)
            else:
                continue
            if found is not None:
                self.add_description(tok, found)

    def tied_group_noun(self, tok: Token) -> bool:
        """'the group' with words of its ties or kind before it ('the al-Qaeda-linked group',
        'the militant group'), standing as a party."""
        lefts = [c for c in tok.lefts]
        return (tok.i not in self.index.token_actor
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
                and bool(lefts) and lefts[0].lower_ == "the" and len(lefts) > 1
                and all(c.dep_ in ("amod", "compound") and describes_ties(c) for c in lefts[1:])
                and not any(c.dep_ in ("relcl", "acl") or self.member_phrase(c)
                            for c in tok.rights))

    def nearest_named_group(self, tok: Token, sents: list[int], before: int | None = None,
                            armed: bool = False) -> ActorBuild | None:
        """The organisation or armed group of the knowledge base that 'the group' stands for:
        the one named in the nearest sentence that names any (its own, then up to two
        before), or the one of those that is a subject there; else none. Names from
        ``before`` on (the group's own description) are not it; ``armed`` keeps to non-state
        armed groups, named ones, looked for back to the text's start (the words of ties
        tell which group well enough)."""
        reach = sents[tok.i] if armed else GROUP_NOUN_REACH
        for distance in range(reach + 1):
            found: dict[str, ActorBuild] = {}
            subjects: dict[str, ActorBuild] = {}
            for j in range((tok.i if before is None else before) - 1, -1, -1):
                if sents[tok.i] - sents[j] > distance:
                    break
                if sents[tok.i] - sents[j] < distance:
                    continue
                build = self.index.actor_at(j)
                if build is None or build.kind not in ("group", "organization") or (
                        (build.entry is None or armed)
                        and build.sector not in NON_STATE_ARMED | {"CRM"}) or (
                        armed and build.entry is None and build.key[0] != "organization"):
                    continue  # a known body, or an armed one the text described by name
                found[build.id] = build
                if self.doc[j].dep_ in ("nsubj", "nsubjpass"):
                    subjects[build.id] = build
            if len(found) == 1:
                return next(iter(found.values()))
            if found:
                return next(iter(subjects.values())) if len(subjects) == 1 else None
        return None

    def add_description(self, tok: Token, build: ActorBuild) -> None:
        """'the group', 'the country' (the article and the noun) as a mention of ``build``."""
        build.mentions.append(Candidate(tok.i - 1, tok.i + 1, "pronoun", kind=build.kind))
        for i in (tok.i - 1, tok.i):
            self.index.token_actor[i] = build.id

    def bare_description(self, tok: Token, nouns: Collection[str]) -> bool:
        """'the' and one of ``nouns``, not yet anyone's mention."""
        return (
            tok.lower_ in nouns
            and tok.i > 0
            and self.doc[tok.i - 1].lower_ == "the"
            and self.doc[tok.i - 1].head.i == tok.i
            and tok.i not in self.index.token_actor
        )

    def group_noun(self, tok: Token) -> bool:
        """'the group' as a subject, object or possessor, with no modifier of its own."""
        return (
            self.bare_description(tok, GROUP_NOUNS)
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
            and not any(c.dep_ in ("amod", "compound", "relcl", "acl") or self.member_phrase(c)
                        for c in tok.children)
        )

    @staticmethod
    def member_phrase(child: Token) -> bool:
        """'a group of protesters': an 'of' phrase naming members makes a group of its own
        ('accused the group of recruiting' is the accusation's, hung on the noun)."""
        return child.dep_ == "prep" and any(g.dep_ == "pobj" for g in child.children)

    def anchor_generic_nouns(self) -> None:
        """'the army said': a bare definite generic noun with no country of its own is the
        latest earlier body of the same sector that has one, else belongs to the document's
        only country; when the document has several countries it stays countryless."""
        for build in list(self.index.actors.values()):
            if build.key[0] == "group" and build.country is None and build.mentions:
                self.anchor_commanded(build)  # 'promised to send another 600 officers'
            if build.key[0] != "sector" or build.country is not None or not build.mentions:
                continue
            if all(self.several_states(self.head_of(c)) for c in build.mentions):
                continue  # 'both governments' are of no one state
            if self.anchor_commanded(build):
                continue
            if not all(self.bare_definite(c) for c in build.mentions):
                self.anchor_bare_mentions(build)
                self.anchor_spoken_bodies(build)
                self.anchor_to_dateline(build)
                continue
            first = min(c.start for c in build.mentions)
            if build.sector == "PTY" and (named := self.unknown_body_before(first)) is not None:
                # "banned Hasina's Awami League ... suspended the party's registration":
                # the unknown body just named is the party
                named.sector = "PTY"
                self.move_mentions(build, named)
                continue
            target = (self.earlier_same_noun(build, first)
                      or self.earlier_sector(build.sector, first))
            if target is None and build.sector in STATE_BODIES and (
                    country := self.speakers_state(build.mentions[0])) is not None:
                build.mentions[0].country = country
                target = self.from_sector(build.mentions[0])
            if target is None:
                countries = self.document_countries()
                if len(countries) != 1:
                    self.anchor_to_dateline(build)
                    continue
                cand = build.mentions[0]
                cand.country = next(iter(countries))
                target = self.from_sector(cand)
            if target is build:
                continue
            self.move_mentions(build, target)

    def anchor_spoken_bodies(self, build: ActorBuild) -> None:
        """Of a generic state body's mentions, a bare definite one in a state official's words
        is that state's ('... warned that the army would respond'), whatever other mentions
        the body has ('the two armies' commanders' later)."""
        if build.sector not in STATE_BODIES:
            return
        for cand in [c for c in build.mentions if self.bare_definite(c) and c.country is None]:
            if (country := self.speakers_state(cand)) is not None:
                cand.country = country
                target = self.from_sector(cand)
                if target is not build:
                    self.move_mention(build, cand, target)

    def speakers_state(self, cand: Candidate) -> str | None:
        """The state of the one who says the words a bare 'the army' is in: 'Thailand's
        prime minister warned that the army would respond' speaks of Thailand's army, whatever
        country the story was filed from."""
        tok = self.head_of(cand)
        while tok.head.i != tok.i:
            if tok.dep_ == "ccomp":
                verb = tok.head
                # 'said X but warned that the army ...': a joined verb shares the subject
                while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                    verb = verb.head
                for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                    speaker = self.index.actor_at(subj.i)
                    if speaker is not None and speaker.country in self.document_countries():
                        return speaker.country
                return None
            tok = tok.head
        return None

    def police_officers(self) -> None:
        """'Police said officers exchanged fire': a bare 'officers' right after the police
        are named, in the same or the sentence before, are police officers (COP), not the
        military's (the noun's own sector)."""
        sents = sentence_index(self.doc)
        police = [(sents[m.start], b) for b in self.index.actors.values()
                  if b.sector == "COP" for m in b.mentions]
        if not police:
            return
        for build in list(self.index.actors.values()):
            if build.key[0] not in ("sector", "group") or build.sector != "MIL":
                continue
            for cand in list(build.mentions):
                head = self.head_of(cand)
                if head.lemma_.lower() != "officer" or any(
                        c.dep_ in ("amod", "compound") for c in head.children):
                    continue
                here = sents[cand.start]
                near = [b for at, b in police if here - 1 <= at <= here and b is not build]
                if not near:
                    continue
                cand.sector = "COP"
                cand.country = cand.country or near[-1].country
                self.move_mention(build, cand, self.from_sector(cand))

    def anchor_to_dateline(self, build: ActorBuild) -> None:
        """'ISLAMABAD — ... the military said': in a story naming several countries, a bare
        'the military', 'the government' or 'soldiers' (owned by no one the text names) is
        the state the wire story was filed from, when the story names that state too."""
        if build.sector not in STATE_BODIES or build.country is not None:
            return
        country = self.dateline_country()
        if country is None or country not in self.document_countries():
            return
        for cand in [c for c in build.mentions if self.unowned(c)]:
            cand.country = country
            target = self.from_sector(cand)
            if target is not build:
                self.move_mention(build, cand, target)

    def unowned(self, cand: Candidate) -> bool:
        """A generic mention that names no owner of its own: 'the army', 'soldiers', 'state
        prosecutors' (not 'its soldiers', 'foreign troops' or 'rebel soldiers')."""
        if self.bare_definite(cand):
            return True
        head = self.head_of(cand)
        if self.several_states(head):
            return False
        return cand.country is None and not self.called_foreign(cand) and not any(
            c.dep_ == "poss" or c.ent_type_ in OWNER_ENTS or c.pos_ == "PROPN"
            or (c.dep_ in ("compound", "amod", "nmod") and self.non_state(c))
            for c in head.children)

    @staticmethod
    def several_states(head: Token) -> bool:
        """'urged both governments', 'some governments insist': bodies a state has one of,
        in the plural, are of several states, not of the one a story was filed from."""
        return (head.tag_ == "NNS" and head.lemma_.lower() in ONE_PER_STATE
                and not any(c.lower_ in SUBNATIONAL_WORDS for c in head.children))

    @staticmethod
    def named_party(build: ActorBuild) -> bool:
        """A party the knowledge base lacks, named as one ('the BJP party', 'Frelimo' of
        'the ruling Frelimo party'): a country's."""
        return (build.kind == "organization" and build.entry is None and build.sector == "PTY"
                and bool(build.name))

    def named_by_office(self, cand: Candidate) -> bool:
        """A body's name that is its office's common noun ('the Ministry of Defence', 'the
        Department of Foreign Affairs'): whose it is, the setting tells."""
        return self.doc[cand.start:cand.end].root.lemma_.lower() in OFFICE_BODY_NOUNS

    def named_government(self, cand: Candidate) -> bool:
        """A government's proper name made of its noun ('the Government of National Unity')."""
        span = self.doc[cand.start:cand.end]
        return len(span) > 2 and span[0].lower_ == "government" and span[1].lower_ == "of"

    def named_legislature(self, cand: Candidate) -> bool:
        """A legislature's or cabinet's name that is its common noun ('Congress')."""
        return self.doc[cand.start:cand.end].root.lemma_.lower() in LEGISLATURE_NAMES

    def described_body(self, cand: Candidate) -> bool:
        """Whether a name comes right after a lower-case word of a state's branch, which is
        what tells its sector ('paramilitary Rangers')."""
        return described_sector(self.doc[cand.start : cand.end], self.kb) in STATE_BODIES

    def non_state(self, modifier: Token) -> bool:
        """Whether a modifier names a non-state side ('rebel soldiers', 'militia fighters'),
        not a state's branch ('paramilitary Rangers', 'riot police')."""
        agent = self.kb.agent(modifier.lemma_.lower())
        return agent is not None and agent.sector not in STATE_BODIES

    def dateline_country(self) -> str | None:
        """The country of the place a wire dateline names ('ISLAMABAD —'), if any."""
        found = self.index.dateline_country()
        if found is not None:
            return found
        spans = datelines(self.doc)
        # a capitalised city the recognizer left untagged ('MEXICO CITY —')
        for a, b in spans[:1]:
            name = re.split(r"[,(—–-]", doc_text(self.doc)[a:b], maxsplit=1)[0].strip()
            place = resolve_place(name.title(), self.gaz) if name and self.gaz else None
            if place is not None and place.kind == "city" and names_a_state(place.country):
                return place.country
        return None

    def anchor_commanded(self, build: ActorBuild) -> bool:
        """Move a countryless force to the state that orders or sends it, if one does."""
        if build.sector not in COMMANDED_SECTORS:
            return False
        for cand in build.mentions:
            country = self.commander_country(cand)
            if country is not None:
                cand.country = country
                target = self.from_sector(cand)
                if target is not build:
                    self.move_mentions(build, target)
                return True
        for cand in list(build.mentions):
            # 'Salam said the army was ready': this mention only (a later 'the troops' in
            # another official's words may be another state's)
            country = self.reporter_country(cand) if self.bare_definite(cand) else None
            if country is not None:
                cand.country = country
                target = self.from_sector(cand)
                if target is not build:
                    self.move_mention(build, cand, target)
        return not build.mentions

    def reporter_country(self, cand: Candidate) -> str | None:
        """The state of the official who says what 'the army' or 'the police' does ('Prime
        Minister Salam said the army was ready to deploy'): a state speaks of its own forces."""
        head = self.head_of(cand)
        clause = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or (
                clause.head.pos_ not in ("VERB", "AUX")):
            return None
        return self.state_of(next((c for c in clause.head.children if c.dep_ == "nsubj"), None))

    def reporting_body(self, pronoun: Token) -> ActorBuild | None:
        """The speaker of the clause an 'it' or 'we' is the subject of ("the army said it had
        ordered units to the border": the army), when that speaker is a named body or state."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
            return None
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        owner = self.index.actor_of(speaker) if speaker is not None else None
        return owner if owner is not None and owner.kind != "person" else None

    def state_of(self, subject: Token | None) -> str | None:
        """The country of a subject that speaks or acts for a state (a country, its government
        or army, or an office holder), a 'he'/'she' read as the pronoun step would."""
        owner = self.index.actor_of(subject) if subject is not None else None
        if owner is None and subject is not None and subject.lower_ in PRONOUNS:
            owner = self.reporting_person(subject) or self.latest_person(
                subject, sentence_index(self.doc))
        elif owner is None and subject is not None and subject.lower_ in ("it", "we"):
            owner = self.reporting_body(subject)  # "North Korea's army said it had ordered"
        if owner is None or not names_a_state(owner.country) or self.kb.is_region(owner.country):
            return None
        statelike = owner.kind == "country" or owner.sector in ("GOV", "MIL") or (
            owner.kind == "person" and owner.office)
        return owner.country if statelike else None

    def commander_country(self, cand: Candidate) -> str | None:
        """The state whose leader or government orders or sends a bare 'the army' ('Serbia's
        president ordered the army to full readiness'): a state commands its own forces."""
        head = self.head_of(cand)
        while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # 'sending warships and fighter jets': both are sent
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in COMMAND_VERBS:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "xcomp":
            # 'the US has offered to send troops': the one who offers sends; 'urged Israel to
            # withdraw troops': the one urged
            subject = next(iter(asked_parties(verb.head)),
                           next((c for c in verb.head.children if c.dep_ == "nsubj"), None))
        elif subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # 'the military launched drills, sending warships': the participle's doer is
            # the clause's subject
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        elif subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # 'Peru closed its border and sent troops': conjoined verbs share the subject
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        # 'He put the army on alert': pronouns are bound later; state_of reads them now
        return self.state_of(subject)

    def earlier_same_noun(self, build: ActorBuild, before: int) -> ActorBuild | None:
        """The latest body with a country that an earlier mention named by the same noun:
        'the junta' after 'Mali's junta' (a repeated noun is the same body, whatever other
        governments the text named in between)."""
        lemmas = {self.head_lemma(c) for c in build.mentions}
        best, where = None, -1
        for other in self.index.actors.values():
            if other is build or other.kind == "person" or other.country is None \
                    or self.kb.is_region(other.country):
                continue
            for m in other.mentions:
                # 'the army' is no 'Arakan Army': a word of a name is no repeated noun
                if where < m.start < before and m.origin != "pronoun" \
                        and self.head_lemma(m) in lemmas and self.head_of(m).pos_ != "PROPN":
                    best, where = other, m.start
        return best

    def head_of(self, cand: Candidate) -> Token:
        """A mention's head word (its recorded head, else its last word)."""
        return self.doc[cand.head if cand.head is not None else cand.end - 1]

    def head_lemma(self, cand: Candidate) -> str:
        """The lemma of a mention's head word."""
        return self.head_of(cand).lemma_.lower()

    def anchor_bare_mentions(self, build: ActorBuild) -> None:
        """'Aid groups said ... A hospital run by Doctors Without Borders was hit, the charity
        said': of a generic body's mentions, a bare definite one ('the charity') is the one
        named body of its sector mentioned before it."""
        for cand in [c for c in build.mentions if self.bare_definite(c)]:
            # a body of no state: 'the government' is no capital named before ('Washington')
            named = [b for b in self.index.actors.values()
                     if b.sector == build.sector and b.entry is not None
                     and b.kind in ("organization", "group")
                     and any(m.start < cand.start for m in b.mentions)]
            if len(named) == 1:  # two charities named before leave 'the charity' open
                self.move_mention(build, cand, named[0])

    def merge_same_bodies(self) -> None:
        """Generic bodies anchored to one country under one name are one actor ('a government
        imposed by fraud' and 'the government', both Venezuela's, were two 'Venezuela
        government' actors)."""
        seen: dict[tuple[str | None, str | None, str], ActorBuild] = {}
        for build in list(self.index.actors.values()):
            if build.key[0] != "sector" or build.entry is not None or build.country is None \
                    or not build.mentions or build.sector not in STATE_BODIES:
                continue  # 'a man' and 'a woman' stay two people
            first = seen.setdefault((build.country, build.sector, build.name), build)
            if first is not build:
                self.move_mentions(build, first)

    def anchor_countryless(self) -> None:
        """'President Levy Mwanawasa ... the Zambian people', 'rebels ... in the Ivory Coast':
        a person the text gives an office but no country, or a generic group with no country,
        belongs to the one country that frames the document (named as a demonym, a
        possessive, a modifier or a location); a country that is only a party to an event
        ('threatened Russia') frames nothing, and two framing countries leave it unknown."""
        frames = self.framing_countries()
        if len(frames) != 1 or self.authoring_countries() - frames:
            self.anchor_officials_to_dateline()
            return  # no setting, two, or a setting beside the author of an act in it
        country = next(iter(frames))
        for build in list(self.index.actors.values()):
            if build.country is not None or build.entry is not None or not build.mentions:
                continue
            if all(self.pronoun_owned(c) for c in build.mentions):
                continue  # 'Pakistan said its air force ...': the owner tells (resolve_pronouns)
            if any(self.sent_by_owned(c) for c in build.mentions):
                continue  # 'its navy sent two warships': the navy's state (anchor_sent_forces)
            if any(self.called_foreign(c) for c in build.mentions):
                continue  # 'foreign intelligence services' are of any country but this one
            if all(self.several_states(self.head_of(c)) for c in build.mentions):
                continue  # 'several governments recognised the junta'
            if any(self.head_of(c).lemma_.lower() in VISITOR_NOUNS for c in build.mentions):
                continue  # 'gunmen killed 26 tourists in Peshawar': tourists from anywhere
            if build.kind == "person" and build.office:
                build.country = country
                build.role = self.role_text(build.office, country)
            elif build.kind == "person" and build.sector:  # a former office holder
                build.country = country
            elif build.kind == "organization" and build.sector in STATE_BODIES and all(
                    self.described_body(c) or self.named_by_office(c) or self.named_government(c)
                    or self.named_legislature(c) and self.dateline_country() == country
                    for c in build.mentions):
                # 'four paramilitary Rangers', 'the Ministry of Defence' in a Pakistani story
                build.country = country
            elif self.named_party(build):
                build.country = country  # 'the ruling BJP party' in an Indian story
            elif build.kind == "group" and build.sector:
                build.country = country
                where = self.kb.country_name(country)
                if build.key[0] == "sector" and where:  # "Rebels" -> "Mali rebels"
                    build.name = f"{where} {self.common_name(build)}"
            else:
                continue
            build.code = country + (build.sector or "")

    def common_name(self, build: ActorBuild) -> str:
        """A group's name to follow a country's ('Rebels' -> 'rebels'; 'Muslims' stays)."""
        proper = any(self.head_of(c).ent_type_ == "NORP" for c in build.mentions)
        return build.name if proper else build.name[:1].lower() + build.name[1:]

    def anchor_officials_to_dateline(self) -> None:
        """'BANGUI, Central African Republic — President Faustin-Archange Touadera said':
        in a wire story that names several countries, an unknown name with a state office
        or of a state body ('Army spokesman Colonel X') and no country holds it in the state
        the story was filed from, when the story names that state; so do soldiers, police or
        prosecutors the text gives no owner ('Soldiers arrested ...')."""
        country = self.dateline_country()
        if country is None or country not in self.document_countries():
            return
        for build in self.index.actors.values():
            if build.country is not None or build.entry is not None:
                continue
            if self.named_party(build) or build.kind in ("group", "organization") and (
                    build.sector in STATE_BODIES) and all(
                    self.unowned(c) or self.named_by_office(c) for c in build.mentions):
                # 'Soldiers arrested ...', 'state prosecutors said', 'the Senate passed', 'the
                # Department of Foreign Affairs summoned ...'
                build.country = country
                build.code = country + build.sector
            if build.kind != "person":
                continue
            if build.office and build.sector in (None, "GOV", "OPP"):
                # 'Opposition candidate Luisa Ortiz' in a story filed from Quito: Ecuador's
                build.country = country
                build.role = self.role_text(build.office, country)
                build.code = country + (build.sector or "GOV")
            elif build.sector in STATE_BODIES:  # 'Army spokesman Colonel X', 'Senator X'
                build.country = country
                build.code = country + build.sector

    def sent_by_owned(self, cand: Candidate) -> bool:
        """Whether a countryless force is sent or ordered by a body owned through a possessive
        pronoun ('Beijing said its navy sent two warships'): its state is the owner's, known
        only once the pronoun is resolved."""
        head = self.head_of(cand)
        verb = head.head
        if cand.country is not None or head.dep_ != "dobj" \
                or verb.lemma_.lower() not in COMMAND_VERBS:
            return False
        return any(c.dep_ == "nsubj" and any(
            p.dep_ == "poss" and (p.lower_ in POSSESSIVES or p.lower_ in THING_PRONOUNS)
            for p in c.children) for c in verb.children)

    def anchor_sent_forces(self) -> None:
        """A countryless force a pronoun-owned body sends ('its navy sent two warships. They
        fired ...') belongs, with the pronouns that refer to it, to the sender's state, once
        the pronouns are resolved."""
        for build in list(self.index.actors.values()):
            if build.country is None and build.key[0] == "sector" and build.mentions \
                    and any(self.sent_by_owned(c) for c in build.mentions):
                self.anchor_commanded(build)

    def pronoun_owned(self, cand: Candidate) -> bool:
        """Whether a mention's head is owned through a possessive pronoun ('its air force')."""
        return any(c.dep_ == "poss" and (c.lower_ in POSSESSIVES or c.lower_ in THING_PRONOUNS)
                   for c in self.head_of(cand).children)

    def framing_countries(self) -> set[str]:
        """Countries the document is set in: those of its places, of groups and people the
        text itself gives a country, and of country names used as modifiers, possessors or
        locations (a known body such as an army is a party, not a setting)."""
        found = set()
        for i, key in self.index.token_place.items():
            build = self.index.actor_at(i)
            place = self.index.places.get(key)
            if place is not None and place.country and (build is None or build.kind != "country"):
                found.add(place.country)  # a country name is judged as an actor below
        for build in self.index.actors.values():
            if not names_a_state(build.country):
                continue
            if build.mentions and all(border_modifier(self.doc[c.start : c.end].root)
                                      for c in build.mentions):
                continue  # 'near the Ugandan border' is as near the country across it
            if self.kb.is_region(build.country):
                continue  # 'Europe's migration pact': a continent is no state to belong to
            if build.kind == "country":
                if any(self.frames(c) for c in build.mentions):
                    found.add(build.country)
            elif build.entry is None and not all(
                    self.abroad(c) or self.commander_country(c) is not None
                    for c in build.mentions):
                # a country the text gives a group ('Fijian rebels'); troops a state sends
                # ('Peru sent troops to the frontier') are its party, not the setting
                found.add(build.country)
        return found

    def called_foreign(self, cand: Candidate) -> bool:
        """Whether a mention's head is called foreign ('foreign mercenaries', 'overseas
        donors'), which puts it outside the country the text is set in."""
        return any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS
                   for c in self.head_of(cand).children)

    def abroad(self, cand: Candidate) -> bool:
        """Whether a mention names foreigners or a state's mission abroad ('the French
        ambassador', 'the US embassy'), whose country is not where the text is set."""
        head = self.head_of(cand)
        return head.lemma_.lower() in FOREIGNER_NOUNS or head.lower_ in FOREIGNER_NOUNS

    def authoring_countries(self) -> set[str]:
        """Countries named as the authors of hostile acts ('Israeli strikes', 'US raids')."""
        return {
            build.country
            for build in self.index.actors.values()
            if build.kind == "country" and build.country
            for c in build.mentions
            if self.authors(c)
        }

    def authors(self, cand: Candidate) -> bool:
        """Whether a country mention modifies a hostile act noun."""
        root = self.doc[cand.start : cand.end].root
        return root.dep_ in ("poss", "compound", "amod", "nmod") and authors_act(root)

    def frames(self, cand: Candidate) -> bool:
        """A country mention that modifies or locates rather than acts ('Haiti's elections',
        'in the Ivory Coast', 'Kenyan'); one that modifies a hostile act ('US drone strikes',
        'Turkish shelling') is its author, not its setting."""
        if self.authors(cand):
            return False
        root = self.doc[cand.start : cand.end].root
        held = root if root.pos_ in ("NOUN", "PROPN") and root.dep_ != "amod" else root.head
        if held.lemma_.lower() in FOREIGNER_NOUNS or held.lower_ in FOREIGNER_NOUNS:
            return False  # 'freed three Italian hostages': their nationality, not the setting
        if held.lemma_.lower() in BORDER_NOUNS:
            return False  # 'near the Venezuelan border' is as near the country across it
        if cand.origin == "demonym" or root.dep_ in ("poss", "compound", "amod", "nmod"):
            return True
        return root.dep_ == "pobj" and root.head.lower_ in ("in", "inside", "within", "across")

    def bare_definite(self, cand: Candidate) -> bool:
        """A one-word mention right after 'the' ('the force')."""
        return (
            cand.end - cand.start == 1
            and cand.start > 0
            and self.doc[cand.start - 1].lower_ == "the"
        )

    def described_definite(self, cand: Candidate) -> bool:
        """'the guerrilla group', 'the rebel movement': 'the', lower-case describing words
        and a noun, naming no country."""
        return (cand.country is None and bool(self.epithets(cand))
                and self.doc[cand.start : cand.end - 1].text.islower())

    def unknown_body_before(self, before: int) -> ActorBuild | None:
        """The one organisation named in the sentence of a token or the one before it that
        nothing codes (no knowledge-base entry, no sector), if there is exactly one."""
        sents = sentence_index(self.doc)
        found = {b.id: b for b in self.index.actors.values()
                 if b.kind == "organization" and b.entry is None and b.sector is None
                 and any(m.start < before and sents[before] - sents[m.start] <= 1
                         for m in b.mentions)}
        return next(iter(found.values())) if len(found) == 1 else None

    def earlier_sector(self, sector: str | None, before: int) -> ActorBuild | None:
        """The body of this sector with a country mentioned before a token, when there is
        only one such country (two armies make 'the army' ambiguous)."""
        builds = [
            b
            for b in self.index.actors.values()
            if b.sector == sector
            and b.country is not None
            and not self.kb.is_region(b.country)  # 'Western governments' are no one state's
            and b.kind != "person"
            and any(m.start < before for m in b.mentions)
        ]
        if len({b.country for b in builds}) != 1:
            return None
        return max(builds, key=lambda b: max(m.start for m in b.mentions if m.start < before))

    def document_countries(self) -> set[str]:
        """Countries of the document's actors and places (blocs and bodies left out)."""
        found = {
            b.country
            for b in self.index.actors.values()
            if b.mentions and names_a_state(b.country) and not self.kb.is_region(b.country)
            and not all(self.abroad(c) for c in b.mentions)  # 'the French ambassador'
        }
        return found | {p.country for p in self.index.places.values() if p.country}

    def mark_individuals(self) -> None:
        """'a soldier', 'the governor', 'an Australian woman': a generic actor every mention of
        which is a singular noun naming one person is recorded as a person named by its own
        words, not as a group ('the army', 'protesters' and a noun once used in the plural stay
        groups). Inside the pipeline it stays a generic group, so that pronoun and argument
        rules, which already let a singular generic noun stand for a person, do not change."""
        for build in self.index.actors.values():
            if build.entry is not None or build.key[0] not in ("sector", "group"):
                continue
            if build.mentions and all(self.names_one(c) for c in build.mentions):
                first = min(build.mentions, key=lambda c: c.start)
                build.individual = group_name(self.doc[first.start : first.end])

    def names_one(self, cand: Candidate) -> bool:
        """Whether a mention's head is a singular noun of one person ('official', 'woman')."""
        head = self.head_of(cand)
        if head.tag_ not in ("NN", "NNP"):
            return False
        agent = agent_of(head, self.kb)
        return agent is not None and agent.person

    def resolve_pronouns(self) -> None:
        """'he' as the subject of a clause -> the latest person mentioned before it, within
        the same or the previous sentence."""
        sents = sentence_index(self.doc)
        words = lower_texts(self.doc)  # a Token is built only for the few pronouns
        for i in [i for i, word in enumerate(words) if word in PRONOUNS]:
            tok = self.doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            best = self.reporting_person(tok) or self.latest_person(tok, sents)
            if best is not None:
                best.mentions.append(Candidate(tok.i, tok.i + 1, "pronoun", kind="person"))
                self.index.token_actor[tok.i] = best.id
        for i in [i for i, word in enumerate(words)
                  if word in POSSESSIVES or word in THING_PRONOUNS]:
            if i in self.index.token_actor and not self.owner_inside(i):
                continue
            tok = self.doc[i]
            if tok.lower_ in POSSESSIVES and tok.dep_ == "poss":
                best = self.antecedent(tok, lambda b, _: b.kind == "person")
            elif tok.lower_ in THING_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
                if tok.lower_ == "it" and tok.head.lemma_ in EXPLETIVE_HEADS:
                    continue
                number = THING_PRONOUNS[tok.lower_]
                best = self.antecedent(tok, lambda b, c, n=number: self.number_of(b, c) == n)
            else:
                continue
            if best is not None:
                best.mentions.append(Candidate(tok.i, tok.i + 1, "pronoun", kind=best.kind))
                self.index.token_actor[tok.i] = best.id
                if tok.dep_ == "poss" and best.sector in PARTY_SECTORS and (
                        tok.head.lemma_.lower() in PARTY_PEOPLE):
                    # 'the party said two of its workers were killed': the party's own
                    self.absorb_owned_people(tok.head, best)
                elif tok.dep_ == "poss" and best.kind == "person" and (
                        best.sector in NON_STATE_ARMED | {"CRM"}) and (
                        tok.head.lemma_.lower() in FOLLOWER_NOUNS):
                    # 'the gang leader said his men would not disarm': his armed band's
                    self.rehome_body(tok.head, best, sector=best.sector)
                elif tok.dep_ == "poss" and best.country and (
                        best.kind in ("person", "country") or best.sector in OWNING_SECTORS):
                    # 'President Ruto said his government ...', 'Rwanda says its forces ...',
                    # 'the army said its soldiers', 'Bosnian Serbs said their forces'
                    self.rehome_body(tok.head, best)
                elif tok.dep_ == "poss" and best.kind in ("group", "organization") and (
                        best.entry is not None or best.sector in NON_STATE_ARMED):
                    # (a named armed group the knowledge base does not know has its fighters
                    # too: 'the Ta'ang National Liberation Army said its fighters')
                    # 'the African Union mission said its forces ...', 'the RSF said its
                    # fighters': a named body's own forces and staff are coded as the body
                    self.absorb_owned_body(tok.head, best)

    def bind_quoted_first_person(self, quotes: Sequence[Quote]) -> None:
        """'"They murder our soldiers," Petro wrote': 'we', 'us' and 'our' inside a quotation
        are its speaker's side, 'I', 'me' and 'my' the speaker; what 'our' owns ('our
        soldiers') is the speaker's country's or, for a body, the body's own."""
        said_by: dict[int, ActorBuild | None] = {}
        # the shortest quotation around a word is the one it is said in
        for quote in sorted(quotes, key=lambda q: q.content_start - q.content_end):
            speaker = self.quote_speaker(quote)
            span = self.doc.char_span(quote.content_start, quote.content_end,
                                      alignment_mode="expand")
            for tok in span if span is not None else ():
                if is_first_person(tok):
                    said_by[tok.i] = speaker
        for i, speaker in sorted(said_by.items()):
            tok = self.doc[i]
            word = tok.lower_
            if speaker is not None and i not in self.index.token_actor:
                self.bind_first_person(tok, FIRST_PERSON[word], speaker)

    def bind_first_person(self, tok: Token, number: str, speaker: ActorBuild) -> None:
        """One first-person word as a mention of its quotation's speaker."""
        if number == "singular" and speaker.kind != "person":
            return  # 'I' of a body's statement is someone unnamed
        speaker.mentions.append(Candidate(tok.i, tok.i + 1, "pronoun", kind=speaker.kind))
        self.index.token_actor[tok.i] = speaker.id
        if tok.dep_ == "poss" and speaker.country and (
                speaker.kind in ("person", "country") or speaker.sector in OWNING_SECTORS):
            self.rehome_body(tok.head, speaker)
        elif tok.dep_ == "poss" and speaker.kind in ("group", "organization"):
            self.absorb_owned_body(tok.head, speaker)

    def quote_speaker(self, quote: Quote) -> ActorBuild | None:
        """The one actor the speaker's words name (a pronoun already resolved counts)."""
        span = self.doc.char_span(quote.speaker_start, quote.speaker_end,
                                  alignment_mode="expand")
        found = {self.index.token_actor[t.i] for t in span or () if t.i in self.index.token_actor}
        return self.index.actors[found.pop()] if len(found) == 1 else None

    def resolve_country_nouns(self) -> None:
        """'the country', 'the nation': a bare definite country noun is the country the
        previous sentence made its subject, else the only country named there; as a
        possessor (then also a country of its own sentence) it only gives its country to a
        body with none of its own ('the country's army')."""
        text = doc_text(self.doc).lower()
        if not any(noun in text for noun in COUNTRY_NOUNS):
            return  # most texts never say 'the country': no token need be looked at
        for i, word in enumerate(lower_texts(self.doc)):
            if word not in COUNTRY_NOUNS or not self.country_noun(tok := self.doc[i]):
                continue  # a Token is built only for a country noun
            country = self.recent_country(tok, own_sentence=tok.dep_ == "poss")
            if country is None:
                continue
            if tok.dep_ == "poss":
                # the owner of a body, else only a setting ('the country's elections')
                self.rehome_body(tok.head, country)
                continue
            self.add_description(tok, country)

    def country_noun(self, tok: Token) -> bool:
        """'the country' standing alone: no modifier of its own, not yet anyone's mention."""
        return self.bare_description(tok, COUNTRY_NOUNS) and not any(
            c.dep_ in ("amod", "compound", "prep") for c in tok.children)

    def recent_country(self, tok: Token, *, own_sentence: bool) -> ActorBuild | None:
        """The country a description points back to (see ``resolve_country_nouns``); a
        country of its own sentence only where ``own_sentence`` (a description as a party is
        read only across sentences: within one its clause is often a purpose, 'sent troops
        to X to help the country guard ...', that the event layer would take as a fact)."""
        sents = sentence_index(self.doc)
        seen: list[tuple[ActorBuild, Token]] = []
        for j in range(tok.i - 1, -1, -1):
            if sents[tok.i] - sents[j] > 1:
                break
            build = self.index.actor_of(self.doc[j])
            if build is not None and build.kind == "country":
                seen.append((build, self.doc[j]))
        # In its own sentence a description is not the subject of a clause above it ('Britain
        # sent troops to Lebanon to help the country' is Lebanon): the latest other country.
        own = [b for b, t in seen if sents[t.i] == sents[tok.i] and not self.governs(t, tok)]
        if own and own_sentence:
            return own[0]
        seen = [(b, t) for b, t in seen if sents[t.i] != sents[tok.i]]
        subjects = [(b, t) for b, t in seen if self.subject_of_clause(t)]
        if subjects:  # the latest subject, unless its sentence has two ('Kenya and Uganda')
            latest = sents[subjects[0][1].i]
            found = {b.id: b for b, t in subjects if sents[t.i] == latest}
        else:
            found = {b.id: b for b, _ in seen}
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def governs(subject: Token, tok: Token) -> bool:
        """Whether a token is the subject (or a conjunct of one) of the nearest clause above
        ``tok`` that has a subject of its own."""
        while subject.dep_ == "conj" and subject.head.i != subject.i:
            subject = subject.head
        head = tok
        while head.head.i != head.i:
            head = head.head
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return subject in subjects
        return False

    @staticmethod
    def subject_of_clause(tok: Token) -> bool:
        """A subject, or a conjunct of one ('Kenya and Uganda signed')."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")

    def rehome_body(self, head: Token, country: ActorBuild, sector: str | None = None) -> None:
        """Give a countryless generic body owned by a resolved country to that country (and,
        when given, the owner's sector)."""
        build, cand = self.mention_at(head.i)
        if build is None or cand is None or build.country:
            return
        if build.key[0] != "sector" and not (build.key[0] == "group" and build.sector):
            return  # a collective speaker ('its soldiers') has a sector too
        cand.country = country.country
        cand.sector = sector or cand.sector
        target = self.from_sector(cand)
        build.mentions.remove(cand)
        target.mentions.append(cand)
        for i in range(cand.start, cand.end):
            self.index.token_actor[i] = target.id

    def owner_inside(self, i: int) -> bool:
        """Whether a possessive pronoun is a word of a longer group mention ('two of its
        workers'), whose owner it still names."""
        build, cand = self.mention_at(i)
        return (build is not None and cand is not None and cand.end - cand.start > 1
                and self.doc[i].dep_ == "poss" and build.kind == "group")

    def absorb_owned_people(self, head: Token, party: ActorBuild) -> None:
        """A party's own workers or members, named through its pronoun, are the party."""
        build, cand = self.mention_at(head.i)
        if build is None or cand is None or build is party or build.entry is not None:
            return
        if build.country is not None and build.country != party.country:
            return
        self.move_mention(build, cand, party)

    def absorb_owned_body(self, head: Token, owner: ActorBuild) -> None:
        """A countryless generic body owned by an organisation becomes a mention of it."""
        build, cand = self.mention_at(head.i)
        if build is None or cand is None or build.country or build.key[0] != "sector":
            return
        self.move_mention(build, cand, owner)

    def number_of(self, build: ActorBuild, cand: Candidate) -> str | None:
        """'singular' for a country, an organisation or a body named by a singular noun,
        'plural' for a group named by a plural noun; None for persons and pronouns."""
        if build.kind == "person" or cand.origin == "pronoun":
            return None
        if build.kind in ("country", "organization"):
            return "singular"
        root = self.doc[cand.start : cand.end].root
        return "plural" if root.tag_ in ("NNS", "NNPS") or root.lower_ == "police" else "singular"

    def latest_person(self, tok: Token, sents: list[int]) -> ActorBuild | None:
        """The latest person mentioned before a token, in its sentence or the one before."""
        for j in range(tok.i - 1, -1, -1):
            if sents[tok.i] - sents[j] > 1:
                break
            build = self.index.actor_at(j)  # no Token built per word looked back at
            if build is not None and build.kind == "person":
                return build
        return None

    def reporting_person(self, tok: Token) -> ActorBuild | None:
        """The person who says or thinks the clause a 'he'/'she' subjects ('Chapo urged Mondlane
        to return and said he was willing to talk': Chapo, not the nearer Mondlane)."""
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = clause.head
        while True:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head  # 'urged X to go and said he ...': the subject of the first verb
        build = self.index.actor_at(subject.i) if subject is not None else None
        return build if build is not None and build.kind == "person" else None

    def antecedent(self, tok: Token, fits) -> ActorBuild | None:
        """The actor a pronoun refers to: the subject of a clause that governs it ('Trump
        praised his meeting', 'the ministry said it would ...') when that subject fits, else
        the only fitting actor of the same and the previous sentence before it."""
        head = tok.head
        while head.head.i != head.i:
            below, head = head, head.head
            if below.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that"
                                            for c in below.children):
                continue  # 'said India fired and that its air force ...': a second thing said
            if below.dep_ == "xcomp" and (controller := self.fitting_object(head, fits)):
                return controller  # 'urged Israel to withdraw its troops': Israel's
            # not the pronoun's own phrase: 'his government had arrested' is said of him
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not c.left_edge.i <= tok.i <= c.right_edge.i]
            for subj in subjects:
                build, cand = self.mention_at(subj.i)
                if build is None:  # 'the African Union mission said its ...': the owner
                    build, cand = self.owner_mention(subj)
                if build is not None:
                    return build if fits(build, cand) else None
            if head.pos_ in ("VERB", "AUX") and subjects:
                break
        sents = sentence_index(self.doc)
        found: dict[str, ActorBuild] = {}
        for j in range(tok.i - 1, -1, -1):
            if sents[tok.i] - sents[j] > 1:
                break
            build, cand = self.mention_at(j)
            if build is not None and fits(build, cand):
                found[build.id] = build
        if len(found) > 1 and tok.dep_ in ("nsubj", "nsubjpass"):
            # 'When Washington approved X, Beijing did what it always does. It condemned the
            # sale': a subject pronoun goes on with the subject of the sentence before
            return self.previous_subject(tok, fits)
        return next(iter(found.values())) if len(found) == 1 else None

    def fitting_object(self, verb: Token, fits) -> ActorBuild | None:
        """The object of a verb of asking or making ('urged Israel to ...', 'forced the
        army to ...'), which is the doer of the infinitive after it, when it fits."""
        for obj in asked_parties(verb):
            build, cand = self.mention_at(obj.i)
            if build is not None and fits(build, cand):
                return build
        return None

    def previous_subject(self, tok: Token, fits) -> ActorBuild | None:
        """The fitting actor that is the main subject of the sentence before a pronoun's, when
        nothing in the pronoun's own sentence before it fits."""
        sent = tok.sent
        if any((b := self.mention_at(t.i))[0] is not None and fits(*b)
               for t in self.doc[sent.start : tok.i]):
            return None
        if sent.start == 0:
            return None
        root = self.doc[sent.start - 1].sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        build, cand = self.mention_at(subject.i) if subject is not None else (None, None)
        return build if build is not None and fits(build, cand) else None

    def owner_mention(self, noun: Token) -> tuple[ActorBuild | None, Candidate | None]:
        """The actor named inside a noun's own modifiers ('the African Union mission',
        'Kenya's delegation'), when the noun itself names none."""
        for child in noun.lefts:
            if child.dep_ in ("compound", "poss", "nmod"):
                build, cand = self.mention_at(child.i)
                if build is not None:
                    return build, cand
        return None, None

    def mention_at(self, i: int) -> tuple[ActorBuild | None, Candidate | None]:
        """The actor whose mention covers token ``i``, and that mention."""
        build = self.index.actor_at(i)  # no Token built for a word of no actor
        if build is None:
            return None, None
        for cand in build.mentions:
            if cand.start <= i < cand.end:
                return build, cand
        return None, None


# Types whose noun triggers a country modifier authors ('Israeli raids', 'US sanctions').
HOSTILE_TYPES = frozenset(["ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"])


# Small words inside a body's name ('Movement for Democratic Change', 'Party of the Regions').
NAME_JOINERS = frozenset({"for", "of", "the", "and", "in", "e", "de", "du", "des", "la", "el",
                          "al"})


def describes_ties(modifier: Token) -> bool:
    """A modifier of 'group' that tells its ties or its kind, not which one it is
    ('al-Qaeda-linked', 'Iran-backed', 'militant')."""
    last = modifier.subtree
    words = [t.lower_ for t in last]
    return bool(words) and (words[-1] in TIE_WORDS or " ".join(words) in ARMED_KIND_WORDS)


def asked_parties(verb: Token) -> list[Token]:
    """The objects of a verb of asking or making, who are to do what its infinitive says:
    'urged Israel to', 'called on Israel to' (not 'phoned X to offer his condolences')."""
    fr = frames()
    lemma = verb.lemma_.lower()
    if lemma not in fr.object_control or lemma in fr.subject_control:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in c.children if g.dep_ == "pobj"]


def party_base(name: str) -> str:
    """A body's name without a closing 'party', lower-cased."""
    lowered = name.lower()
    return lowered.removesuffix(" party") if lowered.endswith(" party") else lowered


def introduced_abbreviations(doc: Doc) -> Iterator[tuple[int, str, bool]]:
    """Brackets holding an abbreviation alone ('(MDC)'), or ', known as AUSSOM': where the
    name before it ends, the letters, and whether they must spell the name's initials (a
    bracket only suggests the abbreviation; 'known as' says it)."""
    texts = token_texts(doc)  # no Token built for the words looked at
    for i in range(1, len(texts) - 2):
        if texts[i] == "(" and texts[i + 2] == ")" and is_abbreviation(texts[i + 1]):
            yield i, texts[i + 1], True
        elif (texts[i] == "," and i + 3 < len(texts) and texts[i + 1] == "known"
              and texts[i + 2] == "as" and is_abbreviation(texts[i + 3])):
            yield i, texts[i + 3], False


def is_abbreviation(word: str) -> bool:
    """Two to eight capital letters."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def spells(abbr: str, initials: str) -> bool:
    """Whether an abbreviation's letters are a name's initials in order, starting with the
    first ('PTI' in 'Pakistan Tehreek-e-Insaf', 'RSF' in 'Rapid Support Forces')."""
    if not initials or abbr[0] != initials[0].upper():
        return False
    rest = iter(initials.upper())
    return all(letter in rest for letter in abbr)


def epithet_word(tok: Token) -> bool:
    """A word that describes a noun before it ('paramilitary', 'separatist', 'Islamist'),
    whichever part of speech the tagger gives it."""
    return (tok.dep_ in ("amod", "compound") and tok.pos_ in ("ADJ", "NOUN", "PROPN")
            and tok.is_alpha)


@lru_cache(maxsize=1)
def hostile_nouns() -> frozenset[str]:
    """Noun lemmas of the trigger lexicon that name a hostile act ('strike', 'raid')."""
    rows = read_csv("triggers.csv", ("lemma", "pos", "type", "mode", "cameo"))
    return frozenset(r["lemma"] for r in rows if r["pos"] == "NOUN" and r["type"] in HOSTILE_TYPES)


def authors_act(modifier: Token) -> bool:
    """Whether a modifier modifies, directly or through compounds, a hostile act noun
    ('US' in 'US drone strikes')."""
    head = modifier.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in hostile_nouns()


def phrase_end(head: Token) -> int:
    """Token index just past a noun phrase's own words: its subtree up to the first clause
    ('the factory, which put ...' ends at 'factory')."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and doc[i].is_ancestor(head) is False and head.is_ancestor(doc[i]):
        if any(t.pos_ in ("VERB", "AUX") for t in path_to(doc[i], head)):
            break
        i += 1
    if i < len(doc) and doc[i].dep_ == "prep" and doc[i].lower_ in ("in", "of", "from", "at"):
        # the parser often hangs "the politician in Europe"'s "in Europe" on the verb
        i = max(t.i for t in doc[i].subtree) + 1
    return i


def path_to(token: Token, ancestor: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) ``ancestor``."""
    path = []
    while token.i != ancestor.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def redecide_place(cand: Candidate, doc: Doc, gaz: Gazetteer, context: set[str]) -> None:
    """Re-decide a toponym now that the document's countries are known: an ambiguous city,
    or a region name ('Alaska') that is accepted only inside a country in play."""
    if cand.place is not None and cand.place.kind != "country":
        text = cand.toponym or doc[cand.start : cand.end].text  # only for a place to re-read
        cand.place = resolve_place(text, gaz, context) or cand.place
        if context and cand.place.country not in context and called_village(doc, cand):
            # 'the villages of Nondin and Soro' in a story set elsewhere: a village is no
            # town of the same name in a country the text never names
            cand.place, cand.is_actor = None, False
    elif cand.place is None and cand.origin == "ner" and cand.kind == "country" and not cand.entry:
        text = cand.toponym or doc[cand.start : cand.end].text
        cand.place = resolve_place(text, gaz, context)
        if cand.place is not None:
            cand.country = cand.place.country
            cand.name = cand.place.name if cand.place.kind == "country" else cand.name


VILLAGE_WORDS = frozenset({"village", "villages", "hamlet", "hamlets"})


def called_village(doc: Doc, cand: Candidate) -> bool:
    """Whether the text calls a name a village ('the village of X', 'the villages of A and
    X', 'X village')."""
    root = doc[cand.start : cand.end].root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in VILLAGE_WORDS
    return cand.end < len(doc) and doc[cand.end].lower_ in VILLAGE_WORDS


@lru_cache(maxsize=64)
def context_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for an entry's context names, as whole words."""
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def context_hits(entry: ActorEntry, text: str) -> int:
    """How many times a text names one of an entry's context names."""
    pattern = context_pattern(entry.context)
    return len(pattern.findall(text)) if pattern else 0


def reread_shared_country(cand: Candidate, doc: Doc, kb: KnowledgeBase, gaz: Gazetteer) -> None:
    """A country name two countries share ('Congo'): the one whose cities, leaders or forces
    the text names most, else the first listed, whether the name acts or is only a place."""
    if cand.kind != "country" and (cand.place is None or cand.place.kind != "country"):
        return
    text = cand.toponym or doc[cand.start : cand.end].text
    readings = [e for e in kb.candidates(text) if e.kind == "country" and not e.metonym]
    countries = {e.country for e in readings}
    if len(readings) < 2 or not ({cand.country, cand.place and cand.place.country} & countries):
        return
    best = max(readings, key=lambda e: context_hits(e, doc_text(doc)))  # ties: the first listed
    cand.country = best.country
    if cand.entry is not None:
        cand.entry, cand.name = best, best.name
    if cand.place is not None and cand.place.country != best.country:
        # the gazetteer knows one reading of the shared name: look the place up by the other's
        cand.place = resolve_place(best.name, gaz, {best.country or ""}) or cand.place


def is_first_person(tok: Token) -> bool:
    """'we', 'our', 'my' as pronouns ('US' in 'US troops' is no 'us')."""
    return tok.lower_ in FIRST_PERSON and tok.tag_ in ("PRP", "PRP$") and (
        tok.text.islower() or tok.text.istitle())


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who is credited with it, as character offsets."""

    speaker_start: int
    speaker_end: int
    content_start: int
    content_end: int


def resolve_actors(
    doc: Doc, nlp: Language, kb: KnowledgeBase, gaz: Gazetteer, on: date | None,
    quotes: Sequence[Quote] = (),
) -> ActorIndex:
    """All actors and places of one parsed document, resolved at date ``on``; first-person
    words inside ``quotes`` are their speakers'."""
    regions = list(region_list_candidates(doc, gaz))
    listed = token_map(regions)
    phrases = demonym_phrases(doc, nlp, kb)
    named = branch_countries(doc, outside_credit_lines(
        doc, list(kb_candidates(doc, nlp, kb, gaz)) + list(ner_candidates(doc, kb, gaz))))
    # A name that starts inside a demonym of several words is a piece of it: 'Sudanese army'
    # in 'the South Sudanese army' is not Sudan's army.
    named = [c for c in named if not any(d.start < c.start < d.end for d in phrases)]
    named += [c for span in phrases for c in demonym_candidate(span, kb)]
    # A name in a region list is the region, whatever NER made of it.
    base = select(
        regions + [c for c in named if not any(i in listed for i in range(c.start, c.end))]
    )
    base = select(base + list(locative_candidates(doc, gaz, token_map(base))))
    base = select(base + list(surname_candidates(doc, token_map(base))))
    base = select(base + list(half_candidates(doc, kb, token_map(base))))
    base = select(base + list(apposed_name_candidates(doc, kb, token_map(base))))
    for cand in base:
        reread_shared_country(cand, doc, kb, gaz)
    known = token_map(base)
    titles = list(office_candidates(doc, nlp, kb, known, on))
    known = token_map(select(base + titles))
    epithets = list(head_of_candidates(doc, kb, known, on))
    chosen = select(base + titles + epithets)
    groups = list(group_candidates(doc, kb, token_map(chosen)))
    chosen = select(chosen + [g for g in groups if g.head is None])
    taken = token_map(chosen)
    # Unnamed sources may contain names ("sources from Trump's entourage"): both are kept.
    chosen += [g for g in groups if g.head is not None and g.head not in taken]
    # Countries in play: a toponym that is only a location does not vote for its own country
    # (else "Tripoli" would always pick Libya's from the metonym entry).
    context = {
        c.country
        for c in chosen
        if c.country and (c.is_actor or c.place is None or c.place.kind == "country")
    }
    resolver = Resolver(doc, kb, on, gaz)
    # Names first, so that a role learned anywhere ("Kenyan President Samuel Odhiambo")
    # is known when a bare title ("the Kenyan president") is resolved.
    for cand in sorted(chosen, key=lambda c: (NAME_FIRST.get(c.origin, 9), c.start)):
        redecide_place(cand, doc, gaz, context)
        resolver.add(cand)
    resolver.merge_appositions()
    resolver.merge_nicknames()
    resolver.merge_abbreviations()
    resolver.merge_named_descriptions()
    resolver.describe_by_titles()
    resolver.police_officers()
    resolver.resolve_armed_descriptions()
    resolver.resolve_epithet_descriptions()
    resolver.anchor_generic_nouns()
    resolver.anchor_countryless()
    resolver.merge_same_bodies()
    resolver.mark_individuals()
    resolver.resolve_pronouns()
    resolver.bind_quoted_first_person(quotes)
    resolver.anchor_sent_forces()
    resolver.resolve_country_nouns()
    resolver.resolve_group_nouns()
    resolver.index.gazetteer = gaz
    return resolver.index
