"""A second act of the speaker coordinated with a cue: whose act it is, and where the first
cue's content stops."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _claims(nlp, text: str) -> dict[str, tuple[str | None, str]]:
    doc = nlp(text)
    return {c.cue: (c.speaker_text(doc.text), c.content_text(doc.text))
            for c in extract_claims(doc)}


@pytest.mark.parametrize(("text", "first", "second", "speaker", "content"), [
    pytest.param(
        "Governor Ana Ruiz urged residents to stay at home after dark and promised to restore "
        "order.", "urged", "promised", "Governor Ana Ruiz", "residents to stay at home after dark",
        id="governor",
    ),
    pytest.param(
        "The union asked members to stay away from the mines until Monday and threatened to "
        "extend the strike.", "asked", "threatened", "The union",
        "members to stay away from the mines until Monday", id="union",
    ),
    pytest.param(
        "The general ordered troops to hold the bridge at all costs and vowed to crush the "
        "rebellion.", None, "vowed", "The general", None, id="general",
    ),
])
def test_a_finite_verb_after_an_infinitive_is_the_speakers_second_act(
        nlp, text, first, second, speaker, content):
    claims = _claims(nlp, text)
    assert claims[second][0] == speaker
    if first is not None:
        assert claims[first][1] == content


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        "Business leaders accused the state government of failing to protect them and called "
        "for federal intervention.", "the state government of failing to protect them",
        id="business",
    ),
    pytest.param(
        "Activists accused the police of beating detainees in custody and called for an "
        "inquiry.", "the police of beating detainees in custody", id="activists",
    ),
    pytest.param(
        "Opposition leaders accused the election board of hiding the results and called for "
        "a recount.", "the election board of hiding the results", id="opposition",
    ),
])
def test_no_content_ends_with_a_coordinator(nlp, text, content):
    assert _claims(nlp, text)["accused"][1] == content


@pytest.mark.parametrize(("text", "first", "second", "speaker", "content"), [
    pytest.param("Opposition senators in Santiago say the plan would raise costs for small "
                 "firms and have vowed to block it.", "say", "vowed",
                 "Opposition senators in Santiago",
                 "the plan would raise costs for small firms", id="have-vowed"),
    pytest.param("The mayor of Gdansk says the new tolls are unfair and has asked the court to "
                 "stop them.", "says", "asked", "The mayor of Gdansk",
                 "the new tolls are unfair", id="has-asked"),
    pytest.param("Doctors in Lahore say the hospital is full and have asked for more beds.",
                 "say", "asked for", "Doctors in Lahore", "the hospital is full",
                 id="have-asked-for"),
])
def test_a_second_act_agrees_with_its_speaker(nlp, text, first, second, speaker, content):
    """"has/have" before a coordinated cue agrees in number with the speaker, not with the
    reported clause's subject: the second act is the speaker's and the first content ends
    before it."""
    claims = _claims(nlp, text)
    assert claims[second][0] == speaker
    assert claims[first][1] == content


def test_an_auxiliary_agreeing_with_the_reported_subject_stays_inside(nlp):
    text = "She said the tolls are unfair and have hurt farmers in the north."
    claims = _claims(nlp, text)
    assert claims == {"said": ("She", "the tolls are unfair and have hurt farmers in the north")}


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    pytest.param(
        "Ruto said Kenya would never let foreign militias operate on its soil and accused "
        "Somalia of sheltering them.", "accused", "Ruto",
        "Somalia of sheltering them", id="two-clauses-down",
    ),
    pytest.param(
        "The senator said the bill would not allow banks to raise fees and praised the "
        "committee for its work.", "praised", "The senator",
        "the committee for its work", id="infinitive-inside-a-modal",
    ),
    pytest.param(
        "Kenyan President William Ruto said his country had no soldiers in Somalia and "
        "accused Mogadishu of arming the clan militias.", "accused",
        "Kenyan President William Ruto", "Mogadishu of arming the clan militias",
        id="his-country",
    ),
    pytest.param(
        "Ethiopian Prime Minister Abiy Ahmed said his government had no troops in Eritrea and "
        "accused Asmara of backing the rebels.", "accused",
        "Ethiopian Prime Minister Abiy Ahmed", "Asmara of backing the rebels",
        id="his-government",
    ),
    pytest.param(
        "Colombian President Gustavo Petro said his country had no agents in Venezuela and "
        "accused Caracas of sheltering the guerrillas.", "accused",
        "Colombian President Gustavo Petro", "Caracas of sheltering the guerrillas",
        id="his-country-agents",
    ),
])
def test_a_stance_joined_deep_in_the_content_is_the_speakers_second_act(
        nlp, text, cue, speaker, content):
    """"X said Y would not allow Z to operate and accused W": a verb in the cue's own tense,
    joined to a verb of the clause reported (however deep), is X's second act; so is one
    joined to a clause about what X owns ("his government had paid ... and accused")."""
    claims = _claims(nlp, text)
    assert claims[cue] == (speaker, content)


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param(
        "The rebel leader, Jean Kabila, said his fighters would not give up the towns they "
        "hold and demanded talks with the capital.", "demanded",
        "The rebel leader, Jean Kabila,", id="towns-they-hold",
    ),
    pytest.param(
        "Mayor Ana Ruiz said the city would not sell the land it owns and accused the "
        "developers of lying.", "accused", "Mayor Ana Ruiz", id="land-it-owns",
    ),
    pytest.param(
        "Governor Musa Bello said the state would not hand over the schools it runs and "
        "accused the ministry of theft.", "accused", "Governor Musa Bello",
        id="schools-it-runs",
    ),
    pytest.param(
        "President Lula said Brazil would not give up the reserves it protects and "
        "criticised the loggers for their greed.", "criticised", "President Lula",
        id="reserves-it-protects",
    ),
])
def test_a_cue_joined_to_a_relative_clause_of_the_content_is_the_speakers(
        nlp, text, cue, speaker):
    """"X said the M23 would not leave the cities it controls and demanded talks": the
    parser may join the cue to the relative clause's verb, in another tense; the act is X's,
    not that of the clause's "it"."""
    assert _claims(nlp, text)[cue][0] == speaker
