"""Factuality of one trigger read off the real parse: cue words, governing verbs and nouns,
and clauses that keep their own factuality."""

from __future__ import annotations

import pytest
from spacy.language import Language

import kronika
from kronika.events.factuality import qualify
from kronika.events.ontology import load_factuality

ROWS = [
    ("Turkey attacked Kurdish positions.", "attacked", "asserted", None),
    # a headline's 'to' tells a plan: the act, its object and the noun before it are to come
    ("EU to impose new sanctions on Belarus", "impose", "future", "to"),
    ("Kerry to visit Moscow for talks on Syria", "talks", "future", "to"),
    ("Talks between Kyiv and Moscow to resume next week", "Talks", "future", "to"),
    ("Rebels to free 30 soldiers in Arauca", "free", "future", "to"),
    # a pledge the tagger reads as a noun is the pledge's own
    ("Ruto pledges to end abductions by police.", "pledges", "asserted", None),
    ("Police detained protesters to stop the march.", "detained", "asserted", None),
    ("Turkey did not attack Kurdish positions.", "attack", "negated", "not"),
    ("Hamas refused to release the hostages.", "release", "negated", "refused"),
    ("Kenya refrained from attacking Somalia.", "attacking", "negated", "refrained"),
    # a simple past the parse joined to a reported perfect is the speaker's own act
    (("The Houthis denied that the group had targeted the ship and accused Washington of "
     "spreading lies."), "accused", "asserted", None),
    (("The minister denied that troops had shelled the village and blamed the rebels for the "
     "deaths."), "blamed", "asserted", None),
    (("Moscow denied that its jets had bombed the market and accused Kyiv of staging the "
     "attack."), "accused", "asserted", None),
    # the means of an act of stopping was done: 'by' gives no complement of 'stop'
    ("The army stopped the march by arresting its leaders.", "arresting", "asserted", None),
    ("The army stopped the convoy near Goma by shelling the road.", "shelling", "asserted",
     None),
    ("Authorities in Colombo halted the march by detaining forty students.", "detaining",
     "asserted", None),
    # phrasal governors: the verb with its particle or adverb and preposition
    ("The Malian army called off the offensive in Gao.", "offensive", "negated", "called"),
    ("Hamas held off attacking the crossing.", "attacking", "negated", "held"),
    ("The EU stopped short of sanctioning Hungary.", "sanctioning", "negated", "stopped"),
    ("Ankara backed away from attacking Kobani.", "attacking", "negated", "backed"),
    ("Pakistan might expel the Afghan ambassador.", "expel", "hypothetical", "might"),
    ("If Russia attacks Finland, NATO will respond.", "attacks", "hypothetical", "If"),
    # the main clause's negation is not said of the supposition
    ("If the rebels attack the town, the army will not stop them.", "attack", "hypothetical",
     "If"),
    ("The union will not end the strike if the police arrest its leaders.", "arrest",
     "hypothetical", "if"),
    ("If Serbia sanctions Russia, Hungary will never forgive it.", "sanctions", "hypothetical",
     "If"),
    ("Rumours that Xi would visit Moscow spread.", "visit", "hypothetical", "Rumours"),
    ("Venezuela is expected to release the soldiers.", "release", "future", "expected"),
    ("Turkey plans to deploy troops to Libya.", "deploy", "future", "plans"),
    ("Iran will host talks next week.", "host", "future", "will"),
    # a future cue spelled by the governor and its 'to' ('going to', 'about to', 'set to')
    ("The gunman was going to target officers in Tulsa.", "target", "future", "going"),
    ("Kenyan troops are about to attack the town of Kismayo.", "attack", "future", "about"),
    ("Putin is set to meet Erdogan in Sochi.", "meet", "future", "set"),
    ("The Malian army is due to attack Kidal.", "attack", "future", "due"),
    ("Chad reportedly closed its border.", "closed", "reported", "reportedly"),
    ("Armenia accused Azerbaijan of shelling villages.", "shelling", "reported", "accused"),
    ("Israel agreed to a ceasefire in Gaza.", "ceasefire", "future", "agreed"),
    ("Kenya called for a truce with Somalia.", "truce", "hypothetical", "called"),
    ("Chad postponed the talks with Niger.", "talks", "future", "postponed"),
    ("Macron announced a planned visit to Algiers.", "visit", "future", "planned"),
    ("The alleged attack on Kosovo police angered Serbia.", "attack", "reported", "alleged"),
    ("Mali dismissed the suggestion of talks with the rebels.", "talks", "hypothetical",
     "suggestion"),
    ("The talks on Tuesday ended.", "talks", "asserted", None),
    # An oath announces its act, however the parse attaches the infinitive.
    ("The militia swore to attack the convoy.", "attack", "future", "swore"),
    ("The rebels have sworn to fight the army.", "fight", "future", "sworn"),
    ("The army attacked the town to seize its port.", "seize", "asserted", None),
    # A present tense after a subordinator of time tells of what has not happened yet.
    ("The militia will fight on until it wins the valley back.", "wins", "future", "until"),
    ("Talks must end before the army withdraws from the valley.", "withdraws", "future",
     "before"),
    ("The envoy will stay until the rebels release the hostages.", "release", "future",
     "until"),
    ("Police held the suspects until the court released them.", "released", "asserted", None),
    # A finite verb is coordinated with the governor, not with its non-finite complement.
    ("The rebel group denied targeting civilians and accused the army of using them as shields.",
     "accused", "asserted", None),
    ("The envoy refused to comment and criticised the rebels.", "criticised", "asserted", None),
    ("The army denied shelling the market and blamed the militia.", "blamed", "asserted", None),
    ("The rebels refused to attack the convoy and to seize the port.", "seize", "negated",
     "refused"),
    # 'would' under a past verb of saying is the future of that past, unless a condition follows.
    ("The cabinet announced that it would suspend the talks.", "suspend", "future", "would"),
    ("Officials said the envoy would visit Lagos in May.", "visit", "future", "would"),
    ("Officials said the army would withdraw if the rebels disarmed.", "withdraw",
     "hypothetical", "would"),
    ("Officials said the army could withdraw soon.", "withdraw", "hypothetical", "could"),
    ("The army would withdraw from the valley.", "withdraw", "hypothetical", "would"),
    # Two negations cancel: a negated verb of stopping or refusing lets its event go on.
    ("The rebels will not stop attacking the army.", "attacking", "future", "will"),
    ("The army did not cease shelling the town.", "shelling", "asserted", None),
    ("The rebels did not fail to attack the convoy.", "attack", "asserted", None),
    ("The army did not refrain from shelling the town.", "shelling", "asserted", None),
    ("The rebels stopped attacking the army.", "attacking", "negated", "stopped"),
    # A noun summing up the clause before it takes the denial: the accusation was made.
    (("Sudan's government accused neighbouring Chad of sending fighters to help the militia, "
      "an accusation N'Djamena has repeatedly denied."), "accused", "asserted", None),
    ("Congo's army accused Rwanda of shelling Goma, a claim Kigali has repeatedly denied.",
     "accused", "asserted", None),
    ("The army shelled the town, the ministry denied.", "shelled", "negated", "denied"),
    # A condition is hypothetical on its own terms: the main clause's negation is not its.
    ("Ghana will not sign the deal unless Togo withdraws its troops.", "withdraws",
     "hypothetical", "unless"),
    ("Nobody will negotiate unless the militia frees the hostages.", "frees", "hypothetical",
     "unless"),
    # A 'would' after a past verb of saying reports a 'will'; a condition keeps it hypothetical.
    ("Kenya said it would close the border.", "close", "future", "would"),
    ("The envoy has announced that Chad would host the talks.", "host", "future", "would"),
    ("Rebels said they would free the monks if Rangoon paid.", "free", "hypothetical", "would"),
    ("Rebels would free the monks, an envoy says.", "free", "hypothetical", "would"),
    # Adjectives of readiness govern their infinitive like verbs of intent.
    ("Mali is willing to negotiate with the rebels.", "negotiate", "future", "willing"),
    ("The army is ready to retake the town.", "retake", "future", "ready"),
    ("Western governments are keen to strike back at the militants.", "strike", "future",
     "keen"),
    ("The rebels are determined to retake the city.", "retake", "future", "determined"),
    # a coming or future event has not happened yet
    ("Kabul braced for the Taliban's coming offensive.", "offensive", "future", "coming"),
    ("Iran warned against any future attack on its soil.", "attack", "future", "future"),
    ("Talk of a summit between Xi and Biden alarmed Taipei.", "summit", "hypothetical", "Talk"),
    # not ruling an act out leaves it possible, and so does refusing to rule it out
    ("The general did not rule out attacking the rebel camps.", "attacking", "hypothetical",
     "rule"),
    ("Ankara has not ruled out a ground offensive.", "offensive", "hypothetical", "ruled"),
    ("The minister refused to rule out sanctions on Iran.", "sanctions", "hypothetical", "rule"),
    # 'undertake' a noun carries it out; 'undertake to' promises.
    ("Qatar undertook a mediation effort in Darfur.", "effort", "asserted", None),
    ("Qatar undertook to mediate in Darfur.", "mediate", "future", "undertook"),
    # A factive clause keeps its own value inside a hypothetical one.
    ("Xi would visit Moscow, as Putin had asked.", "asked", "asserted", None),
    # 'any' picks out no event: whatever attack there may be
    ("Any attack on the port would be answered at once.", "attack", "hypothetical", "Any"),
    ("Beijing wants a say in any talks on the strait.", "talks", "hypothetical", "any"),
    ("The mayor warned against any protest near the cathedral.", "protest", "hypothetical",
     "any"),
    ("Lagos denied any raid on the camp.", "raid", "negated", "denied"),
    # an event one takes part in is as real as the taking part
    ("Moscow wants to take part in the talks on the strait.", "talks", "hypothetical", "wants"),
    ("The soldiers are not allowed to engage in the fighting.", "fighting", "negated", "not"),
    ("Farmers will participate in the march on the capital.", "march", "future", "will"),
    ("Nurses took part in the protest outside the ministry.", "protest", "asserted", None),
    # a clause with a subject of its own is not under another clause's negation
    ("Police did not fire, but rebels shelled the Kenyan town.", "shelled", "asserted", None),
    ("The army did not intervene and militias attacked the camp.", "attacked", "asserted",
     None),
    ("Police did not arrest the leaders and did not detain the marchers.", "detain",
     "negated", "not"),
    # an event noun that a modal verb supposes
    ("An Israeli raid on the port could spark a wider war.", "raid", "hypothetical", "could"),
    ("A strike on the dam would be a disaster, the minister said.", "strike", "hypothetical",
     "would"),
    ("Washington warned that an attack on its ships would trigger the pact.", "attack",
     "hypothetical", "would"),
    ("The meeting would not take place, officials said.", "meeting", "negated", "not"),
    # 'can' tells an ability, not an act done; over a verb of perceiving it shows one
    ("They can arrest our workers, the spokesman said.", "arrest", "hypothetical", "can"),
    ("Kenyan police can detain suspects for a day without charge.", "detain", "hypothetical",
     "can"),
    ("Russia can strike any city in Europe, the general warned.", "strike", "hypothetical",
     "can"),
    ("Soldiers can be seen beating a man in the video.", "beating", "asserted", None),
    # and so is the occasion one comes for
    ("The Qatari envoy will arrive in Kabul for talks with the Taliban.", "talks", "future",
     "will"),
    ("Farmers may gather in Lyon for a rally against the tax.", "rally", "hypothetical", "may"),
    ("The delegates could not travel to Oslo for the negotiations.", "negotiations", "negated",
     "not"),
    # a clausal subject takes its verb's modality
    ("Storming the palace would be a grave mistake.", "Storming", "hypothetical", "would"),
    ("Shelling the valley could push thousands into exile.", "Shelling", "hypothetical",
     "could"),
    ("Arresting the mayor was a blunder, aides admitted.", "Arresting", "asserted", None),
    # a licence to act is no act
    ("Citizens have the right to protest outside parliament.", "protest", "hypothetical",
     "right"),
    ("The decree gives soldiers the power to detain suspects.", "detain", "hypothetical",
     "power"),
    ("The envoy lacks the authority to negotiate a truce.", "negotiate", "hypothetical",
     "authority"),
    # being kept from an act, or safe from it, tells of no act
    ("The patrols deterred the gangs from raiding the market.", "raiding", "negated",
     "deterred"),
    ("Fear of arrest dissuaded the students from marching.", "marching", "negated",
     "dissuaded"),
    ("Troops built walls to protect the villages from attacks.", "attacks", "hypothetical",
     "protect"),
    ("The new radar will shield the harbour from missile strikes.", "strikes", "hypothetical",
     "shield"),
    ("Peacekeepers shielded the camp from the shelling.", "shelling", "asserted", None),
    ("Envoys raised human rights in meetings with the junta.", "meetings", "asserted", None),
    # an event that was to take place is planned, and what became of it follows
    ("The summit in Accra was to take place in June.", "summit", "future", "was"),
    ("Talks with the rebels were to begin on Monday but were called off.", "Talks", "negated",
     "called"),
    ("The march was to start at the cathedral but was cancelled.", "march", "negated",
     "cancelled"),
    ("The vote on the truce was to take place in May but was postponed.", "vote", "future",
     "postponed"),
    ("The talks began in March but were suspended in May.", "talks", "asserted", None),
    # what happened without an event tells it did not happen
    ("The rally in Accra ended without violence.", "violence", "negated", "without"),
    ("The vote passed without any clashes in Lagos.", "clashes", "negated", "without"),
    ("The activists were released without charge.", "charge", "negated", "without"),
    # a licence to act in the present or under a modal is no act; a past permission may be
    ("Lawmakers fought over a bill that would have allowed police to arrest officials.",
     "arrest", "hypothetical", "allowed"),
    ("The decree allows soldiers to detain suspects without a warrant.", "detain",
     "hypothetical", "allows"),
    ("A new law permits the army to shoot looters on sight.", "shoot", "hypothetical",
     "permits"),
    ("The emergency law would enable security forces to ban protests.", "ban", "hypothetical",
     "enable"),
    ("Egypt allowed the police to arrest the protesters.", "arrest", "asserted", None),
    # an occasion supposed
    ("Residents were told to stay indoors in case of an attack.", "attack", "hypothetical",
     "case"),
    ("Troops are on alert in the event of a strike on the dam.", "strike", "hypothetical",
     "event"),
    ("In the case of the Goma attack, the army was warned.", "attack", "asserted", None),
    # what a negated or supposed main clause waits for is its condition, in any tense
    ("The rebels said they would keep firing on convoys until the army lifted its siege.",
     "lifted", "hypothetical", "until"),
    ("The minister said Ankara will not end the operation until the militia is disarmed.",
     "disarmed", "hypothetical", "until"),
    ("The guerrillas would not free anyone before the state released their comrades.",
     "released", "hypothetical", "before"),
    ("The soldiers did not leave the village until the police arrived.", "arrived",
     "asserted", None),
    # an act backed, offered or ordered is not yet done
    ("Voters backed annexing the border province.", "annexing", "hypothetical", "backed"),
    ("The senate approved sending troops to the island.", "sending", "hypothetical",
     "approved"),
    ("Most lawmakers support expelling the envoy.", "expelling", "hypothetical", "support"),
    ("Norway offered to mediate between the rebels and the government.", "mediate",
     "hypothetical", "offered"),
    ("The general ordered the brigade to retreat from the hills.", "retreat", "hypothetical",
     "ordered"),
    ("A judge instructed police to arrest the mayor.", "arrest", "hypothetical", "instructed"),
    ("The union backed the strike at the port.", "strike", "asserted", None),
    # the second of two coordinated 'by' phrases is under the verb both hang on
    ("He should prove it by pulling troops back and by releasing the prisoners.", "releasing",
     "hypothetical", "should"),
    ("The army could end the siege by opening the roads or by freeing the hostages.",
     "freeing", "hypothetical", "could"),
    ("Kenya would respond by closing the border and by expelling the diplomats.", "expelling",
     "hypothetical", "would"),
    ("The minister will retaliate by recalling the envoy and by imposing sanctions.",
     "imposing", "future", "will"),
    ("Rwanda should act by withdrawing its troops and by stopping its support for M23.",
     "stopping", "hypothetical", "should"),
    # a past participle tells what was done to the things it describes, whatever is said
    # of them
    ("The rebels threatened to kill the soldiers captured in May.", "captured", "asserted",
     None),
    ("The court may free the activists detained during the protests.", "detained", "asserted",
     None),
    ("The president should pardon the journalists arrested last month.", "arrested",
     "asserted", None),
    ("Ethiopia must release the reporters detained in Addis Ababa.", "detained", "asserted",
     None),
    ("The envoy will visit the villages attacked by the militia.", "attacked", "asserted",
     None),
    # rejecting a threat or demand does not unsay it; what it asks for stays rejected
    ("Sheinbaum rejected Washington's threat to designate the cartels as terrorists.",
     "threat", "asserted", None),
    ("Yerevan dismissed Baku's demand to dissolve the Minsk Group.", "demand", "asserted",
     None),
    ("The junta refused the ECOWAS ultimatum to restore the president.", "ultimatum",
     "asserted", None),
    ("The rebels rejected an offer to hold talks in Doha.", "hold", "negated", "rejected"),
    # the main clause of a condition in the present tells what would follow
    ("If we abandon Ukraine now, we invite Putin to go further.", "invite", "hypothetical",
     "If"),
    ("If the army leaves the border, it hands the town to the militia.", "hands",
     "hypothetical", "If"),
    ("If Serbia recognises Kosovo, it opens the door to the EU.", "opens", "hypothetical",
     "If"),
    # an event noun compounded with talks or a threat is their topic, as real as they are
    ("Unions issued a strike threat on Monday.", "strike", "hypothetical", "threat"),
    ("Kyiv dismissed the ceasefire proposal.", "ceasefire", "negated", "dismissed"),
    ("Sudan's army chief rejects ceasefire talks, vows to fight on", "ceasefire",
     "hypothetical", "talks"),
    ("Protesters staged a hunger strike outside parliament.", "strike", "asserted", None),
    # 'if' for 'whether' after a verb of doubting or asking is its object, no condition
    ("I doubt if Ankara sends more troops to al-Bab.", "doubt", "asserted", None),
    # with 'will' it is a conditional threat or promise, made when told
    ("USAID will suspend aid to the region if the rebels block the convoys.", "suspend",
     "future", "will"),
    # an obligation is of an act not yet done, as 'should' is
    ("The government must hold talks with the rebels.", "hold", "hypothetical", "must"),
    ("Serbia must withdraw its police from the north.", "withdraw", "hypothetical", "must"),
    ("Israel ought to open the crossings.", "open", "hypothetical", "ought"),
    # pausing an act is not doing it
    ("Washington paused tariffs on Canadian goods.", "tariffs", "negated", "paused"),
    ("The coalition paused airstrikes on the port.", "airstrikes", "negated", "paused"),
    ("Kyiv paused attacks on Russian refineries.", "attacks", "negated", "paused"),
    # an act one is open to is one one would accept, none agreed
    ("Caracas is open to negotiations with Washington.", "negotiations", "hypothetical", "open"),
    ("Seoul remains open to dialogue with Pyongyang.", "dialogue", "hypothetical", "open"),
    ("The rebels said they were open to a ceasefire with the army in Darfur.", "ceasefire",
     "hypothetical", "open"),
    # what one is asked, promised or refused to stop is going on
    ("The bishops urged the junta to cease shelling the villages of Karen State.", "shelling",
     "asserted", None),
    ("Kyiv called on Moscow to halt its attacks on the power grid.", "attacks", "asserted",
     None),
    ("The cartel has vowed to stop the killings of journalists in Sinaloa.", "killings",
     "asserted", None),
    ("The militia refused to suspend its raids on the camps near Goma.", "raids", "asserted",
     None),
    # a to-infinitive the parse joined to the gerund is asked for, not stopped
    ("Manila asked the rebels to stop burning farms and to sign a truce.", "sign",
     "hypothetical", "asked"),
    ("The UN urged the army to stop shelling the town and to allow aid convoys through.",
     "allow", "hypothetical", "urged"),
    ("Kenya asked the militias to stop burning homes and to hold talks in Nakuru.", "hold",
     "hypothetical", "asked"),
    ("The mediators urged both sides to stop firing rockets and to reopen the border crossing.",
     "reopen", "hypothetical", "urged"),
    # what one reacts to happened, whatever is said of the reaction
    ("Beijing does not criticize the executions of dissidents in Tehran.", "executions",
     "asserted", None),
    ("The junta has refused to investigate the massacre at the market in Bamako.", "massacre",
     "asserted", None),
    ("Caracas would not condemn the invasion of the island.", "invasion", "asserted", None),
    # a crime committed is done ('commit' promises only with 'to')
    ("The regime committed what observers call a massacre of the villagers.", "massacre",
     "asserted", None),
    ("The soldiers committed what the tribunal believes to be genocide against the Rohingya.",
     "genocide", "asserted", None),
    ("Gangs have committed atrocities in the slums of Port-au-Prince.", "atrocities",
     "asserted", None),
    ("Paramilitaries committed a massacre in the village of El Salado in 2000.", "massacre",
     "asserted", None),
    # a way opened or found makes an act possible, no act done
    ("The ruling paves the way for the generals to be tried in Lima.", "tried",
     "hypothetical", "paves"),
    ("The defeat of the militia cleared the way for talks with the rebels.", "talks",
     "hypothetical", "cleared"),
    ("The vote opened the door to sanctions against Minsk.", "sanctions", "hypothetical",
     "opened"),
    ("Diplomats in Lusaka hinted that consideration was given to a summit in Nairobi.",
     "summit", "hypothetical", "given"),
    ("Analysts saw the truce as opening the way for talks between Hanoi and Manila.", "talks",
     "hypothetical", "opening"),
    # an adjective of likelihood after a copula judges its subject event
    ("The minister said further air strikes are likely.", "strikes", "hypothetical", "likely"),
    ("An assault on the city of Tal Afar is imminent.", "assault", "future", "imminent"),
    ("Commando raids against the cartel leadership are also more likely.", "raids",
     "hypothetical", "likely"),
    # what 'including' names is part of its head, a plan as a plan
    ("The new Somali cabinet has many tasks, including disarming clan militias in Kismayo.",
     "disarming", "hypothetical", "tasks"),
    ("The cabinet weighed options, including air strikes on the camps.", "strikes",
     "hypothetical", "options"),
    ("The rebels attacked several towns, including shelling the port of Hodeidah.", "shelling",
     "asserted", None),
]


@pytest.mark.parametrize(("text", "word", "value", "cue"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_qualify(nlp: Language, text: str, word: str, value: str, cue: str | None) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    found = qualify(trigger, load_factuality())
    assert (found.value, found.cue) == (value, cue)


# An event the text dates after publication (2025-08-22, a Friday) is still to come, however
# its verb is told: (text, trigger, factuality).
AHEAD_ROWS = [
    ("Kenya's president holds talks with Ethiopian leaders in Addis Ababa next week.", "holds",
     "future"),
    ("Rohan Mehta is due to meet his Pakistani counterpart at a summit in Tashkent next month.",
     "summit", "future"),
    ("Sudan's army chief meets the Egyptian president in Cairo next week.", "meets", "future"),
    # dated before publication, or by the month of publication itself: told as done
    ("Kenya's president held talks with Ethiopian leaders in Addis Ababa last week.", "held",
     "asserted"),
    ("Police in Dhaka arrested the opposition leader Tarek Alam in August.", "arrested",
     "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "value"), AHEAD_ROWS,
                         ids=[r[0][:30] for r in AHEAD_ROWS])
def test_an_event_dated_after_publication_is_future(text: str, trigger: str, value: str) -> None:
    events = [e for e in kronika.analyze(text, published="2025-08-22").events
              if e.trigger == trigger]
    assert events and events[0].factuality == value


@pytest.mark.parametrize(("text", "trigger"), [
    (("ECOWAS has threatened to use force to restore President Mohamed Bazoum, who remains "
      "detained at his residence."), "detained"),
    ("The minister promised to help the families whose homes are occupied by settlers.",
     "occupied"),
    ("Kyiv vowed to retake the towns that are occupied by Russian forces.", "occupied"),
    # a relative clause in the simple past tells what was done
    ("Niger's army vowed to crush the jihadist fighters who seized Tillia last week.", "seized"),
    ("Kyiv pledged to punish the soldiers who shelled the village of Hrakove.", "shelled"),
    ("The president threatened to expel the diplomats who met the opposition leaders.", "met"),
    # whatever the noun it describes, with no 'any' before it
    ("Kyiv vowed to punish soldiers who shelled the village of Hrakove.", "shelled"),
    ("The junta promised to try officers who tortured students during the protests.",
     "tortured"),
    ("Sudan's army pledged to hunt down militiamen who attacked the camp in Zamzam.",
     "attacked"),
])
def test_a_relative_clause_of_what_holds_now_keeps_its_own_factuality(text: str,
                                                                      trigger: str) -> None:
    """'threatened to restore Bazoum, who remains detained': the detention is told as a fact."""
    events = [e for e in kronika.analyze(text, published="2025-03-08").events
              if e.trigger == trigger]
    assert events and events[0].factuality in ("asserted", "reported")
    assert events[0].type != "THREATEN"


def test_a_relative_clause_of_whoever_fits_stays_under_the_threat() -> None:
    """'threatened to punish any officer who detains a journalist': no detention told."""
    events = [e for e in kronika.analyze(
        "The general threatened to punish any officer who detains a journalist.",
        published="2025-03-08").events if e.trigger == "detains"]
    assert all(e.factuality == "hypothetical" for e in events)


SEMICOLON_HEADLINES = [
    ("Russia shells Kharkiv overnight; Kyiv promises retaliation", "shells"),
    ("Ethiopia bombs rebel camps in Tigray; Mekelle vows a response", "bombs"),
    ("Turkey strikes Kurdish positions in Iraq; Baghdad pledges a complaint to the UN",
     "strikes"),
]


@pytest.mark.parametrize(("text", "trigger"), SEMICOLON_HEADLINES,
                         ids=[r[0][:30] for r in SEMICOLON_HEADLINES])
def test_a_clause_before_a_semicolon_is_told_on_its_own(text: str, trigger: str) -> None:
    """'X shells Y; Z promises retaliation': the shelling is a told fact, neither the promise
    nor words of Z's, whatever clause the parse hung it under."""
    events = [e for e in kronika.analyze(text, published="2025-05-07").events
              if e.trigger == trigger]
    assert events and events[0].type == "ASSAULT" and events[0].factuality == "asserted"


@pytest.mark.parametrize("text", [
    "Ukraine and Russia agree on prisoner swap, talks to resume",
    "Ethiopia and Eritrea sign border deal, talks to resume in Asmara",
    "Colombia and ELN rebels extend ceasefire, talks to resume in Caracas",
])
def test_a_plan_in_a_second_headline_is_still_to_come(text: str) -> None:
    """'X and Y agree on a swap, talks to resume': the second headline's talks are a plan;
    the first headline's verb does not make them a fact."""
    events = [e for e in kronika.analyze(text, published="2025-05-07").events
              if e.trigger == "talks"]
    assert events and all(e.factuality == "future" for e in events), events


@pytest.mark.parametrize("text", [
    ("Israel and Iran agreed on Tuesday to an immediate truce after twelve days of missile and "
     "drone strikes that killed hundreds of people in both countries."),
    ("Russia and Ukraine agreed on Wednesday to a partial truce after ten days of missile and "
     "drone strikes that killed dozens of civilians."),
    ("India and Pakistan agreed on Saturday to an immediate ceasefire after four days of missile "
     "and drone strikes that killed dozens of people in Kashmir and Punjab."),
], ids=["Iran", "Ukraine", "Kashmir"])
def test_acts_of_a_span_of_time_past_are_no_part_of_the_agreement(text: str) -> None:
    """'agreed to a truce after ten days of strikes that killed dozens': the strikes filled a
    span of time already past, so what they did is told as fact, whatever verb the parse
    hangs their noun on."""
    events = [e for e in kronika.analyze(text, published="2025-05-10").events
              if e.trigger == "killed"]
    assert events and all(e.factuality == "asserted" for e in events), events


@pytest.mark.parametrize("text", [
    ("Danish Prime Minister Mette Frederiksen said on Friday that Greenland was not for sale and "
     "criticised a visit by U.S. Vice President JD Vance."),
    ("Chile's foreign minister said that the border was not open to debate and condemned remarks "
     "by Bolivian President Luis Arce."),
    ("Kenya's president said the country was not a colony and criticised a statement by the "
     "British high commissioner."),
], ids=["Greenland", "Chile", "Kenya"])
def test_a_speakers_act_after_a_stated_state_is_told_as_fact(text: str) -> None:
    """'said that X was not for sale and criticised Y': the criticism is the speaker's own act,
    told as fact; the negation of the stated state is not its."""
    events = [e for e in kronika.analyze(text, published="2025-05-10").events
              if e.type == "ACCUSE"]
    assert events and all(e.factuality == "asserted" for e in events), events


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels bought rifles to kill soldiers, the army said.", "kill"),
    ("The militia is smuggling drones to attack government positions, officials said.",
     "attack"),
    ("Smugglers sold explosives to blow up the bridge, police said.", "blow"),
])
def test_the_purpose_of_procured_means_is_no_act_done(text: str, trigger: str) -> None:
    """'bought rifles to kill soldiers': the rifles are for killing; no killing is told."""
    events = [e for e in kronika.analyze(text, published="2025-05-10").events
              if e.trigger == trigger]
    assert events and all(e.factuality == "hypothetical" for e in events), events


def test_the_purpose_of_used_means_is_done() -> None:
    """'used drones to attack the camp': using them for the attack is attacking."""
    events = [e for e in kronika.analyze("Police used drones to attack the camp.",
                                         published="2025-05-10").events
              if e.trigger == "attack"]
    assert events and all(e.factuality == "asserted" for e in events), events


@pytest.mark.parametrize(("text", "trigger"), [
    ("Experts warn that many more children will become victims of kidnapping.",
     "kidnapping"),
    ("Half of the villagers could fall victim to attacks by armed groups.", "attacks"),
    ("Thousands of women will become victims of rape if the war goes on, aid groups warned.",
     "rape"),
])
def test_an_act_one_may_fall_victim_to_is_not_done(text: str, trigger: str) -> None:
    """'will become victims of kidnapping': the kidnapping is as real as the becoming."""
    events = [e for e in kronika.analyze(text, published="2025-05-10").events
              if e.trigger == trigger]
    assert all(e.factuality not in ("asserted", "reported") for e in events), events


def test_an_act_one_fell_victim_to_is_done() -> None:
    """'fell victim to attacks last year': the attacks happened."""
    events = [e for e in kronika.analyze(
        "Ten villagers fell victim to attacks by armed groups last year.",
        published="2025-05-10").events if e.trigger == "attacks"]
    assert events and all(e.factuality == "asserted" for e in events), events


@pytest.mark.parametrize(("text", "trigger"), [
    ("No protesters were arrested on Monday.", "arrested"),
    ("Police arrested no one.", "arrested"),
    ("The attack killed no civilians, the army said.", "killed"),
    ("Nobody was detained during the march.", "detained"),
])
def test_an_act_done_to_or_by_no_one_is_negated(text: str, trigger: str) -> None:
    """'police arrested no one': no arrest happened; 'nobody was detained' likewise."""
    events = [e for e in kronika.analyze(text, published="2025-05-10").events
              if e.trigger == trigger]
    assert all(e.factuality == "negated" for e in events), events


def test_no_fewer_than_is_no_negation() -> None:
    """'killed no fewer than 20 people': the killing happened."""
    events = [e for e in kronika.analyze("Troops killed no fewer than 20 people.",
                                         published="2025-05-10").events
              if e.trigger == "killed"]
    assert events and all(e.factuality == "asserted" for e in events), events


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rebels have yet to attack the city.", "attack"),
    ("The army has yet to retake the town.", "retake"),
    ("Police are yet to arrest any suspects.", "arrest"),
])
def test_an_act_one_has_yet_to_do_is_negated(text: str, trigger: str) -> None:
    """'have yet to attack': no attack so far."""
    events = [e for e in kronika.analyze(text, published="2025-05-10").events
              if e.trigger == trigger]
    assert events and all(e.factuality == "negated" for e in events), events


@pytest.mark.parametrize("text", [
    ("Ruto said Kenya would not allow Somali armed groups to operate on its territory and "
     "accused Mogadishu of sending fighters to a militia."),
    ("Petro said Colombia would not allow foreign armed groups to operate in its jungles and "
     "accused Caracas of sheltering a guerrilla band."),
    ("Tinubu said Nigeria would never allow armed bandits to operate along its border and "
     "accused Niger of arming a gang."),
    ("Ghana's president said Ghana would not allow jihadist groups to operate on its soil and "
     "accused Burkina Faso of sheltering a militia."),
], ids=["Kenya", "Colombia", "Nigeria", "Ghana"])
def test_a_past_act_beside_a_negated_complement_is_the_speakers(text: str) -> None:
    """'said X would not allow Y to operate and accused Z': a simple past cannot share 'would
    not', so the accusation joins the verb of saying, told as fact, not negated."""
    events = [e for e in kronika.analyze(text, published="2025-05-10").events
              if e.trigger == "accused"]
    assert events and all(e.factuality == "asserted" for e in events), events
