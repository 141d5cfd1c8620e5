"""The trained side scorer: its weights file is validated, and it reads sides off the parse."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from kronika.errors import KnowledgeError
from kronika.events.side_scorer import CLASSES, load_model, parse_model, scores

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_side_scorer.py"
GOOD = {"format": 1, "classes": list(CLASSES), "bias": [0.0, 0.0, 0.0],
        "weights": {"dir=before": [0.1, 0.2, -0.3]}}


def test_the_shipped_weights_load() -> None:
    model = load_model()
    assert len(model.weights) > 100


@pytest.mark.parametrize("change", [
    {"format": 2},
    {"classes": ["none", "target", "source"]},
    {"weights": {}},
    {"weights": {"dir=before": [0.1, 0.2]}},
    {"weights": {"dir=before": [0.1, "x", 0.2]}},
    {"bias": [0.0, float("nan"), 0.0]},
    {"bias": [0.0, 0.0]},
    {"weights": ["dir=before"]},
])
def test_a_malformed_weights_file_is_refused(change: dict) -> None:
    with pytest.raises(KnowledgeError):
        parse_model({**GOOD, **change})


def test_a_well_formed_weights_file_is_accepted() -> None:
    assert parse_model(GOOD).weights["dir=before"] == (0.1, 0.2, -0.3)


# (sentence, trigger, subject, unrelated prepositional object): invented sentences
SUBJECT_VS_OBJECT = [
    ("The rebels attacked the convoy near the border with Chad.", "attacked", "rebels", "Chad"),
    ("Police detained the editor during a visit to Lisbon.", "detained", "Police", "Lisbon"),
    ("In Caracas, the minister criticised the bankers for their greed.", "criticised",
     "minister", "Caracas"),
]


@pytest.mark.parametrize(("text", "trigger", "subject", "other"), SUBJECT_VS_OBJECT)
def test_a_subject_is_a_likelier_source_than_an_unrelated_prepositional_object(
        nlp: Language, text: str, trigger: str, subject: str, other: str) -> None:
    doc = nlp(text)
    token = {t.text: t for t in doc}
    source = CLASSES.index("source")
    assert (scores(token[trigger], token[subject])[source]
            > scores(token[trigger], token[other])[source])


def write_tiny_corpus(root: Path) -> None:
    """Two invented RAMS windows and one invented WikiEvents document."""
    (root / "rams").mkdir(parents=True)
    (root / "wikievents").mkdir()
    windows = [
        (["Armed", "men", "raided", "a", "customs", "office", "beside", "the", "harbour", "."],
         [2, 2], [[[2, 2], [1, 1], "evt1arg01attacker"], [[2, 2], [5, 5], "evt1arg02target"]]),
        (["The", "minister", "thanked", "the", "donors", "for", "their", "aid", "."],
         [2, 2], [[[2, 2], [1, 1], "evt2arg01communicator"],
                  [[2, 2], [4, 4], "evt2arg02recipient"]]),
    ]
    lines = [json.dumps({"doc_key": f"w{n}", "sentences": [words],
                         "evt_triggers": [[t[0], t[1], [["x", 1.0]]]], "gold_evt_links": links})
             for n, (words, t, links) in enumerate(windows)]
    for name in ("dev.jsonlines", "test.jsonlines"):
        (root / "rams" / name).write_text("\n".join(lines) + "\n", "utf-8")
    tokens = ["Soldiers", "arrested", "two", "farmers", "near", "the", "river", "."]
    doc = {"doc_id": "d1", "tokens": tokens,
           "entity_mentions": [{"id": "e1", "start": 0, "end": 1},
                               {"id": "e2", "start": 3, "end": 4}],
           "event_mentions": [{"trigger": {"start": 1, "end": 2},
                               "arguments": [{"entity_id": "e1", "role": "Jailer"},
                                             {"entity_id": "e2", "role": "Detainee"}]}]}
    for name in ("dev.jsonl", "test.jsonl"):
        (root / "wikievents" / name).write_text(json.dumps(doc) + "\n", "utf-8")


def test_the_training_script_runs_on_a_tiny_corpus(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("train_side_scorer", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # its dataclasses look their module up there
    spec.loader.exec_module(script)
    write_tiny_corpus(tmp_path / "train")
    out = tmp_path / "model.json"
    assert script.main(["--train", str(tmp_path / "train"), "--out", str(out),
                        "--epochs", "20", "--min-count", "1"]) == 0
    model = parse_model(json.loads(out.read_text("utf-8")))
    assert model.weights


@pytest.mark.parametrize(("on", "targets", "side", "near", "expected"), [
    (True, False, "source", "nearest", "scored"),    # a source: the scorer, in place of the rule
    (True, False, "target", "nearest", "nearest"),   # a target: the nearest one after the trigger
    (True, False, "target", None, None),             # (by default, nothing else)
    (True, True, "target", None, "scored"),          # else, if asked, the scorer
    (True, True, "target", "nearest", "nearest"),
    (False, True, "source", "nearest", "nearest"),   # scorer off: the rule alone
    (False, True, "target", None, None),
])
def test_the_scorer_fills_a_source_and_optionally_a_target_the_nearest_rule_misses(
        nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, targets: bool, side: str,
        near: str | None, expected: str | None) -> None:
    from kronika.events import implicit, side_scorer

    monkeypatch.setattr(side_scorer, "USE_SCORER", on)
    monkeypatch.setattr(side_scorer, "SCORE_MISSING_TARGET", targets)
    monkeypatch.setattr(side_scorer, "likeliest", lambda *args: "scored")
    monkeypatch.setattr(implicit, "nearest", lambda *args: near)
    doc = nlp("The envoys praised the deal.")
    got = implicit.in_sentence(doc[2], None, side, None)  # type: ignore[arg-type]
    assert got == expected
