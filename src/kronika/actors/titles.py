"""Offices and epithets in the text: 'French President Emmanuel Macron', 'the American
president', 'Russia's foreign minister', 'the NATO Secretary General', 'the head of the White
House', 'the Russian dictator', 'the Ukrainian head of state'."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from kronika.actors.candidates import Candidate
from kronika.actors.detect import (
    HEAD_NOUNS,
    agent_of,
    group_name,
    is_affiliation,
    is_group_noun,
    matchers,
)
from kronika.actors.knowledge import ActorEntry, KnowledgeBase
from kronika.nlp import coarse_pos, lower_lemmas

TitleContext = dict[int, Candidate]
INTERNATIONAL = "IGO"


def country_code_of(cand: Candidate) -> str | None:
    """The code an office is held for: an organisation's own code ('IGOWSTNAT'), else a country."""
    if cand.kind == "organization" and cand.entry is not None and cand.country == INTERNATIONAL:
        return cand.entry.code
    return cand.country


def country_before(
    doc: Doc, start: int, kb: KnowledgeBase, known: TitleContext
) -> tuple[int, str | None]:
    """Country named just before a title: 'American', 'Russia's', 'NATO', 'Indian', also
    past the title's own modifiers ('Nigerian junior foreign minister')."""
    i = start - 1
    while i >= 0 and start - i <= MAX_MODIFIERS and title_modifier(doc[i], start, kb, known):
        i -= 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    if i < 0:
        return start, None
    if not is_affiliation(doc[i]):
        code = kb.demonym(doc[i].text)
        if code:
            return i, code
    cand = known.get(i)
    if cand is not None and cand.country and cand.kind in ("country", "organization"):
        return cand.start, country_code_of(cand)
    return start, None


# How many words may stand between a country and its title ('Nigerian junior foreign').
MAX_MODIFIERS = 3


def title_modifier(token: Token, start: int, kb: KnowledgeBase, known: TitleContext) -> bool:
    """A word that narrows a title and stands between it and its country: 'junior',
    'deputy', 'former', 'Planning and Investment' (never a demonym or a known name)."""
    if token.i in known or kb.demonym(token.text) or token.tag_ == "POS":
        return False
    if is_group_noun(token, kb):
        return False  # 'Police' in 'Ethiopian Police Detain Opposition Leaders' is no modifier
    return (
        token.dep_ in ("amod", "compound", "cc", "conj", "nmod", "advmod")
        and token.head.i > token.i
        and token.pos_ in ("ADJ", "NOUN", "PROPN", "CCONJ", "ADV")
        and not token.is_punct
    )


def country_after(doc: Doc, end: int, known: TitleContext) -> tuple[int, str | None]:
    """Country or organisation in an 'of X' complement: 'Secretary General of NATO'."""
    if end < len(doc) and doc[end].lower_ == "of":
        j = end + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        cand = known.get(j)
        if cand is not None and cand.country:
            return cand.end, country_code_of(cand)
    return end, None


def holder_for(kb: KnowledgeBase, office: str, code: str, on: date | None) -> ActorEntry | None:
    """Who held an office for a country, or for an international body named by its code; in
    an undated text only one who is the sole holder the knowledge base knows (not today's)."""
    return kb.holder(office, code, on) if on is not None else kb.sole_holder(office, code)


def leader_of(
    code: str, kb: KnowledgeBase, on: date | None
) -> tuple[str | None, ActorEntry | None]:
    """The knowledge base's leader of a country or body at a date: the first leader office held."""
    for office in kb.leader_offices():
        holder = holder_for(kb, office, code, on)
        if holder is not None:
            return office, holder
    return None, None


def office_candidates(
    doc: Doc, nlp: Language, kb: KnowledgeBase, known: TitleContext, on: date | None
) -> Iterator[Candidate]:
    """Office and epithet phrases, attached to a following name or standing for the holder."""
    _, offices = matchers(nlp, kb)
    spans = sorted(
        ((nlp.vocab.strings[m], s, e) for m, s, e in offices(doc)),
        key=lambda mse: (mse[1], -mse[2]),
    )
    last_end = -1
    for label, start, end in spans:
        if label == "OFFICE" and titles_name(doc, start, end, kb, known):
            continue
        if start < last_end or covered(start, end, known):
            continue
        last_end = end
        if doc[end - 1].tag_ in ("NNS", "NNPS"):
            cand = plural_candidate(doc, start, end, label, kb, known)
        elif label == "EPITHET":
            cand = describe_epithet(doc, start, end, kb, known, on)
        else:
            office = kb.office_key(doc[start:end].text)
            cand = describe_office(doc, start, end, office, kb, known, on) if office else None
        if cand is not None:
            yield cand


def titles_name(doc: Doc, start: int, end: int, kb: KnowledgeBase, known: TitleContext) -> bool:
    """An office that NER took into a name ('Vice-President Moody Awori' as one PERSON): the
    name keeps only its own words and learns the office."""
    holder = known.get(start)
    if holder is None or holder.kind != "person" or holder.origin != "ner" or holder.entry:
        return False
    office = kb.office_key(doc[start:end].text)
    if holder.start != start or holder.end <= end or office is None:
        return False
    holder.name, holder.office = doc[end : holder.end].text, office
    return True


def covered(start: int, end: int, known: TitleContext) -> bool:
    """Whether a known name covers part of an office phrase; an organisation that NER cut
    across the phrase ('British Defence' of 'British Defence Secretary') does not count."""
    for i in range(start, end):
        cand = known.get(i)
        if cand is None:
            continue
        cut = (
            cand.origin == "ner"
            and cand.kind == "organization"
            and cand.entry is None
            and cand.start < start < cand.end < end
        )
        if not cut:
            return True
    return False


def plural_candidate(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    kb: KnowledgeBase,
    known: TitleContext,
) -> Candidate | None:
    """'European leaders', 'Arab foreign ministers': a group of office holders of a country
    or region, never one person."""
    left, country = country_before(doc, start, kb, known)
    right = end
    if country is None:
        right, country = country_after(doc, end, known)
        nxt = known.get(right + 1) if right < len(doc) and doc[right].lower_ == "and" else None
        if nxt is not None and nxt.kind == "country":
            return None  # 'the leaders of Armenia and Azerbaijan': each state is a party
    if country is None:
        return None  # a bare "leaders" is left to the unnamed-source rules
    office = kb.office(kb.office_key(doc[start:end].text) or "") if label == "OFFICE" else None
    span = doc[left:right]
    return Candidate(
        left,
        right,
        "collective",
        kind="group",
        name=group_name(span),
        country=country,
        sector=office.sector if office else "GOV",
        speaker_kind="collective",
    )


def describe_office(
    doc: Doc,
    start: int,
    end: int,
    office: str,
    kb: KnowledgeBase,
    known: TitleContext,
    on: date | None,
) -> Candidate | None:
    """A candidate for an office phrase, with the holder resolved at the document date."""
    left, country = country_before(doc, start, kb, known)
    right = end
    if country is None:
        right, country = country_after(doc, end, known)
    name_cand = known.get(end) or name_missing_first_word(doc, end, known)
    apposed = name_cand is None and right == end and apposed_name(doc, end, known)
    if apposed:
        name_cand = known.get(end + 1)  # 'A police spokesman, Ali Musa, said'
    if name_cand is not None and name_cand.origin == "ner" and name_cand.entry is None:
        name_cand.kind = "person"  # a title before a name NER took for an organisation
    if is_former(doc, left, start):
        return former_holder(doc, left, right, office, country, name_cand, kb, known)
    body = body_sector_before(doc, start, kb)
    if name_cand is not None and name_cand.kind == "person":
        # "French President Emmanuel Macron": the title teaches the person's role.
        name_cand.office = office
        name_cand.country = name_cand.country or country
        name_cand.sector = name_cand.sector or body
        if not apposed:
            name_cand.start = min(name_cand.start, left)
            return None
        # the title is a mention of the person it stands beside, not of a role's holder
        return Candidate(left, right, "ner", kind="person", name=name_cand.name or doc[
            name_cand.start:name_cand.end].text, office=office, country=name_cand.country,
            sector=name_cand.sector, entry=name_cand.entry)
    holder = holder_for(kb, office, country, on) if country else None
    info = kb.office(office)
    cand = Candidate(
        left,
        right,
        "title",
        kind="person",
        office=office,
        country=country,
        sector=body or (info.sector if info else None),
    )
    if holder is not None:
        cand.entry, cand.name, cand.kind = holder, holder.name, holder.kind
    return cand


def name_missing_first_word(doc: Doc, end: int, known: TitleContext) -> Candidate | None:
    """'Attorney General Tarek William Saab' with only 'William Saab' recognised: the
    capitalised word between the title and the name is the name's first word."""
    if end + 1 >= len(doc) or not doc[end].is_title or doc[end].pos_ != "PROPN":
        return None
    name = known.get(end + 1)
    if name is None or name.start != end + 1 or name.kind != "person" or name.entry is not None:
        return None
    name.start = end
    name.name = doc[end:name.end].text
    return name


def apposed_name(doc: Doc, end: int, known: TitleContext) -> bool:
    """Whether a person's name stands between commas right after a singular title ('a
    government spokesman, Legesse Tulu, said'); a name that goes on into a list does not."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    name = known.get(end + 1)
    if name is None or name.start != end + 1 or name.kind not in ("person", "organization"):
        return False
    if name.entry is not None and name.entry.kind != "person":
        return False
    closing = doc[name.end] if name.end < len(doc) else None
    return closing is None or closing.text in (",", ".", ";") and not (
        name.end + 1 < len(doc) and doc[name.end + 1].lower_ in ("and", "or"))


# How far past a title the parse may hang a modifier of it (the name's last word).
MAX_NAME_WORDS = 4


def body_sector_before(doc: Doc, start: int, kb: KnowledgeBase) -> str | None:
    """The sector of the body a title belongs to, told by a group noun right before it:
    'police spokesman' is the police's (COP), 'army spokesman' the army's (MIL)."""
    if start == 0 or not start <= doc[start - 1].head.i <= start + MAX_NAME_WORDS:
        return None  # the noun modifies the title or, by the parse, the name after it
    agent = agent_of(doc[start - 1], kb) if is_group_noun(doc[start - 1], kb) else None
    return agent.sector if agent is not None and not agent.person else None


# Words that put an office in its holder's past: 'former president', 'ex-premier', 'ousted
# prime minister'.
FORMER_WORDS = frozenset(["former", "ex", "ex-", "erstwhile", "onetime", "one-time", "ousted",
                          "deposed", "toppled", "overthrown"])


def is_former(doc: Doc, left: int, start: int) -> bool:
    """Whether 'former' or 'ex-' narrows the title, before its country ('former US
    president') or between country and title ('Argentina's former foreign minister'); 'the
    late president' is a dead one ('in late 2023 President X' is not)."""
    words = doc[max(0, left - 2) : start]
    return any(t.lower_ in FORMER_WORDS or t.lower_.startswith("ex-") for t in words) or (
        left >= 2 and doc[left - 1].lower_ == "late" and doc[left - 2].lower_ == "the")


def former_holder(
    doc: Doc,
    left: int,
    right: int,
    office: str,
    country: str | None,
    name_cand: Candidate | None,
    kb: KnowledgeBase,
    known: TitleContext | None = None,
) -> Candidate | None:
    """A past holder of an office is no longer in it: never today's holder, and (as CAMEO
    codes former officials) an elite (ELI) rather than the government. A following name
    learns the country only; a bare 'the former president' is a person of its own."""
    if name_cand is not None and name_cand.kind == "person":
        name_cand.country = name_cand.country or country
        # a known name keeps its entry's sector unless it holds no office now (resolve.py)
        name_cand.sector = "ELI" if name_cand.entry is not None else name_cand.sector or "ELI"
        name_cand.start = min(name_cand.start, left)
        return None
    named = apposed_before(doc, left, known) if country is None else None
    if named is not None and named.entry is None:
        # 'Ablasse Ouedraogo, a former foreign minister, said': the title is his past
        named.sector = named.sector or "ELI"
        return None
    if country is None:
        return None  # 'the former minister' of no named country names no one
    where = kb.country_name(country) or country
    name = f"Former {office.replace('_', ' ')} of {where}"
    return Candidate(left, right, "ner", kind="person", name=name, country=country, sector="ELI")


def apposed_before(doc: Doc, left: int, known: TitleContext) -> Candidate | None:
    """The person's name a title stands in apposition after ('X, a former minister'), set off
    by a comma, if there is one."""
    at = left - 1
    while at >= 0 and (doc[at].lower_ in ("a", "an", "the") or doc[at].lower_ in FORMER_WORDS):
        at -= 1
    if at < 1 or doc[at].text != ",":
        return None
    cand = known.get(at - 1)
    return cand if cand is not None and cand.kind == "person" and cand.origin == "ner" else None


def describe_epithet(
    doc: Doc,
    start: int,
    end: int,
    kb: KnowledgeBase,
    known: TitleContext,
    on: date | None,
) -> Candidate | None:
    """'the Russian dictator', 'the Ukrainian head of state', 'the leader of Sudan'; before
    a name ('Palestinian leader Yasser Arafat') the epithet teaches that person's country."""
    left, country = country_before(doc, start, kb, known)
    right = end
    if country is None:
        right, country = country_after(doc, end, known)
    name_cand = known.get(end)
    if name_cand is not None and name_cand.kind == "person" and name_cand.origin == "ner":
        if country is not None:
            name_cand.country = name_cand.country or country
            name_cand.sector = name_cand.sector or "GOV"
            name_cand.start = min(name_cand.start, left)
        return None
    return leader_candidate(left, right, country, kb, on)


def leader_candidate(
    start: int, end: int, country: str | None, kb: KnowledgeBase, on: date | None
) -> Candidate | None:
    """A candidate for the leader of a country, resolved through the knowledge base."""
    if country is None:
        return None
    office, holder = leader_of(country, kb, on)
    cand = Candidate(
        start, end, "epithet", kind="person", country=country, office=office, sector="GOV"
    )
    if holder is not None:
        cand.entry, cand.name = holder, holder.name
    return cand


def head_of_candidates(
    doc: Doc, kb: KnowledgeBase, known: TitleContext, on: date | None
) -> Iterator[Candidate]:
    """'the head of the White House', 'the chief of the Kremlin', 'the Kremlin chief'."""
    lemmas = lower_lemmas(doc)
    for i, pos in enumerate(coarse_pos(doc)):
        if i in known or pos != "NOUN" or lemmas[i] not in HEAD_NOUNS:
            continue
        token = doc[i]
        if token.tag_ == "NNS":
            continue  # 'the leaders of X and Y' are several, never the one leader of X
        end, country = country_after(doc, token.i + 1, known)
        start = token.i
        if country is None:
            start, country = country_before(doc, token.i, kb, known)
        end = max(end, token.i + 1)
        branch = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.i not in known]
        if branch and country is not None:
            # 'Cairo's security chief', 'the deputy chief': the head of a branch, or a deputy,
            # is not the leader
            agent = agent_of(branch[-1], kb) or kb.agent(branch[-1].lemma_.lower())
            sector = agent.sector if agent else "GOV"
            yield Candidate(start, end, "sector", kind="group", country=country, sector=sector)
            continue
        cand = leader_candidate(start, end, country, kb, on)
        if cand is not None:
            yield cand
