"""Title-cased headlines: claims read off a parse of the line in sentence case."""

from __future__ import annotations

import pytest

import kronika
from kronika.claims import extract_claims
from kronika.claims.headline import parse_headlines, sentence_cased, stored_parses, title_lines

BODY = "\n\nThe story was told in Accra on Monday."

# headline, speaker, cue, content: a title-cased verb is a proper noun to the parser
CASES = [
    pytest.param("Senator Vows To Block Tax Cuts For Oil Companies", "Senator", "Vows",
                 "To Block Tax Cuts For Oil Companies", id="vows-to"),
    pytest.param("Farmers Fear Drought Will Ruin The Harvest", "Farmers", "Fear",
                 "Drought Will Ruin The Harvest", id="fear-clause"),
    pytest.param("Governor Admits State Budget Is Running Dry", "Governor", "Admits",
                 "State Budget Is Running Dry", id="admits-clause"),
    pytest.param("Rebels Deny Shelling Refugee Camp Near Goma", "Rebels", "Deny",
                 "Shelling Refugee Camp Near Goma", id="deny-gerund"),
    pytest.param("Prime Minister Insists Economy Will Recover By Spring", "Prime Minister",
                 "Insists",
                 "Economy Will Recover By Spring", id="insists-subject-kept"),
    pytest.param("Police Chief Blames Gangs For Rise In Burglaries", "Police Chief", "Blames",
                 "Gangs For Rise In Burglaries", id="blames-for"),
    # a headline is one clause: the content runs to the end of the line
    pytest.param("Mayor Blames Drivers As Traffic Deaths Climb", "Mayor", "Blames",
                 "Drivers As Traffic Deaths Climb", id="object-and-as-clause"),
    pytest.param("Union Demands Talks Before Strike Deadline Expires", "Union", "Demands",
                 "Talks Before Strike Deadline Expires", id="object-and-before-clause"),
    pytest.param("New Survey Shows Support For Reform When Prices Fall", "New Survey", "Shows",
                 "Support For Reform When Prices Fall", id="object-and-when-clause"),
    pytest.param("Doctors Urge Ministry To Fund Rural Clinics", "Doctors", "Urge",
                 "Ministry To Fund Rural Clinics", id="urge-object-infinitive"),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), CASES)
def test_title_cased_headline_claim(nlp, text: str, speaker: str, cue: str,
                                    content: str) -> None:
    text += BODY
    doc = nlp(text)
    claims = [c for c in extract_claims(doc, parse=nlp) if c.cue == cue]
    assert [(c.speaker_text(text), c.content_text(text)) for c in claims] == [(speaker, content)]


def test_body_names_keep_their_capitals(nlp) -> None:
    text = "Okafor Says Lagos Port Will Reopen Soon\n\nOn Monday Okafor visited Lagos harbour."
    doc = nlp(text)
    (line,) = title_lines(doc)
    assert sentence_cased(line, frozenset({"Okafor", "Lagos"})) == (
        "Okafor says Lagos port will reopen soon")


def test_sentence_case_lines_are_left_alone(nlp) -> None:
    doc = nlp("The mayor says the city will ban cars.\n\nShe spoke in Lyon on Monday.")
    assert title_lines(doc) == []


def test_a_fronted_participle_keeps_its_own_content(nlp) -> None:
    text = "Railing Against Tariffs, Farmers Vow To Block Roads" + BODY
    claims = extract_claims(nlp(text), parse=nlp)
    assert [(c.cue, c.content_text(text)) for c in claims] == [
        ("Railing Against", "Tariffs"), ("Vow", "To Block Roads")]


def test_the_headline_parse_is_on_by_default_and_can_be_switched_off(monkeypatch):
    """By default a title-cased headline's claim is read off its sentence-case parse;
    KRONIKA_HEADLINE_CLAIMS=0 skips the second parse."""
    text = ("Senator Vows To Block New Tax Cuts\n\nSenator Dana Whitfield spoke to reporters "
            "in the capital on Monday about the budget.")
    monkeypatch.delenv("KRONIKA_HEADLINE_CLAIMS", raising=False)
    on = [c.cue for c in kronika.analyze(text, published="2025-03-03").claims]
    monkeypatch.setenv("KRONIKA_HEADLINE_CLAIMS", "0")
    off = [c.cue for c in kronika.analyze(text, published="2025-03-03").claims]
    assert "Vows" in on and "Vows" not in off


def test_headlines_of_a_batch_are_parsed_together_and_cueless_ones_skipped(nlp):
    """``parse_headlines`` keeps on each Doc the sentence-case parse of its headline when
    the line has a word that may be a cue (an irregular form too), and none otherwise."""
    texts = [
        "Minister Told Parliament The Budget Was Sound" + BODY,
        "Storm Leaves Thousands Without Power In Coastal Towns" + BODY,
        "Rebel Leader Spoke Of Victory Near The Border" + BODY,
    ]
    docs = list(nlp.pipe(texts))
    parse_headlines(nlp, docs)
    parsed = [[line.text for _, line in stored_parses(doc)] for doc in docs]
    assert parsed == [["Minister told parliament the budget was sound"], [],
                      ["Rebel leader spoke of victory near the border"]]
    # the stored parse gives the claims a parse made line by line gives
    alone = nlp(texts[0])
    assert extract_claims(docs[0]) == extract_claims(alone, parse=nlp)
