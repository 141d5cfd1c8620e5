"""Contents the parser's misreadings used to blur: a quotation attributed in the next
sentence taken into the last cue's words, a told clause read as a relative one after a
place, a quoted label read as the object's adjective, a day read as a phrasal particle."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _claims(nlp, sentence: str, cue: str) -> list[tuple[str | None, str]]:
    doc = nlp(sentence)
    return [(c.speaker_text(doc.text), doc.text[c.content_start:c.content_end])
            for c in extract_claims(doc) if c.cue == cue]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    pytest.param(
        '"No talks while they shell our towns," Sandu wrote. "We will hold the line," the '
        "Moldovan premier said.", "wrote", "No talks while they shell our towns",
        id="next-quote-has-its-own-speaker",
    ),
    pytest.param(
        '"The port stays closed," the harbour master said. "Ships must wait," a customs '
        "officer added.", "said", "The port stays closed", id="next-quote-added",
    ),
    pytest.param(
        '"We saw the tanks at dawn," one farmer recalled. "They came from the north," his '
        "neighbour said.", "recalled", "We saw the tanks at dawn", id="next-quote-recalled",
    ),
])
def test_a_quotation_attributed_in_the_next_sentence_is_not_this_cues(
        nlp, sentence, cue, content):
    assert [c for _, c in _claims(nlp, sentence, cue)] == [content]


@pytest.mark.parametrize(("sentence", "content"), [
    pytest.param(
        "An army spokesman, Kofi Mensah, told reporters in the capital that the troops had "
        '"withdrawn" and would return.', 'that the troops had "withdrawn"',
        id="place-then-quoted-word",
    ),
    pytest.param(
        "The general told the soldiers in the barracks that the enemy had retreated.",
        "that the enemy had retreated", id="place-after-hearer",
    ),
    pytest.param(
        "The mayor told residents in the flooded district that the water had receded.",
        "that the water had receded", id="district-after-hearer",
    ),
])
def test_a_told_clause_after_a_place_is_what_was_told(nlp, sentence, content):
    assert [c for _, c in _claims(nlp, sentence, "told")] == [content]


@pytest.mark.parametrize(("sentence", "content"), [
    pytest.param(
        'The envoy called the vote "legally void" on Monday.', 'the vote "legally void"',
        id="monday-after-the-label",
    ),
    pytest.param(
        'The opposition leader called the count "fraudulent" on Monday.',
        'the count "fraudulent"', id="day-after-the-label",
    ),
    pytest.param(
        'The president called the verdict "deeply unjust" on Friday.',
        'the verdict "deeply unjust"', id="friday-after-the-label",
    ),
])
def test_a_quoted_label_after_the_object_is_the_naming(nlp, sentence, content):
    assert [c for _, c in _claims(nlp, sentence, "called")] == [content]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    pytest.param(
        '"This is theft," Lula said. "You starved the workers" to enrich the shareholders, he '
        "said.", "said", "This is theft", id="cue-after-the-quoted-words",
    ),
    pytest.param(
        '"The dam will hold," the engineer said. "We reinforced it" before the rains, she '
        "added.", "said", "The dam will hold", id="added-after-the-quoted-words",
    ),
    pytest.param(
        '"Nobody was warned," one survivor recalled. "The water came" in the night, another '
        "survivor said.", "recalled", "Nobody was warned", id="another-speaker-after",
    ),
])
def test_a_next_quotation_whose_sentence_has_its_own_cue_is_not_this_cues(
        nlp, sentence, cue, content):
    assert [c for s, c in _claims(nlp, sentence, cue)][:1] == [content]
