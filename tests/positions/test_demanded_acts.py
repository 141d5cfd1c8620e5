"""What a demanded act says of the issue: giving up a bid opposes it, disarming and sending
troops name their issues, what an act must come before is no issue, where a thing happens is
not what it is.

Sentences written for the tests, through the real spaCy model.
"""

from __future__ import annotations

import pytest

import kronika


def stances(text: str) -> list[tuple[str, str]]:
    return [(p.stance, p.issue) for p in kronika.analyze(text, published="2025-03-10").positions]


@pytest.mark.parametrize(("text", "issue"), [
    ("Russia insisted that Ukraine abandon its bid to join NATO.", "nato_membership"),
    ("Moscow demanded that Georgia renounce NATO membership.", "nato_membership"),
    ("Israel demanded that Iran relinquish its stockpile of enriched uranium.", "nuclear"),
], ids=["abandon", "renounce", "relinquish"])
def test_demanding_that_someone_give_up_a_thing_opposes_it(text: str, issue: str) -> None:
    assert ("opposes", issue) in stances(text)


@pytest.mark.parametrize(("text", "stance"), [
    ("Netanyahu insisted that Hamas must be disarmed before any end to the fighting.",
     "demands"),
    ("Kinshasa demanded that the M23 disarm before any talks on a ceasefire.", "demands"),
    ("The militia refused to disarm until the army left the valley.", "rejects"),
], ids=["before the end of fighting", "before talks", "until"])
def test_what_an_act_must_come_before_is_no_issue(text: str, stance: str) -> None:
    assert stances(text) == [(stance, "disarmament")]


@pytest.mark.parametrize(("text", "issue"), [
    ("Russia warned against outside interference in the region.", "other:interference"),
    ("China opposed foreign meddling in the territory.", "other:meddling"),
    ("Iran rejected any foreign interference in the country.", "other:interference"),
], ids=["region", "territory", "country"])
def test_where_a_thing_happens_is_not_what_it_is(text: str, issue: str) -> None:
    assert [i for _, i in stances(text)] == [issue]


@pytest.mark.parametrize(("text", "stance"), [
    ("Britain is ready to send troops to Ukraine.", "offers"),
    ("Hungary opposed sending soldiers to Ukraine.", "opposes"),
    ("France said it was ready to deploy troops to Moldova.", "offers"),
], ids=["send troops", "sending soldiers", "deploy troops"])
def test_sending_troops_somewhere_is_foreign_forces(text: str, stance: str) -> None:
    assert (stance, "foreign_forces") in stances(text)


@pytest.mark.parametrize(("text", "issue", "condition"), [
    ("Hamas said it would release the hostages if Israel ended the war.", "hostages",
     "if Israel ended the war"),
    ("Russia said it would withdraw its troops only if NATO stopped expanding.",
     "troop_withdrawal", "only if NATO stopped expanding"),
    ("The rebels said they would hand over their weapons if the army left the valley.",
     "disarmament", "if the army left the valley"),
], ids=["hostages", "troops", "weapons"])
def test_an_act_promised_on_a_condition_is_an_offer(text: str, issue: str, condition: str) -> None:
    found = [(p.stance, p.issue, p.condition)
             for p in kronika.analyze(text, published="2025-03-10").positions]
    assert found == [("offers", issue, condition)], found


def test_an_act_announced_with_no_condition_is_no_offer() -> None:
    text = "Hamas said it would release three hostages on Saturday."
    assert kronika.analyze(text, published="2025-03-10").positions == ()


@pytest.mark.parametrize("text", [
    "Starmer said Britain was prepared to send troops to Ukraine.",
    "Rwanda said it was prepared to send troops to Mozambique.",
    "Turkey said it was prepared to deploy soldiers to Libya.",
], ids=["Britain", "Rwanda", "Turkey"])
def test_prepared_to_send_troops_offers_them(text: str) -> None:
    """'was prepared to': the tagger's adjective in a passive parse; its subject offers."""
    assert ("offers", "foreign_forces") in stances(text)
