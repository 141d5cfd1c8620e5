"""The packaged event and position lexicons load, stay faithful to PLOVER/CAMEO, and reject
malformed user files with file:line messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.errors import KnowledgeError
from kronika.events.ontology import (
    load_cameo,
    load_factuality,
    load_issues,
    load_ontology,
    load_stances,
    load_triggers,
    words_of,
)
from kronika.records import PLOVER_TYPES, STANCES

HEADER = "lemma,pos,type,mode,cameo\n"


def lemmas(text: str) -> list[str]:
    """A lemma sequence written as space-separated words."""
    return text.split()


def test_ontology_has_the_16_plover_types_in_order():
    types = load_ontology()
    assert tuple(types) == PLOVER_TYPES
    assert types["CONSULT"].modes == ("visit", "host", "third-party", "multilateral", "phone")
    assert "heavy-weapons" in types["ASSAULT"].modes


@pytest.mark.parametrize("name", PLOVER_TYPES)
def test_quad_class_and_goldstein_sign_agree(name):
    event_type = load_ontology()[name]
    if event_type.quad_class <= 2:
        assert event_type.goldstein >= 0
    else:
        assert event_type.goldstein < 0
    assert load_cameo().goldstein(event_type.cameo) is not None


@pytest.mark.parametrize("name", PLOVER_TYPES)
def test_every_type_has_ten_triggers_and_a_noun(name):
    mine = [t for t in load_triggers() if t.type == name]
    assert len(mine) >= 10
    assert any(t.pos == "NOUN" for t in mine)


def test_trigger_lexicon_is_broad():
    assert len(load_triggers()) >= 600


def test_every_trigger_code_maps_back_to_its_type():
    cameo = load_cameo()
    for trigger in load_triggers():
        assert trigger.type in cameo.types_for(trigger.cameo), trigger
        assert cameo.goldstein(trigger.cameo) is not None, trigger


@pytest.mark.parametrize(
    ("code", "types"),
    [
        ("01", ()),
        ("04", ("CONSULT",)),
        ("08", ("CONCEDE", "RETREAT")),
        ("0811", ("CONCEDE",)),
        ("0813", ("RETREAT",)),
        ("0841", ("RETREAT",)),
        ("116", ("SANCTION",)),
        ("163", ("SANCTION",)),
        ("1712", ("ASSAULT",)),
        ("173", ("COERCE",)),
        ("192", ("COERCE",)),
        ("195", ("ASSAULT",)),
        ("2042", ("ASSAULT",)),
    ],
)
def test_cameo_codes_map_to_plover(code, types):
    assert load_cameo().types_for(code) == types


def test_every_cameo_root_is_mapped_and_roots_map_back():
    cameo, types = load_cameo(), load_ontology()
    assert sorted(cameo.roots) == [f"{n:02d}" for n in range(1, 21)]
    for event_type in types.values():
        assert event_type.name in cameo.types_for(event_type.cameo)
        for root in event_type.cameo_roots:
            assert event_type.name in cameo.roots[root]


def test_goldstein_uses_the_most_specific_code():
    cameo = load_cameo()
    assert cameo.goldstein("0874") == 10.0
    assert cameo.goldstein("0871") == 9.0  # falls back to 087
    assert cameo.goldstein("1832") == -10.0


def test_multiword_triggers_are_indexed_by_first_word_longest_first():
    found = load_triggers().by_head("call", "VERB")
    lemmas = [t.lemma for t in found]
    assert {"call for", "call on", "call off", "call"} <= set(lemmas)
    assert [len(t.words) for t in found] == sorted((len(t.words) for t in found), reverse=True)
    assert [t.type for t in found if t.lemma == "call for"] == ["REQUEST"]
    assert load_triggers().by_head("Cease", "NOUN")[0].words == ("cease", "-", "fire")
    assert load_triggers().by_head("general", "NOUN")[0].type == "PROTEST"


@pytest.mark.parametrize(
    ("lemma", "pos", "type_", "mode"),
    [
        ("bomb", "VERB", "ASSAULT", "heavy-weapons"),
        ("airstrike", "NOUN", "ASSAULT", "heavy-weapons"),
        ("shelling", "NOUN", "ASSAULT", "heavy-weapons"),
        ("visit", "NOUN", "CONSULT", "visit"),
        ("talk", "NOUN", "CONSULT", None),
        ("condemn", "VERB", "ACCUSE", "disapprove"),
        ("veto", "VERB", "REJECT", None),
        ("ultimatum", "NOUN", "THREATEN", None),
        ("embargo", "NOUN", "SANCTION", "sever"),
        ("detain", "VERB", "COERCE", "arrest"),
        ("truce", "NOUN", "RETREAT", "ceasefire"),
        ("mobilize", "VERB", "MOBILIZE", "troops"),
    ],
)
def test_news_triggers_follow_plover(lemma, pos, type_, mode):
    entries = [t for t in load_triggers().by_head(lemma, pos) if t.lemma == lemma]
    assert (entries[0].type, entries[0].mode) == (type_, mode)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("shell,VERB,ATTACK,,194", "type"),
        ("shell,VERB,ASSAULT,aerial,194", "mode"),
        ("shell,VERB,ASSAULT,,040", "cameo"),
        ("shell,VERB,ASSAULT,,19x", "cameo"),
        ("shell,ADV,ASSAULT,,194", "pos"),
        ("Shell,VERB,ASSAULT,,194", "lemma"),
        ("shell,VERB,ASSAULT,194", "row"),
    ],
)
def test_malformed_user_trigger_file_names_file_line_and_field(tmp_path, row, field):
    text = f"# my triggers\n{HEADER}blockade,NOUN,COERCE,restrict,191\n{row}\n"
    path = write(tmp_path, "mine.csv", text)
    with pytest.raises(KnowledgeError) as error:
        load_triggers([path])
    assert str(error.value).startswith(f"{path}:4: field '{field}'")


def test_user_trigger_file_with_a_bad_header_is_rejected(tmp_path):
    path = write(tmp_path, "mine.csv", "lemma,type\nshell,ASSAULT\n")
    with pytest.raises(KnowledgeError, match=r"mine\.csv:1: field 'header'"):
        load_triggers([path])


def test_duplicate_trigger_in_a_file_names_both_lines(tmp_path):
    text = f"{HEADER}pummel,VERB,ASSAULT,,190\npummel,VERB,ASSAULT,,194\n"
    path = write(tmp_path, "mine.csv", text)
    with pytest.raises(KnowledgeError, match=r"mine\.csv:3: .*first on line 2"):
        load_triggers([path])


def test_user_triggers_extend_the_packaged_lexicon(tmp_path):
    path = write(tmp_path, "mine.csv", f"{HEADER}pummel,VERB,ASSAULT,heavy-weapons,194\n")
    lexicon = load_triggers([path])
    assert [t.cameo for t in lexicon.by_head("pummel", "VERB")] == ["194"]
    assert len(lexicon) == len(load_triggers()) + 1


@pytest.mark.parametrize(
    ("lemmas", "key"),
    [
        (lemmas("they reject any ceasefire"), "ceasefire"),
        (lemmas("a ceasefire as a precondition for talk"), "ceasefire"),
        (lemmas("impose a no - fly zone over the north"), "no_fly_zone"),
        (lemmas("Seoul want security guarantee from Washington"), "security_guarantees"),
        (lemmas("the junta promise early election"), "elections"),
        (lemmas("Armenia seek eu membership"), "eu_membership"),
        (lemmas("call for a prisoner swap"), "prisoner_exchange"),
        (lemmas("a new tariff on steel"), "tariffs"),
        (lemmas("a free trade agreement"), "trade"),
    ],
)
def test_issue_match_takes_the_longest_phrase(lemmas, key):
    assert load_issues().match(lemmas).key == key


def test_issue_find_reports_positions_and_none_when_absent():
    issues = load_issues()
    found = issues.find(lemmas("lift sanction and allow humanitarian access"))
    assert [(m.issue.key, m.start, m.end) for m in found] == [
        ("sanctions", 1, 2), ("humanitarian_access", 4, 6)]
    assert issues.match(lemmas("the weather be fine")) is None


def test_issue_phrases_name_one_issue_only(tmp_path):
    path = write(tmp_path, "issues.yaml", "issues:\n  water:\n    label: Water\n"
                                          "    phrases: [dam, truce]\n")
    with pytest.raises(KnowledgeError, match="'truce' already names issue 'ceasefire'"):
        load_issues([path])


def test_malformed_user_issue_file_names_file_and_line(tmp_path):
    path = write(tmp_path, "issues.yaml", "issues:\n  water:\n    label: Water\n"
                                          "    phrases:\n      - dam\n      - River Basin\n")
    with pytest.raises(KnowledgeError) as error:
        load_issues([path])
    assert str(error.value).startswith(f"{path}:6: field 'issues.water.phrases.1'")


def test_user_issue_file_adds_issues(tmp_path):
    path = write(tmp_path, "issues.yaml", "issues:\n  water:\n    label: Water rights\n"
                                          "    phrases: [dam, water share]\n")
    issue = load_issues([path]).match(lemmas("the water share of Egypt"))
    assert issue.label == "Water rights"


@pytest.mark.parametrize(
    ("lemma", "pos", "stance"),
    [
        ("call for", "VERB", "demands"),
        ("insist", "VERB", "demands"),
        ("put forward", "VERB", "offers"),
        ("welcome", "VERB", "supports"),
        ("acquiesce", "VERB", "accepts"),
        ("turn down", "VERB", "rejects"),
        ("oppose", "VERB", "opposes"),
        ("give up", "VERB", "drops"),
        ("proposal", "NOUN", "offers"),
    ],
)
def test_stance_cues(lemma, pos, stance):
    assert load_stances()[(lemma, pos)] == stance


def test_every_stance_is_a_record_stance():
    assert set(load_stances().values()) == set(STANCES)


def test_malformed_user_stance_file_names_file_and_line(tmp_path):
    path = write(tmp_path, "stances.csv", "lemma,pos,stance\nlove,VERB,adores\n")
    with pytest.raises(KnowledgeError, match=r"stances\.csv:2: field 'stance'"):
        load_stances([path])


def test_factuality_cues():
    cues = load_factuality()
    assert {"not", "never", "no"} <= cues.negated.words
    assert {"refuse", "fail", "deny"} <= cues.negated.verbs
    assert {"if", "could", "might"} <= cues.hypothetical.words
    assert "possibility" in cues.hypothetical.nouns
    assert "will" in cues.future.words
    assert "according to" in cues.reported.phrases
    assert ("according", "to") in cues.reported.multiword()
    assert cues.modal_value("wo") == "future"
    assert cues.modal_value("Could") == "hypothetical"
    assert cues.governor_value("refuse", "VERB") == "negated"
    assert cues.governor_value("plan", "VERB") == "future"
    assert cues.governor_value("rumour", "NOUN") == "hypothetical"


@pytest.mark.parametrize(
    ("text", "lemma", "type_"),
    [
        ("Ankara severed ties with Tel Aviv.", "sever tie", "SANCTION"),
        ("The rebels agreed to a cease-fire.", "cease-fire", "RETREAT"),
        ("Kigali broke off relations with Kinshasa.", "break off relation", "SANCTION"),
        ("Caracas called for talks.", "call for talk", "REQUEST"),
    ],
)
def test_multiword_triggers_are_written_as_spacy_lemmas(nlp, text, lemma, type_):
    lemmas = [t.lemma_.lower() for t in nlp(text)]
    trigger = next(t for t in load_triggers() if t.lemma == lemma and t.type == type_)
    n = len(trigger.words)
    assert any(tuple(lemmas[i:i + n]) == trigger.words for i in range(len(lemmas)))


def test_words_of_splits_hyphens_like_spacy():
    assert words_of("No-fly zone") == ("no", "-", "fly", "zone")
    assert words_of("won't") == ("won't",)
