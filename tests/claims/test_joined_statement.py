"""A clause with its own subject joined by "and" or "but" after a plain cue of reporting goes
on with what was said; a second cue, a pronoun subject or a verb of showing ends it."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def contents(nlp, text: str, cue: str) -> list[str]:
    doc = nlp(text)
    return [c.content_text(doc.text) for c in extract_claims(doc) if c.cue == cue]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The minister said the talks had stalled, but a deal could still be reached "
                 "before May.", "the talks had stalled, but a deal could still be reached "
                 "before May", id="but-modal"),
    pytest.param("Aides said she had asked for a police escort, but the army overruled that "
                 "request.", "she had asked for a police escort, but the army overruled that "
                 "request", id="but-overruled"),
    pytest.param("Officials told reporters the dam had held, and the river would fall by "
                 "Friday.", "the dam had held, and the river would fall by Friday",
                 id="and-told"),
])
def test_a_joined_clause_goes_on_with_what_was_said(nlp, text, content):
    cue = "told" if " told " in text else "said"
    assert contents(nlp, text, cue) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("Okafor said the army had made mistakes, but Kenya denied it.", "said",
                 "the army had made mistakes", id="second-cue"),
    pytest.param("Osei said the bridge was closed, and he left.", "said",
                 "the bridge was closed", id="pronoun-act"),
])
def test_a_second_attribution_or_act_ends_the_content(nlp, text, cue, content):
    assert contents(nlp, text, cue) == [content]
