"""A body that speaks is the speaker, not the leader, founder or backer a clause after its
noun names, and a name before the noun makes the phrase no bare description."""

from __future__ import annotations

import pytest

from claims.test_records import claims_of


@pytest.mark.parametrize(("text", "name"), [
    pytest.param(
        "The strike followed a week in which the Houthi movement, backed by Iran, vowed to "
        "close the strait.", "Houthis", id="backer-is-not-the-speaker",
    ),
    pytest.param(
        "The attack came hours after the Viv Ansanm gang coalition, led by Jimmy Cherizier, "
        "threatened to storm the national palace.", "Viv Ansanm", id="name-before-the-noun",
    ),
    pytest.param(
        "On Monday the Wagner group, founded by Yevgeny Prigozhin, said it would leave Mali.",
        "Wagner Group", id="founder-is-not-the-speaker",
    ),
])
def test_the_speaker_is_the_body_not_its_leader_or_backer(nlp, text, name):
    _, actors, claims, _ = claims_of(nlp, text)
    names = {a.id: a.name for a in actors}
    assert [names.get(c.speaker) for c in claims] == [name]
