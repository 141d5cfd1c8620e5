"""Read queries over a real store: filters, actor timelines, position changes, counts."""

from dataclasses import replace
from pathlib import Path

import pytest

from fixtures.analyses import peru_analysis, samples, sudan_analysis
from kronika import query
from kronika.errors import UsageError
from kronika.store import Store, open_store


@pytest.fixture
def db(tmp_path: Path):
    """A store file holding the sample documents (Sudan, Peru twice)."""
    with open_store(tmp_path / "q.duckdb") as store:
        store.write(samples())
        yield store


def test_events_are_asserted_only_by_default(db: Store) -> None:
    assert set(db.events()["factuality"]) == {"asserted"}
    assert set(db.events(factuality=None)["factuality"]) == {"asserted", "negated"}
    assert db.events(factuality=["negated"])["trigger"].tolist() == ["denied"]


@pytest.mark.parametrize(
    ("actor", "ids"),
    [
        ("sudanese armed", ["e1"]),     # name substring, any case
        ("SDNREB", ["e1", "e2"]),       # code, as source or target
        ("sdnreb", ["e1", "e2"]),
        ("SDNMIL:sudanese armed forces", ["e1"]),  # actor_key
        ("nobody", []),
    ],
)
def test_events_by_actor_match_name_code_or_key(db: Store, actor: str, ids: list[str]) -> None:
    found = db.events(actor=actor, country="SDN", factuality=None)
    assert found["id"].tolist() == ids


def test_events_by_country_type_and_period(db: Store) -> None:
    assert db.events(country="per")["doc_published"].dt.month.tolist() == [2, 3]
    assert db.events(type="assault")["id"].tolist() == ["e1"]
    assert len(db.events(type=["PROTEST", "ASSAULT"])) == 3
    # The event date wins over the document date; without one the published date counts.
    assert db.events(since="2024-05-06", until="2024-05-06")["id"].tolist() == ["e1"]
    assert len(db.events(since="2024-03-01")) == 2
    assert len(db.events(until="2024-02-01")) == 1
    assert len(db.events(limit=1)) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"type": "ATTACK"}, "type: unknown value 'ATTACK'"),
        ({"factuality": ["certain"]}, "factuality: unknown value 'certain'"),
        ({"since": "last week"}, "since: 'last week' is not an ISO date"),
        ({"limit": -1}, "limit: -1 is negative"),
    ],
)
def test_bad_filters_are_usage_errors(db: Store, kwargs: dict, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        db.events(**kwargs)


def test_actors_are_counted_across_documents(db: Store) -> None:
    torres = db.actors(name="torres")
    assert torres["actor_key"].tolist() == ["PERGOV:ana torres"]
    assert torres["n_documents"][0] == 2
    assert torres["n_mentions"][0] == 4
    assert torres["roles"][0] == "Minister of Finance of Peru"
    assert set(db.actors(country="sdn")["code"]) == {"SDNMIL", "SDNREB"}
    assert len(db.actors()) == 5


def test_mentions_by_key_or_name(db: Store) -> None:
    assert db.mentions("PERGOV:ana torres")["text"].tolist() == ["minister", "Ana Torres"] * 2
    assert db.mentions("rapid support")["text"].tolist() == ["RSF"]


def test_claims_by_speaker_and_period(db: Store) -> None:
    assert db.claims(actor="ahmed ali")["content"].tolist() == ["We will defend the city,"]
    assert db.claims(actor="SDNMIL")["speaker_code"].tolist() == ["SDNMIL"]
    assert db.claims(until="2024-05-01").empty


@pytest.mark.parametrize(
    "actor",
    ["rapid support",                   # a co-speaker's name substring
     "SDNREB",                          # its code
     "SDNREB:rapid support forces",     # its actor_key
     "sudanese armed"],                 # the first speaker still matches
)
def test_claims_by_actor_search_co_speakers(tmp_path: Path, actor: str) -> None:
    # "The army and the RSF said ...": the claim is the RSF's too
    sudan = sudan_analysis()
    joint = replace(sudan.claims[0], speaker="a1", speaker_text="army", co_speakers=("a2",))
    with open_store(tmp_path / "co.duckdb") as store:
        store.write([replace(sudan, claims=(joint,))])
        assert store.claims(actor=actor)["id"].tolist() == ["c1"]
        assert store.claims(actor="ahmed ali").empty  # an actor of the document, no speaker


def test_positions_flag_a_change_of_stance(db: Store) -> None:
    timeline = db.positions(actor="Ana Torres", issue="mining_reform")
    assert timeline["stance"].tolist() == ["supports", "opposes"]
    assert timeline["change"].tolist() == [False, True]
    assert timeline["previous_stance"].tolist()[1] == "supports"


def test_position_changes_list_each_shift_across_documents(db: Store) -> None:
    db.write([peru_analysis(published="2024-04-01", stance="opposes",
                            extra_sentence=" Torres still opposes it.")])
    changes = query.position_changes(db, actor="Ana Torres")
    assert changes[["issue", "from_stance", "to_stance"]].values.tolist() == [
        ["mining_reform", "supports", "opposes"]]
    assert changes["from_doc_id"][0] != changes["to_doc_id"][0]
    assert query.position_changes(db, issue="ceasefire").empty


def test_a_repeated_stance_is_no_change(db: Store) -> None:
    db.write([peru_analysis(published="2024-04-01", stance="opposes",
                            extra_sentence=" Torres still opposes it.")])
    assert db.positions(issue="mining reform")["change"].tolist() == [False, True, False]


def test_event_counts_gdelt_style(db: Store) -> None:
    counts = db.event_counts(by=("source_country", "type"))
    per = counts[counts["source_country"] == "PER"].iloc[0]
    assert (per["n_events"], per["n_mentions"], per["n_documents"]) == (2, 4, 2)
    totals = db.event_counts(by=(), asserted_only=False)
    assert totals["n_events"].tolist() == [4]
    assert db.event_counts(by=("factuality",), asserted_only=False)["factuality"].tolist() == [
        "asserted", "negated"]


def test_event_counts_reject_unknown_dimensions(db: Store) -> None:
    with pytest.raises(UsageError, match="by: unknown value 'week'"):
        db.event_counts(by=("week",))


def test_documents_list_record_counts(db: Store) -> None:
    docs = db.documents()
    assert docs["title"].tolist() == ["Reform row", "Reform row", "Shelling in Darfur"]
    assert docs["n_events"].tolist() == [1, 1, 2]
    assert "text" not in docs.columns


def test_store_methods_and_query_functions_agree(db: Store) -> None:
    assert db.events(actor="farmers").equals(query.events(db, actor="farmers"))


def test_user_values_are_parameters_not_sql(db: Store) -> None:
    assert db.events(actor="x' OR 1=1 --").empty
    assert db.actors(name="%").empty
