"""A name and its title set off by commas, which the parser took for two subjects of the
verb ("Ban Ki-moon, the head of the panel, warned ..."), are one speaker phrase."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Ban Ki-moon, the former foreign minister of Korea, urged restraint in "
                 "Myanmar.", "Ban Ki-moon, the former foreign minister of Korea,", id="urged"),
    pytest.param("Ban Ki-moon, the head of the panel, warned that the talks could fail.",
                 "Ban Ki-moon, the head of the panel,", id="warned"),
    pytest.param("Ban Ki-moon, the envoy of the elders, said the vote was flawed.",
                 "Ban Ki-moon, the envoy of the elders,", id="said"),
    pytest.param("Hope Mwangi, the health minister of Kenya, said the clinics would reopen.",
                 "Hope Mwangi, the health minister of Kenya,", id="parsed-as-one"),
])
def test_name_and_title_are_one_speaker(nlp, text, speaker):
    doc = nlp(text)
    assert [c.speaker_text(text) for c in extract_claims(doc)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The widow, relatives and church leaders have been calling for justice.",
                 "The widow, relatives and church leaders", id="widow"),
    pytest.param("The widow, friends and church leaders have demanded an inquiry.",
                 "The widow, friends and church leaders", id="widow-friends"),
    pytest.param("The widow, relatives and church leaders said the police had lied.",
                 "The widow, relatives and church leaders", id="widow-said"),
    pytest.param("The governor, lawmakers and business leaders have been urging calm.",
                 "The governor, lawmakers and business leaders", id="governor"),
])
def test_a_list_cut_at_its_first_comma_is_one_speaker(nlp, text, speaker):
    doc = nlp(text)
    assert [c.speaker_text(text) for c in extract_claims(doc)] == [speaker]
