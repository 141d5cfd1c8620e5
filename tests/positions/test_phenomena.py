"""The phenomenon table: every stance, plain, hedged, negated and conditional.

One row per (stance, phenomenon): the sentence, the stance found (None: no position), whether
it is hedged, and the condition recorded. A negated stance turns into its opposite where one
exists ("does not support" opposes, "did not drop its demand" still demands); a negated demand
states no position at all; a condition keeps the stance and is recorded as written.
"""

from __future__ import annotations

import pytest

import kronika

# (sentence, stance, issue, hedged, condition)
TABLE = [
    # supports
    ("Germany supports sanctions on Iran.", "supports", "sanctions", False, None),
    ("Germany hinted at new sanctions on Iran.", "supports", "sanctions", True, None),
    ("Germany reportedly supports sanctions on Iran.", "supports", "sanctions", True, None),
    ("Germany does not support sanctions on Iran.", "opposes", "sanctions", False, None),
    ("Germany would support sanctions on Iran if the talks fail.",
     "supports", "sanctions", False, "if the talks fail"),
    # opposes
    ("Hungary opposes new sanctions on Russia.", "opposes", "sanctions", False, None),
    ("Hungary apparently opposes new sanctions on Russia.", "opposes", "sanctions", True, None),
    ("Hungary does not oppose new sanctions on Russia.", "supports", "sanctions", False, None),
    ("Hungary would oppose new sanctions as long as the gas exemption stays.",
     "opposes", "sanctions", False, "as long as the gas exemption stays"),
    # demands
    ("Hamas demands a permanent ceasefire.", "demands", "ceasefire", False, None),
    ("Hamas reportedly demands a permanent ceasefire.", "demands", "ceasefire", True, None),
    ("Hamas does not demand a permanent ceasefire.", None, None, None, None),
    ("Hamas demands a ceasefire if the talks resume.",
     "demands", "ceasefire", False, "if the talks resume"),
    # offers
    ("Qatar offered new talks between the two sides.", "offers", "negotiations", False, None),
    ("Qatar reportedly offered new talks between the two sides.",
     "offers", "negotiations", True, None),
    ("Qatar did not offer new talks between the two sides.",
     "rejects", "negotiations", False, None),
    ("Qatar offered new talks unless the fighting resumes.",
     "offers", "negotiations", False, "unless the fighting resumes"),
    # accepts
    ("Ukraine accepts the peace plan.", "accepts", "peace_agreement", False, None),
    ("Ukraine seems to accept the peace plan.", "accepts", "peace_agreement", True, None),
    ("Ukraine does not accept the peace plan.", "rejects", "peace_agreement", False, None),
    ("Ukraine would accept the peace plan only if Russia withdraws its troops.",
     "accepts", "peace_agreement", False, "only if Russia withdraws its troops"),
    # rejects
    ("Russia rejects the peace plan.", "rejects", "peace_agreement", False, None),
    ("Russia reportedly rejects the peace plan.", "rejects", "peace_agreement", True, None),
    ("Russia does not reject the peace plan.", "accepts", "peace_agreement", False, None),
    ("Russia would reject the peace plan unless the sanctions are lifted.",
     "rejects", "peace_agreement", False, "unless the sanctions are lifted"),
    # drops
    ("Israel dropped its demand for a ceasefire.", "drops", "ceasefire", False, None),
    ("Israel seemed to abandon its demand for a ceasefire.", "drops", "ceasefire", True, None),
    ("Israel did not drop its demand for a ceasefire.", "demands", "ceasefire", False, None),
    ("Israel would drop its demand for a ceasefire if the hostages are freed.",
     "drops", "ceasefire", False, "if the hostages are freed"),
]


@pytest.mark.parametrize(("text", "stance", "issue", "hedged", "condition"), TABLE)
def test_phenomenon(text, stance, issue, hedged, condition):
    found = [(p.stance, p.issue, p.hedged, p.condition)
             for p in kronika.analyze(text, published="2025-01-10").positions]
    if stance is None:
        assert found == []
        return
    assert found == [(stance, issue, hedged, condition)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance supposed in a condition's antecedent is taken by nobody (the US's own
        # suspension is its stance, hedged and conditional)
        ("The US might suspend tariffs if China agreed to buy more soybeans.",
         [("United States", "drops", "tariffs")]),
        # conjoined subjects each hold the stance
        ("The European Union and Japan welcomed the peace agreement.",
         [("European Union", "supports", "peace_agreement"),
          ("Japan", "supports", "peace_agreement")]),
        # verb-object rules name the issue: withdrawing troops, handing over weapons
        ("Israel rejected a proposal to withdraw its troops from the corridor.",
         [("Israel", "rejects", "troop_withdrawal")]),
        ("Hamas rejected a demand to hand over its weapons.",
         [("Hamas", "rejects", "disarmament")]),
    ],
)
def test_holders_and_issues(text, expected):
    analysis = kronika.analyze(text, published="2025-01-10")
    found = [(analysis.actor(p.actor).name, p.stance, p.issue) for p in analysis.positions]
    assert len(found) == len(expected)
    for (name, stance, issue), (want, want_stance, want_issue) in zip(found, expected,
                                                                     strict=True):
        assert want in name and (stance, issue) == (want_stance, want_issue)


def test_condition_on_the_complement_is_recorded():
    text = "The UAE offered to finance a new power line if an agreement is reached."
    (position,) = kronika.analyze(text, published="2025-01-10").positions
    assert (position.stance, position.issue) == ("offers", "energy")
    assert position.condition == "if an agreement is reached"
    assert "if" not in position.issue_text
