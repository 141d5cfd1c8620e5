"""Positions on the real model: one sentence per phenomenon, several conflicts."""

from __future__ import annotations

import pytest

import kronika

# (sentence, actor name, stance, issue, hedged); actor None: no position may be found.
ROWS = [
    # a drop of a demand takes the issue from the demand's complement, hedge kept
    ("Israel seemed to abandon its demand for control of the border corridor.",
     "Israel", "drops", "territory", True),
    ("Hamas gave up its demand for a full Israeli withdrawal.",
     "Hamas", "drops", "troop_withdrawal", False),
    # a ceasefire demanded as a precondition is the ceasefire issue
    ("Hamas dropped its demand for a permanent ceasefire as a condition for the hostage deal.",
     "Hamas", "drops", "ceasefire", False),
    ("Netanyahu rejected the proposal for a ceasefire in Gaza.",
     "Netanyahu", "rejects", "ceasefire", False),
    ("Qatar proposed a new round of talks between Israel and Hamas.",
     "Qatar", "offers", "negotiations", False),
    # multiword cues: verb + preposition, verb + particle
    ("Hamas called for the release of Palestinian prisoners.",
     "Hamas", "demands", "prisoner_exchange", False),
    ("The Sudanese army insisted on the withdrawal of the Rapid Support Forces from Khartoum.",
     "Sudan", "demands", "troop_withdrawal", False),
    ("Armenia turned down the offer of a peace treaty.",
     "Armenia", "rejects", "peace_agreement", False),
    # adjectives: the holder as subject, or in the to-phrase with the issue described
    ("The Rapid Support Forces are ready to accept a humanitarian truce.",
     "Rapid Support Forces", "accepts", "ceasefire", False),
    ("A ceasefire is unacceptable to the Sudanese army.",
     "Sudan", "rejects", "ceasefire", False),
    ("The second option acceptable to China is a new trade agreement.",
     "China", "accepts", "trade", False),
    # negation: 'no longer' drops, a negated drop keeps the demand, a negated stance inverts
    ("China no longer insists on tariffs on American soybeans.", "China", "drops", "tariffs",
     False),
    ("Washington did not drop its demand for tariffs on Chinese steel.",
     "Washington", "demands", "tariffs", False),
    ("Trump did not recognize Maduro as the legitimate president.",
     "Trump", "rejects", "leader_legitimacy", False),
    ("Ethiopia reportedly offered a ceasefire to the rebels.",
     "Ethiopia", "offers", "ceasefire", True),
    # a passive stance is held by its agent
    ("The proposal for a ceasefire was rejected by Hamas.", "Hamas", "rejects", "ceasefire", False),
    # a noun's holder after 'of', its issue in an infinitive the parser hung on the verb
    (("The European Union backed the proposals of French President Emmanuel Macron to send "
      "peacekeepers."), "European Union", "supports", "peacekeepers", False),
    (("It is based on the proposals of French President Emmanuel Macron to introduce a "
      "peacekeeping mission."), "Macron", "offers", "peacekeepers", False),
    ("Iran rejected any limits on uranium enrichment.", "Iran", "rejects", "nuclear", False),
    # the fallback issue: the head noun phrase, adjectives as written
    ("Kenya proposed a binding agreement on water sharing.",
     "Kenya", "offers", "other:agreement", False),
    # 'began to talk about' takes up an issue; plain 'talked about' does not
    ("After the strikes, Zelensky again began to talk about a ceasefire.",
     "Zelensky", "supports", "ceasefire", False),
    ("Putin talked about the sanctions with Trump.", None, None, None, None),
    # a drop verb without a demand or a lexicon issue is no position
    ("Russia dropped bombs on Kharkiv.", None, None, None, None),
    # a vague noun names no issue
    ("The European Union has begun to push a completely different option.",
     None, None, None, None),
]


@pytest.mark.parametrize(("text", "actor", "stance", "issue", "hedged"), ROWS)
def test_position(text, actor, stance, issue, hedged):
    analysis = kronika.analyze(text, published="2025-01-10")
    found = [(analysis.actor(p.actor).name, p.stance, p.issue, p.hedged)
             for p in analysis.positions]
    if actor is None:
        assert found == []
        return
    assert len(found) == 1, found
    name, *rest = found[0]
    assert actor in name
    assert rest == [stance, issue, hedged]


def test_history_orders_stances_of_one_actor_and_issue():
    text = ("Hamas demanded a permanent ceasefire. Later, Hamas dropped its demand for a "
            "permanent ceasefire. In May, Hamas again began to talk about a ceasefire.")
    positions = kronika.analyze(text, published="2025-05-20").positions
    assert [(p.stance, p.issue, p.order) for p in positions] == [
        ("demands", "ceasefire", 0), ("drops", "ceasefire", 1), ("supports", "ceasefire", 2)]
    assert len({p.actor for p in positions}) == 1
    # undated stances take the publication's day; 'in May' names only the month
    assert [p.date for p in positions] == ["2025-05-20", "2025-05-20", "2025-05"]
    assert [p.evidence.sentence for p in positions] == [0, 1, 2]


def test_evidence_is_the_stance_sentence():
    text = "Talks resumed in Doha. Qatar proposed a new round of talks."
    (position,) = kronika.analyze(text).positions
    assert text[position.evidence.start:position.evidence.end] == position.evidence.text
    assert position.evidence.text == "Qatar proposed a new round of talks."


# Round 2: stance dates, keys of verb phrases and event nouns, speakers speaking of themselves.
# (sentence, actor name, stance, issue, date) with the document published 2025-01-10.
ROUND2 = [
    # an explicit date of the stance's clause dates the position, resolved like event dates
    ("In 2022 Kyiv demanded the withdrawal of Russian troops.",
     "Kyiv", "demands", "troop_withdrawal", "2022"),
    ("Last week Hamas rejected the ceasefire proposal.",
     "Hamas", "rejects", "ceasefire", "2025-01-03"),
    ("On March 3, Serbia rejected the peace plan.",
     "Serbia", "rejects", "peace_agreement", "2024-03-03"),
    ("Turkey backed the Swedish bid for NATO membership in 2023.",
     "Turkey", "supports", "nato_membership", "2023"),
    ("Armenia turned down the offer of a peace treaty.",
     "Armenia", "rejects", "peace_agreement", "2025-01-10"),
    # stopping violence is the ceasefire issue, not the bare event noun
    ("India called on Pakistan to stop the shelling.", "India", "demands", "ceasefire",
     "2025-01-10"),
    ("Ethiopia urged Sudan to halt the attacks.", "Ethiopia", "demands", "ceasefire",
     "2025-01-10"),
    ("Azerbaijan demanded an end to the shelling of its border villages.",
     "Azerbaijan", "demands", "ceasefire", "2025-01-10"),
    # stopping a war, a campaign or military operations is the ceasefire issue too
    ("Mali demanded that the junta suspend military operations in the north.", "Mali",
     "demands", "ceasefire", "2025-01-10"),
    ("The opposition urged the government to end the war.", "Opposition", "demands", "ceasefire",
     "2025-01-10"),
    ("Chad urged Libya to halt its campaign in the desert.", "Chad", "demands", "ceasefire",
     "2025-01-10"),
    # stopping kidnappings is the hostage issue, not what the kidnappers want
    ("The rebels agreed to stop kidnapping for ransom.", "Rebels", "accepts", "hostages",
     "2025-01-10"),
    ("Boko Haram promised to end its abductions of schoolgirls.", "Boko Haram", "offers",
     "hostages", "2025-01-10"),
    # other verb phrases are keyed on the object; asking to lift a thing opposes it
    ("Brazil urged Argentina to lift the ban.", "Brazil", "opposes", "other:ban",
     "2025-01-10"),
    # membership of a named body
    ("Serbia opposes Kosovo's membership in the UN.", "Serbia", "opposes", "un_membership",
     "2025-01-10"),
    ("Cambodia supports Timor-Leste's membership in ASEAN.",
     "Cambodia", "supports", "other:membership in asean", "2025-01-10"),
    # a speaker's stance on itself, in indirect and direct speech
    ("Hamas said it would never accept a disarmament deal.",
     "Hamas", "rejects", "disarmament", "2025-01-10"),
    ('"We will never accept a disarmament deal," Hamas said.',
     "Hamas", "rejects", "disarmament", "2025-01-10"),
    ("Iran said it was ready to resume talks.", "Iran", "offers", "negotiations", "2025-01-10"),
    # an explicit other subject is not the speaker
    ("Hamas said Israel would never accept a ceasefire.",
     "Israel", "rejects", "ceasefire", "2025-01-10"),
]


@pytest.mark.parametrize(("text", "actor", "stance", "issue", "when"), ROUND2)
def test_position_round2(text, actor, stance, issue, when):
    analysis = kronika.analyze(text, published="2025-01-10")
    found = [(analysis.actor(p.actor).name, p.stance, p.issue, p.date)
             for p in analysis.positions]
    assert len(found) == 1, found
    name, *rest = found[0]
    assert actor in name
    assert rest == [stance, issue, when]


def test_date_phrase_is_not_the_issue():
    (position,) = kronika.analyze("On March 3, Serbia rejected the peace plan.").positions
    assert position.issue_text == "the peace plan"


# A modal of obligation says what someone wants of the subject, not where it stands.
@pytest.mark.parametrize(
    "text",
    [
        "Europe should be ready to resume talks with Iran.",
        "The minister said Iran should accept the ceasefire.",
        "Kenya should support the peace agreement and reject the sanctions.",
        "Britain must accept the election result, the Scottish leader said.",
    ],
)
def test_prescription_is_no_position(text):
    analysis = kronika.analyze(text, published="2025-01-10")
    subjects = {"Europe", "Iran", "Kenya", "United Kingdom"}
    assert not [p for p in analysis.positions if analysis.actor(p.actor).name in subjects]


def test_first_person_must_is_own_resolve():
    analysis = kronika.analyze('Hamas said: "We must reject the disarmament plan."',
                               published="2025-01-10")
    assert [(p.stance, p.issue) for p in analysis.positions] == [("rejects", "disarmament")]


@pytest.mark.parametrize(
    ("text", "stance", "issue", "condition"),
    [
        # the condition coordinated with the verb that reports the stance
        ("Iran said it was ready to resume talks, but only if the sanctions were lifted.",
         "offers", "negotiations", "only if the sanctions were lifted"),
        ("Serbia said it would accept the peace plan, but only if its troops could stay.",
         "accepts", "peace_agreement", "only if its troops could stay"),
    ],
)
def test_reported_condition(text, stance, issue, condition):
    (position,) = kronika.analyze(text, published="2025-01-10").positions
    assert (position.stance, position.issue, position.condition) == (stance, issue, condition)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # refusing to let something happen refuses the thing
        ("Israel will not allow Iran to obtain a nuclear weapon.", "nuclear"),
        ("Turkey would not permit Sweden to join NATO.", "nato_membership"),
        ("Greece will not let the refugees cross the border.", "refugees"),
    ],
)
def test_refused_permission(text, issue):
    analysis = kronika.analyze(text, published="2025-01-10")
    assert [(p.stance, p.issue) for p in analysis.positions] == [("rejects", issue)]


@pytest.mark.parametrize(
    "text",
    [
        "The White House rejected the condition within hours.",
        "Kyiv dismissed the offer within days.",
    ],
)
def test_stretch_of_time_is_no_issue(text):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert not [p for p in positions if p.issue in ("other:hour", "other:day")]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Serbia and Hungary said they would reject the sanctions.", "sanctions"),
        ("Kenya and Uganda said they would reject the ceasefire.", "ceasefire"),
        ("Chile and Peru have said they will oppose the peace plan.", "peace_agreement"),
    ],
)
def test_conjoined_speakers_both_hold_what_they_say_of_themselves(text, issue):
    """'X and Y said they would reject Z': 'they' is both speakers, so both hold the stance."""
    analysis = kronika.analyze(text, published="2025-01-10")
    holders = {analysis.actor(p.actor).name for p in analysis.positions if p.issue == issue}
    assert len(holders) == 2, holders


@pytest.mark.parametrize(
    "text",
    [
        "Police said officers fought the gunmen for hours.",
        "The army repelled the rebels near the border.",
        "Villagers fought the militants with machetes.",
    ],
)
def test_fighting_a_party_is_no_stance(text):
    assert kronika.analyze(text, published="2025-01-10").positions == ()


def test_fighting_an_issue_is_a_stance():
    (position,) = kronika.analyze("The new mayor vowed to fight corruption.",
                                  published="2025-01-10").positions
    assert (position.stance, position.issue) == ("opposes", "corruption")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # wanting one's own act supports it; wanting someone else's act demands it
        ("The government wanted to resolve the dispute through dialogue.", "supports"),
        ("Kenya wants to buy more gas from Qatar.", "supports"),
        ("The rebels want the army to withdraw from the valley.", "demands"),
        ("The unions want a ceasefire.", "demands"),
    ],
)
def test_own_wish_supports_and_wish_of_others_demands(text, stance):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [p.stance for p in positions] == [stance]


@pytest.mark.parametrize(
    ("text", "stance", "issue"),
    [
        # a verb that is the issue's act, with no object or only the place left
        ("The militia will not disarm.", "rejects", "disarmament"),
        ("The Lebanese premier urged Israel to withdraw.", "demands", "troop_withdrawal"),
        ("Moscow said it would not withdraw from Kherson.", "rejects", "troop_withdrawal"),
        # with its object it is the act too, and what governs it takes the stance
        ("The EU urged Serbia to withdraw its troops.", "demands", "troop_withdrawal"),
        ("Kenya urged the rebels to disarm.", "demands", "disarmament"),
        # refusing to leave or give up a thing holds on to it
        ("Iran said it would not withdraw from the talks.", "supports", "negotiations"),
        ("Turkey will not abandon the peace process.", "supports", "negotiations"),
    ],
)
def test_act_verbs_and_refused_leaving(text, stance, issue):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [(p.stance, p.issue) for p in positions] == [(stance, issue)]


@pytest.mark.parametrize(
    "text",
    [
        "She said she would not withdraw from the race.",
        "The minister said he wanted to withdraw.",
    ],
)
def test_a_persons_own_exit_is_no_withdrawal_of_troops(text):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert "troop_withdrawal" not in [p.issue for p in positions]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition rejected the swearing-in of the president as illegitimate.",
        "Washington did not recognise the general's inauguration.",
        "The bishops opposed the president's bid for a third term.",
    ],
)
def test_taking_office_is_about_a_leaders_legitimacy(text):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [p.issue for p in positions] == ["leader_legitimacy"]


@pytest.mark.parametrize(
    ("text", "actor", "stance", "issue"),
    [
        # asking someone to take a stance is the asker's demand, not the one asked's stance
        ("China pressed the rebels to agree to a ceasefire.", "China", "demands", "ceasefire"),
        ("Washington asked Kyiv to accept the peace plan.",
         "Washington", "demands", "peace_agreement"),
        ("The European Union called on Serbia to support the dialogue with Kosovo.",
         "European Union", "demands", "negotiations"),
        ("The opposition urged the ASEAN members not to recognize the election.",
         "Opposition", "opposes", "elections"),
        ("Hamas urged the mediators to press Israel to accept the truce.",
         "Hamas", "demands", "ceasefire"),
        # refusing a stance is its opposite; refusing to drop a demand keeps it
        ("The rebels refused to accept the ceasefire.", "Rebels", "rejects", "ceasefire"),
        ("The government declined to support the peace plan.",
         "Government", "opposes", "peace_agreement"),
        ("The rebels refused to abandon their demand for autonomy.",
         "Rebels", "demands", "autonomy"),
    ],
)
def test_stances_asked_of_others_or_refused(text, actor, stance, issue):
    analysis = kronika.analyze(text, published="2025-01-10")
    found = [(analysis.actor(p.actor).name, p.stance, p.issue) for p in analysis.positions]
    assert len(found) == 1, found
    assert actor in found[0][0]
    assert found[0][1:] == (stance, issue)


@pytest.mark.parametrize(
    ("text", "stance", "issue"),
    [
        # a relative clause's stance is about the noun it modifies, not its 'as' phrase
        ("The junta staged a vote that the opposition dismissed as a sham.",
         "rejects", "elections"),
        ("Rebels signed a truce which the army rejected as a trick.", "rejects", "ceasefire"),
        # a boycott opposes what is boycotted; the polls are the election
        ("The main opposition party will boycott the presidential election.",
         "opposes", "elections"),
        ("Beijing has backed the polls.", "supports", "elections"),
    ],
)
def test_relative_objects_boycotts_and_polls(text, stance, issue):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert (positions[-1].stance, positions[-1].issue) == (stance, issue)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (("The government would not return to the negotiating table until the rebels freed "
         "all hostages."), "until the rebels freed all hostages"),
        ("Hamas said it will not accept a truce until Israel withdraws its troops.",
         "until Israel withdraws its troops"),
        ("Kyiv will not negotiate with Moscow until the occupation ends.",
         "until the occupation ends"),
    ],
)
def test_until_after_a_refusal_is_its_condition(text, condition):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [p.condition for p in positions][:1] == [condition]


@pytest.mark.parametrize(
    "text",
    [
        "Orban urged Brussels not to escalate the dispute.",
        "The bishops urged both camps not to inflame the situation.",
        "Washington pressed Delhi not to worsen the standoff.",
    ],
)
def test_asking_that_an_act_not_be_done_names_no_loose_issue(text):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert positions == ()


@pytest.mark.parametrize(
    "text",
    [
        "The militia has blocked convoys carrying food since May.",
        "Two coast guard ships blocked the fishing boat near the reef.",
        "Protesters blocked the embassy for three days.",
    ],
)
def test_blocking_a_thing_bodily_is_no_stance(text):
    assert kronika.analyze(text, published="2025-01-10").positions == ()


def test_blocking_a_measure_is_a_stance():
    (position,) = kronika.analyze("Russia blocked the resolution on sanctions.",
                                  published="2025-01-10").positions
    assert (position.stance, position.issue) == ("opposes", "sanctions")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # meeting or talking with a party is a stance on talks, whatever the party is called
        ("Kagame said he was ready to meet his Congolese counterpart.", "offers"),
        ("The opposition leader Ana Ruiz refused to meet the envoy.", "rejects"),
        ("Kyiv is ready to talk to Moscow.", "offers"),
        ("The rebels agreed to meet government negotiators in Doha.", "accepts"),
        # the table is the talks however the parser tags 'negotiating'
        ("Qatar urged both sides to return to the negotiating table.", "demands"),
        ("Russia and China called for a negotiated solution.", "demands"),
    ],
)
def test_meeting_a_party_is_about_talks(text, stance):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert {(p.stance, p.issue) for p in positions} == {(stance, "negotiations")}


@pytest.mark.parametrize(
    "text",
    [
        # meeting a demand or a deadline is satisfying it, not talks
        "Qatar said Israel was ready to meet the demands of the mediators.",
        "Serbia refused to meet the deadline set by Brussels.",
        # where a stance is acted on is no issue
        "Belgrade would ask the peacekeepers to protect Serbs in the north.",
    ],
)
def test_meeting_a_demand_and_places_are_no_issue(text):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert all(p.issue != "negotiations" and not p.issue.startswith("other:north")
               for p in positions), positions


def test_snapback_restores_sanctions():
    positions = kronika.analyze(
        "France said it was prepared to trigger the snapback mechanism unless Tehran "
        "allowed inspections to resume.", published="2025-01-10").positions
    assert [(p.issue, p.condition) for p in positions] == [
        ("sanctions", "unless Tehran allowed inspections to resume")]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # conjoined speakers of a readiness all hold it, an apposition between them or not
        (("Britain, France and Germany, the three parties to the deal, said they were ready "
          "to restore sanctions."), {"United Kingdom", "France", "Germany"}),
        ("Kenya and Uganda are ready to send peacekeepers.", {"Kenya", "Uganda"}),
        ("Egypt and Qatar said they were willing to host new talks.", {"Egypt", "Qatar"}),
    ],
)
def test_conjoined_holders_of_a_readiness(text, holders):
    analysis = kronika.analyze(text, published="2025-01-10")
    assert {analysis.actor(p.actor).name for p in analysis.positions} == holders


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Serbia said it remained committed to the ceasefire.", "ceasefire"),
        ("Armenia is firmly committed to the peace treaty.", "peace_agreement"),
        ("Mali's junta said it remained committed to free elections.", "elections"),
    ],
)
def test_being_committed_supports(text, issue):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [(p.stance, p.issue) for p in positions] == [("supports", issue)]


@pytest.mark.parametrize(
    ("text", "holder", "stance", "issue"),
    [
        # the object of a cue's own preposition is the issue, never the holder, whatever
        # demonym it carries
        ("The Armenian government remained committed to European integration.",
         "Armenia government", "supports", "eu_membership"),
        ("The Kenyan president remained committed to Somali elections.", "William Ruto",
         "supports", "elections"),
        # the one a thing is acceptable to holds the stance, a capital included
        ("The ceasefire plan is acceptable to Moscow.", "Moscow", "accepts", "ceasefire"),
        ("The truce proposal is unacceptable for Kyiv.", "Kyiv", "rejects", "ceasefire"),
        # suspending a thing is no longer pursuing it
        ("Tbilisi said it would suspend negotiations on joining the bloc.", "Tbilisi", "drops",
         "negotiations"),
        ("Washington suspended military aid to the army in March.", "Washington", "drops",
         "military_aid"),
        ("The rebels suspended their participation in the peace talks.", "Rebels", "drops",
         "negotiations"),
    ],
)
def test_cue_preposition_holder_and_suspension(text, holder, stance, issue):
    analysis = kronika.analyze(text, published="2025-01-10")
    assert [(analysis.actor(p.actor).name, p.stance, p.issue)
            for p in analysis.positions] == [(holder, stance, issue)]


@pytest.mark.parametrize(
    ("text", "holder", "stance", "issue"),
    [
        # an obligation a speaker puts on someone else is the speaker's demand
        ("Foreign Minister Ana Lopes said Rwanda must withdraw its troops.", "Ana Lopes",
         "demands", "troop_withdrawal"),
        ('"Russia must withdraw its troops," Zelensky said.', "Zelensky", "demands",
         "troop_withdrawal"),
        ("Hamas said Israel should accept the truce.", "Hamas", "demands", "ceasefire"),
        ("The UN said both sides must release all prisoners.", "United Nations", "demands",
         "prisoner_exchange"),
        ("Kyiv said Moscow must stop the shelling of Kharkiv.", "Kyiv", "demands", "ceasefire"),
        ("Hamas said Israel should not reject the truce.", "Hamas", "demands", "ceasefire"),
    ],
)
def test_an_obligation_put_on_others_is_a_demand(text, holder, stance, issue):
    analysis = kronika.analyze(text, published="2025-01-10")
    found = [(analysis.actor(p.actor).name, p.stance, p.issue) for p in analysis.positions]
    assert len(found) == 1 and holder in found[0][0] and found[0][1:] == (stance, issue), found


@pytest.mark.parametrize(
    "text",
    [
        '"We must defend our land," the general said.',  # the speaker's own resolve
        "Europe should support the deal.",  # the writer's prescription, no one's position
    ],
)
def test_own_resolve_and_prescription_are_no_demand(text):
    assert all(p.stance != "demands"
               for p in kronika.analyze(text, published="2025-01-10").positions)


@pytest.mark.parametrize(
    ("text", "stance", "issue"),
    [
        # asking that a thing not be done opposes it
        ("The UN urged both sides to avoid escalation.", "opposes", "war"),
        ("Egypt called on Israel to refrain from a ground offensive in Rafah.", "opposes", "war"),
        ("China urged Washington to stop arms sales to Taiwan.", "opposes", "military_aid"),
        ("The EU urged Israel to end the blockade of Gaza.", "opposes", "blockade"),
        # ... while asking that violence stop demands the ceasefire
        ("Kyiv urged Moscow to stop the shelling of Kharkiv.", "demands", "ceasefire"),
        ("Qatar urged the two sides to end the war.", "demands", "ceasefire"),
    ],
)
def test_asking_to_avoid_a_thing_opposes_it(text, stance, issue):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [(p.stance, p.issue) for p in positions] == [(stance, issue)]


def test_unspecified_actions_are_no_issue():
    text = "The envoy Hans Berg urged all parties to avoid actions that could harm the talks."
    assert all(not p.issue.startswith("other:action")
               for p in kronika.analyze(text, published="2025-01-10").positions)


@pytest.mark.parametrize(
    ("text", "stance", "issue"),
    [
        # 'called Y a mistake' evaluates Y like 'views Y as a mistake'
        ("Opposition leader Ana Ruiz called the sanctions a mistake.", "opposes", "sanctions"),
        ("Macron called the ceasefire essential.", "supports", "ceasefire"),
        ("The hardline cleric Ali Navid called the nuclear deal a capitulation.", "opposes",
         "nuclear"),
        # 'X is against Y', with the preposition on the copula
        ("Germany is against the deployment of peacekeepers.", "opposes", "peacekeepers"),
        ("Hungary is against sending weapons to Ukraine.", "opposes", "military_aid"),
        # sending arms is military aid, a hyphenated phrase of the lexicon matches as written
        ("Chancellor Scholz is opposed to sending Taurus missiles.", "opposes", "military_aid"),
        ("Turkey refused to sell drones to Armenia.", "rejects", "military_aid"),
        ("Kyiv asked for long-range weapons.", "demands", "military_aid"),
    ],
)
def test_evaluations_copular_against_and_arms(text, stance, issue):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [(p.stance, p.issue) for p in positions] == [(stance, issue)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # an armed party asked to leave a place named by a common noun: troop withdrawal
        ("The general insisted that the militia must first withdraw from civilian areas.",
         "General"),
        ("Ankara demanded that the rebels withdraw from the eastern provinces.", "Ankara"),
        ("The United Nations urged the army to withdraw from the capital.", "United Nations"),
    ],
)
def test_leaving_a_common_place_is_troop_withdrawal(text, holder):
    analysis = kronika.analyze(text, published="2025-01-10")
    assert [(analysis.actor(p.actor).name, p.stance, p.issue) for p in analysis.positions] == [
        (holder, "demands", "troop_withdrawal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blocking a way or a building is a tactic, not a stance on it
        ("Supporters of the ousted mayor blocked roads across the province.", []),
        ("Students blocked the entrance of the ministry for a week.", []),
        ("Farmers blocked highways to protest the trade deal.",
         [("Agriculture", "opposes", "trade")]),
        # rejecting a reasoning disputes an argument, it names no issue
        ("Beijing rejected that reasoning on Tuesday.", []),
        ("Minsk dismissed the justification offered by the bloc.", []),
    ],
)
def test_a_blocked_road_is_no_issue(text, expected):
    analysis = kronika.analyze(text, published="2025-01-10")
    assert [(analysis.actor(p.actor).name, p.stance, p.issue)
            for p in analysis.positions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an end to violence named through the cue's preposition is the ceasefire
        ("The bloc's ministers called for an immediate end to the violence.",
         [("demands", "ceasefire")]),
        ("The African Union pressed for an end to the shelling of the port.",
         [("demands", "ceasefire")]),
        # what a party must do before a threatened or refused act ends is supposed, not taken
        ("Ankara said it would halt all flights until Baku accepted the new proposal.", []),
        ("The rebels will not return to the talks until the army accepts a truce.",
         [("rejects", "negotiations")]),
        # a past 'until' clause tells a time that came: its stance is taken
        ("The talks went on until Lima rejected the peace plan.",
         [("rejects", "peace_agreement")]),
    ],
)
def test_ends_of_violence_and_until_clauses(text, expected):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [(p.stance, p.issue) for p in positions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague noun referring back takes the issue of the earlier mention
        (("Cairo put forward a proposal to free the remaining hostages. Hamas said it had "
         "accepted the proposal."), ("Hamas", "accepts", "hostages")),
        (("The mediators drafted a plan for a truce in the north. The rebels rejected the plan "
         "on Monday."), ("Rebels", "rejects", "ceasefire")),
    ],
)
def test_a_vague_noun_takes_its_antecedents_issue(text, expected):
    analysis = kronika.analyze(text, published="2025-01-10")
    found = [(analysis.actor(p.actor).name, p.stance, p.issue) for p in analysis.positions]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how the holder is treated is no issue of its own ...
        ("Kigali said it would not accept being blamed for the failures of others.", []),
        ("The union rejected being held responsible for the strike.", []),
        ("Tehran will not accept being treated as a criminal state.", []),
        # ... but a treatment the lexicon names still is one
        ("Hamas rejected being disarmed.", [("rejects", "disarmament")]),
        # a participle right after the object describes the object: the blocker opposes what
        # the blocked text asks for and asks for nothing itself
        ("Riyadh blocked language calling for an end to fossil fuels.",
         [("opposes", "climate")]),
        ("Moscow vetoed a text demanding a ceasefire in the enclave.",
         [("rejects", "ceasefire")]),
        # a participle set off by a comma is the subject's own further act
        ("Warsaw opposed the plan, demanding new elections.", [("demands", "elections")]),
        ("The rebels rejected the proposal, calling for a full withdrawal of troops.",
         [("demands", "troop_withdrawal")]),
        # a stance on foreign forces is one on their presence, the reverse of one on their
        # withdrawal
        ("Yerevan said it would never accept foreign troops on its soil.",
         [("rejects", "foreign_forces")]),
        ("Moscow opposes the American military presence in the region.",
         [("opposes", "foreign_forces")]),
        ("Sudan's premier demanded the withdrawal of foreign troops.",
         [("demands", "troop_withdrawal")]),
        # agreeing, promising or urging not to do a thing is a stance against the thing
        ("The two presidents agreed not to use force.", [("rejects", "war")]),
        ("The EU urged Israel not to launch an offensive in Rafah.", [("opposes", "war")]),
        ("The rebels agreed to a ceasefire.", [("accepts", "ceasefire")]),
        # ending a conflict is the ceasefire
        ("Armenia pledged to end the conflict.", [("offers", "ceasefire")]),
        # beside an avoided act, a second act asked for is demanded when the avoided one
        # names no issue; stopping violence demands the ceasefire
        ("Beijing urged Manila to stop provoking and to respect China's sovereignty.",
         [("demands", "territory")]),
        ("Kenya urged the rebels to stop attacking civilians and to return to talks.",
         [("demands", "negotiations")]),
        ("The UN urged the army to stop the shelling and to allow aid into the city.",
         [("demands", "ceasefire")]),
        ("The European Union urged both sides to refrain from violence and to respect the ruling.",
         [("opposes", "other:violence")]),
    ],
)
def test_treatments_participles_and_presence(text, expected):
    positions = kronika.analyze(text, published="2025-01-10").positions
    assert [(p.stance, p.issue) for p in positions] == expected


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # a promise of what someone else will do is a forecast, not an offer
        ("Each time, officials promise that the regime will buckle under the sanctions.", None),
        ("The minister promised that the rebels would lay down their arms.", None),
        # a promise of one's own act is an offer
        ("Hamas pledged that it would free the hostages.", "hostages"),
    ],
)
def test_promise_of_anothers_act_is_no_offer(text: str, issue: str | None) -> None:
    offers = [p for p in kronika.analyze(text, published="2024-03-01").positions
              if p.stance == "offers"]
    assert (offers[0].issue if offers else None) == issue


@pytest.mark.parametrize(
    ("text", "stance", "issue"),
    [
        # a stance on undoing a thing is the reverse stance on the thing
        ("Iran demanded that Washington lift sanctions.", "opposes", "sanctions"),
        ("The opposition called for an end to the curfew.", "opposes", "other:curfew"),
        ("The EU agreed to lift sanctions on Syria.", "drops", "sanctions"),
        ("Moscow demanded the lifting of sanctions on its banks.", "opposes", "sanctions"),
        # ending violence is the ceasefire, demanded, not undone
        ("Hamas called for an end to the fighting.", "demands", "ceasefire"),
    ],
)
def test_undoing_a_thing_reverses_the_stance(text: str, stance: str, issue: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert [(p.stance, p.issue) for p in positions][:1] == [(stance, issue)]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # the issue of the phrase's head beats a longer one in its modifiers
        ("Zelensky said he would accept a ceasefire along the current front line.",
         "ceasefire"),
        ("Moscow rejected a ceasefire along the line of contact.", "ceasefire"),
        # with no issue on the head, the modifier's issue stands
        ("Moscow demanded control of the region.", "territory"),
    ],
)
def test_the_head_names_the_issue(text: str, issue: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert positions and positions[0].issue == issue


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # freeing people held for their public life is the civil-liberties issue
        (("Amnesty International urged the authorities to release activists detained without "
         "charge."), "demands"),
        ("The UN called for the release of journalists held in Asmara.", "demands"),
        ("President William Ruto offered to free the protesters.", "offers"),
    ],
)
def test_release_of_activists_is_human_rights(text: str, stance: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert [(p.stance, p.issue) for p in positions][:1] == [(stance, "human_rights")]


@pytest.mark.parametrize(
    ("text", "actor", "stance", "issue"),
    [
        # a definite agreement with no issue of its own is the agreement named before it
        (("The government and the rebels agreed on a truce that would take effect on Sunday. "
          "Colombia's finance minister said he opposed the deal."), "finance minister",
         "opposes", "ceasefire"),
        (("Serbia and Kosovo agreed on the text of a peace treaty. The European Union welcomed "
          "the agreement."), "European Union", "supports", "peace_agreement"),
        # a compound names the issue a generic head does not
        ("Taiwan's president pledged to raise defence spending.", "Taiwan", "offers",
         "defence_spending"),
        ("The opposition has blocked the defense budget for months.", "opposition", "opposes",
         "defence_spending"),
        # putting a measure on hold drops it
        ("Washington agreed to pause tariffs on Canadian goods.", "Washington", "drops",
         "tariffs"),
        # keeping forces somewhere is their presence
        ("Ankara dropped its demand to keep troops in the north.", "Ankara", "drops",
         "foreign_forces"),
        # the right to assemble is a civil liberty; a federal intervention is no war
        ("The EU urged the authorities to respect the right to peaceful assembly.", "EU",
         "demands", "human_rights"),
    ],
)
def test_agreements_compounds_pauses_and_presence(text: str, actor: str, stance: str,
                                                  issue: str) -> None:
    analysis = kronika.analyze(text, published="2024-03-01")
    names = {a.id: a for a in analysis.actors}
    found = [(p.stance, p.issue) for p in analysis.positions
             if actor in " ".join(m.text for m in names[p.actor].mentions)]
    assert (stance, issue) in found, [(names[p.actor].name, p.stance, p.issue)
                                       for p in analysis.positions]


@pytest.mark.parametrize(
    "text",
    [
        # wanting others to believe a thing is persuasion, no demand
        "Beijing wants the world to believe that arms sales to Taiwan threaten peace.",
        "The junta wants people to think that the rebels are losing the war.",
        # what one is ordered to be ready for is the order's, not the ordered party's offer
        "The president ordered the army to be ready to retake the border town.",
    ],
)
def test_persuasion_and_orders_are_no_stance_of_the_addressee(text: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert [p for p in positions if p.stance in ("demands", "offers")] == []


def test_business_leaders_calling_for_intervention_demand_no_war() -> None:
    positions = kronika.analyze("Business leaders called for federal intervention.",
                                published="2024-03-01").positions
    assert [p.issue for p in positions] != ["war"]


@pytest.mark.parametrize(
    ("text", "stance", "issue"),
    [
        # what a call on someone asks is the issue, not the ones called on
        ("Egypt called on both sides to protect civilians.", "demands",
         "civilian_protection"),
        (("The African Union called on the warring parties to spare civilians and protect "
          "the civilian population."), "demands", "civilian_protection"),
        ("Qatar called on the rebels to release the hostages.", "demands", "hostages"),
    ],
)
def test_the_act_asked_of_someone_names_the_issue(text: str, stance: str, issue: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert [(p.stance, p.issue) for p in positions][:1] == [(stance, issue)]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        # backing a state or an armed force takes a side in a war: an event, no issue
        ("Egypt and Saudi Arabia, which back the army, urged restraint.", "army"),
        ("Iran supports the Houthis in Yemen.", "Houthis"),
        ("The Gulf states oppose the militias.", "militia"),
    ],
)
def test_backing_a_force_is_no_issue(text: str, force: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert [p.issue for p in positions if force.lower() in p.issue_text.lower()] == []


@pytest.mark.parametrize(
    "text",
    [
        # a vote on a measure is no election
        "The speaker refused to bring the farm bill to a vote.",
        "Opposition senators demanded a vote on the pension bill.",
        "The chairman would not put the budget to a vote before March.",
    ],
)
def test_a_vote_on_a_measure_is_no_election(text: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert "elections" not in [p.issue for p in positions]


def test_allowing_a_vote_is_no_election() -> None:
    positions = kronika.analyze("Senator Ana Ruiz urged Speaker Tom Hale to allow a vote, "
                                "saying the money would run out.",
                                published="2024-03-01").positions
    assert "elections" not in [p.issue for p in positions]


@pytest.mark.parametrize(
    ("text", "actor", "issue"),
    [
        # the ones asked need not be actors: the asker demands what is asked
        ("The EU urged both sides to accept the peace plan.", "EU", "peace_agreement"),
        ("Qatar urged both sides to sign the ceasefire agreement.", "Qatar", "ceasefire"),
        ("Kenya called on both camps to accept the peace deal.", "Kenya", "peace_agreement"),
    ],
)
def test_asking_unnamed_parties_is_the_askers_demand(text: str, actor: str, issue: str) -> None:
    analysis = kronika.analyze(text, published="2024-03-01")
    names = {a.id: " ".join(m.text for m in a.mentions) for a in analysis.actors}
    assert [(p.stance, p.issue) for p in analysis.positions if actor in names[p.actor]] == [
        ("demands", issue)]


@pytest.mark.parametrize(
    ("text", "stance", "issue"),
    [
        # letting aid in is humanitarian access, whatever place it goes to
        ("The UN urged the junta to allow aid into the province.", "demands",
         "humanitarian_access"),
        ("Jordan called on Israel to let aid into the north of the strip.", "demands",
         "humanitarian_access"),
        # uranium and centrifuges are the nuclear issue
        ("Tehran agreed to cap its stockpile of uranium.", "accepts", "nuclear"),
        ("Pyongyang refused to dismantle its centrifuges.", "rejects", "nuclear"),
        ("Tehran rejected any limit on its uranium stockpile.", "rejects", "nuclear"),
        # the tallies of a vote are the election's
        ("Brazil called on the electoral council to publish the voting tallies.", "demands",
         "elections"),
    ],
)
def test_aid_let_in_and_uranium_name_their_issues(text: str, stance: str, issue: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert (stance, issue) in [(p.stance, p.issue) for p in positions]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # a body asked to act is not what the demand is about
        ("Parents demanded that the authorities bring their children home.", "other:child"),
        ("Kenya demanded that the army leave the town.", "other:town"),
        ("The families demanded that the government return the bodies.", "other:body"),
    ],
)
def test_the_body_asked_to_act_is_no_issue(text: str, issue: str) -> None:
    positions = kronika.analyze(text, published="2024-03-01").positions
    assert [p.issue for p in positions] == [issue]
