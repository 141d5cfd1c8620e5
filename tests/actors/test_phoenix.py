"""CAMEO/Phoenix dictionary import: exact rules on hand-written files, then the real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika.actors import phoenix
from kronika.actors.knowledge import KnowledgeBase, Role
from kronika.errors import KnowledgeError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "knowledge"
REAL = Path(__file__).resolve().parents[2].parent / "shared" / "dictionaries" / "phoenix"
REAL_ACTORS = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)


@pytest.fixture(scope="module")
def fixture_actors() -> tuple[dict[str, phoenix.ActorEntry], phoenix.ReadReport]:
    report = phoenix.ReadReport("phoenix_actors.txt")
    entries = {e.name: e for e in phoenix.read_actors(FIXTURES / "phoenix_actors.txt", report)}
    return entries, report


def test_country_record_with_aliases(fixture_actors):
    kenya = fixture_actors[0]["Kenya"]
    assert (kenya.kind, kenya.country, kenya.sector, kenya.code) == ("country", "KEN", None, "KEN")
    assert kenya.aliases == ("Kenyan", "Nairobi")
    assert kenya.origin.endswith("phoenix_actors.txt:4")


def test_person_roles_with_both_date_forms(fixture_actors):
    otieno = fixture_actors[0]["Amina Otieno"]
    assert otieno.kind == "person"
    assert otieno.code == "KENELI"  # the undated code
    assert (otieno.country, otieno.sector) == ("KEN", "ELI")
    assert otieno.roles == (
        Role("phoenix:KENELI", "KEN", date(1980, 1, 1), date(1999, 12, 31)),
        Role("phoenix:KENGOV", "KEN", date(2000, 1, 1), None),
        Role("phoenix:KENGOV", "KEN", date(1955, 1, 1), date(1960, 1, 1)),
    )
    assert otieno.aliases == ("President Amina Otieno", "Otieno")


def test_open_interval_and_name_casing(fixture_actors):
    entry = fixture_actors[0]["Sean McDonald O'Brien"]
    assert entry.roles == (Role("phoenix:IRLGOV", "IRL", date(2009, 1, 1), None),)
    assert entry.code == "IRLGOV"  # no undated code: the most recent role's
    assert entry.aliases == ("Prime Minister McDonald",)


def test_codeless_phrase_chains_into_next_record_but_not_across_blank_line(fixture_actors):
    entries, report = fixture_actors
    chained = entries["Chained First Name"]
    assert chained.aliases == ("Chained Second Name",)
    assert chained.code == "CHLMIL"
    assert "Codeless Name" not in entries
    assert (19, "entry 'CODELESS_NAME_' has no code") in report.skipped


def test_international_codes_and_legacy_comment(fixture_actors):
    who = fixture_actors[0]["World Health Organization"]
    assert (who.kind, who.country, who.sector, who.code) == (
        "organization",
        "IGO",
        "IGO",
        "IGOUNOWHO",
    )
    assert who.aliases == ("Who",)


def test_bad_lines_are_skipped_and_counted(fixture_actors):
    entries, report = fixture_actors
    broken = entries["Broken Dates"]
    assert broken.roles == (Role("phoenix:PERGOV", "PER", date(2011, 7, 28), None),)
    assert broken.aliases == ("First Alias", "Second Alias")
    reasons = [reason for _, reason in report.skipped]
    assert "invalid date in [FRAGOV 991399-000101]" in reasons
    assert "invalid date in [FRAGOV <000230]" in reasons
    assert "end before start in [FRAGOV 120101-100101]" in reasons
    assert "unreadable code [---]" in reasons
    assert "indented line that is neither a synonym nor a code" in reasons
    assert report.entries == len(entries) == 7


def test_dated_roles_only_make_a_person_coded_by_latest_role(fixture_actors):
    entry = fixture_actors[0]["Only Dated Roles"]
    assert entry.kind == "person"
    assert entry.code == "IDNGOVLEG"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("080508", date(2008, 5, 8)),
        ("300101", date(2030, 1, 1)),  # YY <= 30 is 20YY (PETRARCH's pivot)
        ("310101", date(1931, 1, 1)),
        ("18970101", date(1897, 1, 1)),
        ("000230", None),
        ("2004017", None),
    ],
)
def test_parse_date(text, expected):
    assert phoenix.parse_date(text) == expected


def test_agents_plurals_markers_and_prefix_codes():
    report = phoenix.ReadReport("phoenix_agents.txt")
    agents = list(phoenix.read_agents(FIXTURES / "phoenix_agents.txt", report))
    terms = {a.term: (a.sector, a.code) for a in agents}
    assert terms["soldier"] == terms["soldiers"] == ("MIL", "MIL")
    assert "army" in terms and "armies" not in terms  # {} suppresses the plural
    assert terms["body guards"] == ("MIL", "MIL")
    assert terms["attorneys general"] == ("GOV", "GOVATG")
    assert terms["peacekeeping troops"] == ("IGO", "IGO")
    assert {"congressman", "congressmen", "congresswoman", "congresswomen"} <= set(terms)
    assert "polices" not in terms  # a final "_" means no plural
    assert terms["bosses"] == ("BUS", "BUS")
    assert terms["ministry of tests"] == ("ENV", "ENV")  # "[~ENV}" typo tolerated
    assert [line for line, _ in report.skipped] == [12, 13]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"just some prose\nwithout any codes\n", "no coded actor records"),
    ],
)
def test_not_a_dictionary_raises_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.actors.txt"
    path.write_bytes(content)
    with pytest.raises(KnowledgeError, match=message) as err:
        list(phoenix.read_actors(path))
    assert str(path) in str(err.value)


def test_missing_file_raises_naming_it(tmp_path):
    with pytest.raises(KnowledgeError, match="bad.txt: cannot read"):
        list(phoenix.read_agents(tmp_path / "bad.txt"))


# ---------------------------------------------------------------- the real dictionaries

real = pytest.mark.skipif(not REAL.is_dir(), reason=f"Phoenix dictionaries not present at {REAL}")


@pytest.fixture(scope="module")
def real_kb() -> KnowledgeBase:
    return KnowledgeBase.from_dir(
        FIXTURES,
        actor_files=[REAL / name for name in REAL_ACTORS],
        agent_files=[REAL / "Phoenix.agents.txt"],
    )


@real
def test_real_putin_has_a_russian_government_role_in_2012(real_kb):
    putin = real_kb.lookup("PUTIN")
    assert putin is not None and putin.name == "Vladimir Putin"
    assert putin.kind == "person"
    roles = real_kb.roles_of(putin, date(2012, 6, 1))
    assert [(r.office, r.country) for r in roles] == [("phoenix:RUSGOV", "RUS")]
    assert roles[0].start == date(2008, 5, 8)


@real
def test_real_entries_rank_after_kronika_files(real_kb):
    # Both define these names; the kronika-format entry wins over the imported one.
    for name in ("Luiz Inacio Lula da Silva", "Viktor Orban"):
        first, second = real_kb.candidates(name)
        assert Path(first.origin).name.startswith("actors.yaml:")
        assert Path(second.origin).name.startswith("Phoenix.Countries.actors.txt:")
    assert real_kb.lookup("Lula da Silva").code == "BRAELI"  # only Phoenix has this alias


@real
def test_real_aliases_resolve(real_kb):
    assert real_kb.lookup("Russian President Vladimir V. Putin").name == "Vladimir Putin"
    assert real_kb.lookup("Dmitri Medvedev").name == "Dmitry Medvedev"  # chained record
    assert real_kb.lookup("the European Union").code == "IGOEUREEC"
    assert real_kb.country_code("Afghanistan") == "AFG"


@real
def test_real_agents(real_kb):
    assert real_kb.agent("soldier").sector == "MIL"
    assert real_kb.agent("troops").sector == "MIL"
    assert real_kb.agent("protester").sector == "CVL"  # sectors.csv before imported agents
    assert real_kb.agent("foreign minister").sector == "GOV"


@real
def test_real_files_load_with_few_skipped_lines():
    for name in REAL_ACTORS:
        report = phoenix.ReadReport(name)
        entries = list(phoenix.read_actors(REAL / name, report))
        assert len(entries) > 1000
        assert len(report.skipped) < 0.01 * len(entries)
