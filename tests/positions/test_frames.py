"""Positions from frames beyond a plain stance word: evaluations ('X views Y as empty'),
demands made by pressing someone, and issues keyed through paraphrase or an earlier mention.
One annotated sentence per row: (text, [(actor name part, stance, issue)])."""

from __future__ import annotations

import pytest

import kronika

ROWS = [
    # a verb of regarding with a negative evaluation opposes what it evaluates
    ("Moscow views the security guarantees as empty pieces of paper.",
     [("Moscow", "opposes", "security_guarantees")]),
    ("Hungary considers the sanctions illegitimate.", [("Hungary", "opposes", "sanctions")]),
    ("Poland regards the referendum as a sham.", [("Poland", "opposes", "referendum")]),
    ("Iran sees the talks as a waste of time.", [("Iran", "opposes", "negotiations")]),
    # a positive evaluation supports; a stance adjective keeps its own stance
    ("Germany sees the sanctions as essential.", [("Germany", "supports", "sanctions")]),
    ("Russia regards the peace plan as unacceptable.",
     [("Russia", "rejects", "peace_agreement")]),
    # a negated evaluation is the opposite stance
    ("Germany does not see the sanctions as legitimate.", [("Germany", "opposes", "sanctions")]),
    # seeing without an evaluation is no position
    ("Hungary saw the sanctions on Friday.", []),
    # pressing someone to do Y demands Y; pressing ahead with Y keeps at it
    ("Qatar pressed Israel to extend the truce.", [("Qatar", "demands", "ceasefire")]),
    ("Israel pressed ahead with the offensive.", [("Israel", "supports", "war")]),
    # a dateline before the subject is not the holder
    ("Headline\n\nABU DHABI — The foreign ministers of Armenia signed a peace agreement.",
     [("ministers of Armenia", "accepts", "peace_agreement")]),
    # expecting one's demand to be met is demanding what it asks
    ("Hamas expects its demand for a ceasefire to be met.", [("Hamas", "demands", "ceasefire")]),
    ("Putin expects his ultimatum to be met.", [("Putin", "demands", "other:ultimatum")]),
    ("Israel expects the talks to resume.", []),
    # asking someone to do Y demands Y; asking about Y does not
    ("Kiev asked the US to close the skies over Ukraine.", [("Kyiv", "demands", "no_fly_zone")]),
    ("Trump asked about the sanctions.", []),
    # an 'as' clause whose action is elided is about the clause it modifies
    ("The US could close the skies over Ukraine, as Kiev had asked them to do.",
     [("Kyiv", "demands", "no_fly_zone")]),
    ("Hamas released the hostages, as Qatar had asked it to do.",
     [("Qatar", "demands", "hostages")]),
    ("Israel extended the truce, as Egypt demanded talks.",
     [("Egypt", "demands", "negotiations")]),
    # the one asked is not the issue: the infinitive says what is asked for
    ("The United Nations urged both sides to stop the accusations.", []),
    ("The United Nations urged the two sides to return to talks.",
     [("United Nations", "demands", "negotiations")]),
    # a negated future of an action that names an issue refuses it
    ("The government would not negotiate with the protesters.",
     [("Government", "rejects", "negotiations")]),
    ("Israel will not withdraw its troops from Gaza.", [("Israel", "rejects", "troop_withdrawal")]),
    ("Hamas will not hand over its weapons.", [("Hamas", "rejects", "disarmament")]),
    ("Russia would not stop the attacks if Ukraine joined NATO.",
     [("Russia", "rejects", "ceasefire")]),
    # a past negation reports what did not happen; it refuses nothing
    ("Israel did not withdraw its troops.", []),
    # acting against militant groups is the terrorism issue, not the territory they operate from
    ("India demanded that Pakistan act against militant groups operating from its territory.",
     [("India", "demands", "terrorism")]),
    # rejecting a report disputes a fact; it takes no position on an issue
    ("The defence ministry rejected that account.", []),
    ("India rejected the claim that it had attacked the village.", []),
    ("Armenia rejected the territorial claim.", [("Armenia", "rejects", "territory")]),
    # 'N for/of M' names the issue of the compound 'M N'
    ("Kyiv demanded guarantees for its security.", [("Kyiv", "demands", "security_guarantees")]),
    # a definite phrase refers back to an earlier mention that names the issue
    ("Armenia signed a peace agreement. The European Union welcomed the agreement.",
     [("Armenia", "accepts", "peace_agreement"),
      ("European Union", "supports", "peace_agreement")]),
    ("Kyiv asked about guarantees for its security. Moscow views these guarantees as empty.",
     [("Moscow", "opposes", "security_guarantees")]),
    # with no earlier mention the head noun keys the issue
    ("The European Union welcomed the agreement.",
     [("European Union", "supports", "other:agreement")]),
]


def test_refusal_keeps_its_condition():
    text = "Russia would not stop the attacks if Ukraine joined NATO."
    (position,) = kronika.analyze(text, published="2025-01-10").positions
    assert position.condition == "if Ukraine joined NATO"


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_frame(text, expected):
    analysis = kronika.analyze(text, published="2025-01-10")
    found = [(analysis.actor(p.actor).name, p.stance, p.issue) for p in analysis.positions]
    assert len(found) == len(expected), found
    for (name, stance, issue), (want, want_stance, want_issue) in zip(found, expected,
                                                                     strict=True):
        assert want in name and (stance, issue) == (want_stance, want_issue)


def test_issue_text_has_no_stray_quotation_mark():
    text = 'The government would not negotiate "with those who attack the police".'
    (position,) = kronika.analyze(text, published="2025-01-10").positions
    assert position.issue_text.count('"') % 2 == 0
