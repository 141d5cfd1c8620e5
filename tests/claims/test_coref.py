"""Speaker coreference, the chain of nested claims and a claim's stance toward its target."""

from __future__ import annotations

import pytest

from claims.test_records import claims_of


def speaker_names(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker text, resolved actor name) of every claim of a text."""
    _, actors, claims, _ = claims_of(nlp, text)
    names = {a.id: a.name for a in actors}
    return [(c.speaker_text, names.get(c.speaker)) for c in claims]


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        pytest.param(
            "Secretary of State Antony Blinken said the talks would resume. Reporters asked "
            "about Sergei Lavrov. He said the ceasefire would hold.",
            "He", "Antony Blinken", id="chain-speaker-not-last-man-named",
        ),
        pytest.param(
            "Mr. Tanaka met Maria Lopez on Monday. She said the budget would pass.",
            "She", "Maria Lopez", id="gender-agreement",
        ),
        pytest.param(
            "Ms. Lopez said the budget would pass. Mr. Tanaka met her on Monday. "
            "She said the vote was close.",
            "She", "Lopez", id="honorific-gender-skips-the-subject",
        ),
    ],
)
def test_speaker_pronoun_resolves_to_the_chain(nlp, text, pronoun, name):
    found = dict(speaker_names(nlp, text))
    assert found[pronoun] is not None and name in found[pronoun]


def test_relative_pronoun_speaker_is_the_noun_it_stands_for(nlp):
    text = "The minister met Hamid Karzai, who said the talks had failed."
    assert ("who", "Hamid Karzai") in speaker_names(nlp, text)


def test_nested_attribution_points_at_its_host(nlp):
    text = "Smith said Jones told him that the plant would close."
    _, _, claims, _ = claims_of(nlp, text)
    outer = next(c for c in claims if c.cue == "said")
    inner = next(c for c in claims if c.cue == "told")
    assert inner.via == outer.id and outer.via is None


@pytest.mark.parametrize(
    ("text", "target", "stance"),
    [
        pytest.param("Ruto praised Museveni for the deal.", "Yoweri Museveni", "supports",
                     id="praise"),
        pytest.param("Ramaphosa accused Russia of lying.", "Russia", "opposes", id="accuse"),
        pytest.param("Ramaphosa did not criticise Russia.", None, None, id="negated-shows-none"),
        pytest.param("Ramaphosa said Russia had won.", None, None, id="plain-report-shows-none"),
    ],
)
def test_claim_stance_toward_its_target(nlp, text, target, stance):
    _, actors, claims, _ = claims_of(nlp, text)
    names = {a.id: a.name for a in actors}
    got = [(names.get(c.target), c.stance) for c in claims] or [(None, None)]
    assert got[0] == (target, stance)


def test_cleft_focus_is_the_antecedent(nlp):
    text = ("Trump spoke on Monday. It is Putin, not Trump, who is trying to impose peace. "
            "And while he believes he can win, no meeting will happen.")
    assert ("he", "Vladimir Putin") in speaker_names(nlp, text)


def test_printed_speaker_shows_the_resolved_actor():
    import kronika
    from kronika.summary import speaker_label

    text = "Ms. Lopez said the budget would pass. Mr. Tanaka met her. She said the vote was close."
    analysis = kronika.analyze(text)
    labels = [speaker_label(analysis, c) for c in analysis.claims]
    assert labels[0] == "Ms. Lopez"
    assert labels[-1].startswith("She (") and "Lopez" in labels[-1]
