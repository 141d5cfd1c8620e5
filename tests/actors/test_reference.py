"""Pronouns, bare generic nouns and demonym lists, with the real model: one row per
phenomenon, sentences written for the tests across several countries and conflicts."""

from __future__ import annotations

import pytest

import kronika
from fixtures.lookup import actor_at

# (id, text, surface, occurrence, expected code or None for "no actor")
ROWS = [
    ("poss-subject", "Trump praised his meeting with Putin in Alaska.", "his", 0, "USAGOV"),
    ("poss-subject-2", "Erdogan said his talks with Assad were productive.", "his", 0, "TURGOV"),
    ("poss-team", "Trump and his team flew to Riyadh on Monday.", "his", 0, "USAGOV"),
    ("it-country", "Turkey said it would close the border with Syria.", "it", 0, "TUR"),
    (
        "it-igo",
        "The European Union said it would impose new sanctions on Iran.",
        "it",
        0,
        "IGOEUREU",
    ),
    ("it-armed-group", "Hamas said it had accepted the proposal.", "it", 0, "PSEREB"),
    (
        "they-police",
        "Kenyan police said they arrested twelve protesters in Nairobi.",
        "they",
        0,
        "KENCOP",
    ),
    ("it-not-plural", "Kenyan police said it was unclear who fired first.", "it", 0, None),
    ("it-expletive", "Ghana said it is unlikely that talks resume.", "it", 0, None),
    ("it-object-left", "Turkey closed the border. Ankara later reopened it.", "it", 0, None),
    (
        "bare-noun-anaphor",
        "Sudanese police arrested five men in Kassala. The police said they had seized weapons.",
        "police",
        1,
        "SDNCOP",
    ),
    (
        "bare-noun-one-country",
        "Pakistani troops shelled villages near Sialkot, the army said.",
        "army",
        0,
        "PAKMIL",
    ),
    (
        "demonym-list-first",
        "The Russian and Ukrainian delegations met in Istanbul.",
        "Russian",
        0,
        "RUSGOV",
    ),
    (
        "demonym-list-second",
        "The Russian and Ukrainian delegations met in Istanbul.",
        "Ukrainian",
        0,
        "UKRGOV",
    ),
    (
        "demonym-list-troops",
        "Chinese and Indian troops clashed along the border.",
        "Indian",
        0,
        "INDMIL",
    ),
    (
        "minority-not-country",
        "Budapest demanded more rights for the Hungarian minority in Ukraine.",
        "Hungarian minority",
        0,
        "HUNCVL",
    ),
    (
        "locative-capital",
        "The two delegations held talks in Kiev on Monday.",
        "Kiev",
        0,
        None,
    ),
    # a capital acted on as a party stands for its government
    ("pressured-capital", "Washington increased pressure on Kiev to accept the deal.", "Kiev", 0,
     "UKRGOV"),
    ("sanctioned-capital", "The European Union imposed new sanctions on Moscow.", "Moscow", 0,
     "RUSGOV"),
    ("partner-capital", "Beijing suspended its talks with Washington.", "Washington", 0,
     "USAGOV"),
    ("recipient-capital", "Germany sent more air defence systems to Kyiv.", "Kyiv", 0,
     "UKRGOV"),
    ("object-capital", "The bloc sanctioned Minsk for the crackdown.", "Minsk", 0, "BLRGOV"),
    ("visited-capital", "The senator visited Taipei in August.", "Taipei", 0, None),
    # every state's seat of government stands for it so, not only the most reported ones
    ("acting-capital", "Manila summoned the Chinese ambassador on Monday.", "Manila", 0,
     "PHLGOV"),
    ("urged-capital", "The bloc urged Pristina to coordinate with the peacekeepers.",
     "Pristina", 0, "XKXGOV"),
    ("sanctioned-small-capital", "Washington imposed sanctions on Managua.", "Managua", 0,
     "NICGOV"),
    ("visited-small-capital", "The envoy flew to Nairobi on Sunday.", "Nairobi", 0, None),
    # a month is no English town; a treaty named after a river is no place
    ("month-not-town", "Troops opened fire when protesters stormed the gate in March.", "Troops",
     0, "MIL"),
]


@pytest.mark.parametrize(
    ("text", "surface", "occurrence", "code"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_reference(text: str, surface: str, occurrence: int, code: str | None) -> None:
    """The surface is a mention of the actor with this code, or of no actor at all."""
    actor = actor_at(kronika.analyze(text, published="2025-08-22"), surface, occurrence)
    assert (actor.code if actor else None) == code


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian troops clashed with Eritrean soldiers. The army said it had repelled them.",
        "Israeli strikes killed ten people in Gaza. The army said it targeted militants.",
    ],
    ids=["two-armies", "two-countries"],
)
def test_ambiguous_bare_noun_keeps_no_country(text: str) -> None:
    """'the army' with two candidate countries is not guessed."""
    actor = actor_at(kronika.analyze(text, published="2025-08-22"), "army")
    assert actor is not None and actor.country is None
