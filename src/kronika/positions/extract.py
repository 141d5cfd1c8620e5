"""Stances of actors on issues, from stance verbs, nouns and adjectives and the issue lexicon.

One Position per stance word whose holder is a known actor and whose phrase names an issue,
in text order. The history of one actor x issue is its positions in ``order``; the store flags
a stance unlike the previous one as a change.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from kronika.actors.resolve import NON_STATE_ARMED, ActorBuild, ActorIndex
from kronika.claims.attribution import agent_nouns
from kronika.claims.cues import reported_clause
from kronika.events.arguments import THING_NOUNS, actor_in, subject_of
from kronika.events.dates import event_date
from kronika.events.demands import OBLIGATION_MODALS, obligation_speech
from kronika.events.location import SETTLEMENT_NOUNS
from kronika.events.ontology import IssueLexicon
from kronika.nlp import (
    coarse_pos,
    doc_text,
    head_indices,
    lower_lemmas,
    lower_texts,
    sentence_index,
    sentences,
)
from kronika.positions.cues import (
    CONDITION_MARKS,
    NEGATED,
    Stances,
    condition_of,
    cue_preposition,
    evaluation_of,
    expected_demand,
    is_hedged,
    is_negated,
    may_express,
    no_longer,
    raised,
    stance_of,
)
from kronika.positions.issues import (
    OTHER,
    addressee,
    avoidance_verbs,
    desire_verbs,
    head_noun,
    held_ground,
    inner_stance,
    issue_of,
    lexicon_issue,
    object_phrase,
    phrase_text,
    reduced_relative,
    relation_parties,
    removes,
    stance_phrases,
    stopped_violence,
    subtree,
)
from kronika.records import Claim, Evidence, Position, content_id

# Verbs whose subject holds the stance noun they take ("Hamas made a proposal").
LIGHT_VERBS = frozenset({"make", "issue", "put", "submit", "present", "voice", "renew", "repeat",
                         "reiterate", "announce", "unveil", "send", "deliver", "lay", "table",
                         "have", "maintain", "keep", "stick", "hold", "float", "advance"})
RELATIVES = frozenset({"who", "which", "that"})
# Subject pronouns a speaker uses of itself: "Hamas said it would never accept X",
# '"We will never accept X," Hamas said'.
SELF_PRONOUNS = frozenset({"i", "we", "it", "they"})
Holding = tuple[ActorBuild | None, list[list[Token]]]


def actor_at(token: Token | None, index: ActorIndex) -> ActorBuild | None:
    """The actor of a phrase; a relative pronoun stands for the noun its clause modifies."""
    if token is None:
        return None
    if token.lower_ in RELATIVES and token.head.dep_ in ("relcl", "acl"):
        token = token.head.head
    return actor_in(token, index)


def verb_holder(verb: Token, index: ActorIndex) -> ActorBuild | None:
    """The holder of a verb's stance: the agent of a passive, else the (inherited) subject."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((a for c in child.children if c.dep_ == "pobj"
                         if (a := actor_at(c, index))), None)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    subject = subject_of(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) > 1:  # "ABU DHABI — The ministers signed": the dateline is no subject
        subject = subjects[-1]
    if subject is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        subject = subject_of(verb.head.head)  # "X is ready to accept Y"
    return actor_at(subject, index) or speaker_of(verb, subject, index)


def speaker_of(verb: Token, subject: Token | None, index: ActorIndex) -> ActorBuild | None:
    """The speaker, when an unresolved 'it/we/they/I' subjects a clause reported by a verb of
    speech or belief ('Iran said it was ready to talk'): a speaker speaking of itself."""
    said = reporting_verb(verb, subject)
    return actor_at(subject_of(said), index) if said is not None else None


def reporting_verb(verb: Token, subject: Token | None) -> Token | None:
    """The verb of speech or belief that reports a clause whose subject is a speaker's
    'it/we/they/I' ('said' of 'Iran said it was ready to talk'), if any."""
    if subject is None or subject.lower_ not in SELF_PRONOUNS:
        return None
    found = reported_clause(verb, ("xcomp", "acomp", "conj"))
    if found is None:
        return None
    said, path = found
    if subject not in path[-1].subtree:
        return None  # the pronoun belongs to the reporting clause, not the reported one
    return said


def noun_holder(noun: Token, index: ActorIndex) -> ActorBuild | None:
    """The holder of a stance noun: its possessor or 'of/by/from X', or the subject of a
    light verb that takes it ('Hamas made a proposal')."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and (found := actor_at(child, index)):
            return found
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            for obj in child.children:
                if obj.dep_ == "pobj" and (found := actor_at(obj, index)):
                    return found
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        return verb_holder(head, index)
    return None


def adjective_holding(adj: Token, index: ActorIndex, stances: Stances) -> Holding:
    """'an option acceptable to X', 'Y is unacceptable for X' (holder in the to/for phrase,
    issue the thing described), or 'X is ready to talk' (holder the subject)."""
    own = cue_preposition(adj, stances)  # 'committed to X', 'open to X': X is the issue
    for prep in (c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                 and c != own):
        holder = next((a for c in prep.children if c.dep_ == "pobj"
                       if (a := actor_at(c, index))), None)
        if holder is not None:
            return holder, [described(adj)]
    if adj.dep_ == "acomp":
        return verb_holder(adj.head, index), [object_phrase(adj, stances)]
    passive = next((c for c in adj.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        # 'Britain was prepared to send troops': the tagger's adjective with a passive parse
        return actor_at(passive, index), [object_phrase(adj, stances)]
    return None, [[]]


def described(adj: Token) -> list[Token]:
    """What an evaluative adjective is said of: its noun (and what that noun is equated with,
    'the option acceptable to X is Y'), or the subject of its copula."""
    if adj.dep_ == "amod":
        noun = adj.head
        own = {t.i for t in adj.subtree}
        out = [t for t in subtree(noun) if t.i not in own]
        if noun.dep_ == "nsubj":
            out += [t for c in noun.head.children if c.dep_ == "attr" for t in subtree(c)]
        return sorted(out, key=lambda t: t.i)
    subj = next((c for c in adj.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subtree(subj) if adj.dep_ == "acomp" and subj is not None else []


def holding(token: Token, index: ActorIndex, stances: Stances) -> Holding:
    """The holder of a stance word and the phrase saying what it is about."""
    if token.pos_ == "ADJ":
        return adjective_holding(token, index, stances)
    if token.pos_ in ("VERB", "AUX") and (found := evaluation_of(token, stances)):
        return verb_holder(token, index), [found[1]]  # "X views Y as empty": about Y
    if token.pos_ in ("VERB", "AUX") and (noun := expected_demand(token, stances)) is not None:
        # "X expects its ultimatum to be met": about what the demand asks, else the demand
        inside = [t for t in object_phrase(noun, stances) if t.dep_ != "poss"]
        own = [t for t in subtree(noun) if t.dep_ != "poss"]
        return verb_holder(token, index), [inside, sorted(own, key=lambda t: t.i)]
    holder = noun_holder(token, index) if token.pos_ == "NOUN" else (
        None if reduced_relative(token) else verb_holder(token, index))
    if (clause := compared_clause(token)) is not None:
        return holder, [clause]
    return holder, stance_phrases(token, stances)


# Pro-forms that stand in for an elided action: "as Kiev had asked them to do (so)".
PRO_VERBS = frozenset({"do", "so"})


def compared_clause(verb: Token) -> list[Token] | None:
    """'the US could close the skies, as Kiev had asked them to do': a stance verb in an
    'as' clause whose own action is elided ('to do', 'to do so', or nothing at all, 'as the
    opposition demanded') is about the clause it modifies, without its subject."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    addressed = any(c.dep_ == "xcomp" for c in verb.children)  # "asked them to do": whom
    for child in verb.children:
        if child.dep_ in ("ccomp", "attr") or (child.dep_ == "dobj" and not addressed
                                               and child.lower_ not in PRO_VERBS):
            return None  # the verb says what it is about ("as X demanded talks")
        if child.dep_ == "xcomp" and (child.lemma_.lower() not in PRO_VERBS or any(
                g.dep_ == "dobj" and g.lower_ not in PRO_VERBS | {"it", "that"}
                for g in child.children)):
            return None
    head = verb.head
    skip = {t.i for t in verb.subtree}
    skip |= {t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "aux",
                                                       "advcl", "punct") for t in c.subtree}
    return [t for t in subtree(head) if t.i not in skip]


def final_stance(token: Token, stance: str, stances: Stances,
                 avoided: bool | None = None) -> str | None:
    """The stance after negation: 'did not drop its demand' keeps the demand, 'no longer
    insists on X' drops it. ``avoided`` says whether the issue is the act asked to be
    avoided, when a second act is asked beside it (else it is judged here)."""
    if no_longer(token):
        return "drops" if stance in ("demands", "supports", "offers") else None
    if stance == "demands" and own_wish(token):
        stance = "supports"  # 'wants to settle the dispute by talks': no demand on anyone
    if avoided is None:
        avoided = asks_to_avoid(token)
    if stance == "demands" and avoided:
        stance = "opposes"  # 'urged both sides to avoid escalation'
    if negated_complement(token):
        stance = COMPLEMENT_NEGATED.get(stance, stance)
    if not is_negated(token):
        return stance
    inner = inner_stance(token, stances)
    if stance == "drops" and inner is not None:
        return stance_of(inner, stances)
    return NEGATED.get(stance)


# What a stance on undoing a thing is on the thing: demanding that sanctions be lifted opposes
# them, agreeing or offering to lift them drops them, rejecting their lifting supports them.
UNDONE = {"demands": "opposes", "supports": "opposes", "accepts": "drops", "offers": "drops",
          "opposes": "supports", "rejects": "supports"}


# What a stance on not doing a thing is on the thing: agreeing or promising not to use force
# renounces it; urging someone not to attack opposes the attack.
COMPLEMENT_NEGATED = {"accepts": "rejects", "offers": "rejects", "supports": "opposes",
                      "demands": "opposes"}


def negated_complement(token: Token) -> bool:
    """Whether a stance verb's to-clause is negated ('agreed not to use force')."""
    return any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children)
               for c in token.children)


def avoided_and_asked(token: Token, issues: IssueLexicon) -> tuple[tuple[str, str], bool] | None:
    """'urged both sides to refrain from violence and to respect the ruling': the issue of the
    act asked to be avoided, when it names one (True: opposed), else that of the act asked
    beside it (False: demanded). None when no avoided act has a second act beside it."""
    avoid = next((c for c in token.children if c.dep_ == "xcomp"
                  and c.lemma_.lower() in avoidance_verbs()), None)
    if avoid is None:
        return None
    # a second 'to' clause, wherever the parser hung it ('to stop attacking X and to return')
    beside = [g for g in avoid.subtree if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")
              and (g.head.i == avoid.i or any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in g.children))]
    if not beside:
        return None
    inside = {t.i for g in beside for t in g.subtree}
    own = [t for t in subtree(avoid) if t.i not in inside]
    found = issue_of([own], issues)
    # 'to stop the shelling': stopping violence is the ceasefire, demanded
    stopping = stopped_violence([avoid, *(t for t in own if t.i != avoid.i)]) is not None
    asked = issue_of([[t for g in beside for t in subtree(g)]], issues)
    if found is None or (found[0].startswith(OTHER) and asked is not None
                         and not asked[0].startswith(OTHER)):
        return (asked, False) if asked is not None else None
    return found, not stopping


def asks_to_avoid(token: Token) -> bool:
    """Whether a demand asks that a thing not be done ('urged X to avoid escalation', 'to
    refrain from an offensive', 'to stop arms sales', 'demanded that Kyiv abandon its bid to
    join NATO'), not that violence stop ('to stop the shelling' demands the ceasefire)."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in avoidance_verbs()
               and stopped_violence([c, *(t for g in c.children for t in g.subtree)]) is None
               for c in token.children)


# Verbs of wanting: a demand when what is wanted is someone else's act or a thing.
DESIRE = frozenset({"want", "wish"})


def own_wish(token: Token) -> bool:
    """'wants to join the alliance': the holder's wish for its own act ('wants the army to
    withdraw' and 'wants a ceasefire' are demands)."""
    if token.lemma_.lower() not in DESIRE:
        return False
    if any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return False
    return any(c.dep_ == "xcomp" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in token.children)


def needs_lexicon(token: Token, stance: str, stances: Stances) -> bool:
    """Cues too loose for the noun-phrase fallback: 'dropped bombs', 'began to talk about',
    'urged Brussels not to escalate the dispute' (asking that an act not be done says what
    is feared, not an issue)."""
    return raised(token) or (stance == "drops" and inner_stance(token, stances) is None) or (
        stance == "demands" and any(c.dep_ == "xcomp" and is_negated(c) for c in token.children))


# The parts of speech that can head a stance cue (positions/cues.py) or a refusal.
STANCE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


def stance_pos_indices(doc: Doc) -> list[int]:
    """Indices of the words whose part of speech is in STANCE_POS, read off the token array:
    no Token object is built for the other words."""
    wanted = {POS_IDS[pos] for pos in STANCE_POS}
    return [i for i, pos in enumerate(doc.to_array("POS").tolist()) if pos in wanted]


def extract_positions(
    doc: Doc, doc_id: str, index: ActorIndex, stances: Stances,
    issues: IssueLexicon, published: date | None,
    writer: str | None = None, reported: Sequence[tuple[int, int]] = (),
    voices: Sequence[Voice] = (),
) -> list[Position]:
    """Every stance an identified actor takes on an identifiable issue, in text order. With
    a ``writer`` (the author of an opinion piece), what the text itself says someone should
    do ('Europe should raise defence spending'), outside the ``reported`` words of others, is
    the writer's demand. A want that the ``voices`` of another state ascribe to an actor is
    their claim, not the actor's position (``ascribed_want``)."""
    out: list[Position] = []
    covered: set[int] = set()
    lemmas, pos, negated = lower_lemmas(doc), coarse_pos(doc), negated_heads(doc)
    obliged = obliged_heads(doc, lemmas)
    for i in stance_pos_indices(doc):  # no stance cue and no refusal is headed by any other word
        if i not in negated and i not in obliged and not may_express(lemmas[i], pos[i], stances):
            continue  # neither a refusal (a negated verb) nor a stance word: no Token built
        token = doc[i]
        if i in obliged and i not in covered and (
                demand := demanded_of_others(token, index, stances, issues)) is not None:
            holder, found, stance = demand
            covered.update(t.i for t in token.subtree)
            out.append(position(doc, doc_id, token, holder.id, found, stance, len(out),
                                published))
            continue
        if token.i not in covered and (refused := refusal(token, index, issues)) is not None:
            actor, found = refused
            covered.update(t.i for t in token.subtree)
            stance = refused_stance(token, found, stances)
            # 'will not lift the sanctions', 'would not accept a weakening of the goals'
            act = [token, *(t for c in token.children if c.dep_ == "dobj" for t in subtree(c))]
            if removes(sorted(act, key=lambda t: t.i)):
                stance = UNDONE.get(stance, stance)
            out.append(position(doc, doc_id, token, actor.id, found, stance, len(out),
                                published))
            continue
        stance = stance_of(token, stances)
        if (stance is None or token.i in covered or governed_by_stance(token, stances)
                or names_the_act(token, stances)):
            continue
        if any(c.dep_ in ("xcomp", "acomp") and stance_of(c, stances)
               and object_phrase(c, stances) and not names_the_act(c, stances)
               for c in token.children):
            continue  # "agreed to abandon X": the inner word carries the stance ('urged
            # Israel to withdraw': a bare inner word carries none, the outer one does)
        if in_condition(token):
            continue  # "... if China agreed to buy soybeans": supposed, not taken
        # "Europe should support the deal": what the writer asks, not what Europe holds
        writes = prescribed(token)
        if writes and (writer is None or any(s <= token.idx < e for s, e in reported)):
            continue
        if wants_believed(token) or told_to_be(token):
            continue  # 'want the world to believe X', 'ordered the army to be ready to X'
        actor, phrases = holding(token, index, stances)
        if writes:
            actor = index.actors.get(writer)
        if (cond := condition_of(token)) is not None:
            # "reject X unless the sanctions are lifted": the condition is not the issue
            phrases = [[t for t in p if not cond[0] <= t.idx < cond[1]] for p in phrases]
        # 'must be disarmed before any end to the fighting': what must come first is asked,
        # what it must come before is not
        timed = ordered_words(phrases)
        phrases = [[t for t in p if t.i not in timed] for p in phrases]
        # 'urged both sides to sign the treaty': the asked need not be an actor, the asker is
        asked = actor is None and governing_stance(token, stances) == "demands"
        found = issue_of(phrases, issues) if actor is not None or asked else None
        avoided = None
        if found is not None and (split := avoided_and_asked(token, issues)) is not None:
            found, avoided = split
        if found is None or (found[0].startswith(OTHER) and (
                needs_lexicon(token, stance, stances) or treatment_of_holder(token))):
            continue  # "would not accept being blamed for X": no issue, only a treatment
        if found[0].startswith(OTHER) and backs_a_force(phrases, index):
            continue  # 'Egypt, which backs the army': an alliance (an event), no issue
        if stance == "offers" and foretells_others(token, actor, index):
            continue  # 'officials promise that the regime will buckle': a forecast, no offer
        if stance == "supports" and caused_motion(token, index):
            continue  # 'pushing Taiwan to the brink of war': driving someone, not backing war
        if combat(token, phrases, index) or obstruction(token, phrases):
            continue  # 'officers fought the gunmen', 'blocked the convoys': acts, not stances
        covered.update(t.i for p in phrases for t in p)
        if (stance := final_stance(token, stance, stances, avoided)) is None:
            continue
        if any(removes(p) for p in phrases if p and phrase_text(p) == found[1]):
            stance = UNDONE.get(stance, stance)  # 'demanded that X lift sanctions'
        speaker = token
        if writes:
            out.append(position(doc, doc_id, token, writer, found,
                                WANTED_OF_OTHERS.get(stance, stance), len(out), published))
            continue
        if (outer := governing_stance(token, stances)) is not None:
            stance, speaker = outer_view(token, outer, stance, stances)
            actor = verb_holder(speaker, index) if speaker is not token else actor
            if actor is None:
                continue
        for holder in [actor, *co_holders(speaker, actor, index)]:
            if ascribed_want(speaker, holder, voices):
                continue
            out.append(position(doc, doc_id, token, holder.id, found, stance, len(out),
                                published))
    for token in conditional_acts(doc, covered, negated):
        if (holder := verb_holder(token, index)) is not None:
            phrase = [token, *(t for c in token.children if c.dep_ == "dobj" for t in c.subtree)]
            found = (stopped_violence(phrase) or "", phrase_text(phrase))
            out.append(position(doc, doc_id, token, holder.id, found, "offers", len(out),
                                published))
    if writer is not None:
        for token, found in prescribed_acts(doc, obliged, covered, reported, stances, issues):
            covered.update(t.i for t in token.subtree)
            out.append(position(doc, doc_id, token, writer, found, prescribed_stance(token),
                                len(out), published))
    # the conditional offers were found after the rest: put every position in text order
    ordered = sorted(out, key=lambda p: (p.evidence.start, p.order))
    return [replace(p, order=n) for n, p in enumerate(ordered)]


def prescribed_acts(doc: Doc, obliged: frozenset[int], covered: set[int],
                    reported: Sequence[tuple[int, int]], stances: Stances,
                    issues: IssueLexicon) -> Iterator[tuple[Token, tuple[str, str]]]:
    """Acts the writer's own words say someone should do, with no stance word, whose object
    names an issue of the lexicon ('Washington should impose an arms embargo', 'the army
    must withdraw its troops'): the writer demands that issue (an act without one, 'donors
    must fund the clinics', names no issue)."""
    for i in sorted(obliged - covered):
        token = doc[i]
        if token.pos_ != "VERB" or any(s <= token.idx < e for s, e in reported) \
                or not prescribed(token):
            continue
        # its object, never a clause ('must stop pretending that sanctions work') nor a
        # thing awaited ('should not wait for a peace deal'); with none, what it is brought
        # to ('must be held to account')
        kids = [c for c in token.children if c.dep_ == "dobj"] or [
            c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
        phrase = [token, *sorted((t for c in kids for t in c.subtree), key=lambda t: t.i)]
        while len(phrase) > 1 and phrase[-1].dep_ in ("cc", "punct"):
            phrase.pop()  # 'impose an embargo and sanction ...': the 'and' is no object's
        if (act := stopped_violence(phrase)) is not None:
            yield token, (act, phrase_text(phrase))  # 'should withdraw its troops'
        elif stance_of(token, stances) is not None:
            continue  # a stance word the writer asks for is read as one (extract_positions)
        elif len(phrase) > 1 and (issue := lexicon_issue(phrase[1:], issues)) is not None:
            yield token, (issue, phrase_text(phrase[1:]))


def prescribed_stance(token: Token) -> str:
    """The writer's stance on the issue of a prescribed act: a denied act ('must not',
    'nor should it') opposes the issue and an act of undoing ('should lift the ban') opposes
    what it undoes; both together demand it."""
    denied = is_negated(token) or any(c.lower_ in ("nor", "neither") and c.i < token.i
                                      for c in token.children)
    return "opposes" if denied != removes([token, *token.subtree]) else "demands"


def conditional_acts(doc: Doc, covered: set[int], negated: frozenset[int]) -> list[Token]:
    """Acts a party says it will do if another does something ('would release the hostages
    only if Israel ended the war'): a conditional offer, when the act and its object name an
    issue (the verb-object rules of issues.yaml)."""
    out = []
    words, pos = lower_texts(doc), coarse_pos(doc)
    # a Token is built only for a verb a future auxiliary stands before
    verbs = {head_indices(doc)[i] for i, w in enumerate(words) if w in FUTURE_AUX}
    for i in sorted(verbs):
        if pos[i] != "VERB" or i in covered or i in negated:
            continue
        token = doc[i]
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
            continue
        phrase = [token, *(t for c in token.children if c.dep_ == "dobj" for t in c.subtree)]
        if stopped_violence(phrase) and condition_of(token) is not None:
            out.append(token)
    return out


# What an act wanted of someone else amounts to for the one who wants it: urging X to accept
# or support Y demands Y; urging X to reject or drop Y opposes Y.
WANTED_OF_OTHERS = {"supports": "demands", "accepts": "demands", "offers": "demands",
                    "demands": "demands", "opposes": "opposes", "rejects": "opposes",
                    "drops": "opposes"}


def governing_stance(token: Token, stances: Stances) -> str | None:
    """The stance of the verb whose infinitive a stance word is, when that verb asks it of
    someone ('urged Kyiv to accept') or refuses it ('refused to accept'): the inner word
    names the act, the outer one says where its holder stands on it."""
    if token.dep_ != "xcomp" or token.head.i == token.i:
        return None
    outer = stance_of(token.head, stances)
    return outer if outer in ("demands", "rejects") else None


# Verbs of believing and knowing: wanting someone to believe a thing is persuasion, no stance
# on the thing ('want the world to believe that arms for Taiwan threaten peace').
BELIEF_VERBS = frozenset({"believe", "think", "know", "understand", "realise", "realize",
                          "feel", "imagine", "assume", "see"})


def wants_believed(token: Token) -> bool:
    """Whether a stance verb's complement is a verb of believing or knowing."""
    return token.pos_ == "VERB" and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in BELIEF_VERBS for c in token.children)


def told_to_be(token: Token) -> bool:
    """Whether a stance adjective is what someone was told to be ('ordered his military to be
    ready to take the island'): the order is the one who gave it's, no offer of the told."""
    cop = token.head
    return (token.dep_ == "acomp" and cop.lemma_ == "be" and cop.dep_ == "xcomp"
            and asks_someone(cop.head))


def asks_someone(verb: Token) -> bool:
    """Whether a verb asks someone ('urged Kyiv to', 'called on X to'), not only for something."""
    return any(addressee(verb, c) for c in verb.children)


def outer_view(token: Token, outer: str, stance: str, stances: Stances) -> tuple[str, Token]:
    """(stance, word whose holder holds it) for a stance word under a demanding or refusing
    verb: 'refused to accept the truce' rejects it; 'pressed the rebels to accept the truce'
    is the presser's demand, not the rebels' acceptance; 'wants to accept' stays the
    subject's own."""
    if outer == "rejects":
        if stance == "drops":  # 'refused to abandon its demand': it keeps the demand
            kept = inner_stance(token, stances)
            return (stance_of(kept, stances) if kept is not None else None) or "supports", token
        return NEGATED.get(stance, stance), token
    speaker = token
    # 'urged the mediators to press Israel to accept': the first asker's demand
    while governing_stance(speaker, stances) == "demands" and asks_someone(speaker.head):
        speaker = speaker.head
    if speaker is token:
        return stance, token
    return WANTED_OF_OTHERS.get(stance, stance), speaker


# Stance verbs that also tell of fighting: with a party for object they are combat.
COMBAT_CUES = frozenset({"fight", "battle", "resist", "repel", "repulse", "push back",
                         "beat back", "drive back", "drive out"})


def names_the_act(token: Token, stances: Stances) -> bool:
    """A stance verb that with its object is the act an issue is about ('withdraw its
    troops' is troop withdrawal, not dropping something): what governs it takes the stance
    ('urged Serbia to withdraw its troops' demands the withdrawal)."""
    return (token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp")
            and stopped_violence([token, *object_phrase(token, stances)]) is not None)


def combat(token: Token, phrases: list[list[Token]], index: ActorIndex) -> bool:
    """Whether a fighting verb has a party for its object ('fought the rebels', 'resisted the
    invaders') or a 'with' phrase, not an issue ('fight corruption', 'resist the reform')."""
    # the tagger reads 'back' of 'push back' as a particle or an adverb
    particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")
                     and c.i == token.i + 1), None)
    head = object_head(phrases)
    party = head is not None and (index.actor_of(head) is not None
                                  or head.lower_ in agent_nouns()
                                  or head.lemma_.lower() in agent_nouns())
    if token.lemma_.lower() == "defend":
        # holding ground, or protecting a party ('might not defend allies'), is no stance
        return defended_ground(head) or party or (
            head is not None and head.lemma_.lower() in relation_parties())
    if token.lemma_.lower() not in COMBAT_CUES and (
            f"{token.lemma_.lower()} {particle}" not in COMBAT_CUES):
        return False
    if phrases and phrases[-1] and min(phrases[-1], key=lambda t: t.i).lower_ == "with":
        return True  # 'fought with rifles', 'fought with the rebels': arms or a foe
    return party


def defended_ground(head: Token | None) -> bool:
    """Whether 'defend' has a place for its object ('defended the city', 'defended their
    positions'): holding ground is combat; defending a policy ('defended the sanctions') or a
    country's territory as such is a stance."""
    return head is not None and (
        head.ent_type_ in ("GPE", "LOC", "FAC") or head.lemma_.lower() in SETTLEMENT_NOUNS
        or head.lemma_.lower() in held_ground())


# Nouns for a land and its people ('pushing the region to the edge of war').
LAND_NOUNS = frozenset({"country", "nation", "region", "world", "continent", "area",
                        "state", "people", "population"})
# Words that order one act before or after another ('disarm before any end to the fighting').
ORDERING = frozenset({"before", "after", "until", "till", "pending"})


def ordered_words(phrases: list[list[Token]]) -> set[int]:
    """The words of the phrases and clauses a stance's acts are ordered against, inside its
    phrases ('before any end to the fighting'), unless that is all of a phrase."""
    inside = {t.i for p in phrases for t in p}
    out = set()
    for tok in (t for p in phrases for t in p):
        if tok.lower_ in ORDERING and tok.dep_ in ("prep", "mark") and tok.head.i in inside:
            words = {t.i for t in tok.subtree} | (
                {t.i for t in tok.head.subtree} if tok.dep_ == "mark" else set())
            out |= words
    return out if out != inside else set()


# Prepositions of where a verb drives its object ('pushed the country to the brink').
DIRECTIONS = frozenset({"to", "into", "toward", "towards"})


def caused_motion(verb: Token, index: ActorIndex) -> bool:
    """Whether a verb drives an actor somewhere ('pushing Taiwan to the brink of war',
    'dragging the region into war'): where it is driven is no issue the subject backs."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.pos_ == "VERB" and any(
        index.actor_of(o) is not None or index.place_of(o) is not None or o.pos_ == "PRON"
        or o.lemma_.lower() in LAND_NOUNS for o in objects) and any(
        c.dep_ == "prep" and c.lower_ in DIRECTIONS and c.i > objects[0].i
        for c in verb.children)


# Stance verbs that also tell of stopping things bodily: with a thing for object they are acts.
OBSTRUCTION_CUES = frozenset({"block", "obstruct"})


def obstruction(token: Token, phrases: list[list[Token]]) -> bool:
    """Whether a blocking verb has a vehicle, vessel or building for its object ('blocked
    convoys carrying food', 'blocked the boat'), not a measure ('blocked the resolution')."""
    if token.lemma_.lower() not in OBSTRUCTION_CUES:
        return False
    head = object_head(phrases)
    return head is not None and head.lemma_.lower() in THING_NOUNS


def object_head(phrases: list[list[Token]]) -> Token | None:
    """The head noun of the widest phrase a stance word is about (its whole object)."""
    return head_noun(sorted(phrases[-1], key=lambda t: t.i)) if phrases and phrases[-1] else None


# Verbs of letting happen: refusing them refuses the act they would let happen.
PERMITTING = frozenset({"allow", "let", "permit", "tolerate"})
# Auxiliaries of the future and of volition: "will not", "would not", "won't".
FUTURE_AUX = frozenset({"will", "would", "wo", "shall"})


# Sectors of armed forces: backing or opposing one is taking a side in a war, not a stance on
# an issue (the SUPPORT event records it).
FORCE_SECTORS = NON_STATE_ARMED | {"MIL"}


def backs_a_force(phrases: list[list[Token]], index: ActorIndex) -> bool:
    """Whether what a stance is about is a state or an armed force named as an actor."""
    head = object_head(phrases)
    build = index.actor_of(head) if head is not None else None
    return build is not None and (build.kind == "country" or build.sector in FORCE_SECTORS)


def foretells_others(token: Token, actor: ActorBuild | None, index: ActorIndex) -> bool:
    """Whether a verb of promising tells what someone else will do ('promised that the
    regime would fall'): an offer is of the holder's own act ('pledged that his government
    would hold elections', 'promised that the US would help', said by its president)."""
    if token.pos_ != "VERB" or actor is None:
        return False
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        other = actor_at(subject, index)
        if other is None or other is not actor and (
                not actor.country or other.country != actor.country):
            return True
    return False


def treatment_of_holder(token: Token) -> bool:
    """Whether a stance word's complement is a passive gerund: how the holder is treated
    ('rejected being held responsible for the strike'), not an issue of its own."""
    return any(c.dep_ in ("xcomp", "dobj", "ccomp", "pcomp") and c.tag_ == "VBN"
               and any(a.dep_ == "auxpass" and a.lower_ == "being" for a in c.children)
               for c in token.children)


def refusal(token: Token, index: ActorIndex,
            issues: IssueLexicon) -> tuple[ActorBuild, tuple[str, str]] | None:
    """'Israel will not withdraw its troops', 'the government would not negotiate with X': an
    actor's negated future of an action that names a lexicon issue refuses it. (holder,
    (issue, text)), or None."""
    if token.pos_ != "VERB" or token.i not in negated_heads(token.doc):
        return None
    children = list(token.children)
    if not any(c.dep_ == "neg" for c in children) or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children):
        return None
    if in_condition(token):
        return None
    # 'will not allow Iran to obtain a nuclear weapon' refuses what it would permit
    deps = ("dobj", "prep", "prt", "xcomp", "ccomp") if token.lemma_.lower() in PERMITTING \
        else ("dobj", "prep", "prt")
    action = [token, *(t for c in children if c.dep_ in deps for t in subtree(c))]
    found = issue_of([sorted(action, key=lambda t: t.i)], issues)
    if found is None or found[0].startswith(OTHER):
        return None
    actor = verb_holder(token, index)
    return (actor, found) if actor is not None else None


def refused_stance(token: Token, found: tuple[str, str], stances: Stances) -> str:
    """Refusing an act rejects its issue ('will not withdraw from Kherson': the withdrawal);
    refusing to leave or give up a thing holds on to it ('will not withdraw from the talks'
    supports the talks)."""
    if stance_of(token, stances) == "drops" and found[0] not in bare_act_issues(token):
        return "supports"
    return "rejects"


def bare_act_issues(token: Token) -> set[str]:
    """The issues a verb names as the act itself, with or without its object."""
    found = stopped_violence([token, *(t for c in token.children if c.dep_ in ("dobj", "prep")
                                       for t in c.subtree)])
    return {found} if found else set()


def negated_heads(doc: Doc) -> frozenset[int]:
    """Indices of the words with a 'neg' dependent, once per Doc: ``refusal`` is asked of
    every verb, and listing each verb's children costs more than this one scan."""
    cached = doc.user_data.get("kronika_negated_heads")
    if cached is None:
        neg = doc.vocab.strings["neg"]
        cached = frozenset(
            head for i, dep in enumerate(doc.to_array("DEP").tolist())
            if dep == neg and (head := doc[i].head.i) != i)
        doc.user_data["kronika_negated_heads"] = cached
    return cached


def in_condition(token: Token) -> bool:
    """True when a stance word stands in the antecedent of a condition ('if X agreed to Y',
    'unless X accepts Y'): the text supposes the stance, nobody takes it. After 'but only if'
    the parser may join the condition to the main clause as a conjunct."""
    tok = token
    for _ in range(6):
        if tok.dep_ in ("advcl", "conj") and any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till")
                                       for c in tok.children) and still_to_hold(tok.head):
            return True  # 'would halt the aid until X accepted Y': X's acceptance is supposed
        if tok.head == tok:
            return False
        tok = tok.head
    return False


@dataclass(frozen=True)
class Voice:
    """The words of a claim and the country of its speaker (None when the text gives none)."""

    start: int
    end: int
    country: str | None


def claim_voices(claims: Sequence[Claim], index: ActorIndex) -> list[Voice]:
    """The contents of the claims of others than the author, with their speakers' countries."""
    out = []
    for claim in claims:
        if claim.speaker_kind == "author":
            continue
        speaker = index.actors.get(claim.speaker) if claim.speaker else None
        out.append(Voice(claim.content_start, claim.content_end,
                         speaker.country if speaker is not None else None))
    return out


def ascribed_want(verb: Token, holder: ActorBuild, voices: Sequence[Voice]) -> bool:
    """A verb of wanting ('wants', 'seeks') in the words of a speaker of another country than
    the holder's: 'the Kremlin wants the dispute frozen, Vucic said' is Vucic's reading of
    Moscow's aims. A state's own spokesman reporting its wants speaks for it."""
    if verb.lemma_.lower() not in desire_verbs() or holder.country is None:
        return False
    return any(v.start <= verb.idx < v.end and v.country is not None
               and v.country != holder.country for v in voices)


def still_to_hold(verb: Token) -> bool:
    """Whether a clause tells what will, would or will not be done (its 'until' clause is a
    condition, not a time that came: 'fought until the rebels surrendered')."""
    return any((c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo"))
               or c.dep_ == "neg" for c in verb.children)


def obliged_heads(doc: Doc, lemmas: list[str]) -> frozenset[int]:
    """Indices of the verbs a 'must' or 'should' puts an obligation on."""
    return frozenset(doc[i].head.i for i, lemma in enumerate(lemmas)
                     if lemma in OBLIGATION_MODALS and doc[i].dep_ == "aux")


def demanded_of_others(token: Token, index: ActorIndex, stances: Stances,
                       issues: IssueLexicon) -> tuple[ActorBuild, tuple[str, str], str] | None:
    """(holder, issue, stance) of an obligation a speaker puts on someone else: 'Kinshasa
    said Rwanda must withdraw its troops' demands the withdrawal, 'said Kyiv should accept
    the truce' demands the truce, 'said Israel must not withdraw' opposes it. 'We must
    defend' is the speaker's own resolve, and a writer's 'X should' is no one's position."""
    speech = obligation_speech(token)
    subject = subject_of(token)
    if speech is None or (subject is not None and subject.lower_ in FIRST_PERSON):
        return None
    holder = verb_holder(speech, index)
    if holder is None:
        return None
    phrase = [token, *object_phrase(token, stances)]
    if (act := stopped_violence(phrase)) is not None:
        return holder, (act, phrase_text(phrase)), "opposes" if is_negated(token) else "demands"
    stance = stance_of(token, stances)
    found = issue_of(stance_phrases(token, stances), issues) if stance else None
    if stance is None or found is None or (
            found[0].startswith(OTHER) and needs_lexicon(token, stance, stances)):
        return None
    if is_negated(token):
        stance = NEGATED.get(stance, stance)
    return holder, found, WANTED_OF_OTHERS.get(stance, stance)


# Modals of obligation: 'X should accept Y' says what someone wants of X, not where X
# stands. 'must' with a first-person subject is the speaker's own resolve ('we must defend').
PRESCRIBING = frozenset({"should", "ought", "must"})
FIRST_PERSON = frozenset({"i", "we"})


def prescribed(token: Token) -> bool:
    """True when a stance verb is under a modal of obligation of someone else's making."""
    verb = token
    # 'should be ready to talk', 'should agree to talk', 'should support A and accept B'
    while verb.dep_ in ("xcomp", "acomp", "conj") and verb.head != verb and not any(
            (c.dep_ == "aux" and c.lower_ != "to") or c.dep_ == "nsubj"
            for c in verb.children if c.i < verb.i):
        verb = verb.head
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in PRESCRIBING]
    if not modals:
        return False
    subject = subject_of(verb)
    return not (modals == ["must"] and subject is not None and subject.lower_ in FIRST_PERSON)


def co_holders(token: Token, first: ActorBuild, index: ActorIndex) -> list[ActorBuild]:
    """Actors conjoined with the holder as the stance verb's subject ('The EU and the United
    States welcomed the agreement'): each holds the stance."""
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        token = token.head  # 'X and Y said they were ready to ...': the verb 'ready' is of
    if token.pos_ not in ("VERB", "AUX"):
        return []
    subject = subject_of(token)
    if subject is None:
        return []
    said = reporting_verb(token, subject)
    if said is not None:  # 'Russia and China said they would block it': both speakers
        subject = subject_of(said)
        if subject is None:
            return []
    out: list[ActorBuild] = []
    for conj in subject.conjuncts:
        build = actor_at(conj, index)
        if build is not None and build.id != first.id and build not in out:
            out.append(build)
    return out


def position(doc: Doc, doc_id: str, token: Token, actor: str, found: tuple[str, str],
             stance: str, order: int, published: date | None) -> Position:
    """One Position record whose evidence is the stance word's sentence."""
    sent = sentences(doc)[sentence_index(doc)[token.i]]  # Token.sent scans for its bounds
    when, _ = event_date(clause_head(token), published)
    cond = condition_of(token)
    condition = doc_text(doc)[cond[0]:cond[1]] if cond else None
    issue_text = found[1]
    if condition and condition in issue_text:
        # "accept a truce on condition that ...": the condition is not what is accepted
        issue_text = issue_text[:issue_text.index(condition)].rstrip(" ,")
    return Position(
        id=content_id(doc_id, actor, found[0], str(token.idx)), actor=actor,
        issue=found[0], issue_text=issue_text, stance=stance, hedged=is_hedged(token),  # type: ignore[arg-type]
        order=order, date=when,
        evidence=Evidence(sentence_index(doc)[token.i], sent.start_char,
                          sent.end_char, doc_text(doc)[sent.start_char : sent.end_char]),
        condition=condition,
    )


def clause_head(token: Token) -> Token:
    """The verb whose clause dates a stance: 'in 2022 Iran was ready to ...' dates 'ready'
    by its copula, 'agreed to abandon' by 'agreed'."""
    for _ in range(4):
        if token.dep_ not in ("xcomp", "acomp") or token.head == token:
            break
        token = token.head
    return token


def governed_by_stance(token: Token, stances: Stances) -> bool:
    """A stance noun that is the object of a stance verb ('abandon his demand') is read as
    part of that verb's stance, not as a stance of its own."""
    return (token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass")
            and stance_of(token.head, stances) is not None)
