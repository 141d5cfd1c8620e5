"""Implicit arguments: a side the parse leaves empty, recovered from the discourse.

An event that has one side from its frames (arguments.py) but not the other takes the missing
side, in this order, from:

0. for an attack told through its means with no one named in it ('a roadside bomb near X
   killed two', 'were killed in a car bombing in X'; frames.csv scope means), that phrase as the
   source, with the country of the place in it (no actor); a definite one ('the strikes
   hit X') only after the chain (rule 1), since it tells of an act told before;
1. the same chain: the source of the nearest earlier event of the same type in the same
   sentence or the one before ("the army began to strike ... Strikes targeting X");
2. the sentence: for a source, the actor mention a trained scorer finds likeliest
   (events/side_scorer.py); for a target, the nearest actor or place mentioned after the
   trigger that is not the other side (else, optionally, the scorer's pick). With the scorer
   off, a source is the nearest actor before the trigger that stands where one who acts is
   named (a subject or inside one) and not in a clause that leaves the trigger out;
3. for coercion told in the passive with no agent ('X was arrested in Lebanon'), the state
   of the place where it happened (its country, no actor);
4. for a meeting or agreement noun told with its partner alone ("no talks with X, Y said"),
   the named party who says so;
5. for the source of an event noun (or of a verb whose subject is one: "strikes targeting
   X"), the article's main actor (named in at least three sentences).

Each rule has its own, lower confidence (below every frame path), so that a user filtering on
``confidence`` keeps only what the grammar found. An event with no side at all is never
completed here: it stays out (phantom control belongs to the events stage).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kronika.actors.candidates import Candidate
from kronika.actors.resolve import ActorBuild, ActorIndex
from kronika.events import side_scorer
from kronika.events.arguments import (
    FORCE_MOVING_TYPES,
    FORCE_NOUNS,
    INFORMING_VERBS,
    NOT_DOING_VERBS,
    Argument,
    actor_in,
    adjunct_gerund_subject,
    aimed_phrases,
    behest_host,
    boundary_partner,
    by_agent,
    conjunct_object,
    deployed_forces,
    locative_place,
    means_noun,
    outside_event,
    own_forces,
    phrase_span,
    place_argument,
    prep_objects,
    reciprocal,
    same_side,
    side_span,
    stranded_means,
    subject_of,
    trigger_form,
    undergoing_host,
    undergone_subject,
)
from kronika.events.frames import frames
from kronika.nlp import doc_text, sentence_index, sentences
from kronika.records import Place

CHAIN_CONFIDENCE = 0.5
NEAREST_CONFIDENCE = 0.35
STATE_CONFIDENCE = 0.35
MAIN_ACTOR_CONFIDENCE = 0.3
SPEAKER_CONFIDENCE = 0.3
# Acts aimed at whom the same subject makes demands of in a conjoined clause ('students
# protested X and demanded the ministry act').
CONJOINED_DEMAND_TYPES = {"PROTEST"}
# Reciprocal acts that a speaker told with the partner alone is a party to ('no talks with X').
SPEAKER_TYPES = {"CONSULT", "AGREE"}
MEANS_CONFIDENCE = 0.35
# Acts only a state does to people on its soil: told without an agent, the state did them.
STATE_TYPES = {"COERCE"}
# Where the one who acts is named: subjects, and the words inside a subject's name.
AGENT_DEPS = {"nsubj", "nsubjpass", "poss"}
NAME_DEPS = {"compound", "amod", "nmod", "appos", "conj", "flat", "det"}
# Plural nouns that name a pair of parties told just before ('the two leaders', 'both
# countries'): the pair is its members.
PAIR_NOUNS = {"leader", "country", "nation", "side", "government", "state", "president",
              "neighbour", "neighbor", "minister", "party", "capital", "army", "rival"}
PAIR_WORDS = {"two", "both"}
# Pair nouns that say nothing of what the parties are ('both sides', 'the two parties'):
# whoever acted on each other last; 'the two countries' must still be two named countries.
NEUTRAL_PAIR_NOUNS = {"side", "party", "rival"}
# Acts of a conflict: the pair 'both sides' of a call to stop or to talk most often means.
CONFLICT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"}
PAIR_LOOKBACK = 2
LOCATIVE_PREPS = {"in", "at", "inside", "outside", "near"}
PAIR_CONFIDENCE = 0.5
# A main actor is one a longer text keeps coming back to; a one-sentence text has none.
MAIN_ACTOR_SENTENCES = 3


@dataclass(frozen=True)
class Told:
    """An event already read: its sentence, type and source, for the chain rule; its one
    target actor and trigger position, for the latest pair ('urged both sides')."""

    sentence: int
    type: str
    source: Argument
    target: Argument | None = None
    at: int = -1
    fight: bool = False  # a fight of two sides ('exchanged fire with X', 'clashed')


def told_of(trigger: Token, etype: str, sources: list[Argument], targets: list[Argument],
            mutual: bool) -> list[Told]:
    """What an event adds to the told list: one entry per source, each with the event's one
    target (or, for two parties acting on each other, 'X and Y clashed', the other party)."""
    here = sentence_index(trigger.doc)[trigger.i]
    if mutual and len(sources) == 2 and not targets:
        return [Told(here, etype, a, b, trigger.i, True) for a, b in (sources, sources[::-1])]
    one = targets[0] if len(targets) == 1 else None
    fight = reciprocal(trigger)
    return [Told(here, etype, s, one, trigger.i, fight) for s in sources]


# How many sentences back a definite act noun ('during the raid') may point to the act it names.
REFERRED_ACT_REACH = 3


def chain_source(trigger: Token, etype: str, told: list[Told], exclude: Argument | None,
                 reach: int = 1) -> Argument | None:
    """The source of the nearest earlier event of the same type, this sentence or the last
    (or ``reach`` back); none when that event is a fight of two sides ('officers exchanged
    fire with the attackers. A teacher was shot dead'): either side may have done what
    followed."""
    here = sentence_index(trigger.doc)[trigger.i]
    for event in reversed(told):
        if (event.type == etype and here - reach <= event.sentence <= here
                and known_party(event.source)
                and (exclude is None or not same_side(event.source, exclude))):
            return None if event.fight else replace(event.source, confidence=CHAIN_CONFIDENCE)
    return None


def known_party(arg: Argument) -> bool:
    """A source that names a party or a country, not only the means of an attack ('was hit by
    artillery shells'): a later act is chained past such a source to who was named."""
    return arg.actor is not None or arg.country is not None


def in_sentence(trigger: Token, index: ActorIndex, side: str, exclude: Argument | None,
                etype: str = "") -> Argument | None:
    """An empty side from the trigger's sentence (rule 2). A source: the side scorer's pick.
    A target: the nearest actor or place after the trigger, else (with
    ``side_scorer.SCORE_MISSING_TARGET``) the scorer's pick. With the scorer off, the nearest
    alone."""
    if not side_scorer.USE_SCORER:
        return nearest(trigger, index, side, exclude, etype)
    if side == "source":  # never one who acts in a clause of another verb's act
        apart = outside_participle if noun_modifying_passive(trigger) else in_other_act

        def elsewhere(token: Token, trig: Token) -> bool:
            # 'a protest against President X's government': the target's owner is no source
            return (apart(token, trig) or reports_own_loss(token, trig, exclude, index)
                    or bystander_report(token, trig, index) or reacts_to(token, trig)
                    or sufferer_above(token, trig)
                    or (exclude is not None and inside(Argument(token=token), exclude)))
        return side_scorer.likeliest(trigger, index, side, exclude, elsewhere)
    found = nearest(trigger, index, side, exclude, etype)
    if found is None and side_scorer.SCORE_MISSING_TARGET:
        return side_scorer.likeliest(trigger, index, side, exclude)
    return found


def nearest(trigger: Token, index: ActorIndex, side: str, exclude: Argument | None,
            etype: str = "") -> Argument | None:
    """The nearest actor mention before (source) or after (target) the trigger in its
    sentence, places counting for a target, leaving out the other side and, for a target, the
    object of another verb the trigger's subject does (but for a protest: those its protesters
    make demands of are whom it is aimed at)."""
    aimed = {t.i for o in aimed_phrases(trigger) for t in o.subtree} if side == "target" else None
    shared = side == "target" and etype not in CONJOINED_DEMAND_TYPES
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    order = (range(trigger.i - 1, sent.start - 1, -1) if side == "source"
             else range(trigger.i + 1, sent.end))
    informing = outside_event(trigger)  # 'according to X', '..., X said': no side
    carrier = threat_carrier(trigger, etype) if side == "target" else None
    deferred: Argument | None = None
    for i in order:
        token = doc[i]
        if i in informing or (aimed and i not in aimed):
            continue  # the act's own 'on X' names what it is aimed at: only a party in it
        build = index.actor_of(token)
        place = index.place_of(token) if build is None and side == "target" else None
        if (build is None and place is None) or (side == "source" and not agent_like(token)):
            continue
        arg = Argument(build, build.country if build else place.country, token,  # type: ignore[union-attr]
                       confidence=NEAREST_CONFIDENCE, span=phrase_span(name_head(token, index)))
        if (token.pos_ == "PRON" or (exclude is not None and (
                same_side(arg, exclude) or own_forces(arg, [exclude], index)))
                or (side == "source" and in_other_clause(token, trigger))
                or (side == "target" and in_adjunct_clause(token, trigger))
                or (side == "target" and in_time_clause(token, trigger))
                or (side == "target" and in_motive(token, trigger))
                or (side == "target" and etype in ASKING_TYPES and asked_act_object(token, trigger))
                or (side == "target" and etype in PARTNER_TYPES and opposed(token, trigger))
                or (shared and conjunct_object(token, trigger))
                or (side == "target" and in_other_conjunct(token, trigger))
                or (side == "target" and judged_object(token, trigger, index))
                or (side == "target" and boundary_partner(name_head(token, index)))
                or (side == "target" and outside_relative_clause(token, trigger))
                or (side == "target" and foreign_relative_clause(token, trigger))
                or (side == "target" and exclude is not None and own_group(arg, exclude, index))):
            continue
        if carrier is not None and carrier.i in (token.i, name_head(token, index).i):
            deferred = deferred or arg
            continue
        return arg
    return deferred


# Acts whose that-clause tells what the source's side would do ('warned that X could ...').
THREAT_TYPES = frozenset({"THREATEN"})


def threat_carrier(trigger: Token, etype: str) -> Token | None:
    """The subject of a warning's that-clause ('warned that the EU could suspend funds for
    projects in X', 'warned that the army would respond if Y fired first'): the one who would
    carry the threat out, the warner's side; the threatened one is named after it, and only
    when none is (`'warned that Iran would pay a price'`) is the subject the one warned."""
    if etype not in THREAT_TYPES or trigger.pos_ != "VERB":
        return None
    clause = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
    subject = subject_of(clause) if clause is not None else None
    return subject if subject is not None and subject.i > trigger.i else None


# Sectors of a state's own men under arms or in office: a report of losses among any of them by
# another of them is a report of one's own losses ('police said two officers were shot').
STATE_SERVICE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})


def reports_own_loss(token: Token, trigger: Token, target: Argument | None,
                     index: ActorIndex) -> bool:
    """The mention names who reports, in the sentence's main clause, what an agentless passive
    in the reported clause did to the reporter's own men ('the army said two soldiers were
    killed', "Ukraine's military said three servicemen were wounded"): the one who tells
    of a loss is not who inflicted it. A loss of others stays open ('the army said 20
    militants were killed': the army may have)."""
    reporter = reporting_subject(trigger)
    if reporter is None or target is None or target.actor is None:
        return False
    head = token
    while head.dep_ in (*NAME_DEPS, "poss") and head.head.i != head.i and head.i != reporter.i:
        head = head.head
    if head.i != reporter.i:
        return False
    own = target.actor
    speaker = actor_in(reporter, index)
    return speaker is not None and own.country in (None, speaker.country) and (
        own.sector == speaker.sector
        or {own.sector, speaker.sector} <= STATE_SERVICE_SECTORS
        or (speaker.kind == "country" and own.sector in STATE_SERVICE_SECTORS)
        or own_people(own, speaker))


# Subject pronouns a passive clause may refer back with to the party above it.
SUFFERER_PRONOUNS = {"they": True, "we": True, "he": False, "she": False, "it": False}
# Clause relations by which a clause hangs on the one whose subject its pronoun refers back to:
# a time or reason clause ('returned fire after they were attacked'), a report ('said they
# had been attacked').
SUFFERER_CLAUSE_DEPS = {"advcl", "ccomp"}


def sufferer_above(token: Token | None, trigger: Token) -> bool:
    """The mention is the subject of the clause above an agentless passive whose subject is a
    pronoun of its number ('its forces returned fire after they were attacked', 'the
    soldiers said they had been ambushed'): the pronoun refers back to it, and the one who
    suffered the act did not do it."""
    if (token is None or trigger.dep_ not in SUFFERER_CLAUSE_DEPS
            or trigger_form(trigger) != "PASSIVE" or by_agent(trigger) is not None):
        return False
    pron = next((c for c in trigger.children if c.dep_ == "nsubjpass"
                 and c.lower_ in SUFFERER_PRONOUNS), None)
    head = subject_head(token)
    if pron is None or head.dep_ != "nsubj":
        return False
    plural = head.tag_ in ("NNS", "NNPS")
    return head.head.i == trigger.head.i and SUFFERER_PRONOUNS[pron.lower_] == plural


def own_people(harmed: ActorBuild, speaker: ActorBuild) -> bool:
    """Bystanders of the country a civil government speaks for ('Lebanese officials said five
    paramedics were killed'), or of no country told ('the ministry said 40 people were killed
    in the strikes'): a government telling of people's dead counts them, it did not kill them
    (its police or army, who may have fired, are not this)."""
    return (speaker.sector == "GOV" and harmed.sector in BYSTANDER_SECTORS
            and harmed.country in (None, speaker.country))


def bystander_report(token: Token, trigger: Token, index: ActorIndex) -> bool:
    """The mention names who reports an agentless passive, and is one who takes no part in
    fighting (an aid or rights group, the press, doctors: BYSTANDER_SECTORS): 'rights groups
    say 5,000 people were killed' tells who counted the dead, not who killed them."""
    reporter = reporting_subject(trigger) or unnamed_doer_reporter(trigger, index)
    if reporter is None or subject_head(token).i != reporter.i:
        return False
    speaker = actor_in(reporter, index)
    return speaker is not None and speaker.sector in BYSTANDER_SECTORS


def unnamed_doer_reporter(trigger: Token, index: ActorIndex) -> Token | None:
    """The subject of the verb of saying whose reported clause has an active trigger with a
    subject of its own that names no party ('villagers said the planes returned and attacked
    people'): the clause names who acted, and it is not the one who tells of it."""
    if trigger.pos_ != "VERB" or trigger_form(trigger) != "VERB":
        return None
    subj = subject_of(trigger)
    if (subj is None or subj.pos_ != "NOUN" or subj.dep_ not in ("nsubj", "nsubjpass")
            or index.actor_of(subj) is not None):
        return None
    return speaker_of(subj.head)


def speaker_of(clause: Token) -> Token | None:
    """The subject of the verb of saying a clause (or a conjunct or adjunct of it) reports."""
    while clause.dep_ in ("conj", "advcl") and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or verb.lemma_.lower() not in INFORMING_VERBS:
        return None
    return subject_of(verb)


# Words by which a clause's subject takes the act told below them for something heard of or
# felt ('concerned by reports of strikes', 'alarmed that civilians were killed'): the one who
# reports or deplores an act is not who did it. (Verbs of condemning have their own handling:
# the condemned act's doer is read in events/doers.py.)
REACTION_WORDS = frozenset({
    "report", "account", "allegation", "footage", "image", "video", "news",
    "concerned", "alarmed", "worried", "troubled", "shocked", "appalled", "outraged", "dismayed",
    "horrified", "saddened", "concern", "alarm", "outrage"})


def reacts_to(token: Token, trigger: Token) -> bool:
    """The mention is the subject of a clause that tells the trigger's act only through a
    word of reporting it or of a feeling about it above the trigger (REACTION_WORDS)."""
    head = subject_head(token)
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head not in trigger.ancestors:
        return False
    verb = head.head
    for tok in trigger.ancestors:
        if tok.lemma_.lower() in REACTION_WORDS or tok.lower_ in REACTION_WORDS:
            return True
        if tok.i == verb.i:
            return False
    return False


def subject_head(token: Token) -> Token:
    """The head of the name phrase a mention is in ('States' of 'the United States')."""
    head = token
    while head.dep_ in (*NAME_DEPS, "poss") and head.head.i != head.i:
        head = head.head
    return head


def reporting_subject(trigger: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause an agentless passive trigger is
    ('the army said two soldiers were killed': 'army')."""
    if trigger_form(trigger) != "PASSIVE" or by_agent(trigger) is not None:
        return None
    # 'said two were killed and five wounded', 'said its men fired back after they were
    # attacked': up through conjuncts and adjuncts to the reported clause
    return speaker_of(trigger)


def noun_modifying_passive(trigger: Token) -> bool:
    """A passive verb with no 'by' agent in a clause that modifies a noun ('activists detained
    without charge', 'protests in which 300 people were killed'; see setting): it tells what was
    done to someone, not who did it, and the subject of the clause around the noun is no
    more likely its doer than anyone else."""
    noun = trigger.head
    return (trigger.pos_ == "VERB" and noun.pos_ in ("NOUN", "PROPN")
            and (trigger.dep_ == "acl" or (trigger.dep_ == "relcl" and setting(trigger)))
            and trigger_form(trigger) == "PASSIVE"
            and by_agent(trigger) is None and not existential(noun))


def setting(clause: Token) -> bool:
    """A relative clause about what happened in or at the noun it modifies, with a subject of
    its own ('protests in which 300 people were killed'), not about the noun itself ('X, who
    was arrested last week', whose arrester the sentence around may name)."""
    return any(c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT") and c.lower_ != "that"
               for c in clause.children)


def outside_participle(token: Token, trigger: Token) -> bool:
    """The token lies outside the phrases of a noun-modifying participle's own ('missiles
    fired from X', not 'soldiers accused of killing protesters' nor the clause around)."""
    if token not in trigger.subtree or token.i == trigger.i:
        return True
    return any(t.dep_ in ("pcomp", "dobj", "acl", "relcl", "advcl", "xcomp", "ccomp")
               for t in [token, *token.ancestors][:-1] if trigger in t.ancestors)


def existential(noun: Token) -> bool:
    """'There were ten soldiers killed in X': the participle is the clause's predicate, not
    a modifier."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def own_group(arg: Argument, person: Argument, index: ActorIndex) -> bool:
    """A group or body that is the person's own ('Houthi spokesman X warned that the group
    would ...', 'a Hamas official said the movement ...'): one's own side is no target of
    one's warning. Own: coded alike (only a code with a sector beside the country: a person
    and a mere country share too little), or named in the person's own phrase."""
    group, who = arg.actor, person.actor
    if (group is None or who is None or who.kind != "person"
            or group.kind not in ("group", "organization")):
        return False
    if group.code is not None and len(group.code) > 3 and group.code == who.code:
        return True
    head = person.token
    return head is not None and any(index.actor_of(t) is group
                                    for left in head.lefts for t in left.subtree)


# Prepositions of time or circumstance whose phrase sets the scene of an act ('withdrew after
# fighting that ...', 'resigned amid protests in which ...').
BACKGROUND_PREPS = {"after", "before", "during", "amid", "amidst", "following", "since", "despite"}


def foreign_relative_clause(token: Token, trigger: Token) -> bool:
    """The token is in a relative clause of a noun in a phrase of time or circumstance of the
    trigger ('withdrew after fighting that killed 15 fighters', 'resigned after protests in
    which 300 people were killed'), or under a participle of another act beside it ('talks
    hosted by X, ending a war that killed 35 people'): what another act there is done to is no
    target of the trigger's ('an attack that killed 15 soldiers' is aimed at them)."""
    clause = None
    for tok in [token, *token.ancestors]:
        if tok.i == trigger.i or trigger in tok.subtree:
            return False
        if (clause is None and tok.dep_ == "relcl" and tok.head.i != trigger.i
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            clause = tok  # not an infinitive ('a call for forces to be deployed in X')
        if clause is not None and tok.dep_ == "prep" and tok.lower_ in BACKGROUND_PREPS:
            return True
        if clause is not None and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG":
            return True  # 'talks hosted by X, ending days of fighting that killed 35 people'
    return False


def outside_relative_clause(token: Token, trigger: Token) -> bool:
    """The trigger is in a relative clause and the token is not ('the junta, which seized
    power in 2022, suspended two French radio stations'): what the main clause acts on is no
    target of the relative clause's act."""
    clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"), None)
    return clause is not None and token not in clause.subtree


def judged_object(token: Token, trigger: Token, index: ActorIndex) -> bool:
    """The trigger's own direct object, which its frames already read and left out as no
    target: a word of the trigger's name ('joined forces'), a topic ('discussed Syria'), the
    source's own ('withdrew its troops')."""
    head = name_head(token, index)
    return head.dep_ == "dobj" and head.head.i == trigger.i


def in_other_conjunct(token: Token, trigger: Token) -> bool:
    """The token is in a verb's clause coordinated with the one the trigger is in ('violated a
    ban by X and described Y as president', 'the attack was condemned by X, and Y sent troops
    to Z'): what that other verb is done to is no target of the trigger's act. A verb trigger
    may share the object of a conjunct with no subject of its own (see conjunct_object). Only
    a clause joined by a conjunction: one the parser made a conjunct without any is more
    often a complement ('opened investigations into claims the actor attacked men')."""
    for tok in [token, *token.ancestors]:
        if trigger in tok.subtree:
            return False
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and joined(tok) and (
                trigger.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass")
                                              for c in tok.children)):
            return True
    return False


def joined(conj: Token) -> bool:
    """A conjunct with a conjunction ('and', 'but') of its own: between it and the conjunct
    before it ('attacked X and killed Y, television reported': 'reported' has none)."""
    before = max((c.i for c in conj.head.children if c.dep_ == "conj" and c.i < conj.i),
                 default=conj.head.i)
    return any(c.dep_ == "cc" and before < c.i < conj.i for c in conj.head.children)


def guessed(arg: Argument) -> bool:
    """A side read off the nearest mention (rule 2), not off the grammar: any rule that finds
    the party the grammar gives may replace it."""
    return arg.confidence <= NEAREST_CONFIDENCE


def name_head(token: Token, index: ActorIndex) -> Token:
    """The head of the name a token begins or modifies, while it names the same actor or place
    ('local' in 'local officials', 'Prime' in 'Prime Minister X'): the side's span is the whole
    phrase, not its first word."""
    owner = index.token_actor if token.i in index.token_actor else index.token_place
    key = owner.get(token.i)
    while (token.dep_ in NAME_DEPS and token.head.i != token.i and key is not None
           and owner.get(token.head.i) == key):
        token = token.head
    return token


def agent_like(token: Token) -> bool:
    """A token in a position that names who acts: a subject, or a possessor or modifier of
    one, an apposition or a conjunct of those ('Russian strikes', "Moscow's army")."""
    for tok in [token, *token.ancestors]:
        if tok.dep_ in AGENT_DEPS:
            return True
        if tok.dep_ not in NAME_DEPS:
            return False
    return False


def in_other_act(token: Token, trigger: Token) -> bool:
    """The token belongs to another verb's act: it sits in another clause, or outside the
    relative clause the trigger is in and the noun that clause modifies ('the minister, who
    met his counterpart on Monday, accused Russia': Russia met no one)."""
    if in_other_clause(token, trigger) or in_coordinated_clause(token, trigger) \
            or object_above_clause(token, trigger):
        return True
    clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"), None)
    return clause is not None and token not in clause.head.subtree


def object_above_clause(token: Token, trigger: Token) -> bool:
    """The token is the object of the verb above a clause with a subject of its own that the
    trigger is in ('Chad expels the envoy as a drone strike kills 8': the envoy struck no
    one); what a verb is done to is not who acts in the clause hung on it."""
    clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ in ("advcl", "ccomp")
                   and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    if clause is None or token in clause.subtree:
        return False
    head = token
    while head.dep_ in NAME_DEPS and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "dative") and head.head.i == clause.head.i


def in_other_clause(token: Token, trigger: Token) -> bool:
    """The token sits in a relative or complement clause that leaves the trigger out ('strikes
    targeting plants linked to Azerbaijan, with which Putin had quarrelled')."""
    around = {a.i for a in trigger.ancestors} | {trigger.i}
    for tok in [token, *token.ancestors]:
        if tok.i in around:
            return False
        if tok.dep_ in ("relcl", "acl", "ccomp", "advcl") and trigger not in tok.subtree:
            return True
    return False


def in_coordinated_clause(token: Token, trigger: Token) -> bool:
    """The token is the subject of one of two coordinated clauses, each with its subject, and
    the trigger is in the other ('the group denied targeting civilians, but the UN accused
    it of ...': the UN targeted no one)."""
    head = token
    while head.dep_ in NAME_DEPS and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    path = [trigger, *trigger.ancestors]
    if verb in path:  # the trigger is in a conjunct below: one with a subject of its own
        below = path[:path.index(verb)]
        return any(t.dep_ == "conj" and t.head == verb and has_subject(t) for t in below)
    return verb.dep_ == "conj" and verb.head in path and has_subject(verb.head)


def has_subject(verb: Token) -> bool:
    """The verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Nouns of the earlier act an act answers, after 'in' or 'as' ('in retaliation for X', 'in
# response to X', 'as a reprisal for X'): the one who did that act is no more the target than
# anyone else ('attacked a tanker in retaliation for U.S. strikes on Yemen' hit no American).
MOTIVE_NOUNS = frozenset({"retaliation", "reprisal", "revenge", "response", "reaction",
                          "retribution", "answer", "vengeance"})


# Acts done with a partner: whom they are against is the partners' common foe, no partner
# ('join forces against a US attack', 'work with X against Y').
PARTNER_TYPES = frozenset({"COOPERATE"})


def opposed(token: Token, trigger: Token) -> bool:
    """The token is inside an 'against' phrase of the trigger's act."""
    for tok in token.ancestors:
        if tok.i == trigger.i or trigger in tok.subtree:
            return False
        if tok.dep_ == "prep" and tok.lower_ == "against":
            return True
    return False


def in_motive(token: Token, trigger: Token) -> bool:
    """The token is inside a phrase of the trigger's act that names the act it answers ('in
    retaliation for X's strikes', 'in response to X's decision')."""
    for tok in token.ancestors:
        if tok.i == trigger.i or trigger in tok.subtree:
            return False
        if (tok.lemma_.lower() in MOTIVE_NOUNS and tok.dep_ == "pobj"
                and tok.head.lower_ in ("in", "as")):
            return True
    return False


# Acts of asking, whose one asked is never the one the thing asked for is done to.
ASKING_TYPES = frozenset({"REQUEST"})


def asked_act_object(token: Token, trigger: Token) -> bool:
    """The token is inside what an act within the thing asked for is done to ('asked for help
    in tracking gang leaders who fled to X', 'appealed for assistance to fight armed gangs'):
    those are whom the help would be used against, not whom the request is put to."""
    if trigger not in token.ancestors:
        return False
    below = token
    for tok in token.ancestors:
        if tok.i == trigger.i:
            return False
        if (tok.pos_ == "VERB" and tok.tag_ in ("VB", "VBG")
                and below.dep_ not in ("nsubj", "nsubjpass")):
            return True
        below = tok
    return False


# Words that open a clause setting another act against the trigger's ('while X said'); not a
# condition ('if X goes ahead': X is whom a threat is aimed at) nor a time ('fired tear gas
# after X was stopped', 'imposed sanctions after X invaded': X is often whom it is aimed at).
ADJUNCT_MARKS = {"while", "whereas", "although", "though", "whilst"}


def in_adjunct_clause(token: Token, trigger: Token) -> bool:
    """The token is in an adverbial clause of contrast with a subject of its own, one that sets
    another act beside the trigger's ('condemned the bombing, while the president said ...',
    'backed the plan, although the opposition walked out'): neither who acts there nor what
    that act is aimed at is the trigger's target; nor is the subject of a coordinated clause
    ('the army withdrew, and the rebels took the town')."""
    # a coordinated clause with a subject of its own: only that subject (the parser makes
    # many such clauses out of complements and reporting clauses, whose objects may be it)
    head = token
    while head.dep_ in NAME_DEPS and head.head.i != head.i:
        head = head.head
    if (head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "conj"
            and head.head.i != trigger.i and trigger not in head.head.subtree):
        return True
    for tok in token.ancestors:
        if tok.i == trigger.i or trigger in tok.subtree:
            return False
        if (tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                and any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS for c in tok.children)):
            return True
    return False


# Conjunctions of a clause that dates the trigger's act by another act ('a day after X agreed',
# 'hours before X arrived', 'weeks since X took office').
TIME_MARKS = frozenset({"after", "before", "since"})


def in_time_clause(token: Token, trigger: Token) -> bool:
    """The token is in a clause with a subject of its own that dates the trigger's act by a
    span of time from another act ('would deploy troops to its border, a day after Trump
    agreed to pause tariffs', 'hours before the envoy arrived'): the one who did that other act
    is no target guessed for the trigger's. A bare 'after' clause stays open: it often tells
    what the act answers ('fired tear gas after X was stopped', 'imposed sanctions after X
    invaded'), whose doer is whom it is aimed at."""
    for tok in token.ancestors:
        if tok.i == trigger.i or trigger in tok.subtree:
            return False
        if (tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in tok.children)
                and any(c.dep_ == "npadvmod" and c.i < tok.i for c in tok.children)):
            return True
    return False


def state_source(trigger: Token, etype: str, index: ActorIndex, exclude: Argument | None,
                 mode: str | None = None) -> Argument | None:
    """'X was arrested in Lebanon': coercion told in the passive with no agent is the act of
    the state where it happened (the country of the place, no actor). Taking people into
    custody is its police's act, whoever is taken, the state's own people too: the police
    the sentence or the one before names, else that state's (see custody_state)."""
    if etype not in STATE_TYPES or trigger_form(trigger) != "PASSIVE":
        return None
    if any(c.dep_ == "agent" for c in trigger.children):
        return None
    place = locative_place(trigger, index)
    if mode in CUSTODY_MODES:
        return custody_source(trigger, index, exclude, place)
    if place is None or place.country is None:
        return None
    arg = replace(place_argument(place, trigger), confidence=STATE_CONFIDENCE)
    return arg if exclude is None or not same_side(arg, exclude) else None


# Modes of coercion that take people into a state's custody ('were arrested', 'was detained').
CUSTODY_MODES = frozenset({"arrest"})
# Words of that mode that a court does, not the police ('was sentenced', 'was indicted').
COURT_WORDS = frozenset({"sentence", "indict", "prosecute", "try", "convict", "indictment",
                         "trial", "conviction"})
# The bodies of a state that take people into custody, and the one that stands for the state.
ARRESTING_SECTORS = frozenset({"COP", "SPY"})
CUSTODY_SECTOR = "COP"
COURT_SECTOR = "JUD"
# Below a state told by the place itself (STATE_CONFIDENCE): the place may be another's.
CUSTODY_CONFIDENCE = 0.3


def custody_source(trigger: Token, index: ActorIndex, exclude: Argument | None,
                   place: Place | None) -> Argument | None:
    """Who took people told as arrested with no agent: the police or security service the
    sentence or the one before names as acting, of the state where it happened if the
    text says where ('Georgian police fired water cannon ... Dozens were arrested'); else
    that state (``custody_state``) with the sector of its police (a court's, for a
    sentence). Its own people are no other side: a state arrests its citizens too."""
    country = place.country if place is not None else None
    force = arresting_force(trigger, index, country)
    if force is not None:
        return None if exclude is not None and same_side(force, exclude) else force
    state = country or custody_state(trigger, index)
    if state is None:
        return None
    court = trigger.lemma_.lower() in COURT_WORDS
    span = place_argument(place, trigger).span if place is not None else None
    arg = Argument(None, state, None, confidence=CUSTODY_CONFIDENCE, span=span,
                   sector=COURT_SECTOR if court else CUSTODY_SECTOR)
    if exclude is not None and exclude.actor is None and exclude.country == state:
        return None  # 'Minsk was ...': the state itself is no one it arrests
    return arg


def arresting_force(trigger: Token, index: ActorIndex, country: str | None
                    ) -> Argument | None:
    """The nearest police or security service named as acting (a subject or its possessor)
    before the trigger in its sentence or the one before, of ``country`` when one is known."""
    sents = sentence_index(trigger.doc)
    here = sents[trigger.i]
    for i in sorted(index.token_actor, reverse=True):
        if i >= trigger.i or sents[i] < here - 1:
            continue
        build = index.actor_at(i)
        if (build is None or build.sector not in ARRESTING_SECTORS
                or (country is not None and build.country != country)
                or not agent_like(trigger.doc[i])):
            continue
        return Argument(build, build.country, trigger.doc[i], confidence=CUSTODY_CONFIDENCE)
    return None


# Generic nouns of those who search and seize for a state ('agents raided a warehouse',
# 'investigators seized documents'), which the actor layer names no party by themselves.
SEARCHER_NOUNS = frozenset({"agent", "investigator", "inspector", "detective"})


def searcher_source(trigger: Token, etype: str, index: ActorIndex) -> Argument | None:
    """The subject of coercion that is a bare noun of searchers ('Agents raided a warehouse
    and seized cocaine'): the police (CUSTODY_SECTOR) of the state where it happened, of the
    sentence before or of the dateline (custody_state), else of no country named."""
    if etype not in STATE_TYPES or trigger.pos_ != "VERB":
        return None
    subj = by_agent(trigger) if trigger_form(trigger) == "PASSIVE" else subject_of(trigger)
    # 'Agents' opening a sentence may be tagged a name: its singular is read as well
    if (subj is None or index.actor_of(subj) is not None or subj.pos_ not in ("NOUN", "PROPN")
            or not {subj.lemma_.lower(), subj.lower_.removesuffix("s")} & SEARCHER_NOUNS):
        return None
    place = locative_place(trigger, index)
    country = place.country if place is not None else custody_state(trigger, index)
    return Argument(None, country, subj, confidence=CUSTODY_CONFIDENCE, span=side_span(subj),
                    sector=CUSTODY_SECTOR)


def custody_state(trigger: Token, index: ActorIndex) -> str | None:
    """The state an arrest told with no place of its own happened in: the one country of the
    places named in its sentence ('raided a warehouse in Sinaloa'), else in the sentence
    before ('Thousands marched in Tbilisi. Dozens were arrested'), else the country of the
    story's dateline ('MINSK (Reuters) -')."""
    sents = sentence_index(trigger.doc)
    here = sents[trigger.i]
    for sent in (here, here - 1):
        countries = {place.country for i, key in index.token_place.items()
                     if sents[i] == sent
                     and (place := index.places.get(key)) is not None and place.country}
        if countries:
            return next(iter(countries)) if len(countries) == 1 else None
    return index.dateline_country()


# Acts whose agent may be told as the means or the event itself ('a roadside bomb killed two').
MEANS_TYPES = {"ASSAULT"}
# Prepositions that introduce the attack a passive harm happened in ('were killed in a raid').
MEANS_PREPS = {"in", "during", "by"}
DEFINITE = {"the", "this", "these", "that", "those"}
# Dependents of a means phrase that tell something else than what and where it was.
NOT_MEANS_DEPS = {"relcl", "acl", "punct", "appos", "cc", "conj", "advcl"}


def means_source(trigger: Token, etype: str, index: ActorIndex) -> Argument | None:
    """'A roadside bomb near X killed two', 'were killed in a car bombing in X': an attack
    told through its means or its event noun, with no one named as acting, has that phrase
    (and where it went off) as its source, as CAMEO coders code it; its country is that of
    the first place in the phrase."""
    if etype not in MEANS_TYPES or trigger.pos_ != "VERB":
        return None
    form = trigger_form(trigger)
    if form == "VERB":
        stranded = stranded_means(trigger)  # 'as drone strike kills 12', misparsed
        means = [stranded] if stranded is not None else [
            c for c in trigger.children if c.dep_ == "nsubj"]
    else:
        means = [o for p in trigger.children if p.dep_ in ("prep", "agent")
                 and p.lower_ in MEANS_PREPS for o in p.children if o.dep_ == "pobj"]
    means = [m for m in means if m.pos_ == "NOUN" and names_means(m) and not any(
        index.actor_of(t) is not None for t in m.subtree)]
    if not means:
        return None
    words = phrase_tokens(means[0])
    place = next((p for t in words if (p := index.place_of(t)) is not None), None)
    return Argument(None, place.country if place else None, means[0],
                    confidence=MEANS_CONFIDENCE,
                    span=(words[0].idx, words[-1].idx + len(words[-1].text)))


def referred_act(trigger: Token, index: ActorIndex) -> bool:
    """A passive harm told as done in a definite act noun ('was shot dead during the raid',
    'were wounded in the attack'): the act told before, whose doer did the harm too."""
    if trigger.pos_ != "VERB" or trigger_form(trigger) == "VERB":
        return False
    return any(o.pos_ == "NOUN" and refers_back(Argument(token=o))
               and not any(index.actor_of(t) is not None for t in o.subtree)
               for p in trigger.children if p.dep_ == "prep" and p.lower_ in MEANS_PREPS
               for o in p.children if o.dep_ == "pobj")


def names_means(noun: Token) -> bool:
    """A noun naming the means of an attack, or modified by one ('a roadside bomb', 'a
    mortar attack'; frames.csv scope means), not a gathering or a fight ('killed during a
    rally', 'killed in clashes') nor an agent ('attacked by an assailant')."""
    return means_noun(noun)


def refers_back(arg: Argument) -> bool:
    """A definite event noun ('the strikes', 'these attacks') tells of an act told before,
    whose agent the chain recovers; an indefinite one ('a roadside bomb') is new."""
    tok = arg.token
    return tok is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def phrase_tokens(noun: Token) -> list[Token]:
    """The tokens of a noun phrase with its modifiers and prepositional phrases ('a car bomb
    near the town of X'), not its clauses or appositions."""
    found = [noun]
    for child in noun.children:
        if child.dep_ not in NOT_MEANS_DEPS:
            found += phrase_tokens(child)
    return sorted(found, key=lambda t: t.i)


def told_agent(trigger: Token, index: ActorIndex) -> bool:
    """A passive or an event noun whose 'by' agent is a common noun naming no party and no
    means ('had been targeted by a campaign of disinformation', 'an assault on the village by
    government artillery'): the text says who or what did it, so no one else in the sentence
    or the article is guessed to have."""
    agent = by_agent(trigger) if trigger_form(trigger) == "PASSIVE" else (
        next(iter(prep_objects(trigger, {"by"})), None) if trigger.pos_ == "NOUN" else None)
    # a means told as a verb's agent is that attack's source (means_source); a noun's is not
    return (agent is not None and agent.pos_ == "NOUN" and index.actor_of(agent) is None
            and (trigger.pos_ == "NOUN" or not names_means(agent))
            and not any(index.actor_of(t) is not None for t in agent.subtree))


def unnamed_movers(trigger: Token, etype: str, index: ActorIndex) -> bool:
    """A noun of forces moving whose of-phrase names forces of no party ('the withdrawal of
    foreign forces from X', 'the deployment of troops'): the text says who moves, so no one
    else in the sentence (not who calls for it) is guessed to."""
    if trigger.pos_ != "NOUN" or etype not in FORCE_MOVING_TYPES:
        return False
    movers = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    return any(m.lemma_.lower() in FORCE_NOUNS and index.actor_of(m) is None
               and not any(index.actor_of(t) is not None for t in m.subtree) for m in movers)


# How sure the doer of a gerund is when read off the subject of the clause it is an adjunct of.
ADJUNCT_DOER_CONFIDENCE = 0.7


def adjunct_doer(trigger: Token, index: ActorIndex, exclude: Argument | None
                 ) -> Argument | None:
    """'after seizing the town from the militants, the rebels advanced': the subject of the
    clause a gerund of time or manner hangs on did it (when the text names whom it was done
    to; with no one named, the act is left uncoded as before)."""
    subj = adjunct_gerund_subject(trigger) if trigger.pos_ == "VERB" else None
    build = actor_in(subj, index) if subj is not None else None
    if subj is None or build is None:
        return None
    found = Argument(build, build.country, subj, confidence=ADJUNCT_DOER_CONFIDENCE,
                     span=side_span(subj))
    return None if exclude is not None and same_side(found, exclude) else found


# Words that ask who did an act ('determine who killed X', 'unclear who fired').
ASKING_SUBJECTS = frozenset({"who", "whoever"})


def asked_doer(trigger: Token) -> bool:
    """A verb whose subject asks who did it ('a report determining who killed the journalist',
    'it was unclear who attacked the engineers'): the text does not know, so no one in the
    sentence is guessed to have. Not a relative clause, whose 'who' is its noun."""
    return trigger.pos_ == "VERB" and trigger.dep_ != "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ASKING_SUBJECTS for c in trigger.children)


def withstood(trigger: Token) -> bool:
    """An attack noun some verb of withstanding has for its object ('repelled 40 assaults';
    frames.csv scope withstand): the defenders are its target, and the sentence around them
    (their commanders, their country) does not tell who attacked."""
    return trigger.pos_ == "NOUN" and trigger.head.lemma_.lower() in frames().withstand


def undergone(trigger: Token) -> bool:
    """An act its subject undergoes ('the convoy came under fire'), or a participle after one
    ('came under fire, killing two'; frames.csv scope undergo): the one fired on did not fire,
    and the sentence around it does not tell who did."""
    if trigger.pos_ == "NOUN":
        return undergoing_host(trigger) is not None
    return trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "xcomp", "conj") and (
        undergone_subject(trigger.head) is not None)


# Conjunctions of a clause that tells what is waited for ('until X were prosecuted').
AWAITING_MARKS = frozenset({"until", "till", "unless"})
# Verbs whose that-clause is an act asked of someone else ('demanded that X be arrested').
DEMANDING_VERBS = frozenset({"demand", "insist", "urge", "ask", "call", "want", "request",
                             "press", "petition", "require"})


def awaited_passive(trigger: Token) -> bool:
    """A passive with no 'by' agent in a clause that tells what the clause above waits for
    or demands ('vowed to stay until the officers were prosecuted', 'demanding that those
    responsible be arrested'): those who wait or demand are not who is to do it, and the
    text names no one who is."""
    if trigger_form(trigger) != "PASSIVE" or by_agent(trigger) is not None:
        return False
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    if trigger.dep_ == "advcl" and marks & AWAITING_MARKS:
        return True
    return (trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in DEMANDING_VERBS
            and any(c.dep_ == "aux" and c.lower_ in ("be", "should", "must") or c.lower_ == "be"
                    for c in trigger.children))


def refused_passive(trigger: Token) -> bool:
    """A negated passive with no 'by' agent ('would not be intimidated', 'will not be
    silenced', 'refuses to be cowed'): one says what one will not let be done to oneself, and no
    one is told to be doing it."""
    if trigger_form(trigger) != "PASSIVE" or by_agent(trigger) is not None:
        return False
    refused = trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in NOT_DOING_VERBS
    return refused or any(c.dep_ == "neg" for c in trigger.children)


def strife_subject(trigger: Token) -> bool:
    """A verb whose subject is a noun of a conflict among parties ('the war, which began in
    2023, has killed tens of thousands'; frames.csv scope strife): it tells of the toll of
    fighting between several sides, not of one who acted."""
    subj = subject_of(trigger) if trigger.pos_ == "VERB" else None
    return (subj is not None and subj.pos_ == "NOUN"
            and subj.lemma_.lower() in frames().strife)


# Prepositions that set a harm inside a fight ('were killed in the clashes').
STRIFE_PREPS = frozenset({"in", "during", "amid", "amidst"})
# Nouns of a fight in which each side fires on the other ('clashes', 'crossfire'); not of
# violence that may be one side's alone ('the unrest', 'the violence that followed').
FIGHT_NOUNS = frozenset({"clash", "skirmish", "fighting", "fight", "crossfire", "firefight",
                         "gunfight", "shootout", "battle", "exchange"})


def strife_setting(trigger: Token) -> bool:
    """A passive with no 'by' agent told as happening in a fight among several parties
    ('three peacekeepers were killed in the clashes', 'wounded in crossfire', 'died during
    the fighting'): any side of the fight may have done it, so none is guessed, not the one
    who attacked just before either."""
    if trigger.pos_ != "VERB" or trigger_form(trigger) != "PASSIVE" or by_agent(trigger):
        return False
    return any(o.lemma_.lower() in FIGHT_NOUNS for p in trigger.children
               if p.dep_ == "prep" and p.lower_ in STRIFE_PREPS
               for o in p.children if o.dep_ == "pobj")


def gerund_subject_clause(trigger: Token) -> bool:
    """A gerund that is the subject of its clause ('warned that banning the party would
    deprive voters of a choice', 'said arresting reporters was a mistake'): it names an act in
    general, whoever may do it, and the one who warns of it or any other party named around
    it is not guessed to be its doer."""
    return trigger.tag_ == "VBG" and trigger.dep_ in ("csubj", "csubjpass", "nsubj")


def agentless(trigger: Token, index: ActorIndex) -> bool:
    """An event noun, or a verb whose subject is a noun naming no actor ('the strikes hit')."""
    if trigger.pos_ != "VERB":
        return True
    subj = subject_of(trigger)
    return subj is not None and subj.pos_ == "NOUN" and index.actor_of(subj) is None


def main_actor(doc_actors: dict[str, int], index: ActorIndex, exclude: Argument | None
               ) -> Argument | None:
    """The article's main actor: the one named as acting in the most sentences, at least
    ``MAIN_ACTOR_SENTENCES`` of them, with a country; not the other side."""
    ranked = sorted(doc_actors.items(), key=lambda kv: -kv[1])
    for key, count in ranked:
        build = index.actors.get(key)
        if count < MAIN_ACTOR_SENTENCES or build is None or build.country is None:
            return None
        arg = Argument(build, build.country, None, confidence=MAIN_ACTOR_CONFIDENCE)
        if exclude is None or not same_side(arg, exclude):
            return arg
    return None


def actor_sentences(index: ActorIndex) -> dict[str, int]:
    """Actor id -> the number of sentences that name it as one who acts (a subject or its
    possessor; pronouns left out)."""
    doc = index.doc
    sents = sentence_index(doc)
    seen: dict[str, set[int]] = {}
    for i, key in index.token_actor.items():
        if doc[i].pos_ != "PRON" and agent_like(doc[i]):
            seen.setdefault(key, set()).add(sents[i])
    return {k: len(v) for k, v in seen.items()}


def complete(
    trigger: Token, etype: str, sources: list[Argument], targets: list[Argument],
    index: ActorIndex, told: list[Told], place: Argument | None = None,
    mode: str | None = None,
) -> tuple[list[Argument], list[Argument]]:
    """The sides with an empty one filled from the discourse, when the other is known;
    ``place``: the target-to-be when the event happened in a place ('the bombing in X');
    ``mode``: the trigger's PLOVER mode."""
    owner = object_owner(trigger, etype, index, sources[0]) if sources and not targets else None
    if owner is not None:  # 'shelled its positions in X': the owner before the place
        targets = [owner]
    elif sources and not targets and place is None:
        found = (territory_holder(trigger, etype, index, sources[0])
                 or partner_or_nearest(trigger, etype, index, told, sources[0]))
        targets = [found] if found and not deployed_forces(found, sources, etype) else []
    elif (targets or place) and not sources and not unnamed_person(trigger, index):
        other = targets[0] if targets else place
        means = means_source(trigger, etype, index)
        # 'the war has killed tens of thousands': a conflict among parties names no one who
        # acts, and none is guessed (not the one who acted just before either)
        strife = strife_subject(trigger) or strife_setting(trigger)
        chain = None if strife else chain_source(trigger, etype, told, other)
        if chain is not None and sufferer_above(chain.token, trigger):
            chain = None  # 'returned fire after they were attacked': not their own attack
        if means is not None and refers_back(means):
            # 'the strikes hit X', 'was shot during the raid': those told before, however
            # many sentences back the act the definite noun names was told
            means, chain = (chain or (None if strife else chain_source(
                trigger, etype, told, other, REFERRED_ACT_REACH))), means
        elif chain is None and not strife and referred_act(trigger, index):
            chain = chain_source(trigger, etype, told, other, REFERRED_ACT_REACH)
        # 'until the officers were prosecuted': a passive awaited or demanded names no doer
        # 'its forces repelled 40 assaults': no one around the defenders is guessed to attack
        hit = undergone(trigger)  # 'came under fire, killing two': not who came under it
        agent = (told_agent(trigger, index) or unnamed_movers(trigger, etype, index)
                 or awaited_passive(trigger)
                 or withstood(trigger) or asked_doer(trigger) or refused_passive(trigger)
                 or strife or gerund_subject_clause(trigger) or hit)
        modifier = noun_modifying_passive(trigger)
        found = (means or chain or (None if hit else adjunct_doer(trigger, index, other))
                 or (None if agent or (modifier and trigger.dep_ == "relcl")
                     else in_sentence(trigger, index, "source", other))
                 or state_source(trigger, etype, index, other, mode))
        if found is None and trigger.pos_ == "NOUN" and etype in SPEAKER_TYPES:
            found = speaker_source(trigger, index, other)
        if found is None and agentless(trigger, index) and not agent and not modifier:
            found = main_actor(actor_sentences(index), index, other)
        sources = [found] if found else []
    return sources, targets


# Talks that go on with a partner told before: the same source's latest talks (or agreement,
# 'agreed to meet') this near.
TALKS_TYPES = {"CONSULT"}
TALKED_TYPES = {"CONSULT", "AGREE"}
TALKS_LOOKBACK = 2
TALKS_CONFIDENCE = 0.4
# Words that make talks the ones already told of, however far back ('went to personal
# negotiations', 'direct talks', 'a face-to-face meeting'): they presuppose the partner.
GATHERING_NOUNS = {"summit", "conference", "forum", "assembly", "congress", "convention"}
TOLD_TALKS_WORDS = {"personal", "direct", "face-to-face", "bilateral", "one-on-one", "further",
                    "renewed", "fresh", "new", "such"}


OWNER_CONFIDENCE = 0.5
# Prepositions by which a hostile act names what it is aimed at ('fired at its boat').
OWNER_AIM_PREPS = frozenset({"at", "on", "against"})
# Possessive pronouns and whether the owner they refer to is a person.
OWNER_PRONOUNS = {"its": False, "his": True, "her": True, "their": None}


def object_owner(trigger: Token, etype: str, index: ActorIndex, source: Argument
                 ) -> Argument | None:
    """'attacked the RSF and shelled its positions', 'froze their assets', 'raided his home': a
    hostile act on a thing (frames.csv, scope thing) that a possessive pronoun gives to a
    party is aimed at that party: the nearest actor named before the pronoun in its sentence
    that fits it ('its' no person, 'his' a person) and is not the source. Less sure than a
    party the grammar gives."""
    if etype.lower() not in frames().thing or trigger.pos_ != "VERB":
        return None
    # 'fired water cannon at its boat', 'opened fire on their positions': what the act is
    # aimed at through its preposition as well
    aimed = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in OWNER_AIM_PREPS
             for o in p.children if o.dep_ == "pobj"]
    for obj in [c for c in trigger.children if c.dep_ == "dobj"] + aimed:
        if index.actor_of(obj) is not None:
            continue
        for poss in (c for c in obj.children if c.dep_ == "poss"
                     and c.lower_ in OWNER_PRONOUNS):
            owner = pronoun_owner(poss, index, source)
            if owner is not None:
                return owner
    return None


def pronoun_owner(poss: Token, index: ActorIndex, source: Argument) -> Argument | None:
    """The nearest actor before a possessive pronoun in its sentence that fits it and is not
    the source (see object_owner)."""
    person = OWNER_PRONOUNS[poss.lower_]
    sent = sentences(poss.doc)[sentence_index(poss.doc)[poss.i]]
    for i in range(poss.i - 1, sent.start - 1, -1):
        build = index.actor_at(i)
        if build is None or poss.doc[i].pos_ == "PRON" or names_whose(poss.doc[i], index):
            continue
        arg = Argument(build, build.country, poss.doc[i], confidence=OWNER_CONFIDENCE,
                       span=phrase_span(name_head(poss.doc[i], index)))
        if same_side(arg, source):
            continue
        # 'its' is no person; 'his' no state (a party told by a common noun, 'the
        # opposition leader', is a group to the actor layer)
        if person is None or (build.kind != "person" if not person else build.kind != "country"):
            return arg
        return None  # the nearest party does not fit: whose it is stays unsure
    return None


def names_whose(token: Token, index: ActorIndex) -> bool:
    """The token names whose or where another party is ('Kivu' in 'the governor of Kivu'):
    not the party a later pronoun refers to."""
    head = name_head(token, index)
    return (head.dep_ == "pobj" and head.head.lower_ in ("of", "from", "in")
            and index.actor_of(head.head.head) is not None)


def partner_or_nearest(trigger: Token, etype: str, index: ActorIndex, told: list[Told],
                       source: Argument) -> Argument | None:
    """The target from the sentence (rule 2), but for talks the partner told before
    (talks_partner) over a name or place that is not where the talks were held."""
    near = in_sentence(trigger, index, "target", source, etype)
    if near is not None and near.token is not None and held_at(near.token, trigger):
        return near  # 'attended a meeting in Addis Ababa': with its host
    return talks_partner(trigger, etype, told, source) or near


def held_at(token: Token, trigger: Token) -> bool:
    """The token is where the trigger (or the talks a light verb takes) was held ('talks in
    X', 'attended a summit at X')."""
    heads = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "dobj"}
    return (token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS
            and token.head.head.i in heads)


def talks_partner(trigger: Token, etype: str, told: list[Told], source: Argument
                  ) -> Argument | None:
    """'X and Y agreed to meet. ... X went to personal negotiations': talks told with no partner
    are with whom the same source was last told to talk or to agree, in this sentence or the
    two before, or anywhere before when a word says they are those talks ('personal', 'direct',
    'further' talks). Tried before the nearest name or place after the trigger, which is no
    partner more often than not ('went to talks and dropped his demand for X')."""
    if etype not in TALKS_TYPES:
        return None
    here = sentence_index(trigger.doc)[trigger.i]
    # the talks noun itself, or the one a light verb takes ('held further talks')
    nouns = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    if any(n.lemma_.lower() in GATHERING_NOUNS for n in nouns):
        return None  # a summit or a conference is among many, not the last pair's talks
    known = any(c.lower_ in TOLD_TALKS_WORDS for n in nouns for c in n.children if c.i < n.i)
    for event in reversed(told):
        if (event.type in TALKED_TYPES and event.target is not None and event.at < trigger.i
                and (known or event.sentence >= here - TALKS_LOOKBACK)
                and same_side(event.source, source) and not same_side(event.target, source)):
            return replace(event.target, confidence=TALKS_CONFIDENCE)
    return None


def speaker_source(trigger: Token, index: ActorIndex, exclude: Argument | None
                   ) -> Argument | None:
    """'There will be no meeting with X, Y said', 'Y said talks with X are off': a meeting or
    an agreement told with its partner alone is the speaker's own, when the speaker is a
    named party (rule 4)."""
    tok = trigger
    while tok.head != tok:
        verb = tok.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in INFORMING_VERBS:
            if tok.dep_ not in ("ccomp", "parataxis"):
                return None
            subj = subject_of(verb)
            build = actor_in(subj, index) if subj is not None else None
            if build is None or not build.country:
                return None
            found = Argument(build, build.country, subj, confidence=SPEAKER_CONFIDENCE,
                             span=phrase_span(name_head(subj, index)))
            return found if exclude is None or not same_side(found, exclude) else None
        tok = verb
    return None


# Nouns of a person in office or on a mission: a subject that is one names the agent even
# when the actor layer cannot tell whose ('the bloc's chairman is to visit X').
PERSON_ROLES = {"chairman", "chairwoman", "chair", "president", "minister", "envoy",
                "ambassador", "secretary", "commander", "chief", "spokesman", "spokeswoman",
                "spokesperson", "delegation", "delegate", "premier", "leader", "head"}


def unnamed_person(trigger: Token, index: ActorIndex) -> bool:
    """The trigger's subject is a person the actor layer could not resolve: no party from the
    discourse replaces the one the sentence names."""
    subj = subject_of(trigger) if trigger.pos_ in ("VERB", "AUX") else None
    return (subj is not None and index.actor_of(subj) is None
            and subj.lemma_.lower() in PERSON_ROLES)


def pair_members(arg: Argument, index: ActorIndex, others: list[Argument] | None = None,
                 told: list[Told] | None = None) -> list[Argument]:
    """The two parties a pair noun stands for ('Putin met Erdogan, and the two leaders agreed'
    -> Putin, Erdogan; 'each side blamed the other'). A party-neutral noun ('both sides',
    'the two parties') is first the two sides of the latest act between two parties told
    just before (see latest_pair); else, and for every other pair noun, exactly two other
    actors named before it in its sentence, else in the sentence before, leaving out those
    named as where it happened ('met in the Oval Office') and ``others`` (the act's other
    side: 'X and Y clashed, and Z urged both sides'); none when there are more or fewer
    (whom it pairs is unsure), but then the latest pair told."""
    token = arg.token
    if token is None or token.lemma_.lower() not in PAIR_NOUNS or not (
            (token.tag_ == "NNS" and any(c.lower_ in PAIR_WORDS for c in token.children))
            or each_of_two(token)):
        return []
    others = [*(others or []), *addresser(token, index)]
    latest = latest_pair(token, told or [], others)
    if latest and token.lemma_.lower() in NEUTRAL_PAIR_NOUNS:
        return latest
    named = named_pair(token, arg, index, others)
    if named and {id(a.actor) for a in named} in allied_pairs(token, told or []):
        return latest  # 'X sent weapons to Y. The UN urged both sides': not the helper and Y
    return named or latest


def addresser(token: Token, index: ActorIndex) -> list[Argument]:
    """Who urges, asks or calls on a pair ('X urged both governments to return to talks'):
    the one addressing both is neither of them."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ != "VERB":
        return []
    subj = subject_of(verb)
    build = index.actor_of(subj) if subj is not None else None
    return [Argument(build, build.country, subj)] if build is not None else []


def named_pair(token: Token, arg: Argument, index: ActorIndex, others: list[Argument] | None
               ) -> list[Argument]:
    """Exactly two actors named before a pair noun, in its sentence or else the one before
    (see pair_members)."""
    doc = token.doc
    here = sentence_index(doc)[token.i]
    for sent in (sentences(doc)[here], sentences(doc)[here - 1] if here else None):
        if sent is None:
            continue
        found: dict[str, Argument] = {}
        for i in range(sent.start, min(sent.end, token.i)):
            key = index.token_actor.get(i)
            build = index.actors.get(key) if key is not None else None
            if key in found and found[key].token.i == i - 1:  # type: ignore[union-attr]
                found[key] = replace(found[key], token=doc[i], span=phrase_span(doc[i]))
            if build is None or doc[i].pos_ == "PRON" or build is arg.actor or key in found:
                continue
            found[key] = Argument(build, build.country, doc[i], confidence=PAIR_CONFIDENCE,
                                  span=phrase_span(doc[i]))
        members = [a for a in found.values() if not where(a.token)  # type: ignore[arg-type]
                   and not any(same_side(a, o) or inside(a, o) for o in others or ())
                   and not bystander(a)]
        # 'a UN official': the body in a person's title is no second party
        members = [a for a in members if not any(b is not a and inside(a, b) for b in members)]
        if members:
            return members if len(members) == 2 else []
    return []


def latest_pair(token: Token, told: list[Told], others: list[Argument]) -> list[Argument]:
    """The two sides of the latest act between two parties told before a pair noun, in its
    sentence or the two before: an act of conflict first (fighting, arrests, threats,
    sanctions), else any ('Venezuela and Colombia share a border. ELN rebels attacked an army
    post, and the army hit back. The UN urged both sides ...': the rebels and the army, not
    the two states named first). Bystanders and the act's own other side are left out."""
    here = sentence_index(token.doc)[token.i]
    pairs = [t for t in reversed(told)
             if here - PAIR_LOOKBACK <= t.sentence <= here and t.at < token.i
             and t.target is not None and t.source.actor is not None
             and token not in (t.source.token, t.target.token)  # the pair noun itself
             and t.target.actor is not None and not same_side(t.source, t.target)
             and not allied(t, token.doc)
             and not any(bystander(a) or any(same_side(a, o) or inside(a, o) for o in others)
                         for a in (t.source, t.target))]
    for t in [p for p in pairs if p.type in CONFLICT_TYPES] + pairs:
        # the pair in the order the text told it ('X and Y met': X first)
        first = next(p for p in reversed(pairs) if p.at == t.at and p.type == t.type)
        return [replace(a, confidence=PAIR_CONFIDENCE)  # type: ignore[type-var]
                for a in (first.source, first.target)]
    return []


# Acts that put two parties on one side: help given or sought.
ALLYING_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})


def allied_pairs(token: Token, told: list[Told]) -> list[set[int]]:
    """The pairs of parties an act told just before a pair noun puts on one side (see allied)."""
    here = sentence_index(token.doc)[token.i]
    return [{id(t.source.actor), id(t.target.actor)} for t in told
            if here - PAIR_LOOKBACK <= t.sentence <= here and t.at < token.i
            and t.target is not None and allied(t, token.doc)]


def allied(told: Told, doc: Doc) -> bool:
    """An act of helping, or a request for help told as the adjunct of the helper's act ('Uganda
    deployed forces at the request of Kiir's government'): its two parties are on one side,
    never the two sides a later 'both sides' names."""
    trigger = doc[told.at] if 0 <= told.at < len(doc) else None
    return told.type in ALLYING_TYPES or (
        trigger is not None and trigger.pos_ == "NOUN" and behest_host(trigger) is not None)


# Sectors of people and bodies that are never one of 'both sides' of a conflict or a talk:
# civilians, health workers, aid groups, the press, schools, firms, farmers, clergy.
BYSTANDER_SECTORS = frozenset({"CVL", "HLH", "NGO", "MED", "EDU", "BUS", "AGR", "LAB", "REL",
                               "REF", "ENV"})


def inside(arg: Argument, other: Argument) -> bool:
    """Whether a mention is part of another side's own phrase ('U.S. Secretary of State X':
    the country and the office are X's titles, not parties)."""
    tok, span = arg.token, other.span
    return tok is not None and span is not None and span[0] <= tok.idx < span[1]


def bystander(arg: Argument) -> bool:
    """An actor 'both sides' cannot mean ('a hospital run by an aid group was hit ... Qatar
    urged both sides to talk': not the hospital and the aid group)."""
    return arg.actor is not None and arg.actor.sector in BYSTANDER_SECTORS


def each_of_two(token: Token) -> bool:
    """'each side' (or 'either side') told against 'the other': one of a pair, each in turn
    ('each side blamed the other')."""
    return (token.tag_ == "NN" and any(c.lower_ in ("each", "either") for c in token.children)
            and any(t.lower_ == "other" and t.i > token.i for t in token.head.subtree))


def pair_subject(trigger: Token, index: ActorIndex, told: list[Told] | None = None
                 ) -> list[Argument]:
    """The two parties a pair noun subject stands for when the actor layer made no actor of it
    ('Both sides agreed to ...', 'the two neighbours signed ...'): see pair_members."""
    subject = subject_of(trigger) if trigger.pos_ == "VERB" else None
    if subject is None or index.actor_of(subject) is not None:
        return []
    return pair_members(Argument(token=subject), index, told=told)


# Prepositions that name whom a call, a demand or a measure is put to ('called on both sides').
PAIR_OBJECT_PREPS = frozenset({"on", "upon", "to", "against", "with"})


def pair_object(trigger: Token, index: ActorIndex, sources: list[Argument],
                told: list[Told] | None = None) -> list[Argument]:
    """The two parties a pair noun object stands for ('X and Y clashed, and Z urged both sides
    to ...', 'called on the two countries to ...', 'imposed sanctions on both sides'): the two
    named before it, other than the source (see pair_members)."""
    if trigger.pos_ != "VERB":
        return []
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    # 'threatened to halt trade talks with both countries': the party of the act threatened
    acts = [x for x in trigger.children if x.dep_ == "xcomp"]
    acts += [o for x in acts for o in x.children if o.dep_ == "dobj"]
    objects += [o for x in [trigger, *acts] for p in x.children
                if p.dep_ == "prep" and p.lower_ in PAIR_OBJECT_PREPS
                for o in p.children if o.dep_ == "pobj" and not boundary_partner(o)]
    for obj in objects:
        if index.actor_of(obj) is None:
            members = pair_members(Argument(token=obj), index, sources, told)
            if members:
                return members
    return []


def where(token: Token) -> bool:
    """A mention named as the place of something ('in the Oval Office', 'at the Kremlin')."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


# Acts aimed at a state as a whole when told as done in it ('the bombing in X'): the side is
# the country, never a capital that stands for its government ('Kyiv said').
WHOLE_STATE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}
# How much less sure a side is when read as the state a named place belongs to.
HOLDER_DISCOUNT = 0.8


def state_of_place(arg: Argument, etype: str, index: ActorIndex, sources: list[Argument]
                   ) -> Argument:
    """A target the grammar found only as a place ('the bombing in X', 'called from A to X',
    'to give him parts of X region') where the text has that state as a party: the actor the
    text names with the same word elsewhere ('X said'), else the country actor of the place's
    country (the state the place belongs to), a little less surely. A capital standing for
    its government fits an act addressed to someone, not an attack in the city. Left as a
    place: a guess from the discourse (rule 2) and a place of the source's own country (a
    state acting at home acts on no other state)."""
    if (arg.actor is not None or arg.country is None or arg.span is None
            or arg.confidence <= NEAREST_CONFIDENCE
            or any(s.country == arg.country for s in sources)):
        return arg
    words = doc_text(index.doc)[arg.span[0]:arg.span[1]].lower().removeprefix("the ")
    whole = etype in WHOLE_STATE_TYPES
    states = [b for b in index.actors.values() if b.kind == "country" and b.country == arg.country
              and b.mentions and (not whole or b.code == b.country)]
    named = next((b for b in states if any(mention_words(index.doc, c) == words
                                              for c in b.mentions)), None)
    if named is not None:
        return replace(arg, actor=named)
    holder = next((b for b in states if b.code == b.country), None)
    if holder is None:
        return arg
    return replace(arg, actor=holder, confidence=arg.confidence * HOLDER_DISCOUNT)


def mention_words(doc: Doc, cand: Candidate) -> str:
    """The lower-cased words of an actor mention, without a leading 'the'."""
    last = doc[cand.end - 1]
    return doc_text(doc)[doc[cand.start].idx:last.idx + len(last)].lower().removeprefix("the ")


# How sure the target of a demand is when read as the state a demanded territory belongs to.
TERRITORY_CONFIDENCE = 0.45


def territory_holder(trigger: Token, etype: str, index: ActorIndex, exclude: Argument
                     ) -> Argument | None:
    """'renewed its demand to cede the X region', 'demanded to be given parts of X': a demand
    to hand over a territory (frames.csv, scope transfer) that names no one handing it over is
    put to the state the territory belongs to: that country, and its actor where the text
    names it (state_of_place). Not when the territory is the demander's own country's."""
    if etype != "REQUEST":
        return None
    for clause in demanded_clauses(trigger):
        if (clause.lemma_.lower() not in frames().transfer
                or any(c.dep_ in ("nsubj", "agent") for c in clause.children)):
            continue
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            place = next((p for t in obj.subtree if (p := index.place_of(t)) is not None), None)
            if place is not None and place.country not in (None, exclude.country):
                arg = replace(place_argument(place, trigger), confidence=TERRITORY_CONFIDENCE)
                return state_of_place(arg, etype, index, [exclude])
    return None


def demanded_clauses(trigger: Token) -> list[Token]:
    """The to-clauses that say what a demand asks for: the trigger's own, and for a demand
    noun the one the parser hung on the verb governing it right after the noun ('abandoned
    its demand to give him X', with 'to give' parsed as the verb's)."""
    clauses = [c for c in trigger.children if c.dep_ in ("xcomp", "acl", "advcl")]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        clauses += [c for c in trigger.head.children if c.dep_ in ("xcomp", "advcl")
                    and c.left_edge.i == trigger.right_edge.i + 1]
    return [c for c in clauses if c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
