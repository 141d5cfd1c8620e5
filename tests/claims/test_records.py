"""Claim records: speakers resolved to actors, and the author's claims in opinion pieces."""

from __future__ import annotations

import pytest

from kronika.actors.resolve import resolve_actors
from kronika.claims import extract_claims
from kronika.claims.records import author_claims, line_of, to_claims
from kronika.ingest import from_text
from kronika.pipeline import load_all

COLUMN = ("A wrong turn in Gaza\n"
          "Commentary by Miriam Katz.\n"
          "Hamas said on Sunday that the hostages would be freed within a week. Israel's "
          "cabinet unfortunately chose to delay the vote. The hostage deal should have been "
          "signed in March. \"It is a shameful delay,\" the families said.")


def claims_of(nlp, text: str, **meta):
    """Attributed and author claims of a text, with its Document and actors."""
    know = load_all()
    document = from_text(text, name="<test>", **meta)
    doc = nlp(text)
    index = resolve_actors(doc, nlp, know.kb, know.gazetteer, None)
    claims = to_claims(doc, document.id, extract_claims(doc), index)
    return document, index.records(), claims, author_claims(doc, document, claims, index)


def test_attributed_speaker_is_resolved_to_an_actor(nlp):
    _, actors, claims, _ = claims_of(nlp, COLUMN)
    hamas = next(a for a in actors if a.name == "Hamas")
    said = next(c for c in claims if c.cue == "said" and c.speaker_text == "Hamas")
    assert said.speaker == hamas.id
    assert said.speaker_kind == "named"
    assert said.content == "that the hostages would be freed within a week"
    assert not said.direct


def test_author_claims_in_an_opinion_piece(nlp):
    document, actors, claims, authored = claims_of(nlp, COLUMN)
    assert (document.genre, document.author) == ("opinion", "Miriam Katz")
    author = next(a for a in actors if a.name == "Miriam Katz")
    assert [(c.content, c.cue) for c in authored] == [
        ("A wrong turn in Gaza", "wrong"),  # a heading is its own line
        ("Israel's cabinet unfortunately chose to delay the vote.", "unfortunately"),
        ("The hostage deal should have been signed in March.", "should have"),
    ]  # "shameful" is the families' word, inside their quotation: not the author's
    for claim in authored:
        assert (claim.speaker, claim.speaker_kind, claim.direct) == (author.id, "author", False)
        assert COLUMN[claim.content_start:claim.content_end] == claim.content
        assert claim.evidence.text == claim.content
    assert not {c.id for c in authored} & {c.id for c in claims}


def test_no_author_claims_in_news(nlp):
    *_, authored = claims_of(nlp, COLUMN.replace("Commentary by", "Reporting by"),
                             genre="news")
    assert authored == []


def test_author_without_a_mention_keeps_the_byline_name(nlp):
    text = "The sanctions were a blunder. Brussels should have waited."
    *_, authored = claims_of(nlp, text, genre="opinion", author="Jan Novak")
    assert [(c.speaker, c.speaker_text, c.cue) for c in authored] == [
        (None, "Jan Novak", "blunder"), (None, "Jan Novak", "should have")]


@pytest.mark.parametrize(
    ("text", "at", "line"),
    [
        ("Title here\nFirst sentence.", 2, "Title here"),
        ("Title here\nFirst sentence.", 12, "First sentence."),
        ("One line only. ", 3, "One line only."),
    ],
)
def test_line_of(text, at, line):
    start, end = line_of(text, 0, len(text), at)
    assert text[start:end] == line


@pytest.mark.parametrize(
    ("text", "cue", "speakers"),
    [
        pytest.param("Brazil and India said the new tariffs were unfair.", "said",
                     ["Brazil", "India"], id="two-countries-said"),
        pytest.param("Kenya, Uganda and Tanzania have warned that the dam will harm the lake.",
                     "warned", ["Kenya", "Uganda", "Tanzania"], id="three-in-a-list"),
        pytest.param("Norway and Sweden oppose the plan and have said they will veto it.", "said",
                     ["Norway", "Sweden"], id="second-verb-of-a-conjoined-subject"),
        pytest.param("Chile said the talks had failed.", "said", ["Chile"], id="one-speaker"),
    ],
)
def test_conjoined_speakers_all_hold_the_claim(nlp, text, cue, speakers):
    _, actors, claims, _ = claims_of(nlp, text)
    names = {a.id: a.name for a in actors}
    claim = next(c for c in claims if c.cue == cue)
    assert [names[i] for i in (claim.speaker, *claim.co_speakers)] == speakers
