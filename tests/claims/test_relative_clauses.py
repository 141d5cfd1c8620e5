"""Cues inside a relative clause: what they report, and no aside of the host sentence."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _claims(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    doc = nlp(text)
    return [(c.speaker_text(doc.text), c.cue, c.content_text(doc.text))
            for c in extract_claims(doc)]


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("Khan faces more than 150 cases that he says are politically motivated.",
                 "says", "are politically motivated", id="khan"),
    pytest.param("The army destroyed homes that residents say were empty.", "say", "were empty",
                 id="homes"),
    pytest.param("Police arrested activists who they say were planning riots.", "say",
                 "were planning riots", id="activists"),
    pytest.param("The firm sold drugs that regulators say were unsafe.", "say", "were unsafe",
                 id="drugs"),
])
def test_the_relative_pronoun_and_the_cue_are_no_content(nlp, text, cue, content):
    assert [c for _, q, c in _claims(nlp, text) if q == cue] == [content]


@pytest.mark.parametrize("text", [
    pytest.param("Grace Mensah, 67, of Accra, who saw the parade on television, said the crowd "
                 "was peaceful.", id="grace"),
    pytest.param("The deputy, who believes in open borders, voted against the bill on "
                 "Tuesday.", id="deputy"),
    pytest.param("The nurse, who noticed the smoke first, called the fire brigade.", id="nurse"),
])
def test_a_relative_clause_set_off_by_commas_is_no_aside(nlp, text):
    assert not any(speaker == "who" for speaker, _, _ in _claims(nlp, text))


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    pytest.param(
        "Opposition leader Daniel Okoro, who has insisted that he won the election, called for "
        "fresh polls on Tuesday.", "Opposition leader Daniel Okoro", "called for", "fresh polls",
        id="hung-inside-the-relative",
    ),
    pytest.param(
        "The union's leader, who insisted the strike was legal, called on workers to stay "
        "home.", "The union's leader", "called on", "workers to stay home", id="hung-on-the-noun",
    ),
    pytest.param(
        "The activist, who claimed the police had beaten her, called for an inquiry on Friday.",
        "The activist", "called for", "an inquiry on Friday", id="past-participle-tag",
    ),
    pytest.param(
        "Mayor Lina Haddad, who insists that the city is safe, called on tourists to return.",
        "Mayor Lina Haddad", "called on", "tourists to return", id="joined-to-the-relative",
    ),
])
def test_the_verb_after_a_relative_clause_is_the_main_claim(nlp, text, speaker, cue, content):
    """The parser, finding no verb for the noun before "who ...,", may hang the main verb on a
    noun or join it to the relative's verb: it is the noun's own claim, and the relative's
    content ends before it."""
    doc = nlp(text)
    claims = extract_claims(doc)
    assert (speaker, cue, content) in [
        (c.speaker_text(doc.text), c.cue, c.content_text(doc.text)) for c in claims]
    relative = [c for c in claims if c.speaker_text(doc.text) == "who"]
    assert relative and all(cue not in c.content_text(doc.text) for c in relative)
