"""Find actor and place candidates in a parsed Doc: knowledge-base names, named entities,
titles, epithets, demonym + sector phrases and unnamed sources."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kronika.actors.candidates import Candidate
from kronika.actors.knowledge import ActorEntry, Agent, KnowledgeBase, names_a_state
from kronika.actors.names import fragment, in_title_case, title_case_tokens, told_in_body, trim
from kronika.lexicon import read_csv
from kronika.nlp import (
    coarse_pos,
    dep_labels,
    entities,
    head_indices,
    lower_lemmas,
    lower_texts,
    token_texts,
)
from kronika.nlp.segments import in_credit_line
from kronika.places.gazetteer import COMPASS_WORDS, REGION_WORDS, Gazetteer, GazetteerEntry, fold
from kronika.places.resolve import resolve_place

ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "attr", "dative"}
HEAD_NOUNS = {"head", "chief", "leader", "boss"}
# Craft and vehicles a body acts through: 'Chinese coast guard ships fired', 'army trucks
# blocked the road' are acts of the coast guard and the army.
CRAFT_NOUNS = frozenset({"ship", "vessel", "boat", "warship", "cutter", "frigate", "plane",
                         "aircraft", "jet", "helicopter", "drone", "truck", "vehicle", "tank",
                         "bulldozer", "car"})
# Agent nouns that, before a craft, name its kind, not its owner ('fighter jets', 'spy plane').
CRAFT_KINDS = frozenset({"fighter", "bomber", "spy", "scout"})
# Nouns of an act or its fire that a body noun set before them does ('police gunfire', 'army
# shelling', 'a police raid'): the body acts in it, as a subject would.
ACT_NOUNS = frozenset({"gunfire", "fire", "shelling", "bombardment", "airstrike", "strike",
                       "raid", "crackdown", "bullet", "shell", "shooting", "offensive",
                       "assault", "attack", "operation", "barrage"})
# Prepositions of the act or fire a harm was done by or in.
HARM_PREPS = frozenset({"by", "in"})
COMPLEMENT_PREPS = ("of", "from", "in", "within", "inside")
# Prepositions after which an unfamiliar proper noun is a location ("fighting in Omdurman").
LOCATIVE_PREPS = {"in", "near", "at", "from", "outside", "around", "into", "towards", "toward"}
# Head nouns of names of texts, not of bodies: NER tags "the Budapest Memorandum" as ORG.
DOCUMENT_HEADS = {
    "memorandum",
    "treaty",
    "agreement",
    "accord",
    "accords",
    "charter",
    "protocol",
    "convention",
    "declaration",
    "pact",
    "doctrine",
    "communique",
    "communiqué",
}


@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, str]:
    """Head nouns of unnamed sources -> anonymous | collective."""
    return {row["noun"].lower(): row["kind"] for row in read_csv("speakers.csv", ("noun", "kind"))}


_MATCHERS: dict[tuple[int, int], tuple[PhraseMatcher, PhraseMatcher]] = {}


def matchers(nlp: Language, kb: KnowledgeBase) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers over knowledge-base aliases and office phrases, built once per KB."""
    key = (id(nlp.vocab), id(kb))
    if key not in _MATCHERS:
        names = PhraseMatcher(nlp.vocab, attr="LOWER")
        offices = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenizer = nlp.tokenizer
        names.add("KB", [tokenizer(a) for a in sorted(kb.all_aliases())])
        offices.add("OFFICE", [tokenizer(p) for p in with_plurals(kb.office_phrases())])
        offices.add("EPITHET", [tokenizer(p) for p in with_plurals(kb.epithet_phrases())])
        _MATCHERS[key] = (names, offices)
    return _MATCHERS[key]


_DEMONYM_MATCHERS: dict[tuple[int, int], PhraseMatcher] = {}


def demonym_matcher(nlp: Language, kb: KnowledgeBase) -> PhraseMatcher:
    """A phrase matcher over the demonyms of several words, built once per KB."""
    key = (id(nlp.vocab), id(kb))
    if key not in _DEMONYM_MATCHERS:
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add("DEMONYM", [nlp.tokenizer(p) for p in sorted(kb.demonym_phrases())])
        _DEMONYM_MATCHERS[key] = matcher
    return _DEMONYM_MATCHERS[key]


def demonym_phrases(doc: Doc, nlp: Language, kb: KnowledgeBase) -> list[Span]:
    """'Sierra Leonean', 'Papua New Guinean': the demonyms of several words in a text, which
    NER often cuts into a fragment ('Sierra' as an organisation)."""
    spans = (doc[s:e] for _, s, e in demonym_matcher(nlp, kb)(doc))
    return [span for span in spans if all(t.text[:1].isupper() for t in span)]


def with_plurals(phrases: set[str]) -> list[str]:
    """Phrases and their plurals ('foreign ministers', 'leaders'), which name groups."""
    out = set(phrases)
    for phrase in phrases:
        if " of " in phrase or not phrase[-1:].isalpha():
            continue  # "heads of state" and "prime minister's" are not worth guessing
        out.add(
            phrase[:-1] + "ies"
            if phrase.endswith("y") and phrase[-2:-1] not in "aeiou"
            else phrase + "es"
            if phrase.endswith(("s", "sh", "ch", "x"))
            else phrase + "s"
        )
    return sorted(out)


def strip_possessive(span: Span) -> Span:
    """'Donald Trump's' -> 'Donald Trump'; leading 'the' kept out as well."""
    start, end = span.start, span.end
    while end > start + 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    while end > start + 1 and span.doc[start].lower_ == "the":
        start += 1
    return span.doc[start:end]


def agentive(span: Span) -> bool:
    """True when the span's head acts as an agent or argument, not as a location."""
    head = span.root
    if in_credit_line(span):
        return False
    if head.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if addressed(head):
        return True
    if head.dep_ != "pobj" or head.head.lower_ != "by":
        return False
    # 'was warned by Moscow', and the agent of an event noun: 'an admission by Moscow'
    return head.head.dep_ == "agent" or head.head.head.pos_ == "NOUN"


# Nouns of a measure a state takes against another ('sanctions on Moscow', 'a ban against
# Tehran'): what follows 'on' or 'against' is the party it is aimed at, not a place.
MEASURE_NOUNS = frozenset({"sanction", "sanctions", "embargo", "ban", "tariff", "tariffs",
                           "restriction", "restrictions", "measure", "measures", "pressure",
                           "penalty", "penalties", "boycott", "curb", "curbs", "levy", "duty",
                           "duties"})
# Verbs whose direct object is a party acted on, never the place of the act ('sanctioned
# Beijing', 'recognised Pristina'), unlike 'visited Moscow' or 'shelled Kyiv'.
PARTY_OBJECT_VERBS = frozenset({"sanction", "recognize", "recognise", "condemn", "criticize",
                                "criticise", "blame", "warn", "threaten", "punish", "pressure",
                                "pressurize", "pressurise", "rebuke", "snub", "defy", "reassure",
                                "thank", "praise", "congratulate", "court", "lobby", "isolate"})

def person_blamed(span: Span) -> bool:
    """A name the recognizer tags as a person that is the object of a verb taking only parties
    ('blamed Morales for the violence', 'criticised Lula'): the person, not a town of the
    name, whether or not the text names them in full."""
    head = span.root
    return head.dep_ == "dobj" and head.head.lemma_.lower() in PARTY_OBJECT_VERBS


# Verbs of giving, whose 'to' object is the one given to ('sent weapons to Kyiv'), unlike a
# destination ('flew to Kyiv').
GIVING_VERBS = frozenset({"send", "give", "supply", "deliver", "provide", "transfer", "hand",
                          "sell", "ship", "lend", "loan", "donate", "pledge", "grant"})


def patient_party(span: Span) -> bool:
    """True when a capital is the party an act is aimed at rather than where it happened:
    the recipient of a giving verb ('sent weapons to Kyiv'), a partner ('talks with
    Washington'), the one a thing is acceptable to ('acceptable to Moscow'), the target of a
    measure ('sanctions on Moscow') or the object of a verb that only takes parties
    ('sanctioned Beijing')."""
    head = span.root
    if in_credit_line(span):
        return False
    prep = head.head
    if head.dep_ == "dobj":
        return prep.lemma_.lower() in PARTY_OBJECT_VERBS
    if head.dep_ != "pobj":
        return False
    word = prep.lower_
    if word == "with" or (word == "to" and (prep.dep_ == "dative"
                                            or prep.head.lemma_.lower() in GIVING_VERBS)):
        return True
    if word in ("to", "for") and prep.head.pos_ == "ADJ":
        # 'acceptable to Moscow', 'unacceptable for Kyiv'; 'close to Kyiv' is a distance
        return prep.head.lemma_.lower() not in ("close", "near", "next", "adjacent", "closer")
    if word not in ("on", "against"):
        return False
    measured = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(t.lemma_.lower() in MEASURE_NOUNS or t.lower_ in MEASURE_NOUNS for t in measured)


# Phrasal verbs of appeal, whose prepositional object is the one asked ('called on X to').
APPEALS = frozenset({("call", "on"), ("call", "upon"), ("appeal", "to"), ("plead", "with"),
                     ("prevail", "on"), ("prevail", "upon")})


def addressed(head: Token) -> bool:
    """The one a verb asks or holds to account: the object of an object-control verb ('urged
    Manila to stop', 'called on Tehran to release') or of a charge ('accused Beijing of
    spying'), who is expected to act or answer, so a party, not a place."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # 'urged Washington and Paris to ...': both are asked
    verb = head.head
    if head.dep_ == "pobj" and (verb.head.lemma_.lower(), verb.lower_) in APPEALS:
        verb = verb.head  # 'called on X to ...', 'appealed to X to ...'
    elif head.dep_ != "dobj":
        return False
    return any((c.i > head.i and infinitive(c)) or (c.dep_ == "prep" and c.lower_ == "of")
               for c in verb.children)


def infinitive(verb: Token) -> bool:
    """A 'to' clause hanging from a verb (the parser gives it as xcomp, or as advcl)."""
    return verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def outside_credit_lines(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Candidates of a dateline or byline stay places at most, never actors."""
    out = []
    for cand in cands:
        if in_credit_line(doc[cand.start : cand.end]):
            if cand.place is None:
                continue
            cand.is_actor = False
        out.append(cand)
    return out


def kb_candidates(
    doc: Doc, nlp: Language, kb: KnowledgeBase, gaz: Gazetteer
) -> Iterator[Candidate]:
    """Spans that match a knowledge-base alias."""
    names, _ = matchers(nlp, kb)
    for _, start, end in names(doc):
        span = doc[start:end]
        text = span.text  # Span.text joins the words anew on each access
        entry = kb.lookup(text)
        if (entry is None or not case_compatible(text, entry) or names_document(span)
                or flag_or_tie(span)):
            continue
        cand = entry_candidate(start, end, entry)
        if entry.kind == "country":
            cand.place = resolve_place(text, gaz, {entry.country} if entry.country else ())
            # A capital is a government only when it acts ("Moscow views ...") or is acted on as a
            # party ("sanctions on Moscow").
            cand.is_actor = not entry.metonym or agentive(span) or patient_party(span)
        yield cand


def branch_countries(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """'Amnesty International Kenya', 'Save the Children UK': a country name that a body's
    known name modifies names the body's branch there, not a second actor."""
    bodies = {c.end: c for c in cands if c.entry is not None and c.kind == "organization"}
    out = []
    for cand in cands:
        body = bodies.get(cand.start)
        if body is not None and cand.kind == "country" and cand.end - cand.start == 1 \
                and doc[body.end - 1].dep_ == "compound" and doc[body.end - 1].head.i == cand.start:
            body.end = cand.end  # the branch is the body's
            continue
        out.append(cand)
    return out


def names_document(span: Span) -> bool:
    """'Budapest' in 'the Budapest Memorandum', 'Paris' in 'the Paris Agreement': part of the
    name of a text, neither a place nor an actor (and so is a whole such ORG entity)."""
    root = span.root
    if root.lower_ in DOCUMENT_HEADS:
        return True
    return (
        root.dep_ == "compound" and root.head.lower_ in DOCUMENT_HEADS and root.head.i >= span.end
    )


def entry_candidate(start: int, end: int, entry: ActorEntry) -> Candidate:
    """A span that names a knowledge-base entry."""
    return Candidate(
        start,
        end,
        "kb",
        kind=entry.kind,
        name=entry.name,
        country=entry.country,
        sector=entry.sector,
        entry=entry,
    )


def case_compatible(text: str, entry) -> bool:
    """An all-caps alias ('US', 'WHO') matches only all-caps text, not 'us' or 'who'; a
    capitalised name never matches a lower-case word ('bush', 'trump card')."""
    if text.isupper():
        return True
    forms = [a for a in (entry.name, *entry.aliases) if a.lower() == text.lower()]
    if forms and text.islower() and all(not f.islower() for f in forms):
        return False
    return not forms or any(not f.isupper() for f in forms)


def ner_candidates(doc: Doc, kb: KnowledgeBase, gaz: Gazetteer) -> Iterator[Candidate]:
    """Named entities, with knowledge-base and gazetteer correction of the NER label. A
    fragment is no name; in a title-cased line only a known or body-attested name is one."""
    title = title_case_tokens(doc)
    surnames = person_surnames(doc, title)
    placed = placed_names(doc)
    bodies = names_before_body_nouns(doc)
    for ent in entities(doc):
        if ent.label_ not in ACTOR_LABELS | PLACE_LABELS and not titled_name(ent):
            continue  # 'Benue Governor Hyacinth Alia' may be tagged as an event
        span = trim(strip_possessive(ent))
        if not len(span) or names_document(span) or fragment(span):
            continue
        text = span.text  # Span.text joins the words anew on each access
        entry = kb.lookup(text) or kb.fuzzy(text)
        if entry is not None and not case_compatible(text, entry):
            continue  # 'a bush fire' tagged PERSON: a lower-case word is no name
        if entry is None and unattested_title(span, ent.label_, title, kb, gaz):
            continue
        if portfolio(span, kb):
            continue
        if entry is None and opening_common_noun(span, kb):
            continue  # 'Gangs killed eight people': a capital at the start, no one's name
        if flag_or_tie(span):
            continue  # 'a Panama-flagged ship': the flag, no party
        if entry is None and opens_office(span, kb):
            continue  # 'Gang' of 'Gang leader Jimmy Cherizier': a word of a title, no body
        if entry is None and ent.label_ == "ORG" and (text.islower() or sector_before_title(
                span, kb)):
            # 'Cambodia's defence ministry', 'Army spokesman X': a body named by common
            # nouns is a sector's, not an organisation of that name
            continue
        if entry is None and ent.label_ == "PERSON" and len(span) == 1 and kb.demonym(text):
            continue  # 'Azerbaijani territory' tagged a person: a demonym is no one's name
        if entry is None and ent.label_ == "PERSON" and (body := apposed_body(ent)) is not None:
            # 'Plataforma Decide, a civil society group monitoring the unrest': the
            # description says what the name is (tagged as a person), and often its sector
            yield Candidate(span.start, span.end, "ner", kind="organization", name=text,
                            sector=phrase_sector(body, kb))
            continue
        if entry is None and ent.label_ == "PERSON" and text in bodies:
            # 'the ruling Frelimo party' tagged as a person, and 'Frelimo' wherever it stands
            yield Candidate(span.start, span.end, "ner", kind="organization", name=text,
                            sector=bodies[text])
            continue
        ranked = ranked_person(span, kb) if ent.label_ in ("PERSON", "ORG") else None
        ranked = ranked or (minister_person(span, kb) if ent.label_ == "PERSON" else None)
        if ranked is not None:
            yield ranked
            continue
        if entry is None and len(span) > 1 and described_as_person(ent):
            # 'Nika Melia, a leader of the opposition', tagged as an organisation
            yield Candidate(span.start, span.end, "ner", kind="person", name=text)
            continue
        person_noun = (person_noun_before(span, kb)
                       if entry is None and ent.label_ in TITLED_MISLABELS else None)
        if person_noun is not None and person_like_name(span):
            # 'founded by billionaire Bidzina Ivanishvili', tagged as an organisation
            yield Candidate(span.start, span.end, "ner", kind="person", name=text,
                            sector=person_noun.sector or None)
            continue
        if (entry is None and ent.label_ in SURNAME_MISLABELS and text in surnames
                and surname_over_place(span, gaz)):
            # 'sanctions on Dagalo' after 'Mohamed Hamdan Dagalo', tagged a place or a body
            yield Candidate(span.start, span.end, "ner", kind="person", name=text)
            continue
        settled = people_in_country(span, kb) if kb.lookup(text) is None else None
        if settled is not None:
            yield Candidate(  # a people is its civilians (CAMEO CVL)
                span.start, span.end, "demonym", kind="group", name=text, country=settled,
                sector="CVL",
            )
        elif entry is not None:
            yield entry_candidate(span.start, span.end, entry)
        elif (half := named_half(span, kb)) is not None:
            yield entry_candidate(span.start, span.end, half)
        elif listed_region(text, gaz):
            # 'across Crimea' (tagged ORG), 'Somaliland's leader' (tagged ORG or PERSON)
            yield from place_candidate(span, "GPE", kb, gaz)
        elif ent.label_ == "NORP":
            yield from demonym_candidate(span, kb)
        elif ent.label_ in PLACE_LABELS or (
            ent.label_ == "PERSON" and (after_locative(span) or owning_place(span, gaz, surnames)
                                        or not agentive(span) and text not in surnames
                                        and not person_blamed(span))
            and not titled(span.root)
        ):  # 'blamed Morales' after 'Evo Morales' is the man, not the town of Morales
            yield from place_candidate(span, ent.label_, kb, gaz)
        elif ent.label_ == "PERSON" and (definite(span) or named_as_body(span)):
            # 'the Mossad said', 'militant group Lashkar-e-Taiba': a body's name, no person's
            yield Candidate(span.start, span.end, "ner", kind="organization", name=text)
        elif ent.label_ == "PERSON":
            yield Candidate(span.start, span.end, "ner", kind="person", name=text)
        elif (before_title(span) or after_locative(span)) and (
                (resolve_place(text, gaz) if before_title(span) or places_people(span, kb)
                 else None) or named_region(text, gaz)):
            # 'Sinaloa Governor X', 'Lviv Mayor X', 'violence in Sinaloa' (tagged ORG): the
            # place of the office; a region only one country has
            yield from place_candidate(span, "GPE", kb, gaz)
        elif span[-1].lower_.rstrip("s") in REGION_WORDS and resolve_place(text, gaz):
            # NER tags "Donetsk Oblast" as ORG; the gazetteer knows it as a region.
            yield from place_candidate(span, "GPE", kb, gaz)
        elif with_region_word(span) is not span and resolve_place(with_region_word(span).text,
                                                                  gaz):
            # 'in Sinaloa state' with only 'Sinaloa' tagged ORG: the region the text calls one
            yield from place_candidate(span, "GPE", kb, gaz)
        elif text in placed and resolve_place(text, gaz):
            # 'the city of El Fasher' (tagged ORG): a known town the text calls a settlement
            # is a place wherever the text names it
            yield from place_candidate(span, "GPE", kb, gaz)
        else:
            end, country = of_country_tail(span, kb)
            sector = force_sector(span, sector_of_head(span.root, kb)
                                  or described_sector(span, kb) or name_head_sector(span))
            yield Candidate(
                span.start,
                end,
                "ner",
                kind="organization",
                name=span.doc[span.start : end].text if end > span.end else text,
                country=country or country_from_modifiers(span, kb) or (
                    None if sector else parent_body_code(span, kb)),
                sector=sector,
            )


def opening_common_noun(span: Span, kb: KnowledgeBase) -> bool:
    """A lone plural agent noun the tagger took for a name because it opens a sentence
    ('Gangs killed eight people', 'Militants stormed the base'): the sector noun it is."""
    word = span[0]
    return len(span) == 1 and word.is_sent_start and word.tag_ == "NNS" \
        and word.text[:1].isupper() and not word.text.isupper() and agent_of(word, kb) is not None


def of_country_tail(span: Span, kb: KnowledgeBase) -> tuple[int, str | None]:
    """'the Law Society of Kenya', 'the Supreme Court of Pakistan': a body's name the
    recognizer ended before 'of' and a country; the end of the whole name and the country
    (the span's own end and None when no country follows)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return span.end, None
    tail = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ == "GPE"), None)
    entry = kb.lookup(tail.text) if tail is not None else None
    if entry is None or entry.kind != "country" or entry.metonym:
        return span.end, None
    return tail.end, entry.country


def sector_before_title(span: Span, kb: KnowledgeBase) -> bool:
    """'Army' in 'Army spokesman Colonel X': one capitalised sector noun right before an
    office title, which says whose the holder is."""
    doc = span.doc
    return (len(span) == 1 and span.end < len(doc) and agent_of(span[0], kb) is not None
            and kb.office_key(doc[span.end].text) is not None)


def opens_office(span: Span, kb: KnowledgeBase) -> bool:
    """Whether a name and the words right after it make an office phrase written before a
    person's name: the recognizer tags the first word of 'Gang leader X' or 'Cartel boss X'
    as a body of its own ('resigned as Foreign Affairs minister' keeps its ministry)."""
    doc = span.doc
    return any(doc[span.end + n].pos_ == "PROPN"  # the cheap test first: asked of every name
               and kb.office_key(doc[span.start : span.end + n].text)
               for n in (1, 2) if span.end + n < len(doc))


# Nouns of settlements: 'the city of X' names a place, whatever the recognizer calls X.
SETTLEMENT_WORDS = frozenset({"city", "town", "village", "capital", "port", "district"})


def placed_names(doc: Doc) -> frozenset[str]:
    """The names the text calls settlements ('the city of X'): only a place can be one. (A
    locative preposition is weaker evidence: 'the killings in X' may name a body's office.)"""
    out: set[str] = set()
    lowers = lower_texts(doc)
    for ent in entities(doc):
        before = lowers[max(ent.start - 2, 0) : ent.start]
        if before[-1:] == ["of"] and before[0] in SETTLEMENT_WORDS:
            out.add(ent.text)
    return frozenset(out)


# The labels the recognizer gives a lone surname it does not take for a person.
SURNAME_MISLABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})


def surname_over_place(span: Span, gaz: Gazetteer) -> bool:
    """Whether a lone surname of a person the text names in full is that person rather than a
    place of the name: always where no place has it, and where only a town or a region has it
    and no locative preposition stands before it ('Alia accused ...' after 'Governor Hyacinth
    Alia' is no Lebanese town; 'in Alia' is); a country's name is the country."""
    place = resolve_place(span.text, gaz)
    return place is None or (place.kind != "country" and not after_locative(span))


def person_surnames(doc: Doc, title: set[int]) -> frozenset[str]:
    """The last words of the people the recognizer names in full in running text ('Dagalo'
    of 'Mohamed Hamdan Dagalo', 'Tabe' of 'Jean-Luc Tabe'; a title-cased headline's 'Police
    Question Besigye' is no name): a lone mention of one is the person, whatever label it gets."""
    return frozenset(ent[-1].text for ent in entities(doc)
                     if (ent.label_ == "PERSON" or described_as_person(ent)
                         or titled_name(ent)) and len(ent) > 1
                     and not in_title_case(ent, title)
                     and all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in ent))


# Nouns of an apposition that say a name is a person's ('X, a leader of ...').
PERSON_APPOSITIONS = frozenset({"leader", "chairman", "chairwoman", "spokesman", "spokeswoman",
                                "minister", "activist", "lawmaker", "candidate", "commander",
                                "journalist", "lawyer"})


# Labels the recognizer gives a person's name after a title ('Governor Hyacinth Alia').
TITLED_MISLABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT",
                              "LAW"})


def titled_name(ent: Span) -> bool:
    """Two or three proper nouns given a label of no person (``TITLED_MISLABELS``: a body, a
    place, a facility, an event ...) right after a capitalised title that modifies them
    ('Benue Governor Hyacinth Alia')."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return (ent.label_ in TITLED_MISLABELS and before is not None and before.is_title
            and before.pos_ == "PROPN" and before.head.i in range(ent.start, ent.end)
            and person_like_name(ent))


def described_as_person(ent: Span) -> bool:
    """A name of two or three proper nouns that the recognizer tagged otherwise and that an
    apposition describes as a person ('Nika Melia, a leader of the opposition', tagged as
    an organisation); a name of a body ('the Labour Party, a leader of ...') is none."""
    return (ent.label_ in ("ORG", "GPE", "NORP") and 2 <= len(ent) <= 3
            and all(t.pos_ == "PROPN" and t.lower_ not in BODY_NAME_WORDS for t in ent)
            and any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_APPOSITIONS
                    for c in ent.root.children))


def apposed_body(ent: Span) -> Token | None:
    """The body noun of an apposition that describes a name ('X, a civil society group'),
    if there is one."""
    return next((c for c in ent.root.children
                 if c.dep_ == "appos" and c.tag_ == "NN" and c.lower_ in NAMED_BODY_NOUNS), None)


def phrase_sector(noun: Token, kb: KnowledgeBase) -> str | None:
    """The sector of the longest known phrase ending in a noun, its modifiers included
    ('civil society group': NGO; 'armed group': UAF)."""
    for first in range(noun.left_edge.i, noun.i + 1):
        agent = kb.agent(noun.doc[first:noun.i + 1].text.lower())
        if agent is not None:
            return agent.sector or None
    return None


def person_noun_before(span: Span, kb: KnowledgeBase) -> Agent | None:
    """The noun for one person right before a name and modifying it ('billionaire X',
    'activist X', 'Benue Governor X' with the name tagged as a facility), if there is one."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None or not (before.is_lower or before.is_title) \
            or before.head.i not in range(span.start, span.end):
        return None
    agent = kb.agent(before.lower_)
    return agent if agent is not None and agent.person else None


def person_like_name(span: Span) -> bool:
    """Two or three proper nouns none of which ends the names of bodies."""
    return 2 <= len(span) <= 3 and all(
        t.pos_ == "PROPN" and t.lower_ not in BODY_NAME_WORDS for t in span)


# Words that end the names of bodies, never of people.
BODY_NAME_WORDS = frozenset({"party", "movement", "front", "council", "union", "alliance",
                             "coalition", "group", "army", "forces", "committee", "league",
                             "association", "organization", "organisation", "ministry", "company",
                             "bank", "court", "congress", "parliament", "assembly", "agency"})


def is_rank(token: Token, kb: KnowledgeBase) -> bool:
    """A capitalised military rank or its abbreviation ('General', 'Gen.'); the tokenizer may
    split off an abbreviation's period ('Lt' '.'), which then belongs to the rank."""
    doc = token.doc
    if token.text == "." and token.i > 0 and doc[token.i - 1].text != ".":
        token = doc[token.i - 1]
    if not token.text[:1].isupper() or token.tag_ in ("NNS", "NNPS") or part_of_title(token, kb):
        return False
    split = token.i + 1 < len(doc) and doc[token.i + 1].text == "."
    if token.text == "Major" and token.i + 1 < len(doc) and doc[token.i + 1].text == "General":
        return True  # 'Major' alone is no rank word ('a major attack'), 'Major General' is one
    agent = kb.agent(token.lower_ + "." if split else token.lower_)
    return agent is not None and agent.sector == "MIL"


def part_of_title(token: Token, kb: KnowledgeBase) -> bool:
    """'General' in 'Secretary-General', 'Attorney General', 'Inspector General': a rank word
    after a hyphen or after a capitalised noun that is neither a rank, a demonym nor a
    country ends another title ('Army General', 'Syrian General' and 'US General' do not)."""
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    if prev.text in ("-", "–"):
        return True
    if not prev.is_alpha or not prev.text[:1].isupper() or prev.pos_ not in ("NOUN", "PROPN"):
        return False
    if kb.demonym(prev.text) or prev.text == "Major":
        return False
    entry = kb.lookup(prev.text)
    if entry is not None and entry.kind == "country":
        return False
    agent = kb.agent(prev.lower_)
    return agent is None or agent.sector != "MIL"


def ranked_person(span: Span, kb: KnowledgeBase) -> Candidate | None:
    """'Lt. Gen. Marcel Dorval', 'Colonel Ana Ruiz': a name after military ranks (inside the
    entity or just before it) is a military person, whatever label NER gave it; the ranks are
    part of the mention, not of the name."""
    doc = span.doc
    start = span.start
    while start > 0 and start > span.start - 5 and is_rank(doc[start - 1], kb):
        start -= 1
    first = span.start
    while first < span.end and is_rank(doc[first], kb):
        first += 1
    name = doc[first : span.end]
    if (first, start) == (span.start, span.start) or len(name) < 2:
        return None
    if any(t.pos_ != "PROPN" or kb.agent(t.lower_) for t in name):
        return None
    entry = kb.lookup(name.text)
    if entry is not None:
        return entry_candidate(start, span.end, entry)
    country = None
    if start > 0:  # 'Syrian General X', 'US Army Gen. X': the country before the ranks
        before = kb.lookup(doc[start - 1].text)
        country = kb.demonym(doc[start - 1].text) or (
            before.country if before is not None and before.kind == "country" else None
        )
    start -= country is not None
    return Candidate(
        start, span.end, "ner", kind="person", name=name.text, country=country, sector="MIL"
    )


# Capitalised nouns that end a portfolio title before a name ('Trade Minister X').
MINISTER_WORDS = frozenset(["Minister", "Secretary"])
MAX_PORTFOLIO_WORDS = 4


def nation_of(token: Token, kb: KnowledgeBase) -> str | None:
    """The country a demonym or a country's name stands for ('Serbian', 'Serbia')."""
    entry = kb.lookup(token.text)
    country = entry.country if entry is not None and entry.kind == "country" else None
    return kb.demonym(token.text) or country


def portfolio(span: Span, kb: KnowledgeBase) -> bool:
    """'Labour' or 'Trade' in 'Labour Minister X', 'State' in 'Secretary of State X': a
    capitalised word beside 'Minister' names the portfolio, not a person or a party (NER
    often tags it so)."""
    doc = span.doc
    if not all(t.is_title for t in span) or nation_of(span[0], kb) is not None:
        return False
    # 'Secretary of State X', 'Minister of Defence': the portfolio after the title
    after_title = (span.start > 1 and doc[span.start - 1].lower_ == "of"
                   and doc[span.start - 2].text in MINISTER_WORDS)
    return after_title or (span.end < len(doc) and doc[span.end].text in MINISTER_WORDS)


def minister_person(span: Span, kb: KnowledgeBase) -> Candidate | None:
    """'Serbian Labour Minister Dragan Milo', 'Planning and Investment Minister X': a name after
    a portfolio title the offices do not list is a member of a government; a demonym or a
    country just before the title gives its country. Titles the offices list ('Foreign
    Minister') are left to them."""
    doc = span.doc
    title = span.start - 1
    if title < 1 or doc[title].text not in MINISTER_WORDS or len(span) < 2:
        return None
    start = title
    while (
        start > 0
        and title - start < MAX_PORTFOLIO_WORDS
        and (doc[start - 1].is_title or doc[start - 1].lower_ in ("and", "&"))
        and nation_of(doc[start - 1], kb) is None
    ):
        start -= 1
    if start == title or any(kb.office_key(doc[k : title + 1].text) for k in range(start, title)):
        return None
    while doc[start].lower_ in ("and", "&"):
        start += 1
    # 'Serbian Labour Minister X', 'Kenya's Trade Minister X'; the mention is the name alone
    owner = start - 2 if start > 1 and doc[start - 1].tag_ == "POS" else start - 1
    country = nation_of(doc[owner], kb) if owner >= 0 else None
    return Candidate(
        span.start, span.end, "ner", kind="person", name=span.text, country=country, sector="GOV"
    )


# Nations whose "X Ys" names Ys of X descent ('Russian Americans' are Americans).
HYPHENATED_NATIONS = {"americans", "canadians", "australians"}


def people_in_country(span: Span, kb: KnowledgeBase) -> str | None:
    """'Bosnian Serbs', 'Iraqi Kurds', 'Kosovo Albanians': a people named with the country
    it lives in belongs to that country (the CAMEO convention), not to its kin state."""
    root = span.root
    if len(span) < 2 or root.i != span.end - 1 or root.tag_ not in ("NNS", "NNPS"):
        return None
    if not kb.demonym(root.text) or root.lower_ in HYPHENATED_NATIONS:
        return None
    for token in span[:-1]:
        entry = kb.lookup(token.text)
        code = kb.demonym(token.text) or (
            entry.country if entry is not None and entry.kind == "country" else None
        )
        if code:
            return code
    return None


def titled(tok: Token) -> bool:
    """Whether a name comes after a common noun that says what its bearer is ('former
    president Morales', 'opposition leader X'), which no town's name has."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i for c in tok.children)


def unattested_title(
    span: Span, label: str, title: set[int], kb: KnowledgeBase, gaz: Gazetteer
) -> bool:
    """An unknown entity in a title-cased line ('Syrian Government Shelling', 'Dangers')
    that neither the gazetteer, the demonyms nor the body of the text vouch for."""
    if not in_title_case(span, title) or told_in_body(span, title, person=label == "PERSON"):
        return False
    if label == "NORP" and (kb.demonym(span.text) or kb.demonym(span.root.text)):
        return False
    return resolve_place(span.text, gaz) is None


def place_candidate(
    span: Span, label: str, kb: KnowledgeBase, gaz: Gazetteer
) -> Iterator[Candidate]:
    """A toponym; a country name is an actor too. A PERSON that the gazetteer knows and that
    does not act in its clause (no subject, no possessor) is taken as a place: NER often tags
    unfamiliar city names as people ('strikes hit Kherson', 'shelled Khan Younis')."""
    span = with_region_word(span)
    place = resolve_place(span.text, gaz)
    if place is None and (label == "GPE" or before_title(span)):
        place = named_region(span.text, gaz)  # 'Texas', 'Sinaloa Governor X'
    if place is None:
        if label == "PERSON" and not definite(span):  # 'over the Danube': no one's name
            yield Candidate(span.start, span.end, "ner", kind="person", name=span.text)
        elif label == "GPE":
            yield Candidate(
                span.start, span.end, "ner", kind="country", name=span.text, is_actor=agentive(span)
            )
        return
    yield toponym_candidate(span, place, is_actor=place.kind == "country" or agentive(span)
                           or patient_party(span))


def toponym_candidate(span: Span, place: GazetteerEntry, *, is_actor: bool) -> Candidate:
    """A resolved toponym; a country, or a capital acting in its clause, is an actor too."""
    return Candidate(
        span.start,
        span.end,
        "ner",
        kind="country",
        name=place.name,
        country=place.country,
        place=place,
        is_actor=is_actor,
    )


def with_region_word(span: Span) -> Span:
    """'Kherson' followed by 'region' or 'Oblast' names the region, not the city."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_.rstrip("s") in REGION_WORDS:
        return doc[span.start : span.end + 1]
    return span


# Titles of offices held in a region or a city ('Texas Governor X', 'Lviv Mayor X').
LOCAL_TITLES = frozenset({"governor", "mayor", "chief minister", "premier", "deputy governor",
                          "deputy mayor", "lieutenant governor", "regional governor"})


def before_title(span: Span) -> bool:
    """Whether a capitalised local office title follows a name right after it, or a local
    office owned by it does ("Benue's governor")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].tag_ == "POS" \
            and doc[span.end + 1].lower_ in LOCAL_TITLES:
        return True
    for width in (2, 1):
        words = doc[span.end : span.end + width]
        if len(words) == width and all(t.is_title for t in words) and (
                words.text.lower() in LOCAL_TITLES):
            return True
    return False


def places_people(span: Span, kb: KnowledgeBase) -> bool:
    """Whether a name is where a group of people is ('police in Karachi', 'officials in
    Goma'): the object of 'in' hung on a noun of agents, which only a place can be."""
    prep = span.doc[span.start - 1] if span.start else None
    return (prep is not None and prep.lower_ == "in" and span.root.head.i == prep.i
            and prep.head.pos_ == "NOUN" and agent_of(prep.head, kb) is not None)


def named_region(name: str, gaz: Gazetteer) -> GazetteerEntry | None:
    """The first-level region a name spells out, when only one country has one by that name
    ('Sinaloa'; not 'Punjab', which India and Pakistan both have)."""
    if fold(name) in COMPASS_WORDS:
        return None  # 'the North' of a Korean story is no region of Cameroon
    regions = [c for c in gaz.candidates(name) if c.kind == "region"
               and fold(c.name) == fold(name)]
    return regions[0] if len({r.country for r in regions}) == 1 else None


# Nouns a description puts right before the name of the body it describes ('the militant
# group Hamas', 'the peacekeeping force KFOR', 'the UN mission MONUSCO').
NAMED_BODY_NOUNS = frozenset({"group", "movement", "organisation", "organization", "force",
                              "militia", "mission", "party", "alliance", "coalition", "faction",
                              "network", "agency"})


def named_as_body(span: Span) -> bool:
    """Whether a body noun right before a name describes it ('militant group Lashkar-e-Taiba'
    tagged as a person): the name is the body's."""
    before = span.doc[span.start - 1] if span.start else None
    # the parser often makes the two nouns two subjects: the words' order is what tells
    return before is not None and before.lower_ in NAMED_BODY_NOUNS and before.tag_ == "NN"


def names_before_body_nouns(doc: Doc) -> dict[str, str | None]:
    """Names tagged as people that some phrase of the text shows to be a body's, by the
    body noun they modify ('the ruling Frelimo party', 'the Wagner group'), with the sector
    that noun tells (a party's): the same name elsewhere in the text ('Frelimo has governed
    since 1975') is the body too."""
    out: dict[str, str | None] = {}
    for ent in entities(doc):
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "PERSON" and after is not None and after.lower_ in NAMED_BODY_NOUNS and (
                after.tag_ == "NN" and ent.root.dep_ == "compound" and ent.root.head.i == after.i):
            out[ent.text] = "PTY" if after.lower_ == "party" else out.get(ent.text)
    return out


def definite(span: Span) -> bool:
    """Whether 'the' opens a name ('the Danube'), which no person's name takes."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the" and (
        span.doc[span.start - 1].head.i in range(span.start, span.end))


# Words that, after "the", name one half of a divided land ('talks with the North').
HALF_WORDS = ("North", "South")


def named_half(span: Span, kb: KnowledgeBase) -> ActorEntry | None:
    """'the North' in a text that names North Korea (and no other country whose name opens
    with 'North'): that country, as news writes of a divided land."""
    if span.text not in HALF_WORDS or span.start == 0 \
            or span.doc[span.start - 1].lower_ != "the":
        return None
    doc, word = span.doc, span.text
    found = {entry.name: entry for i, text in enumerate(token_texts(doc)) if text == word
             for end in (i + 2, i + 3) if end <= len(doc) and doc[i + 1].is_title
             and (entry := kb.lookup(doc[i:end].text)) is not None and entry.kind == "country"}
    return next(iter(found.values())) if len(found) == 1 else None


def half_candidates(doc: Doc, kb: KnowledgeBase, known: dict[int, Candidate]
                    ) -> Iterator[Candidate]:
    """'the North' the recognizer left untagged ('dialogue with the North'), in a text that
    names North Korea: that country (``named_half``)."""
    for i, word in enumerate(token_texts(doc)):  # a Token only for 'North' or 'South'
        if word not in HALF_WORDS or i in known or i + 1 < len(doc) and (
                doc[i + 1].pos_ == "PROPN" or doc[i + 1].is_title):
            continue  # 'North Korea', 'South Africa': a longer name
        if (entry := named_half(doc[i:i + 1], kb)) is not None:
            yield entry_candidate(i, i + 1, entry)


def listed_region(text: str, gaz: Gazetteer) -> bool:
    """Whether a name is a region of data/regions.csv ('Crimea', 'Darfur'), which names no
    person or body whatever label the recognizer gives it."""
    if not any(c.listed for c in gaz.candidates(text)):
        return False  # most names: no ranking of their places needed
    place = resolve_place(text, gaz)
    return place is not None and place.listed


def owning_place(span: Span, gaz: Gazetteer, surnames: frozenset[str]) -> bool:
    """A one-word name tagged as a person that owns a noun and that the gazetteer knows as
    a country or a region, and no one in the text bears as a surname ("Transnistria's
    separatist leader"): the place."""
    if len(span) != 1 or span.root.dep_ != "poss" or span.text in surnames:
        return False
    place = resolve_place(span.text, gaz)
    return place is not None and place.kind in ("country", "region")


def after_locative(span: Span) -> bool:
    """Whether a locative preposition ('in', 'near', 'from') directly precedes the span."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE_PREPS


def region_list_candidates(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """'the Zaporozhye and Kherson regions': every name listed before a plural region word is
    a region of its own (the parser and NER see only the last one)."""
    for n, word in enumerate(lower_texts(doc)):  # a Token only for a plural region word
        if not word.endswith("s") or word.rstrip("s") not in REGION_WORDS:
            continue
        token = doc[n]
        runs: list[list[Token]] = [[]]
        i = token.i - 1
        while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("and", ",")):
            if doc[i].pos_ == "PROPN":
                runs[-1].insert(0, doc[i])
            elif runs[-1]:
                runs.append([])
            i -= 1
        runs = [r for r in runs if r]
        if len(runs) < 2:
            continue  # one name before "regions" is no list
        for run in runs:
            span = doc[run[0].i : run[-1].i + 1]
            toponym = span.text + " region"
            place = resolve_place(toponym, gaz)
            if place is None or place.kind == "country":
                continue  # a region the gazetteer lacks keeps its namesake city
            end = token.i + 1 if run[-1].i == token.i - 1 else span.end
            yield Candidate(
                span.start,
                end,
                "ner",
                kind="country",
                name=place.name,
                country=place.country,
                place=place,
                is_actor=False,
                toponym=toponym,
            )


def locative_candidates(
    doc: Doc, gaz: Gazetteer, known: dict[int, Candidate]
) -> Iterator[Candidate]:
    """Proper nouns that NER missed but that follow a locative preposition and that the
    gazetteer knows as a city ('clashes in Omdurman')."""
    for i, pos in enumerate(coarse_pos(doc)):
        if i in known or pos != "PROPN":
            continue
        token = doc[i]
        if token.dep_ != "pobj" or token.ent_type_ in ("DATE", "TIME"):
            continue  # 'stormed the compound in March': a month, not the English town
        if token.head.lower_ not in LOCATIVE_PREPS:
            continue
        start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
        if any(i in known for i in range(start, token.i + 1)) or not after_locative(
            doc[start : token.i + 1]
        ):
            continue
        span = doc[start : token.i + 1]
        place = resolve_place(span.text, gaz)
        if place is None or place.kind != "city":
            continue
        yield toponym_candidate(span, place, is_actor=False)


def surname_candidates(doc: Doc, known: dict[int, Candidate]) -> Iterator[Candidate]:
    """A surname of a person named in full elsewhere in running text, standing alone where the
    recognizer tagged nothing ('Arce, once Morales' finance minister, said')."""
    surnames = person_surnames(doc, title_case_tokens(doc))
    if not surnames:
        return
    lowered = {name.lower() for name in surnames}
    for i, word in enumerate(lower_texts(doc)):  # a Token only for a surname's word
        if word not in lowered or i in known:
            continue
        token = doc[i]
        if token.text not in surnames or token.pos_ != "PROPN" or token.ent_type_ \
                or token.dep_ == "compound" or (
                i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
            continue  # part of a longer name, or a name the recognizer read otherwise
        yield Candidate(i, i + 1, "ner", kind="person", name=token.text)


# Nouns for one person that a name in apposition renames ('the head of the commission,
# Ana Ruiz,'), beyond PERSON_APPOSITIONS and the knowledge base's person nouns.
PERSON_HEAD_NOUNS = PERSON_APPOSITIONS | frozenset({
    "head", "chief", "director", "chair", "president", "secretary", "mayor", "governor",
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow"})


def apposed_name_candidates(doc: Doc, kb: KnowledgeBase,
                            known: dict[int, Candidate]) -> Iterator[Candidate]:
    """A name of two or three proper nouns that the recognizer missed, set off in apposition
    to a noun for one person ('The head of the election commission, Ana Ruiz, said'): the
    noun says the name is a person's."""
    for token in doc:
        if token.dep_ != "appos" or token.pos_ != "PROPN" or token.i in known:
            continue
        head = token.head
        noun = head.lemma_.lower()
        agent = kb.agent(noun) if head.pos_ == "NOUN" else None
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not (
                noun in PERSON_HEAD_NOUNS or (agent is not None and agent.person)):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token:
            start -= 1
        span = doc[start:token.i + 1]
        if any(t.ent_type_ or t.i in known or not t.is_title for t in span) \
                or not person_like_name(span) or start == 0 or doc[start - 1].text != ",":
            continue
        yield Candidate(span.start, span.end, "ner", kind="person", name=span.text)


def demonym_candidate(span: Span, kb: KnowledgeBase) -> Iterator[Candidate]:
    """'Ukrainians', 'the Americans' (a people) or 'Russian' modifying a noun (the country)."""
    code = kb.demonym(span.text) or kb.demonym(span.root.text)
    if code is None or flag_or_tie(span):
        return
    head = span.root
    if head.dep_ == "amod" and is_group_noun(head.head, kb) and not demonym_list(head, kb):
        return  # "Russian army", "Russian dictator": the phrase is handled as a whole
    # the parser reads a listed demonym as a name modifier too ('Thai<nmod and Cambodian troops')
    modifier = ("amod", "nmod") if demonym_list(head, kb) or head.dep_ == "conj" else ("amod",)
    first = head if head.dep_ in modifier else head.head
    shares_noun = (head.dep_ in ("conj", *modifier) and first.dep_ in modifier
                   and kb.demonym(first.text) and (first.dep_ == "amod" or demonym_list(first, kb)))
    if shares_noun and is_group_noun(first.head, kb):
        # "the Russian and Ukrainian delegations": the second demonym shares the noun
        agent = kb.agent(first.head.lemma_.lower())
        if agent is not None:
            yield Candidate(
                span.start, span.end, "sector", kind="group", country=code, sector=agent.sector
            )
        return
    if one_of_a_people(head):
        yield Candidate(
            span.start, span.end, "ner", kind="person", name=span.text, country=code, sector="CVL"
        )
        return
    name = kb.country_name(code) or code
    kind = "country" if len(code) == 3 and kb.country_name(code) else "group"
    if kind == "country" and named_people(head):
        # 'ethnic Albanians' are of a descent, not of the kin state: the text places them
        ethnic = any(c.lower_ == "ethnic" for c in head.lefts)
        name = f"ethnic {span.text}" if ethnic else ""
        country = None if ethnic else code
        # 'armed Serbs' are armed men of that people, not its civilians (CAMEO UAF)
        armed = any(c.lower_ == "armed" for c in head.lefts)
        yield Candidate(span.start, span.end, "sector", name=name, country=country,
                        sector="UAF" if armed else "CVL")
        return
    yield Candidate(span.start, span.end, "demonym", kind=kind, name=name, country=code)


# Participles after 'X-' that give where a ship or plane is registered, not who owns or
# sails it: a 'Liberian-flagged tanker' is no act of Liberia's.
REGISTRY_WORDS = frozenset({"flagged", "registered"})
# Participles after 'X-' that tie a body to X without making it X: 'the al-Qaeda-linked
# group' is another group, 'an Iran-aligned militia' no part of Iran's state.
TIE_WORDS = frozenset({"linked", "affiliated", "aligned", "inspired", "allied"})


def hyphen_word(span: Span) -> str:
    """The word joined to a name by a hyphen right after it ('flagged' of 'Liberian-
    flagged'), or ''."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in ("-", "–"):
        return doc[span.end + 1].lower_
    return ""


def flag_or_tie(span: Span) -> bool:
    """Whether a name only gives a vessel's flag ('a Liberian-flagged tanker') or a tie of
    another body's ('the al-Qaeda-linked group')."""
    word = hyphen_word(span)
    return word in REGISTRY_WORDS or word in TIE_WORDS


def named_people(head: Token) -> bool:
    """'300 Palestinians', 'young Algerians', 'Ghanaians were turned back': a plural demonym
    noun that is not 'the X' names people of the country (CAMEO civilians); 'the Americans
    said' more often stands for the state and stays the country."""
    if head.tag_ not in ("NNS", "NNPS") or head.dep_ in ("amod", "compound", "poss"):
        return False
    return not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


SINGLE_DETERMINERS = frozenset(["a", "an", "every", "another", "each", "any"])


def one_of_a_people(head: Token) -> bool:
    """'a New Zealander', 'every other Briton': a singular demonym noun with an indefinite
    or distributive determiner names one person of the country, not its state."""
    return (
        head.tag_ in ("NN", "NNP")
        and head.dep_ not in ("amod", "compound", "poss", "nmod")
        and any(c.dep_ == "det" and c.lower_ in SINGLE_DETERMINERS for c in head.children)
    )


def demonym_list(token: Token, kb: KnowledgeBase) -> bool:
    """Whether a demonym heads a list of demonyms ('Russian and Ukrainian delegations')."""
    return any(c.dep_ == "conj" and kb.demonym(c.text) for c in token.children)


# Nouns of organised collectives that take their sector from the noun before them.
COLLECTIVE_HEADS = frozenset(
    [
        "group",
        "unit",
        "faction",
        "movement",
        "wing",
        "member",
        "cell",
        "network",
        "leader",
        "supporter",
        "candidate",
        "commander",
        "official",
        "spokesman",
        "representative",
    ]
)


def agent_of(token: Token, kb: KnowledgeBase) -> Agent | None:
    """The sector agent of a noun: a two-word agent with its modifier first ('rebel groups',
    'riot police', 'security forces'), else the noun by lemma or as written ('children',
    whose lemma 'child' the file may lack)."""
    doc, i = token.doc, token.i  # read off the per-Doc lists: asked of every noun
    lemma, lower = lower_lemmas(doc)[i], lower_texts(doc)[i]
    if i and head_indices(doc)[i - 1] == i and dep_labels(doc)[i - 1] in ("compound", "amod"):
        prev = doc[i - 1]
        for noun in (lower, lemma):
            agent = kb.agent(f"{prev.lower_} {noun}")
            if agent is not None:
                return agent
        if lemma in COLLECTIVE_HEADS and prev.pos_ in ("NOUN", "ADJ", "PROPN"):
            agent = kb.agent(prev.lemma_.lower())  # 'militia groups', 'police units'
            if agent is not None:
                return agent
    return kb.agent(lemma) or kb.agent(lower)


# Body nouns with a sense that is an activity, not a body: the adjectives of manner that
# select it ('a peaceful assembly', 'strong opposition') and the prepositions that do
# ('opposition to the plan'). Any such noun after 'freedom of' or 'right to' is the activity.
ACTIVITY_ADJECTIVES = {
    "assembly": frozenset({"peaceful", "unlawful", "illegal", "lawful", "public", "mass"}),
    "opposition": frozenset({"strong", "fierce", "stiff", "vehement", "growing", "firm",
                             "widespread", "broad", "public", "staunch", "vocal"}),
    "press": frozenset(),
    # 'using excessive force', 'lethal force': violence, not an armed force
    "force": frozenset({"excessive", "lethal", "deadly", "brute", "disproportionate",
                        "unnecessary", "undue", "physical", "minimum", "reasonable",
                        "maximum", "indiscriminate"}),
    # 'the authority of the putschists', 'moral authority': power, not a government body
    "authority": frozenset({"moral", "legal", "constitutional", "absolute", "full", "sole"}),
}
# In the singular only ('the authorities of Niger' are a body), and not before a place.
ACTIVITY_PREPOSITIONS = {"opposition": frozenset({"to"}), "authority": frozenset({"of", "over"})}
RIGHT_NOUNS = frozenset({"freedom", "right", "liberty"})


def activity_sense(token: Token) -> bool:
    """'the right to peaceful assembly', 'an unlawful assembly', 'opposition to the dam',
    'freedom of the press', 'excessive force': the noun names what people do or may do, not
    a body of them."""
    lemma = token.lemma_.lower()
    adjectives = ACTIVITY_ADJECTIVES.get(lemma)
    if adjectives is None:
        return False
    preps = ACTIVITY_PREPOSITIONS.get(lemma, frozenset())
    if any((c.dep_ == "amod" and c.lemma_.lower() in adjectives)
           or (c.dep_ == "prep" and c.lower_ in preps and token.tag_ == "NN"
               and not placed(c)) for c in token.children):
        return True
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ in ("of", "to")
            and head.head.lemma_.lower() in RIGHT_NOUNS)


def placed(prep: Token) -> bool:
    """A preposition that names a place ('the electoral authority of Kenya'): whose body it
    is, not what an activity is about."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for o in prep.children)


def is_group_noun(token: Token, kb: KnowledgeBase) -> bool:
    """Nouns that a demonym turns into an actor of their own: sectors, offices, epithets."""
    lemma = token.lemma_.lower()
    return bool(
        agent_of(token, kb)
        or kb.office_key(lemma)
        or kb.is_epithet(lemma)
        or lemma in speaker_nouns()
        or lemma in HEAD_NOUNS
    )


def is_affiliation(token: Token) -> bool:
    """'pro-Russian', 'anti-American': a demonym that names a sympathy, not a nationality."""
    if token.lower_.startswith(("pro-", "anti-")):
        return True
    doc = token.doc
    return (
        token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("pro", "anti")
    )


def country_from_modifiers(span: Span, kb: KnowledgeBase) -> str | None:
    """Country named by a demonym, a country name or a possessive inside or before the span;
    a possessor before it first ("China's Taiwan Affairs Office" is China's office)."""
    owners = [t for t in span.root.children if t.dep_ == "poss" and t.i < span.start]
    tokens = owners + list(span) + [t for t in span.root.children
                                    if t.dep_ in ("amod", "compound", "poss") and t not in owners]
    for tok in tokens:
        if is_affiliation(tok):
            continue
        code = kb.demonym(tok.text)
        if code:
            return code
        entry = kb.lookup(tok.text)
        if entry is not None and entry.kind == "country":
            if entry.metonym and span.root.lower_ in MEETING_PLACE_HEADS:
                continue  # the 'Minsk Group' is named for where it met, not whose it is
            return entry.country
    return None


# Heads of names that international bodies and pacts take from the city where they met
# ('the Minsk Group', 'the Paris Club', 'the Astana format', 'the Oslo Accords').
MEETING_PLACE_HEADS = frozenset({
    "group", "club", "format", "process", "accords", "accord", "agreement", "agreements",
    "convention", "conventions", "protocol", "declaration", "statute", "framework",
})


@lru_cache(maxsize=1)
def rebel_name_words() -> frozenset[str]:
    """Words that mark a named armed force as a non-state group (``data/force_names.csv``)."""
    return frozenset(r["word"] for r in read_csv("force_names.csv", ("word",)))


def force_sector(span: Span, sector: str | None) -> str | None:
    """A named 'army' or 'forces' is a state's military, unless its name says it fights the
    state ('the Ta'ang National Liberation Army', 'the Free Syrian Army'): rebels."""
    if sector == "MIL" and any(t.lower_ in rebel_name_words() for t in span):
        return "REB"
    return sector


# Last words of names of bodies whose sector the common noun alone does not tell ('command'
# is no body in lower case: 'took command', 'chain of command').
NAME_HEAD_SECTORS = {"Command": "MIL", "Commands": "MIL"}


def name_head_sector(span: Span) -> str | None:
    """The sector told by a capitalised last word of a body's name ('Eastern Theater
    Command', 'U.S. Central Command': a military command)."""
    return NAME_HEAD_SECTORS.get(span[-1].text) if len(span) > 1 else None


def parent_body_code(span: Span, kb: KnowledgeBase) -> str | None:
    """The code of an international organisation whose name opens an unknown body's name
    ('UN Support Mission in Libya', 'EU Naval Force'): a body of that organisation."""
    if len(span) < 2:
        return None
    entry = kb.lookup(span[0].text)
    return entry.code if entry is not None and entry.country == "IGO" and entry.code else None


def described_sector(span: Span, kb: KnowledgeBase) -> str | None:
    """The sector a lower-case word right before an unknown name gives it ('four
    paramilitary Rangers', 'the militant Shabab')."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is None or not before.is_lower or before.head.i not in range(span.start, span.end):
        return None
    agent = kb.agent(before.lower_)
    return agent.sector if agent is not None else None


def sector_of_head(token: Token, kb: KnowledgeBase) -> str | None:
    """Sector of a generic head noun ('ministry' -> GOV)."""
    agent = agent_of(token, kb)
    return agent.sector if agent else None


def modifier_country(
    head: Token, kb: KnowledgeBase, doc_actors: dict[int, Candidate]
) -> str | None:
    """The country of a noun from its demonym, compound or possessive modifiers, or from an
    'of/from X' complement ('sources from Trump's entourage', 'forces of Sudan')."""
    town = None  # 'Kharkiv police': a town's country, unless a phrase places them elsewhere
    for child in head.children:
        if child.dep_ == "amod" and child.lower_ == "based":
            # 'a Turkish-based company', 'a London-based monitor': where it is based
            for place in (g for g in child.children if g.i < child.i):
                cand = doc_actors.get(place.i)
                code = kb.demonym(place.text) or (cand.country if cand is not None else None)
                if code:
                    return code
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            if is_affiliation(child):
                continue  # a "pro-Russian politician" is not Russian
            leader = led_by(child, kb, doc_actors)
            if leader:
                return leader
            # the longer form first: 'South Sudanese' is not 'Sudanese'
            code = kb.demonym(modifier_text(child)) or kb.demonym(child.text)
            if code:
                return code
            cand = doc_actors.get(child.i)
            if cand is not None and cand.country and cand.place is not None and (
                    cand.place.kind != "country") and child.dep_ == "compound":
                town = town or cand.country  # 'Metro workers in Paris': the phrase places them
            elif cand is not None and cand.country:
                return cand.country
    for tok in loyal_to(head):  # 'forces loyal to General X' are of the general's country
        cand = doc_actors.get(tok.i)
        if cand is not None and names_a_state(cand.country):
            return cand.country
    for prep in complements(head):
        for tok in prep.subtree:
            code = None if is_affiliation(tok) else kb.demonym(tok.text)
            if code:
                return code
            cand = doc_actors.get(tok.i)
            if cand is not None and cand.country:
                return cand.country
    return town


# Entries whose members are coded as the entry itself: a commander, a leader or an official
# of Hamas is Hamas (CAMEO codes 'Hamas commanders' as Hamas, not as Palestine's military).
MEMBER_BODIES = frozenset({"group", "organization"})
# Sectors of non-state armed groups (rebels, militants, separatists, insurgents).
NON_STATE_ARMED = frozenset({"REB", "UAF", "SEP", "INS"})


def armed_owner(head: Token, kb: KnowledgeBase) -> Agent | None:
    """The non-state armed group a noun's possessor names: 'the rebels' commanders', 'the
    guerrilla group's fighters' are the rebels, not a state's military."""
    for child in head.children:
        if child.dep_ == "poss" and child.i < head.i:
            owner = agent_of(child, kb)
            if owner is not None and owner.sector in NON_STATE_ARMED:
                return owner
    return None


def member_of(head: Token, doc_actors: dict[int, Candidate]) -> Candidate | None:
    """The named group or organisation whose people a noun names: 'Hamas commanders',
    'Hezbollah's fighters', 'leaders of the Taliban' (never a country: 'Russian commanders'
    are Russia's military)."""
    # the tagger may read a name as an adjective ('ECOWAS experts')
    near = [c for c in head.children
            if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < head.i]
    if head.dep_ == "compound":  # "the EU's observer mission": the owner of the whole phrase
        near += [c for c in head.head.children if c.dep_ == "poss" and c.i < head.i]
    owners = [t for prep in of_phrases(head) for t in prep.children if t.dep_ == "pobj"]
    # 'a commander of the ELN rebel group': the name before the common noun the parse heads
    near += owners + [x for t in owners for c in t.children if c.dep_ == "compound"
                      for x in c.subtree]
    near += loyal_to(head)
    for tok in near:
        cand = doc_actors.get(tok.i)
        if (cand is not None and cand.entry is not None and cand.kind in MEMBER_BODIES
                and cand.origin == "kb" and not is_affiliation(tok)):
            return cand
    return None


def apposed_person(noun: Token) -> bool:
    """A noun set beside a person's name ('a senior Hamas official, Khalil al-Hayya,'): it
    describes that person, who is no mere member of the body."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children) or (
        noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON")


def of_phrases(head: Token) -> list[Token]:
    """The 'of' phrases that belong to a noun. The parser hangs a trailing 'of X' on the first
    of two joined nouns; when that first noun has an owner of its own ('the Malian army and
    mercenaries of the Africa Corps'), the phrase is the last noun's only; else both nouns'
    ('the commanders and fighters of Hamas')."""
    own = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    later = [c for c in head.conjuncts if c.i > head.i]
    if later and owned(head):
        own = [p for p in own if p.i < later[0].i]
    first = head.head
    if head.dep_ == "conj" and not any(c.i > head.i for c in first.conjuncts):
        own += [c for c in first.children
                if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i]
    return own


def owned(noun: Token) -> bool:
    """Whether a noun names whose it is before it: a demonym, a name or a possessor."""
    return any(c.i < noun.i and (c.dep_ in ("poss", "compound") or c.ent_type_ == "NORP")
               for c in noun.children)


def loyal_to(head: Token) -> list[Token]:
    """Whom a force is loyal to: 'forces loyal to X', 'fighters allied to X'."""
    return [g for adj in head.children if adj.dep_ == "amod" and adj.lower_ in ("loyal", "allied")
            for prep in adj.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
            for g in prep.children if g.dep_ == "pobj"]


def led_by(modifier: Token, kb: KnowledgeBase, doc_actors: dict[int, Candidate]) -> str | None:
    """'Saudi-led forces', 'US-led troops': the country that leads a force is its country
    (a 'Russia-backed' force is not Russia's, and stays with its own)."""
    if modifier.lower_ != "led":
        return None
    for child in modifier.lefts:
        code = kb.demonym(modifier_text(child)) or kb.demonym(child.text)
        cand = doc_actors.get(child.i)
        code = code or (cand.country if cand is not None and cand.kind == "country" else None)
        if code:
            return code
    return None


def modifier_text(token: Token) -> str:
    """A modifier with its own left modifiers: 'North Korean', 'Sierra Leonean'."""
    lefts = [t.i for t in token.lefts if t.dep_ in ("compound", "amod", "npadvmod")]
    start = min([token.i, *lefts])
    return token.doc[start : token.i + 1].text


def conjunct_country(
    head: Token, kb: KnowledgeBase, doc_actors: dict[int, Candidate]
) -> str | None:
    """'Western analysts and politicians': a bare conjunct shares the first conjunct's country."""
    if head.dep_ != "conj" or any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
        return None
    first = head.head
    if first.pos_ not in ("NOUN", "PROPN") or first.tag_ != head.tag_:
        return None
    if not in_one_list(head):
        return None
    return modifier_country(first, kb, doc_actors)


def in_one_list(conj: Token) -> bool:
    """Whether a conjunct is one of its first noun's list ('analysts and politicians',
    'diplomats, analysts and politicians'), not a new phrase after a comma that the parser
    chained on ('fighting with U.N. peacekeepers, residents and an official said')."""
    before = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
    if before is not None and before.dep_ == "cc":
        return True
    return any(c.dep_ == "cc" and c.i > conj.i for c in conj.head.children)


def group_name(span: Span) -> str:
    """A group actor is named by its phrase as written, first letter upper-cased, less a
    place phrase that only gives its country ('opposition lawmakers in Taipei')."""
    root = span.root
    cut = next((c.i for c in root.children if c.dep_ == "prep" and c.lower_ in PLACING_PREPS
                and c.i > root.i and span.start < c.i < span.end), span.end)
    text = span.doc[span.start : cut].text
    return text[:1].upper() + text[1:]


# Prepositions whose phrase places a group in its country ('lawmakers in Taipei').
PLACING_PREPS = frozenset({"in", "from", "inside", "within"})


# Verbs whose object's 'of' phrase is the verb's own ('accused protesters of looting',
# 'deprive voters of a choice'), not where the object belongs.
OF_ARGUMENT_VERBS = frozenset({"accuse", "deprive", "rob", "strip", "suspect", "convict",
                               "acquit", "clear", "warn", "inform", "remind", "relieve", "rid",
                               "absolve", "cure", "notify", "assure", "persuade", "convince"})


def of_argument(noun: Token) -> bool:
    """Whether a noun is the object ('millions of voters' counts as one) of a verb whose
    object's 'of' phrase is the verb's own."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in OF_ARGUMENT_VERBS


def gerund_object(token: Token) -> bool:
    """'of looting shops' parsed as a noun with a participle before it: an act."""
    return token.dep_ == "pobj" and any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.i == token.head.i + 1 for c in token.children)


def complements(head: Token) -> list[Token]:
    """Prepositions that place a noun in a country: 'of/from/in X', 'close to X' ('in' only
    before a name: 'people in the crackdown' are placed nowhere)."""
    # 'accused politicians of hiring gangs': a gerund says what they did, not where they are
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS
             and not any(g.dep_ == "pcomp" or gerund_object(g) for g in c.children)
             and not (c.lower_ == "of" and of_argument(head))
             and not (c.lower_ == "in" and not any(g.pos_ == "PROPN" or g.ent_type_
                                                   for g in c.subtree))]
    for adj in (c for c in head.rights if c.lower_ in ("close", "closest", "near")):
        preps += [c for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"]
    return preps


def phrase_span(head: Token) -> Span:
    """The noun phrase of a head: its left modifiers and its 'of/from' complement."""
    doc = head.doc
    start = min((t.i for t in head.subtree), default=head.i)
    right = [head.i]
    for prep in complements(head):
        right.extend(t.i for t in prep.subtree)
    end = max(right) + 1
    span = doc[start:end]
    while len(span) > 1 and (
        (span[0].dep_ in ("det", "predet") and span[0].lower_ in ("the", "a", "an"))
        or (span[0].tag_ == "PRP$" and span[0].head.i == head.i)
    ):  # 'its soldiers' are named by the noun; the pronoun is resolved on its own
        span = doc[span.start + 1 : span.end]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = doc[span.start : span.end - 1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = doc[span.start + 1 : span.end]  # an opening quote ('“soldiers')
    return span


# Prepositions whose object takes part in an event ("fired on civilians", "talks with
# students", "weapons from the rebels"); "of" is left out ("the use of force").
ARGUMENT_PREPS = {
    "on",
    "at",
    "against",
    "with",
    "to",
    "by",
    "toward",
    "towards",
    "into",
    "for",
    "from",
}
# Nouns of number whose "of" complement is what is counted: in "hundreds of employees
# stopped work" the employees act, in "a group of diplomats met" the diplomats do.
QUANTITY_NOUNS = frozenset(
    [
        "hundreds",
        "thousands",
        "dozens",
        "millions",
        "scores",
        "tens",
        "group",
        "number",
        "handful",
        "couple",
        "some",
        "many",
        "most",
        "several",
        "all",
        "none",
        "majority",
    ]
)


def counted(token: Token) -> Token:
    """The quantity phrase a counted noun stands in ('Hundreds' for 'employees' in
    'Hundreds of employees'), else the noun itself."""
    while (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and (token.head.head.lower_ in QUANTITY_NOUNS or token.head.head.tag_ == "CD")
    ):
        token = token.head.head
    return token


def people_argument(token: Token) -> bool:
    """'killed a man', 'attacked two journalists', 'fired on civilians': a generic noun of
    people counted, determined or plural that is an object of a verb or of an argument
    preposition (a bare singular such as 'force' in 'use force' names no party)."""
    head = counted(token)
    while head.dep_ == "conj":
        head = counted(head.head)
    aimed = head.dep_ == "pobj" and head.head.lower_ in ARGUMENT_PREPS
    if not aimed and head.dep_ not in ("dobj", "dative", "nsubj", "nsubjpass"):
        return False
    return token.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "nummod", "amod", "poss") for c in token.children
    )


def possessed_act(token: Token) -> bool:
    """'the army's shelling of X', 'the junta's arrest of Y': the owner of an act noun (one
    with an 'of', 'on' or 'against' object) is its doer, as a subject would be."""
    return token.dep_ == "poss" and token.head.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "on", "against") for c in token.head.children)


def modifies_act(token: Token) -> bool:
    """'killed by police gunfire', 'died in army shelling': a body noun set before the noun of
    an act or its fire names who did it."""
    act = token.head
    if token.dep_ == "pobj" and act.dep_ == "agent" and token.i + 1 < len(token.doc):
        act = token.doc[token.i + 1]  # the parse may leave 'by army shelling' in two parts
    elif token.dep_ != "compound" or act.i <= token.i:
        return False
    # a bare body noun, the act's only modifier: 'Turkish artillery fire' is told by the
    # demonym already
    others = [c for c in act.children if c.dep_ in ("amod", "compound", "nmod", "poss")
              and c.i != token.i]
    return token.pos_ == "NOUN" and act.i == token.i + 1 and not any(token.children) \
        and not others and (act.lower_ in ACT_NOUNS or act.lemma_.lower() in ACT_NOUNS) \
        and harmed_through(token if token.dep_ == "pobj" else act)


def harmed_through(phrase: Token) -> bool:
    """A phrase told as what a verb's harm was done by or in ('were killed by police fire',
    'died in army shelling'), where its modifier is who did it."""
    prep = phrase.head
    return phrase.dep_ == "pobj" and prep.lower_ in HARM_PREPS and prep.head.pos_ == "VERB"


def title_of_name(token: Token) -> bool:
    """A noun written as the title of the person named right after it, as a subject
    ('Opposition leader X said', 'Rebel commander X said')."""
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # 'rebel commander X': through the title's own modifiers
    # of a speaker or doer only: an object's title may still be the one undergoing
    return (head is not token and head.ent_type_ == "PERSON" and head.dep_ in ("nsubj", "nsubjpass")
            and all(t.dep_ == "compound" for t in token.doc[token.i + 1:head.i]))


def group_candidates(
    doc: Doc, kb: KnowledgeBase, known: dict[int, Candidate]
) -> Iterator[Candidate]:
    """'Russian army', 'Sudanese forces', 'Western analysts', 'sources from X's entourage'."""
    title = title_case_tokens(doc)
    for i in [i for i, pos in enumerate(coarse_pos(doc)) if pos in ("NOUN", "PROPN")]:
        if i in known:  # asked as the scan goes: the caller may add to it between yields
            continue
        token = doc[i]
        if token.i in title:
            yield from title_group(token, kb, title)
            continue
        lemma = token.lemma_.lower()
        speaker = speaker_nouns().get(lemma)
        agent = agent_of(token, kb)
        if speaker is None and agent is None:
            continue
        if title_of_name(token):
            continue  # 'Opposition leader Kizza Besigye': the person's title, no one else
        if sides_of_a_dispute(token):
            continue  # 'urged both parties to ...': the two sides named before, no party
        craft = craft_of(token)
        if (craft or token).dep_ not in ARGUMENT_DEPS and speaker is None \
                and not modifies_act(token):
            continue
        if speaker is None and activity_sense(token):
            continue
        country = (modifier_country(token, kb, known) or conjunct_country(token, kb, known)
                   or (modifier_country(craft, kb, known) if craft is not None else None))
        body = member_of(token, known)
        if body is not None:
            country = body.country
        elif agent is not None and (owner := armed_owner(token, kb)) is not None:
            agent = owner  # 'the rebels' commanders': the rebels' own people
        if speaker is not None and body is not None and body.entry is not None \
                and not apposed_person(token):
            # "the African Union's election observers" speak for the African Union
            start = min([token.i] + [c.i for c in token.lefts if c.dep_ in ("amod", "compound")])
            yield entry_candidate(start, token.i + 1, body.entry)
            continue
        if speaker is not None:
            span = phrase_span(token)
            if states_listed_after(token, known):
                # 'the leaders of Armenia and Azerbaijan': each state stays a party of its own
                span, country = token.doc[span.start : token.i + 1], None
            kind = "collective" if speaker == "collective" or token.tag_ == "NNS" else "anonymous"
            if speaker == "anonymous" and token.tag_ != "NNS":
                kind = "anonymous"
            yield Candidate(
                span.start,
                span.end,
                "collective",
                kind="group",
                name=group_name(span),
                country=country,
                sector=body.sector if body and body.country != "IGO"
                else agent.sector if agent else None,
                speaker_kind=kind,
                head=token.i,
            )
        elif agent is not None:
            # a countryless "force" is an actor only when it acts; people ("a man",
            # "civilians") also when they undergo, and are then named by their own noun
            named = country is None and body is None and (craft or token).dep_ not in (
                "nsubj", "nsubjpass")
            if named and not people_argument(token) and not possessed_act(token) \
                    and not modifies_act(token):
                continue
            mods = [c for t in (token, craft) if t is not None for c in t.lefts
                    if c.dep_ in ("amod", "compound") and c is not token]
            # each demonym of a list is its own actor; the noun stands alone
            listed = any(demonym_list(c, kb) for c in token.lefts
                         if c.dep_ in ("amod", "compound", "nmod"))
            spread = [t.i for c in mods for t in c.subtree]  # 'North Korean media'
            start = token.i if listed else min([token.i, *spread])
            amount = counted(token)
            if amount.i < start and not any(i in known for i in range(amount.i, start)):
                start = min(t.i for t in amount.subtree)  # "Hundreds of employees"
            owner = known.get(start)
            if owner is not None and owner.start < start and owner.end == start + 1:
                start = owner.start  # "the US administration": the country took the article
            words = doc[min([token.i] + [c.i for c in mods]) : token.i + 1].text.lower()
            if body is not None and body.entry is not None:  # 'Hamas commanders' are Hamas
                yield entry_candidate(start, token.i + 1, body.entry)
                continue
            yield Candidate(
                start,
                (craft or token).i + 1,
                "sector",
                kind="group",
                name=words if named else "",
                country=country,
                sector=agent.sector,
                head=token.i if craft is not None else None,  # the body, not its craft
            )


def sides_of_a_dispute(token: Token) -> bool:
    """'both parties', 'the two parties': the sides of a dispute or a talk, whoever they are,
    not political parties (a party word counted as a pair, with no qualifier of its own;
    'the warring parties' are sectors.csv's armed sides)."""
    if token.lemma_.lower() != "party" or token.tag_ != "NNS":
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "amod", "predet")}
    qualified = any(c.dep_ == "compound" or c.dep_ == "amod" and c.lower_ not in PAIR_QUALIFIERS
                    for c in token.children)
    return bool(words & PAIR_QUALIFIERS) and not qualified


# Words that count 'parties' as the two sides of a dispute.
PAIR_QUALIFIERS = frozenset({"both", "two"})


def states_listed_after(head: Token, known: dict[int, Candidate]) -> bool:
    """Whether a plural noun's 'of' names several states joined by 'and' ('the leaders of
    Armenia and Azerbaijan')."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    for obj in (g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.conjuncts):
        members = [obj, *obj.conjuncts]
        cands = [known.get(m.i) for m in members]
        if all(c is not None and c.kind == "country" for c in cands) and not any(
                c.dep_ == "cc" and c.lower_ != "and" for c in obj.children):
            return True
    return False


def craft_of(token: Token) -> Token | None:
    """The craft a body noun names the owner of ('coast guard' of 'coast guard ships')."""
    head = token.head
    if token.dep_ != "compound" or head.lemma_.lower() not in CRAFT_NOUNS \
            or token.lemma_.lower() in CRAFT_KINDS:
        return None
    return head


def title_group(token: Token, kb: KnowledgeBase, title: set[int]) -> Iterator[Candidate]:
    """A group named in a title-cased line, whose parse is one long compound ('Ethiopian
    Police Detain Opposition Leaders'): a group noun with the demonyms and group nouns just
    before it ('Ethiopian Police', 'Opposition Leaders'), never the verbs between them."""
    doc = token.doc

    def nation(tok: Token) -> str | None:
        entry = kb.lookup(tok.text)
        country = entry.country if entry is not None and entry.kind == "country" else None
        return kb.demonym(tok.text) or country

    def group_word(tok: Token) -> bool:
        return tok.i in title and (bool(nation(tok)) or is_group_noun(tok, kb))

    if not is_group_noun(token, kb):
        return
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and group_word(after) and not nation(after):
        return  # 'Opposition' modifies 'Leaders'
    start = token.i
    while start > 0 and group_word(doc[start - 1]):
        start -= 1
    words = doc[start : token.i + 1]
    country = next((nation(t) for t in words if nation(t)), None)
    sectors = [a.sector for t in reversed(words) if (a := kb.agent(t.lemma_.lower()))]
    yield Candidate(
        start,
        token.i + 1,
        "sector",
        kind="group",
        name="" if country else group_name(words),  # a countryless group keeps its words
        country=country,
        sector=sectors[0] if sectors else None,
    )
