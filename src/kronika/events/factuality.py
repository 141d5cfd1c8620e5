"""Decide whether an event trigger is asserted, negated, hypothetical, future or reported,
and keep the cue that decided it.

The trigger's own negation and auxiliaries count first; then those of the verbs it depends
on, but only along paths that carry modality: a complement ('refused to attack', 'plans an
attack'), a coordination, or a noun that is the verb's object or predicate. A noun that is a
verb's subject or sits in an adverbial phrase ('the bombing is not decreasing', 'at a meeting
in Washington, X agreed ...') keeps its own factuality, except with verbs of occurrence
('a meeting will not happen', 'the summit was to take place but was called off').

Besides: 'any' picks out no event ('any attack would be answered'); an event one takes part in
is as real as the taking part ('wants to take part in the talks'); a clausal subject takes its
verb's modality ('storming the palace would be a mistake'); a licence to act is no act ('the
right to protest'); what one is kept from or safe from did not happen ('deterred them from
marching', 'walls to protect the town from attacks'); 'without' negates ('ended without
violence'); 'in case of' supposes; a bare verb the parser reads as the object of 'to'
('called on them to march') is the infinitive it is; an event the text dates after the day of
publication is future however its verb is told ('holds talks next week', ``dated_ahead``)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kronika.events.ontology import FactualityCues
from kronika.lexicon import word_list
from kronika.nlp import semicolon_between

FACTUALITY_WORDS = "factuality_words.yaml"

# Paths along which the governing verb's lemma qualifies the trigger ("refused to attack").
GOVERNOR_DEPS = {"xcomp", "ccomp", "dobj", "nsubjpass", "attr", "oprd"}
# Paths along which the governing verb's own negation and auxiliaries reach the trigger; a
# clausal subject too ('attacking the city would be a mistake' attacks nothing yet).
MODALITY_DEPS = GOVERNOR_DEPS | {"conj", "advcl", "pcomp", "acl", "relcl", "csubj", "part"}
# Verbs of taking part: an event one takes part in is as real as the taking part ('wants to
# take part in any talks', 'are not supposed to engage in the fighting'); 'take' counts only
# with 'part' as its object.
PARTAKING_VERBS = word_list(FACTUALITY_WORDS, "partaking_verbs")
# Verbs of coming to an occasion named by 'for': the occasion is as real as the coming ('will
# arrive on Monday for talks' is future, 'gathered for a rally' asserted).
OCCASION_VERBS = word_list(FACTUALITY_WORDS, "occasion_verbs")
# A preposition that says its object did not happen ('the march ended without violence').
ABSENCE_PREPS = word_list(FACTUALITY_WORDS, "absence_preps")
# Nouns of a supposed occasion after 'in' ('in case of an attack', 'in the event of a strike').
SUPPOSED_CASES = word_list(FACTUALITY_WORDS, "supposed_cases")
# Nouns of a licence to act, whose infinitive is no act ('the right to protest', 'the power
# to arrest suspects'); only the infinitive counts ('human rights in meetings' is no licence).
LICENCE_NOUNS = word_list(FACTUALITY_WORDS, "licence_nouns")
# Verbs of keeping safe: what one is kept safe from has not come ('walls to protect the town
# from attacks'), unless the text points at it ('to protect civilians from the bombing').
PROTECTING = word_list(FACTUALITY_WORDS, "protecting")
POINTING_DETS = word_list(FACTUALITY_WORDS, "pointing_dets")
# A determiner that picks no event out: 'any talks', 'any attack on the capital' tell of
# whatever event there may be, none in particular.
FREE_CHOICE_DETS = word_list(FACTUALITY_WORDS, "free_choice_dets")
# Verbs that only say whether their subject event takes place.
OCCURRENCE_VERBS = word_list(FACTUALITY_WORDS, "occurrence_verbs")
# Verbs of naming: the object predicate of 'what X called a march' names the thing the
# clause refers to, which another verb tells of ('joined what organisers called a march'),
# not an act requested ('called for a march').
NAMING_VERBS = word_list(FACTUALITY_WORDS, "naming_verbs")
# Nouns that sum up the clause before them: in 'X accused Y of Z, a charge Y denied' the
# parse makes the clause the complement of 'denied', but only its content is denied; the
# accusation itself was made.
SUMMING_NOUNS = word_list(FACTUALITY_WORDS, "summing_nouns")
# Subordinators that present their clause as fact: "as X had asked", "after X attacked"
# keep their own factuality inside a hypothetical or future main clause.
FACTIVE_MARKS = word_list(FACTUALITY_WORDS, "factive_marks")
# Conditions put on another party: what the main clause says (negation, modality) is not
# said of them ('will not return unless their demands are met' tells of no refusal to meet).
CONDITION_MARKS = word_list(FACTUALITY_WORDS, "condition_marks")
# A supposition is hypothetical on its own terms: the main clause's negation or modality is
# not said of it ('if the rebels attack, the army will not stop them' tells of no attack that
# did not happen).
SUPPOSITION_MARKS = word_list(FACTUALITY_WORDS, "supposition_marks")
# Subordinators of time whose clause, in the present tense, tells of what has not happened
# yet: "will fight until they gain control", "before troops withdraw". Under a main clause
# that is negated or supposed, in any tense, the clause is a condition: "will not end the war
# until the militia is disarmed", "would keep firing until the siege was lifted".
PROSPECTIVE_MARKS = word_list(FACTUALITY_WORDS, "prospective_marks")
# Verbs of backing, offering and ordering whose verbal complement is an act not yet done
# ('voters backed annexing the province', 'offered to host talks', 'ordered the army to
# withdraw'); a noun object keeps its own factuality ('backed the strike' tells of a strike,
# 'an attack ordered and carried out by the army' of an attack).
ENDORSING_VERBS = word_list(FACTUALITY_WORDS, "endorsing_verbs")
# A finite verb cannot be coordinated with an infinitive or a gerund: "denied looting the
# village and accused the army" joins "accused" to "denied", whatever the parse attached.
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
NONFINITE_TAGS = {"VB", "VBG"}
# Verbs of promising that, with a noun object, carry the act out ('undertook a mediation
# mission' is the mission done; 'undertook to mediate' a promise; 'committed atrocities', or
# 'committed what the UN calls genocide', the crime done; 'committed to withdraw' a pledge).
PERFORMING_VERBS = word_list(FACTUALITY_WORDS, "performing_verbs")
# Verbs of stopping an activity under way: what is asked, promised or refused to stop is
# going on ('urged the army to cease bombing the camps', 'will not halt the strikes'); a stop
# told as done ends it ('ceased bombing' stays negated).
CESSATION_VERBS = word_list(FACTUALITY_WORDS, "cessation_verbs")
# Verbs of reacting to an event: their noun object happened whatever is said of the reaction
# ('Tokyo does not criticize the killings', 'has yet to condemn the coup', 'refused to
# investigate the shooting').
REACTING_VERBS = word_list(FACTUALITY_WORDS, "reacting_verbs")
# Copulas whose adjective can judge how likely their subject event is ('further strikes are
# likely', 'an attack is imminent'); the adjective's cue value of factuality.yaml counts.
COPULAS = word_list(FACTUALITY_WORDS, "copulas")
# Verbs of saying whose past tense shifts a reported 'will' to 'would' ('said it would
# withdraw' reports 'we will withdraw': a future, not a condition).
REPORTING_VERBS = word_list(FACTUALITY_WORDS, "reporting_verbs")
# Prepositions of the means an act was done by: what they tell was done, whatever the
# governing verb does ('stopped the march by arresting its leaders': the arrests happened).
MEANS_PREPS = word_list(FACTUALITY_WORDS, "means_preps")
# Prepositions that introduce a governing verb's complement noun.
COMPLEMENT_PREPS = word_list(FACTUALITY_WORDS, "complement_preps")
# Phrasal verbs of excluding an act whose own negation leaves the act open: 'did not rule
# out attacking' makes the attack possible (hypothetical), not done.
LEFT_OPEN = word_list(FACTUALITY_WORDS, "left_open")
# Verbs of permitting: in the present or under a modal their complement is a licence, no act
# ('a decree that allows soldiers to detain suspects', 'a bill that would have allowed police
# to arrest officials'); in the past they may tell of a thing done ('allowed trucks to cross').
PERMITTING_VERBS = word_list(FACTUALITY_WORDS, "permitting_verbs")
# Nouns that speculate only in the singular: 'talk of a summit' (the plural 'talks' are
# negotiations, whose topic keeps its own factuality).
SPECULATIVE_SINGULARS = word_list(FACTUALITY_WORDS, "speculative_singulars")
# Nouns of an act of saying that asks, threatens or offers: rejecting one does not unsay it
# ('rejected Trump's threat to impose tariffs', 'dismissed Baku's demand': the threat and the
# demand were made; what they ask for stays unasked-for).
UTTERANCE_NOUNS = word_list(FACTUALITY_WORDS, "utterance_nouns")
# Prepositions that name a part of what their head tells: the part is as real as the whole.
INCLUDING_PREPS = word_list(FACTUALITY_WORDS, "including_preps")
# Nouns of a way or a means: what a way is opened or found for is made possible, not done
# ('a ruling that opens the way for the generals to face trial', 'cleared the way for talks').
WAY_NOUNS = word_list(FACTUALITY_WORDS, "way_nouns")
# Verbs of turning down what another said.
REBUFFING_VERBS = word_list(FACTUALITY_WORDS, "rebuffing_verbs")
# Verbs whose 'if' clause is their object, a 'whether' ('I doubt if troops are available',
# 'asks if the talks will go ahead'): no condition on them.
WONDERING_VERBS = word_list(FACTUALITY_WORDS, "wondering_verbs")
# Nouns of negotiating, whose compound event is what is negotiated, not done yet ('ceasefire
# talks', 'truce negotiations').
NEGOTIATION_NOUNS = word_list(FACTUALITY_WORDS, "negotiation_nouns")
# The modal a reported 'will' becomes after a past verb of saying.
BACKSHIFTED = word_list(FACTUALITY_WORDS, "backshifted")
# 'can' supposes an ability ('they can arrest our workers'), except over a verb of
# perceiving, where it shows what is there to see ('can be seen beating a man').
ABILITY_MODALS = word_list(FACTUALITY_WORDS, "ability_modals")
PERCEIVING_VERBS = word_list(FACTUALITY_WORDS, "perceiving_verbs")
# Modals that suppose an event named as their verb's subject ('an attack would trigger').
SUPPOSING_MODALS = word_list(FACTUALITY_WORDS, "supposing_modals")
# Verbs of getting or handing over the means of an act: their purpose infinitive tells what
# the means are for, not an act done ('bought rifles to kill soldiers', 'smuggled drones to
# attack the base'), unlike a verb of using them ('used drones to attack the base').
PROCURING_VERBS = word_list(FACTUALITY_WORDS, "procuring_verbs")
# Nouns of suffering an act: the act is as real as the suffering ('will become victims of
# kidnapping', 'could fall victim to attacks').
SUFFERING_NOUNS = word_list(FACTUALITY_WORDS, "suffering_nouns")
# Words that name no participant at all: an act done to or by nobody did not happen ('nobody
# was arrested', 'police arrested no one', 'none of the hostages were harmed').
NO_ONE = word_list(FACTUALITY_WORDS, "no_one")
# Dependencies of a verb's participants.
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
RANK = {"negated": 0, "hypothetical": 1, "future": 2, "reported": 3, "asserted": 4}


@dataclass(frozen=True)
class Qualifier:
    """A factuality value and the token that made it so."""

    value: str
    cue: str | None = None
    cue_start: int | None = None


def misread_infinitive(tok: Token) -> bool:
    """A bare verb the parser took for the object of 'to' ('called on supporters to march'):
    a base form (tagged VB), or a lower-case word read as a name ('march' as the month) with
    no determiner."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or tok.head.head == tok.head:
        return False
    return tok.tag_ == "VB" or (tok.tag_ == "NNP" and tok.text.islower()
                                and not any(c.dep_ == "det" for c in tok.children))


def first_preposition(prep: Token) -> Token:
    """The first of coordinated prepositions ('by pulling back and by releasing them': the
    first 'by'), which hangs on what they both modify."""
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head != prep:
        prep = prep.head
    return prep


def governing_chain(trigger: Token) -> list[tuple[Token, str]]:
    """The trigger and the words it depends on, each with the dependency that led there."""
    chain = [(trigger, "")]
    tok = trigger
    for _ in range(8):
        if tok.head == tok:
            break
        dep, head = tok.dep_, tok.head
        if dep == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in (FACTIVE_MARKS | CONDITION_MARKS | SUPPOSITION_MARKS
                                              | PROSPECTIVE_MARKS)
            for c in tok.children
        ):
            # a condition is hypothetical on its own terms ('will not go unless X pays'), and
            # what a refusal waits for is no refusal ('will not end it until X withdraws',
            # 'did not leave until the police arrived': see awaited)
            break
        if dep == "ccomp" and tok.i < head.i and (summed_up(tok, head)
                                                   or beyond_semicolon(tok, head)):
            break
        if misread_infinitive(tok):
            dep, head = "xcomp", head.head  # 'urged them to march', its 'to' read as a
            # preposition: the infinitive of the verb above
        elif dep in ("pobj", "pcomp") and head.pos_ == "ADP" and head.head != head:
            head = first_preposition(head).head  # through the preposition to what it
            # modifies ('should prove it by pulling back and by releasing them': both 'by's)
        if dep == "nsubj" and tok.pos_ in ("NOUN", "PROPN") and not occurring(head) and any(
                c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS for c in head.children):
            dep = "supposed"  # 'an attack on our ships would trigger the treaty': a
            # supposed event, whatever tense a verb of saying above puts the modal in
        if dep == "nsubj" and tok.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() == "be":
            head = planned_occurrence(head) or head  # 'the summit was to take place'
        if (
            dep == "nsubj"
            and tok.pos_ in ("NOUN", "PROPN")
            and head.lemma_.lower() in OCCURRENCE_VERBS
        ):
            dep = "attr"  # "a meeting will not happen" qualifies the meeting
        if dep == "advcl" and bare_infinitive(tok):
            dep = "xcomp"  # the parse hangs "have sworn to fight" as an adverbial clause
        if dep == "conj" and finite_beside_complement(tok, head):
            head = finite_host(head)
        elif dep == "conj" and infinitive_beside_gerund(tok, head):
            head = head.head
        elif dep == "conj" and (host := speakers_own_act(tok)) is not None:
            head = host  # 'said that X was not for sale and criticised Y': the criticism is
            # the speaker's, told as fact, not negated or reported with the clause
        if dep in ("pobj", "pcomp") and tok.head.lower_ in INCLUDING_PREPS and \
                tok.head.head != tok.head:
            # 'plans for forces to act, including mounting raids': the raids are part of
            # what is planned, as real as the whole
            dep, head = "part", tok.head.head
        if dep == "pobj" and partaking(tok, head):
            dep = "dobj"  # 'take part in the talks' is as real as the taking part
        if dep == "compound" and tok is trigger and not modifies_noun(tok):
            break
        chain.append((head, dep))
        if dep not in MODALITY_DEPS and dep != "compound" and not (
                dep == "pobj" and head.lemma_.lower() in SUFFERING_NOUNS):
            break  # 'will become victims of kidnapping': on to what the victims are told in
        tok = head
    return chain


# Tags of a finite verb: a sentence without one may be a headline ('EU to impose sanctions').
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# Plural nouns of events that the tagger, in a headline with no article, reads as a verb in
# the third person ('talks to resume' tagged as 'he talks').
VERB_LIKE_PLURALS = word_list(FACTUALITY_WORDS, "verb_like_plurals")


def headline_after_comma(noun: Token) -> bool:
    """A noun that opens a clause of its own after a comma, read as the conjunct of the verb
    before it ('..., talks to resume'): a second headline."""
    plural_noun = noun.pos_ == "NOUN" or (noun.tag_ == "VBZ" and noun.lower_ in VERB_LIKE_PLURALS
                                          and not any(c.dep_ == "nsubj" for c in noun.children))
    return plural_noun and noun.dep_ == "conj" and noun.i > 0 and \
        noun.doc[noun.i - 1].lower_ in (",", ";") and noun.head.pos_ in ("VERB", "AUX")


def headline_plan(trigger: Token, cues: FactualityCues) -> Qualifier | None:
    """The headline's 'to' of a plan ('EU to impose sanctions on Belarus', 'Kerry to visit
    Moscow', 'Talks to resume next week'): a sentence with no finite verb whose infinitive
    follows its subject tells an act to come (the act, its object, or the noun before it).
    A verb of pledging read as a noun ('Ruto pledges to end abductions') is left to the chain.
    A second headline after a comma is read alone ('Kyiv and Moscow swap prisoners, talks to
    resume'): the first one's verb does not make the second's plan a fact."""
    second = headline_after_comma(trigger)
    scope = list(trigger.subtree) if second else trigger.sent
    if any(t.tag_ in FINITE_TAGS and not (second and t.i == trigger.i) for t in scope):
        return None
    verbs = [trigger, *(c for c in trigger.children
                        if c.dep_ in ("acl", "relcl") or (second and c.dep_ == "xcomp"))]
    if second:
        verbs = [v for v in verbs if v.i != trigger.i]
        to = next((c for v in verbs for c in v.children
                   if c.dep_ == "aux" and c.tag_ == "TO" and v.tag_ == "VB"), None)
        return Qualifier("future", to.text, to.idx) if to is not None else None
    if trigger.dep_ in ("dobj", "pobj", "nsubjpass"):
        verbs.append(trigger.head.head if trigger.dep_ == "pobj" else trigger.head)
    for verb in verbs:
        to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        if to is None or verb.tag_ != "VB":
            continue
        subject_first = (verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)) \
            or (verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "ROOT"
                and verb.head.pos_ in ("NOUN", "PROPN")
                and cues.governor_value(verb.head.lemma_, "VERB") is None)
        if subject_first:
            return Qualifier("future", to.text, to.idx)
    return None


def qualify(trigger: Token, cues: FactualityCues) -> Qualifier:
    """The strongest non-asserted qualifier found on the trigger or its governors."""
    found: list[Qualifier] = list(clause_marks(trigger, cues))
    plan = headline_plan(trigger, cues)
    if plan is not None:
        found.append(plan)
    chain_prev = trigger
    for depth, (tok, via) in enumerate(governing_chain(trigger)):
        if depth == 0:
            found.extend(no_participant(tok))
            found.extend(own_qualifiers(tok, cues))
            found.extend(noun_modifiers(tok, cues))
            found.extend(predicated(tok, cues))
            continue
        if via == "supposed":
            found.extend(Qualifier("hypothetical", c.text, c.idx) for c in tok.children
                         if c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS)
            break
        if via == "relcl" and ((describes_now(chain_prev) and pointed_out(tok))
                               or (describes_past(chain_prev) and not free_choice(tok))):
            break  # 'threatened to restore Bazoum, who remains detained', 'vowed to crush the
            # fighters who seized the town': the clause tells what holds now or was done,
            # whatever is threatened for the one it describes; a simple past tells a past
            # fact of whatever it describes ('agreed to a truce after strikes that killed
            # dozens'), unless 'any' picks out whatever fits
        if via == "compound":  # 'ceasefire talks', 'a strike threat': the talks' topic, the
            # threat's content; and as real as the talks ('rejected ceasefire talks')
            value = "hypothetical" if tok.lemma_.lower() in NEGOTIATION_NOUNS else \
                cues.governor_value(tok.lemma_, "NOUN")
            if value:
                found.append(Qualifier(value, tok.text, tok.idx))
            found.extend(own_qualifiers(tok, cues))
            found.extend(noun_modifiers(tok, cues))
            chain_prev = tok
            continue
        if via == "dobj" and depth == 1 and rebuffed_utterance(chain_prev, tok):
            break  # 'rejected Baku's demand': the demand was made, whatever became of it (what
            # it asks for stays under the rejection: 'rejected an offer to host talks')
        if via == "acl" and done_to(chain_prev, tok):
            break  # 'should free the journalists arrested last month': the arrest was made,
            # whatever is asked for the ones it describes
        prep = passed_preposition(chain_prev)
        if prep in ABSENCE_PREPS:  # 'ended without violence', 'released without charge'
            found.append(Qualifier("negated", chain_prev.head.text, chain_prev.head.idx))
            break
        if via == "pobj" and supposed_case(tok):  # 'in case of an attack'
            found.append(Qualifier("hypothetical", tok.text, tok.idx))
            break
        verb, value = phrasal_value(tok, prep, cues)
        if verb is not None and verb.lemma_.lower() in PROTECTING and pointed_at(chain_prev):
            break  # 'to protect civilians from the bombing': the bombing is going on
        if verb is not None and value is not None:
            if not (value == "negated" and negates_itself(verb, cues)):
                found.append(Qualifier(value, verb.text, verb.idx))
            elif verb.lemma_.lower() in LEFT_OPEN:
                found.append(Qualifier("hypothetical", verb.text, verb.idx))
            if value == "negated" and verb.lemma_.lower() in LEFT_OPEN and \
                    refused_itself(verb, cues):
                found[-1] = Qualifier("hypothetical", verb.text, verb.idx)  # 'refused to
                # rule out sanctions': the sanctions stay possible
            break  # 'ruled out attacking', 'called off the offensive': the phrase decides
        if via == "pcomp" and tok.pos_ == "VERB" and prep not in MEANS_PREPS:
            # "refrained from attacking" (not "stopped the march by arresting": done)
            value = cues.governor_value(tok.lemma_, tok.pos_)
            if value == "negated" and negates_itself(tok, cues):
                break  # "did not refrain from attacking"
            if value:
                found.append(Qualifier(value, tok.text, tok.idx))
            break
        if via == "part" and tok.pos_ == "NOUN":  # 'weighed options, including strikes'
            value = cues.governor_value(tok.lemma_, "NOUN")
            if value:
                found.append(Qualifier(value, tok.text, tok.idx))
                break
        if via == "xcomp" and (yet := still_owed(tok)) is not None:
            found.append(Qualifier("negated", yet.text, yet.idx))
            break  # 'rebels have yet to attack the city': not done so far
        if via == "pobj" and tok.lemma_.lower() in SUFFERING_NOUNS:
            chain_prev = tok  # 'will become victims of kidnapping': as real as the becoming
            continue
        if via == "pobj" and tok.pos_ == "VERB" and suffered_by_object(tok):
            found.extend(own_qualifiers(tok, cues))  # 'could fall victim to attacks'
            break
        if via in ("advcl", "xcomp") and procured_for(chain_prev, tok):
            found.append(Qualifier("hypothetical", tok.text, tok.idx))
            break  # 'bought rifles to kill soldiers': what the rifles are for
        if via == "pobj" and tok.pos_ == "NOUN":
            value = cues.governor_value(tok.lemma_, "NOUN")  # "the possibility of talks"
            if tok.lemma_.lower() in SPECULATIVE_SINGULARS and tok.tag_ != "NN":
                value = None  # 'talk of a summit' speculates; 'talks on a truce' negotiate
            if tok.lemma_.lower() in WAY_NOUNS and tok.dep_ == "dobj":
                value = "hypothetical"  # 'cleared the way for talks'; not 'on the way to'


            if value:
                found.append(Qualifier(value, tok.text, tok.idx))
            break
        if via == "pobj" and tok.pos_ == "VERB" and complement_prep(chain_prev):
            value = cues.governor_value(tok.lemma_, "VERB")  # "agreed to a ceasefire"
            if value is None:  # 'consideration is being given to a summit', 'made a
                value = object_value(tok, cues)  # proposal for talks', 'cleared the way for'
            if value:
                found.append(Qualifier(value, tok.text, tok.idx))
            break
        if via not in MODALITY_DEPS:
            break
        if via == "dobj" and chain_prev.pos_ in ("NOUN", "PROPN") and \
                tok.lemma_.lower() in REACTING_VERBS:
            break  # 'does not criticize the killings': the killings happened
        if via in ("dobj", "xcomp") and ongoing(tok, cues):
            break  # 'urged the army to cease bombing': the bombing goes on
        if via == "relcl" and way_opened(chain_prev, tok, cues):
            found.append(Qualifier("hypothetical", tok.head.text, tok.head.idx))
            break  # 'opens the way for the generals to face trial': made possible, not done
        if via in ("ccomp", "xcomp") and licensing(tok):
            found.append(Qualifier("hypothetical", tok.text, tok.idx))
            break
        own = own_qualifiers(tok, cues) if via != "ccomp" else []
        if via == "conj" and own_subject(chain_prev):
            # 'police did not intervene, but several people were injured': a clause with a
            # subject of its own is not under the first clause's negation
            own = [q for q in own if q.value != "negated"]
        value = None
        if via in GOVERNOR_DEPS and not (via == "oprd" and names_what(tok)) and not (
            via in ("dobj", "ccomp") and tok.lemma_.lower() in PERFORMING_VERBS
        ):
            value = cues.governor_value(tok.lemma_, tok.pos_)
        if value is None and via == "xcomp" and prospective_frame(tok, cues):
            value = "future"
        if value is None and endorsed(chain_prev, tok, via):
            value = "hypothetical"
        if value == "negated" and any(q.value == "negated" for q in own):
            # two negations cancel: "will not stop attacking", "did not fail to attack"
            own, value = [q for q in own if q.value != "negated"], None
        found.extend(own)
        if value:
            found.append(Qualifier(value, tok.text, tok.idx))
        if via == "attr" and tok.dep_ == "xcomp" and planned_occurrence(tok.head) == tok:
            found.extend(undone(tok, cues))  # 'a meeting was to take place but was cancelled'

        found.extend(clause_marks(tok, cues))
        chain_prev = tok
    if not found:
        return Qualifier("asserted")
    return min(found, key=lambda q: RANK[q.value])


def no_participant(verb: Token) -> list[Qualifier]:
    """The negation of a verb one of whose participants is no one ('nobody was arrested',
    'police arrested no one', 'no protesters were detained'); not 'no fewer than 20'."""
    if verb.pos_ != "VERB":
        return []
    out = []
    for arg in (c for c in verb.children if c.dep_ in PARTICIPANT_DEPS):
        cue = arg if arg.lower_ in NO_ONE else next(
            (c for c in arg.children if c.dep_ == "det" and c.lower_ == "no"), None)
        if cue is not None:
            out.append(Qualifier("negated", cue.text, cue.idx))
    return out


def still_owed(verb: Token) -> Token | None:
    """The 'yet' of 'have yet to' / 'be yet to': the infinitive's act has not happened so
    far. None for any other verb."""
    if verb.lemma_.lower() not in ("have", "be"):
        return None
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "yet"), None)


def suffered_by_object(verb: Token) -> bool:
    """A verb whose object is a noun of suffering ('fell victim to', 'fell prey to'): the
    act its 'to' names befalls the subject, as really as the verb is told."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SUFFERING_NOUNS for c in verb.children)


def procured_for(act: Token, verb: Token) -> bool:
    """An infinitive of purpose of a verb of getting or handing over means ('bought rifles
    to kill soldiers'): the means are for the act, which is not told done."""
    return verb.lemma_.lower() in PROCURING_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children)


def ongoing(stop: Token, cues: FactualityCues) -> bool:
    """A verb of stopping that is itself only asked for, promised, supposed or refused
    ('urged Ankara to cease bombing', 'refused to halt the raids', 'threatened to suspend
    the talks'): the activity it would stop is under way, not negated."""
    if stop.lemma_.lower() not in CESSATION_VERBS or \
            cues.governor_value(stop.lemma_, "VERB") != "negated" or negates_itself(stop, cues):
        return False  # 'will not stop attacking': the two negations cancel (see qualify)
    return qualify(stop, cues).value in ("hypothetical", "future", "negated")


def object_value(verb: Token, cues: FactualityCues) -> str | None:
    """The value of a verb's noun object or passive subject that is a cue noun of
    factuality.yaml, for what the verb's 'to' or 'for' phrase names ('consideration is being
    given to a summit', 'made a proposal for talks', 'cleared the way for the arrest')."""
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.pos_ == "NOUN"):
        value = cues.governor_value(noun.lemma_, "NOUN")
        if value is None and noun.lemma_.lower() in WAY_NOUNS:
            value = "hypothetical"
        if value:
            return value
    return None


def way_opened(clause: Token, noun: Token, cues: FactualityCues) -> bool:
    """An infinitive clause on a noun of a way or a means ('opens the way for the generals
    to face trial', 'found a way to end the siege') or on a cue noun of factuality.yaml that
    the parse read as a relative clause: what it names is made possible, not done."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in clause.children):
        return False
    if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in clause.children):
        return False
    return noun.lemma_.lower() in WAY_NOUNS or \
        cues.governor_value(noun.lemma_, "NOUN") is not None


def predicated(noun: Token, cues: FactualityCues) -> list[Qualifier]:
    """An event noun that is the subject of a copula whose adjective is a cue of
    factuality.yaml ('further strikes are likely', 'an attack is imminent', 'talks seem
    possible'): the adjective judges the event."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ not in ("NOUN", "PROPN") or \
            verb.lemma_.lower() not in COPULAS:
        return []
    out = []
    for adj in (c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"):
        for value in ("hypothetical", "future"):
            if adj.lower_ in cues.of(value).words:
                out.append(Qualifier(value, adj.text, adj.idx))
                break
    return out


def describes_now(verb: Token) -> bool:
    """A clause verb in the present or the present perfect, with no modal ('who remains
    detained', 'who have been held since May', 'which controls the port')."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBZ", "VBP") for t in finite)


def describes_past(verb: Token) -> bool:
    """A clause verb in the simple past, with no modal ('who seized the town last week',
    'which shelled the port')."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)


# Verbs of what is done to people or places, whose past participle on a noun tells the
# state they are in ('the journalists arrested last month', 'villages attacked by the militia').
SUFFERED = word_list(FACTUALITY_WORDS, "suffered")


def done_to(participle: Token, noun: Token) -> bool:
    """A past participle that tells what was done to the people or places a noun names ('the
    journalists arrested last month', 'the soldiers captured in May'), which happened whatever
    is said of them; 'any prisoners taken' picks none out, and an event noun's own participle
    ('the demonstration staged by students') is under what is said of the event."""
    if participle.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN") or \
            participle.lemma_.lower() not in SUFFERED:
        return False
    return not any(c.dep_ == "det" and c.lower_ in FREE_CHOICE_DETS for c in noun.children)


def modifies_noun(tok: Token) -> bool:
    """An event noun that is the compound of a noun ('ceasefire talks', 'strike threat')."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("NOUN", "PROPN")


def rebuffed_utterance(noun: Token, verb: Token) -> bool:
    """A noun of a threat, demand or offer that a verb turns down ('rejected the ultimatum',
    'dismissed Moscow's demand to withdraw'): the saying happened, the rebuff answers it."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in UTTERANCE_NOUNS and \
        verb.lemma_.lower() in REBUFFING_VERBS


def pointed_out(noun: Token) -> bool:
    """A noun naming one particular referent: a name, or one with a definite article, a
    demonstrative or an owner ('Bazoum', 'the journalists', 'its soldiers'; 'anyone', 'any
    officer' name whoever fits)."""
    if noun.pos_ == "PROPN":
        return True
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in POINTING_DETS)
               for c in noun.children)


def free_choice(noun: Token) -> bool:
    """A noun that 'any' or 'every' picks out as whatever fits ('any officer who detained a
    journalist')."""
    return any(c.dep_ == "det" and c.lower_ in FREE_CHOICE_DETS | {"every", "no"}
               for c in noun.children)


def licensing(verb: Token) -> bool:
    """A verb of permitting in the present or under a modal ('allows', 'would have allowed'):
    what it permits is a licence, not an act told."""
    if verb.lemma_.lower() not in PERMITTING_VERBS:
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD"
                                              for c in verb.children)


def pointed_at(noun: Token) -> bool:
    """An event noun the text points at with an article or an owner ('the bombing', 'its
    raids'), not one of a kind ('attacks')."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in POINTING_DETS)
               for c in noun.children)


def supposed_case(noun: Token) -> bool:
    """'in case of an attack', 'in the event of a strike': the occasion is supposed ('in the
    case of Syria' names a case; 'case' counts only without an article)."""
    lemma = noun.lemma_.lower()
    if lemma not in SUPPOSED_CASES or noun.head.lower_ != "in":
        return False
    has_det = any(c.dep_ == "det" for c in noun.children)
    return has_det if lemma == "event" else not has_det


def planned_occurrence(be: Token) -> Token | None:
    """The verb of occurrence in 'the summit was to take place', 'the talks were to begin':
    what the event noun was to do, whose 'be to' makes it planned."""
    return next((c for c in be.children if c.dep_ == "xcomp"
                 and c.lemma_.lower() in OCCURRENCE_VERBS and c.lemma_.lower() != "be"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def undoing_verbs(be: Token) -> list[Token]:
    """The verbs coordinated with 'the summit was to take place' ('but was called off'), the
    parse hanging them on 'take' or on 'was'; none when the event was not planned so."""
    occurrence = planned_occurrence(be) if be.lemma_.lower() == "be" else None
    if occurrence is None:
        return []
    return [c for h in (occurrence, be) for c in h.children
            if c.dep_ == "conj" and c.pos_ == "VERB"]


def undone(occurrence: Token, cues: FactualityCues) -> list[Qualifier]:
    """'was to take place but was called off', 'were to begin but were postponed': what the
    clause coordinated with a verb of occurrence says became of the event."""
    out = []
    for conj in undoing_verbs(occurrence.head):
        verb, value = phrasal_value(conj, None, cues)
        if value is None:
            verb, value = conj, cues.governor_value(conj.lemma_, "VERB")
        if verb is not None and value in ("negated", "future"):
            out.append(Qualifier(value, verb.text, verb.idx))
    return out


def partaking(event: Token, verb: Token) -> bool:
    """The event noun is what the verb takes part in ('took part in the talks', 'engaged in
    the fighting', 'participate in the protest') or comes for ('arrived for the talks')."""
    lemma = verb.lemma_.lower()
    if lemma in OCCASION_VERBS and event.head.lower_ == "for":
        return True
    if lemma not in PARTAKING_VERBS or event.head.lower_ != "in":
        return False
    return lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def occurring(verb: Token) -> bool:
    """A verb that says whether its subject takes place ('the meeting would not happen',
    'the vote will be on Monday'), not a copula that judges it ('would be a disaster')."""
    return verb.lemma_.lower() in OCCURRENCE_VERBS and not (
        verb.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children))


def own_subject(verb: Token) -> bool:
    """A verb with a subject of its own (a clause, not a shared-subject conjunct)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def passed_preposition(tok: Token) -> str | None:
    """The preposition the chain went through from ``tok`` to its governor, if any."""
    if tok.dep_ in ("pobj", "pcomp") and tok.head.pos_ == "ADP":
        return tok.head.lower_
    return None


def phrasal_value(
    tok: Token, prep: str | None, cues: FactualityCues
) -> tuple[Token | None, str | None]:
    """The verb and value of a phrasal governor of factuality.yaml ('rule out', 'call off',
    'hold off', 'stop short of', 'back away from', 'push for'): the verb's lemma with its
    particle or adverb, and the preposition the event hangs on; (None, None) when none. An
    adjective after a copula with its preposition counts as one, written with 'be' ('remained
    open to talks': 'be open to'; the verb 'opened its borders to' is none)."""
    if tok.pos_ == "ADJ" and prep is not None:
        value = cues.governor_value(f"be {tok.lemma_.lower()} {prep}", "VERB")
        if value is not None:
            return tok, value
    verb = tok if tok.pos_ == "VERB" else tok.head
    if verb.pos_ != "VERB" or (verb != tok and tok.dep_ not in ("advmod", "prt", "acomp")):
        return None, None
    parts = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
    lemma = verb.lemma_.lower()
    forms = [f"{lemma} {p}" for p in parts]
    if prep is not None:
        forms = [f"{f} {prep}" for f in forms] + forms + [f"{lemma} {prep}"]
    for form in forms:
        value = cues.governor_value(form, "VERB")
        if value is not None:
            return verb, value
    return None, None


def prospective_frame(governor: Token, cues: FactualityCues) -> bool:
    """'is going to strike', 'are about to attack', 'is set to meet', 'is due to visit': the
    governor and the 'to' of its infinitive spell a future cue of factuality.yaml ('going
    to', 'set to'), which no single token carries."""
    return any(f"{form} to" in cues.future.words
               for form in (governor.lower_, governor.lemma_.lower()))


def refused_itself(verb: Token, cues: FactualityCues) -> bool:
    """The verb is the complement of a negating verb ('refused to rule out', 'declined to
    rule out')."""
    return verb.dep_ == "xcomp" and cues.governor_value(verb.head.lemma_, verb.head.pos_) == \
        "negated"


def negates_itself(verb: Token, cues: FactualityCues) -> bool:
    """The verb carries a negation of its own ('did not refrain')."""
    return any(q.value == "negated" for q in own_qualifiers(verb, cues))


def summed_up(clause: Token, verb: Token) -> bool:
    """', a charge Y denied' stands between the clause and the verb: the noun sums the clause
    up, whatever the parse hung it from."""
    doc = verb.doc
    return any(doc[i].lemma_.lower() in SUMMING_NOUNS and doc[i - 1].lower_ in ("a", "an")
               and doc[i - 2].text == "," for i in range(max(clause.i + 2, 2), verb.i))


def beyond_semicolon(clause: Token, verb: Token) -> bool:
    """A semicolon ends the clause before it ('X strikes Y; Z vows a response': two told
    facts, headline style): the verb after it does not govern what came before, whatever the
    parse hung there."""
    return semicolon_between(verb.doc, clause.i + 1, verb.i)


def finite_beside_complement(verb: Token, head: Token) -> bool:
    """A finite verb the parse coordinated with its neighbour's non-finite complement, or a
    simple past with a perfect in a reported clause ('denied that the group had targeted the
    ship and accused Washington of lying': the accusing is the denier's, not denied)."""
    perfect = head.tag_ == "VBN" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)
    return (verb.tag_ in FINITE_TAGS and (head.tag_ in NONFINITE_TAGS or perfect)
            and head.dep_ in ("xcomp", "ccomp") and head.head != head)


def finite_host(complement: Token) -> Token:
    """What a finite verb coordinated with a non-finite complement is really coordinated with:
    the first governor above the complement that is no bare or '-ing' complement itself ('said
    Oslo would not allow the militias to operate there and accused Minsk of arming them': the
    accusing joins 'said', not 'would not allow', which a simple past cannot share)."""
    host = complement.head
    while host.tag_ in NONFINITE_TAGS and host.dep_ in ("xcomp", "ccomp") and host.head != host:
        host = host.head
    return host


def infinitive_beside_gerund(verb: Token, head: Token) -> bool:
    """A 'to' infinitive the parse coordinated with a gerund complement ('urged them to cease
    bombing the bases and to renew talks'): it is coordinated with the gerund's governor."""
    return (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and head.tag_ == "VBG" and head.dep_ in ("xcomp", "ccomp") and head.head != head)


def speakers_own_act(verb: Token) -> Token | None:
    """The reporting verb a conjunct of its reported clause is really coordinated with, as the
    argument layer reads it (``arguments.reporting_host``), where the two tell the same act."""
    # imported here: the argument layer imports this module
    from kronika.events.arguments import reporting_host

    return reporting_host(verb)


def bare_infinitive(verb: Token) -> bool:
    """A 'to' infinitive with no subject of its own: its head's complement, whatever label
    the parse gave it."""
    children = list(verb.children)
    return (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children))


def names_what(verb: Token) -> bool:
    """A naming verb whose object is a free relative 'what' ('what organisers called a
    march'): its object predicate is the name of a thing, not a requested act."""
    return verb.lemma_.lower() in NAMING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def complement_prep(tok: Token) -> bool:
    """A noun reached through a preposition that introduces a verb's complement ('agreed to a
    truce', 'called for talks', 'refrained from strikes'), not a time or place adjunct."""
    return tok.dep_ == "pobj" and tok.head.lower_ in COMPLEMENT_PREPS


def noun_modifiers(tok: Token, cues: FactualityCues) -> list[Qualifier]:
    """Adjectives that qualify an event noun: 'a planned visit' (future), 'a possible
    strike' (hypothetical), 'the alleged attack' (reported); and 'any' ('any attack on the
    capital': hypothetical)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    out = []
    for child in tok.children:
        if child.dep_ not in ("amod", "compound"):
            continue
        for value in ("hypothetical", "future", "reported"):
            if child.lower_ in cues.of(value).words:
                out.append(Qualifier(value, child.text, child.idx))
                break
    if not out:  # 'any future attack' is future: the adjective says more than 'any'
        out = [Qualifier("hypothetical", c.text, c.idx) for c in tok.children
               if c.dep_ == "det" and c.lower_ in FREE_CHOICE_DETS]
    return out


def own_qualifiers(tok: Token, cues: FactualityCues) -> list[Qualifier]:
    """Negation, modal auxiliaries and report adverbs attached to one token."""
    out = []
    for child in tok.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and word in cues.negated_words):
            out.append(Qualifier("negated", child.text, child.idx))
        elif child.dep_ in ("aux", "auxpass"):
            value = cues.modal_value(word)
            if value == "hypothetical" and word in BACKSHIFTED and backshifted(tok, cues):
                value = "future"
            if word in ABILITY_MODALS and tok.lemma_.lower() in PERCEIVING_VERBS:
                value = None  # 'police can be seen beating a man': what a video shows
            if value:
                out.append(Qualifier(value, child.text, child.idx))
        elif child.dep_ == "advmod" and word in cues.negated_words:
            out.append(Qualifier("negated", child.text, child.idx))
        elif child.dep_ == "advmod" and word in cues.reported_words:
            out.append(Qualifier("reported", child.text, child.idx))
    return out


def backshifted(verb: Token, cues: FactualityCues) -> bool:
    """A 'would' that reports a 'will' ('X said it would withdraw'): the verb is the complement
    of a past verb of saying and no condition ('if', 'unless') hangs on it."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in REPORTING_VERBS:
        return False
    if head.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_words
                   for a in verb.children if a.dep_ == "advcl" for c in a.children)


def endorsed(act: Token, verb: Token, via: str) -> bool:
    """An act that is the verbal complement of a verb of backing, offering or ordering
    ('backed annexing the province', 'ordered troops to withdraw'): not done yet."""
    return verb.lemma_.lower() in ENDORSING_VERBS and (
        via in ("xcomp", "ccomp") or (via == "dobj" and act.pos_ == "VERB"))


def awaited(mark: Token, verb: Token) -> str | None:
    """'until X withdraws', 'before troops leave': a clause that tells of what has not
    happened yet. Under a negated or supposed main clause it is the condition of that clause
    ('will not stop until X is disarmed', 'would fight on until X lifted the siege'):
    hypothetical; in the present tense otherwise a future of its own; None for a clause that
    tells of a past time ('fought until the army arrived')."""
    if mark.lower_ not in PROSPECTIVE_MARKS:
        return None
    main = verb.head
    while main.dep_ == "xcomp" and main.head != main:
        main = main.head  # 'would keep firing until ...': the modal sits on 'keep'
    heads = [c for h in {verb.head, main} for c in h.children]
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in heads)
    if verb.dep_ == "advcl" and (
            any(c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS for c in heads)
            or (modal and any(c.dep_ == "neg" for c in heads))):
        return "hypothetical"  # not 'did not leave until police arrived': that is past
    if verb.tag_ in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children):
        return "future"
    return None


def clause_marks(tok: Token, cues: FactualityCues) -> list[Qualifier]:
    """'if', 'unless', 'whether' introducing the clause of a token, and a hypothetical noun
    ('rumours that ...', 'the possibility of ...') that the clause complements."""
    out = [
        Qualifier("hypothetical", c.text, c.idx)
        for c in tok.children
        if c.dep_ == "mark" and c.lower_ in cues.hypothetical_words
    ]
    out += [
        Qualifier(value, c.text, c.idx)
        for c in tok.children
        if c.dep_ == "mark" and (value := awaited(c, tok)) is not None
    ]
    mark = supposing_clause(tok)
    if mark is not None:
        out.append(Qualifier("hypothetical", mark.text, mark.idx))
    if tok.dep_ in ("acl", "ccomp", "relcl") and tok.head.pos_ == "NOUN":
        value = cues.governor_value(tok.head.lemma_, "NOUN")
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in LICENCE_NOUNS:
            value = "hypothetical"  # 'the right to protest'
        if value and tok.dep_ != "relcl":
            out.append(Qualifier(value, tok.head.text, tok.head.idx))
    return out


def supposing_clause(verb: Token) -> Token | None:
    """The 'if' of a condition on a main clause in the simple present ('if we abandon Ukraine
    now, we invite Putin to go further'): the main clause tells what would follow, no act
    done. A main clause with 'will' is a conditional threat or promise, made when told ('will
    suspend aid if the rebels do not ...'); a concession ('even if they attack, we stand')
    tells an act."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or any(
            c.dep_ == "aux" for c in verb.children) or verb.lemma_.lower() in WONDERING_VERBS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")):
        for mark in (m for m in clause.children if m.dep_ == "mark"
                     and m.lower_ in SUPPOSITION_MARKS):
            if not any(a.lower_ == "even" for a in clause.children if a.dep_ == "advmod"):
                return mark
    return None


def dated_ahead(qualifier: Qualifier, when: str | None, expression: str | None,
                published: str | None) -> Qualifier:
    """An event the text dates after the day of publication has not happened yet: told as
    done ('holds talks in Nairobi next week', 'a summit next month' after 'is due to meet')
    it is future, with the date expression as its cue. ``when`` and ``published`` are ISO
    dates; a year or a month is ahead only when the whole of it comes after publication."""
    if qualifier.value not in ("asserted", "reported") or not (when and expression and published):
        return qualifier
    return Qualifier("future", expression) if when > published[:len(when)] else qualifier
