"""The target of a condemnation is who did the act condemned, not who suffered it.

So is the target of praise: 'rights groups welcomed the arrest' backs whoever arrested.

'The governor condemned the attack' is aimed at the attackers; so is 'UN condemns the killing of
protesters by police' (the police, not the protesters, whom the nearest-mention rule would
pick). When an accusation or protest has for its object an act the document codes as an event
with a known source, its target becomes that source:

- the act coded in the object itself ('condemned the shelling of Kharkiv by Russian forces');
- for a definite act with no event of its own ('condemned the attack', 'denounced this
  killing'), the act it refers back to: the latest earlier event told with the same word,
  else the acts of that type in the sentence or the two before when one party did them all.

A rejection is aimed the same way at who accused, proposed, demanded or threatened ('X blamed
Y. Y rejected the accusation'). The target changes only where the condemnation has none or has
the act's victim; a named
target ('accused Moscow of the attack') stays. The act noun of a condemnation is never the
condemner's own act (the nearest-mention rule made 'X protested against the beatings' a beating
by X): it is the accused's ('accused Y of the attack'), else dropped as the act told before.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kronika.events.arguments import CHARGING_PREPS, charged
from kronika.events.frames import is_preposition
from kronika.events.ontology import TriggerLexicon
from kronika.nlp import sentence_index
from kronika.records import Event, content_id

# The acts whose doers a condemnation is aimed at.
ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
# The acts told inside a charge that are the accused's: what it is charged with doing to
# others, harm or help ('accused X of sending troops to back Y': X backs Y, not the troops).
CHARGED_TYPES = ACT_TYPES | {"SUPPORT", "AID"}
# Events whose object may be an act someone else did, and the types of those acts: a
# rejection is aimed at whoever accused, proposed, demanded or threatened ('Y rejected the
# accusation', 'rejected the proposal').
RESPONSES = {"ACCUSE": ACT_TYPES, "PROTEST": ACT_TYPES,
             "REJECT": frozenset({"ACCUSE", "AGREE", "REQUEST", "THREATEN"}),
             "SUPPORT": ACT_TYPES}
# Responses that may be to one's own act ('the army praised the operation'): the act keeps
# its doer, and the response is aimed at no one else.
OWN_ACT_RESPONSES = frozenset({"SUPPORT"})
CONDEMNING_TYPES = frozenset(RESPONSES)
# Determiners that refer back to an act told before.
ANAPHORIC = frozenset({"the", "this", "that", "these", "those", "such"})
# How many sentences back a definite act may refer.
LOOKBACK = 2


def aim_at_doers(events: list[Event], doc: Doc, doc_id: str,
                 lexicon: TriggerLexicon) -> list[Event]:
    """Events with each condemnation aimed at the doers of the act condemned, and the act
    noun of a condemnation never done by the one condemning it."""
    out: dict[int, Event | None] = {id(e): e for e in events}
    for event in events:
        if event.type not in CONDEMNING_TYPES:
            continue
        trigger = doc.char_span(event.trigger_start or 0, event.trigger_end or 0)
        act = condemned_act(trigger.root) if trigger is not None else None
        if act is None:
            done = relative_act(trigger.root, events, RESPONSES[event.type]) \
                if trigger is not None else None
            if done is not None and done.source != event.source:
                out[id(event)] = aimed(event, done, doc_id)
            continue
        acts = RESPONSES[event.type]
        coded = {e.trigger_start: e for e in events if e.type in acts}.get(act.idx)
        if coded is not None and coded.source == event.source and event.type in OWN_ACT_RESPONSES:
            continue
        if coded is not None and coded.source == event.source:
            # 'X protested against the beatings' does not make X the beater: the act is
            # the accused's ('accused Y of the attack'), else one told before, or no one's
            # the accusation's target is the accused only when it is not the act's own
            # victim ('condemned the attack on the hospital' names no attacker)
            victim = event.target is not None and event.target == coded.target
            out[id(coded)] = (unsourced(coded, doc_id) if victim and event.type == "ACCUSE"
                              else resourced(coded, event, doc_id) if event.type == "ACCUSE"
                              and event.target is not None else None)
            coded = None
        done = coded or referred_act(act, event, events, doc, lexicon, acts)
        if done is not None:
            out[id(event)] = aimed(event, done, doc_id, victim_inside(event, act))
    for event in events:
        if event.type == "ACCUSE" and event.target is not None and out.get(id(event)):
            for act in charged_acts(event, events, doc):
                if out.get(id(act)) is not None:
                    out[id(act)] = resourced(act, event, doc_id)
    kept = [e for e in out.values() if e is not None]
    return [aim_at_holder(e, kept, doc, doc_id) for e in kept]


# Nouns of setting someone free: a demand for it is put to whoever holds them.
RELEASE_NOUNS = frozenset({"release", "freedom", "freeing"})
# Prepositions that hang what is demanded on a demand ('called for the release').
DEMANDED_PREPS = frozenset({"for", "of"})
# Modes of the acts that hold someone ('arrested', 'detained', 'abducted').
HOLDING_MODES = frozenset({"arrest", "abduct"})
# Words by which a release noun refers to someone told before ('his release', 'the release of
# the journalist', 'their freedom').
REFERRING = frozenset({"his", "her", "their", "its", "them", "him", "the", "these", "those"})


def aim_at_holder(event: Event, events: list[Event], doc: Doc, doc_id: str) -> Event:
    """A demand for someone's release aimed at who holds them, when the text tells who
    ('Police arrested X. The opposition demanded his release', 'called for the release of a
    reporter held by the army'): the one set free is not whom it is asked of. The holder is
    the doer of an act of holding told in the released one's own phrase, else of the latest
    one told of them (or, for a pronoun, the latest one) in the sentence or the two before.
    With no holder told, the target stays as it is."""
    if event.type != "REQUEST":
        return event
    trigger = doc.char_span(event.trigger_start or 0, event.trigger_end or 0)
    release = released_noun(trigger.root) if trigger is not None else None
    if release is None:
        return event
    held = holding_acts(release, event, events, doc)
    if event.target is None and not refers_back_to_held(release):
        held = [e for e in held if e.trigger_start in {t.idx for t in release.subtree}]
    if event.target is not None:
        held = [e for e in held if e.target == event.target or e.trigger_start in
                {t.idx for t in release.subtree}]
    holder = held[-1] if held else None
    if holder is None or holder.source is None or holder.source == event.source:
        return event
    return at_doer(event, holder, doc_id)  # the demand put to the doer of the holding act


def released_noun(trigger: Token) -> Token | None:
    """The release noun a demand has for its object ('demanded his release', 'called for the
    release of X', 'a call for their freedom')."""
    for child in trigger.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in RELEASE_NOUNS:
            return child
        if child.dep_ == "prep" and child.lower_ in DEMANDED_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in RELEASE_NOUNS:
                return obj
    return None


def holding_acts(release: Token, demand: Event, events: list[Event], doc: Doc) -> list[Event]:
    """The acts of holding with a doer that may hold the one a release is demanded for: one
    told inside the release's phrase ('the release of a reporter held by X'), else those of
    the sentence or the two before, in order."""
    inside = {t.idx for t in release.subtree}
    own = [e for e in events if e.mode in HOLDING_MODES and e.trigger_start in inside]
    if own:
        return own
    here = sentence_index(doc)[release.i]
    return [e for e in events if e.mode in HOLDING_MODES and e.source is not None
            and e.target is not None and here - LOOKBACK <= e.evidence.sentence <= here
            and (e.trigger_start or 0) < (demand.trigger_start or 0)]


def refers_back_to_held(release: Token) -> bool:
    """The one to be set free is told before ('his release', 'the release of the journalist'),
    not new ('the release of a reporter')."""
    held = [c for c in release.children if c.dep_ == "poss"] + [
        o for p in release.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"]
    return any(h.lower_ in REFERRING or any(c.dep_ == "det" and c.lower_ in REFERRING
                                            for c in h.children) for h in held)


# The fields that make one side of an event: who, their country and code, where named.
SIDE_FIELDS = ("", "_country", "_code", "_start", "_end")


def party(event: Event, side: str) -> tuple:
    """One side ('source' or 'target') of an event: its actor, country, code and span."""
    return tuple(getattr(event, side + f) for f in SIDE_FIELDS)


def with_side(event: Event, side: str, who: tuple, doc_id: str) -> Event:
    """The event with one side set to a party (``party`` of another event, or all None),
    its id made anew from its sides."""
    changed = replace(event, **{side + f: v for f, v in zip(SIDE_FIELDS, who, strict=True)})
    return replace(changed, id=content_id(doc_id, event.type, str(event.trigger_start),
                                          changed.source or "", changed.target or ""))


def at_doer(event: Event, done: Event, doc_id: str) -> Event:
    """The event with the doer of another act as its target."""
    return with_side(event, "target", party(done, "source"), doc_id)


def charged_acts(accusation: Event, events: list[Event], doc: Doc) -> list[Event]:
    """The acts told inside what an accusation charges its target with ('accused the army of
    killing civilians in an attack on X', 'blamed X for shelling the town during a raid',
    'accused X of sending soldiers to back Y'):
    the accused did them, not whom the nearest-mention rule or the accuser would make their
    doer (the civilians); an act whose 'by' agent is named inside the charge keeps it ('of
    helping Y in an attack by Z')."""
    span = doc.char_span(accusation.trigger_start or 0, accusation.trigger_end or 0)
    gerund = charged_gerund(span.root) if span is not None else None
    if gerund is None:
        return []
    inside = {t.idx for t in gerund.subtree} - own_doers_clauses(gerund)
    agents = {t.idx for p in gerund.subtree if p.lower_ == "by" for t in p.subtree}
    return [e for e in events if e is not accusation and e.type in CHARGED_TYPES
            and e.trigger_start in inside and e.source != accusation.target
            and e.source_start not in agents]


def own_doers_clauses(gerund: Token) -> set[int]:
    """Characters of the relative clauses inside a charge whose acts have a doer of their own
    ('accused X of sheltering militants who have killed police': the militants killed, not X);
    a passive one ('... a town where civilians were killed') tells no doer and stays the
    accused's."""
    return {t.idx for c in gerund.subtree if c.dep_ in ("relcl", "acl") and c.i != gerund.i
            and any(s.dep_ == "nsubj" for s in c.children) for t in c.subtree}


def charged_gerund(verb: Token) -> Token | None:
    """The gerund of the act a charging verb charges its object with ('accused X of killing',
    'blamed X for shelling', 'charged X with torturing'), when it has its object."""
    prep = CHARGING_PREPS.get(verb.lemma_.lower())
    if prep is None or charged(verb) is None:
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return next((g for h in holders for p in h.children if is_preposition(p)
                 and p.lower_ == prep for g in p.children if g.dep_ == "pcomp"), None)


def victim_inside(event: Event, act: Token) -> bool:
    """The condemnation's target was read off its act noun's own phrase ('condemned the
    strikes on a school', the parser may hang 'on a school' on the verb right after the
    noun): whom the act was done to, not a target the condemnation names."""
    if event.target_start is None or act.i == act.head.i:
        return False
    phrase = [t for t in act.subtree if t.i != act.i] + [
        t for p in act.head.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS
        and p.i == act.right_edge.i + 1 for t in p.subtree]
    return any(t.idx == event.target_start for t in phrase)


def aimed(event: Event, done: Event, doc_id: str, victim: bool = False) -> Event:
    """The condemnation aimed at the doer of its act, unless it names another target
    (``victim``: its target is only whom the act was done to)."""
    if (done.source is None or done.source == event.source
            or (event.target is not None and event.target != done.target and not victim)):
        return event
    return at_doer(event, done, doc_id)


def resourced(act: Event, accusation: Event, doc_id: str) -> Event:
    """The act of 'accused Y of the attack' done by Y, as the accusation has it."""
    return with_side(act, "source", party(accusation, "target"), doc_id)


def unsourced(act: Event, doc_id: str) -> Event:
    """The act with no doer: the text names only whom it was done to."""
    return with_side(act, "source", (None,) * len(SIDE_FIELDS), doc_id)


def condemned_act(trigger: Token) -> Token | None:
    """The noun of the act a condemning verb or noun has for its object ('condemned the
    attack', 'condemnation of the killings', 'protested against the arrests')."""
    for child in trigger.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "against", "over"):
            obj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if obj is not None:
                return obj
    return None


RELATIVES = frozenset({"which", "that"})


def relative_act(trigger: Token, events: list[Event], acts: frozenset[str]) -> Event | None:
    """The act a condemnation in a relative clause has for its object through the relative
    pronoun ('carried out strikes in March, which Kabul condemned', 'bombed a school, an attack
    that Egypt condemned', 'arrested him, a move that the EU condemned'): the nearest coded
    act above the clause, the one the clause's noun belongs to or sums up."""
    if trigger.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in RELATIVES
                                          for c in trigger.children):
        return None
    coded = {e.trigger_start: e for e in events if e.type in acts and e.source is not None}
    for tok in [trigger.head, *trigger.head.ancestors]:
        # a light verb's act is its object ('carried out strikes ..., which X condemned')
        for head in [tok, *(c for c in tok.children if c.dep_ == "dobj")]:
            if head.idx in coded:
                return coded[head.idx]
    return None


def referred_act(act: Token, event: Event, events: list[Event], doc: Doc,
                 lexicon: TriggerLexicon, acts: frozenset[str] = ACT_TYPES) -> Event | None:
    """The act told before that a definite noun ('the attack') refers to: the latest earlier
    event told with the same word ('attacked', 'the attack'), else the one party that did
    acts of the noun's type in the sentence or the two before (two are too many to tell)."""
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC for c in act.children):
        return None
    types = {entry.type for entry in lexicon.by_head(act.lemma_, "NOUN")} & acts
    if not types:
        return None
    earlier = [e for e in events if e.type in types and e.source is not None
               and (e.trigger_start or 0) < (event.trigger_start or 0)]
    if event.type == "REJECT":
        # 'Y rejected the accusations': those made against Y, however far back
        earlier = [e for e in earlier if e.type != "ACCUSE" or accused_party(e, event)]
        charges = [e for e in earlier if e.type == "ACCUSE"]
        if charges and "ACCUSE" in types:
            return charges[-1]
    word = stem(act.lemma_)
    same_word = [e for e in earlier if stem(trigger_lemma(e, doc)) == word]
    if same_word:
        return same_word[-1]
    here = sentence_index(doc)[act.i]
    aimed_at = act_objects(act)
    # 'fired missiles at a tanker ... condemned the attack on the tanker': the act told
    # before on the same thing, in other words, however many sentences back
    same_object = [e for e in earlier if aimed_at & trigger_objects(e, doc)]
    if same_object:
        return same_object[-1]
    near = [e for e in earlier if here - LOOKBACK <= e.evidence.sentence <= here]
    return near[-1] if len({e.source for e in near}) == 1 else None


def accused_party(accusation: Event, rejection: Event) -> bool:
    """The one who rejects is the one the accusation was aimed at (the same actor, or one of
    its state: 'X accused Azerbaijan ... Azerbaijan's foreign ministry rejected the charge')."""
    if accusation.target is None or rejection.source is None:
        return False
    return accusation.target == rejection.source or (
        accusation.target_country is not None
        and accusation.target_country == rejection.source_country)


# Prepositions by which an act noun or verb names what it is done to or aimed at.
OBJECT_PREPS = frozenset({"on", "of", "against", "at", "upon"})


def act_objects(act: Token) -> set[str]:
    """Lemmas of the common nouns an act noun names as done to ('the attack on the tanker',
    'the abduction of the students')."""
    return {o.lemma_.lower() for p in act.children if p.dep_ == "prep"
            and p.lower_ in OBJECT_PREPS for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"}


def trigger_objects(event: Event, doc: Doc) -> set[str]:
    """Lemmas of the common nouns an event's trigger has for its object, direct or through a
    preposition of aim ('fired missiles at a tanker', 'kidnapped 40 students')."""
    span = doc.char_span(event.trigger_start or 0, event.trigger_end or 0)
    if span is None:
        return set()
    verb = span.root
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [o for h in [verb, *heads] for p in h.children if p.dep_ == "prep"
              and p.lower_ in OBJECT_PREPS for o in p.children if o.dep_ == "pobj"]
    return {h.lemma_.lower() for h in heads if h.pos_ == "NOUN"}


def trigger_lemma(event: Event, doc: Doc) -> str:
    """The lemma of an event's trigger word."""
    span = doc.char_span(event.trigger_start or 0, event.trigger_end or 0)
    return span.root.lemma_ if span is not None else ""


def stem(lemma: str) -> str:
    """A lemma without the gerund ending, so that 'the killing' meets 'killed'."""
    lemma = lemma.lower()
    return lemma[:-3] if lemma.endswith("ing") and len(lemma) > 5 else lemma
