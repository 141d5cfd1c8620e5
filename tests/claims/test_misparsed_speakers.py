"""Speakers the parser's misreadings used to hide or blur: a finite cue read as a noun's
modifier or hung on the main verb, and speaker phrases that took in a time, an object of the
clause reported or an adverb of time before them."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _claims(nlp, sentence: str, cue: str) -> list[tuple[str | None, str]]:
    doc = nlp(sentence)
    return [(c.speaker_text(doc.text), doc.text[c.content_start:c.content_end])
            for c in extract_claims(doc) if c.cue == cue]


@pytest.mark.parametrize(("sentence", "cue", "speaker"), [
    pytest.param(
        "Protesters blocked roads in Yerevan on Sunday, the fourth day of rallies after the "
        "ruling Civil Contract party said it would cede the villages.", "said",
        "the ruling Civil Contract party", id="after-opens-a-clause",
    ),
    pytest.param(
        "Farmers blocked highways in Punjab on Monday, the sixth day of protests after the "
        "ruling BJP party said it would scrap the subsidy.", "said", "the ruling BJP party",
        id="after-a-day-of-protests",
    ),
    pytest.param(
        "Fighting flared after the Arakan Army, founded in 2009, threatened to seize the port.",
        "threatened", "the Arakan Army, founded in 2009,", id="after-a-gerund-subject",
    ),
    pytest.param(
        "Gunmen raided a school in Katsina and abducted at least 30 pupils, police and "
        "teachers said.", "said", "police and teachers", id="object-of-a-finite-verb",
    ),
    pytest.param(
        "Armed men entered a village in Sokoto and seized at least 40 farmers, police and "
        "local leaders said.", "said", "police and local leaders", id="object-of-seized",
    ),
    pytest.param(
        "Soldiers raided a mosque in Kano and detained at least 50 worshippers, police and "
        "witnesses said.", "said", "police and witnesses", id="object-of-detained",
    ),
    pytest.param(
        "Hours earlier the junta, headed by General Tiani, said it would expel the envoy.",
        "said", "the junta", id="time-adverb-before-the-phrase",
    ),
    pytest.param(
        "Hours later the Burmese junta, led by Min Aung Hlaing, said it would hold elections.",
        "said", "the Burmese junta", id="hours-later",
    ),
    pytest.param(
        "Days earlier the Ecuadorian army, backed by police, said it had cleared the prison.",
        "said", "the Ecuadorian army", id="days-earlier",
    ),
])
def test_the_speaker_phrase_keeps_out_the_clause_around_it(nlp, sentence, cue, speaker):
    assert [s for s, _ in _claims(nlp, sentence, cue)] == [speaker]


@pytest.mark.parametrize(("sentence", "cue", "speaker"), [
    pytest.param(
        "The raid came hours after the Barrio 18 gang, led by a man known as El Flaco, "
        "threatened to attack the prison.", "threatened", "the Barrio 18 gang",
        id="led-by",
    ),
    pytest.param(
        "The clashes began after the Fano militia, backed by local farmers, vowed to block "
        "the highway.", "vowed", "the Fano militia", id="backed-by",
    ),
    pytest.param(
        "Shelling resumed after the M23 alliance, formed in 2012, warned that it would take "
        "the airport.", "warned", "the M23 alliance", id="formed-in",
    ),
])
def test_a_finite_cue_read_as_a_modifier_has_the_noun_as_subject(nlp, sentence, cue, speaker):
    assert [s for s, _ in _claims(nlp, sentence, cue)] == [speaker]


@pytest.mark.parametrize(("sentence", "cue", "speaker"), [
    pytest.param(
        "A poll before the election found that most voters backed the reform.", "found",
        "A poll", id="two-subjects-and-a-subordinator",
    ),
    pytest.param(
        "A survey after the floods found that half the farms were ruined.", "found",
        "A survey", id="noun-left-as-the-root",
    ),
    pytest.param(
        "The report since the ceasefire said attacks had fallen.", "said", "The report",
        id="report-since",
    ),
    pytest.param(
        "An audit after the scandal concluded that funds had been diverted.", "concluded",
        "An audit", id="audit-after",
    ),
])
def test_a_time_phrase_after_the_speaker_is_no_subject(nlp, sentence, cue, speaker):
    assert [s for s, _ in _claims(nlp, sentence, cue)] == [speaker]
