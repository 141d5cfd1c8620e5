"""``records.plain``: the output contract as ``dataclasses.asdict`` gives it, only faster."""

from __future__ import annotations

from dataclasses import asdict

from fixtures.analyses import samples
from kronika.records import plain


def test_plain_equals_asdict_on_every_record():
    for analysis in samples():
        records = (analysis.document, *analysis.actors, *analysis.events, *analysis.claims,
                   *analysis.positions, *analysis.places)
        for record in records:
            assert plain(record) == asdict(record)
            assert type(plain(record)) is dict


def test_plain_keeps_sequence_types_and_shares_no_mutable_state():
    analysis = samples()[0]
    assert isinstance(plain(analysis.actors[0])["mentions"], tuple)
    first = analysis.to_dict()
    first["events"][0]["type"] = "CHANGED"
    assert analysis.to_dict()["events"][0]["type"] != "CHANGED"
