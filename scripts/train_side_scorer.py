"""Train the side scorer (kronika.events.side_scorer) on RAMS and WikiEvents.

    .venv/bin/python scripts/train_side_scorer.py                 # ../shared/train -> data/models
    .venv/bin/python scripts/train_side_scorer.py --limit 20 --out /tmp/m.json   # a quick try

Reads only ../shared/train (never ../shared/eval). Each annotated window is parsed with
kronika's own spaCy pipeline and its actors resolved as at run time; the candidates of a
trigger are the actor and place mentions of its sentence that kronika's side filling reads
(side_scorer.mention_heads, never pronouns), each labelled by the role of the gold argument
that contains its head, mapped onto kronika's sides (ROLE_SIDE). The model is a
multinomial logistic regression (numpy, L2, Adam, fixed seed), first fitted on 80 % of the
documents to report held-out scores against the nearest-mention rule (and the precision per
probability band, which the confidence of a filled side follows), then refitted on everything
with the same settings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from kronika.actors.resolve import resolve_actors
from kronika.events.side_scorer import (
    CLASSES,
    FORMAT_VERSION,
    MODEL_FILE,
    SideModel,
    features,
    mention_heads,
    ranks,
)
from kronika.nlp import load_nlp
from kronika.pipeline import load_all

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TRAIN = ROOT.parent / "shared" / "train"
DEFAULT_OUT = ROOT / "src" / "kronika" / "data" / MODEL_FILE
# Roles of the AIDA (RAMS) and KAIROS (WikiEvents) ontologies as kronika's sides: the one who
# acts is the source, the one acted on or addressed is the target. Roles absent here (place,
# instrument, artifact, money, ...) are 'none'; roles that can be either side are left out.
ROLE_SIDE = {
    **dict.fromkeys(
        ("attacker", "agent", "communicator", "giver", "jailer", "killer", "injurer",
         "perpetrator", "executioner", "destroyer", "damager", "damagerdestroyer", "preventer",
         "prosecutor", "extraditer", "granter", "impeder", "investigator", "inspector",
         "transporter", "yielder", "founder", "demonstrator", "violator", "rejecternullifier",
         "disabler", "dismantler", "regulator", "identifier", "monitor", "observer", "spy",
         "judgecourt", "voter", "surrenderer", "retreater"), "source"),
    **dict.fromkeys(
        ("target", "victim", "recipient", "detainee", "defendant", "beneficiary", "deceased",
         "inspectedentity", "observedentity", "monitoredentity", "employee", "candidate",
         "patient"), "target"),
}
AMBIGUOUS_ROLES = {"participant", "otherparticipant"}
SEED = 13
HELD_OUT = 0.2


@dataclass
class Window:
    """One training text: its tokens, the annotated triggers and their arguments."""

    key: str
    words: list[str]
    # (trigger start, trigger end, [(arg start, arg end, role)]), offsets inclusive
    events: list[tuple[int, int, list[tuple[int, int, str]]]]


def rams(folder: Path) -> Iterator[Window]:
    """RAMS windows: one annotated event each, token offsets inclusive."""
    for name in ("dev.jsonlines", "test.jsonlines"):
        for line in (folder / name).read_text("utf-8").splitlines():
            doc = json.loads(line)
            words = [w for sent in doc["sentences"] for w in sent]
            by_trigger: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
            for (ts, te), (a_s, a_e), role in doc["gold_evt_links"]:
                by_trigger.setdefault((ts, te), []).append(
                    (a_s, a_e, re.sub(r"^evt\d+arg\d+", "", role)))
            for ts, te, _ in doc["evt_triggers"]:
                by_trigger.setdefault((ts, te), [])
            yield Window(doc["doc_key"], words,
                         [(s, e, args) for (s, e), args in sorted(by_trigger.items())])


def wikievents(folder: Path) -> Iterator[Window]:
    """WikiEvents documents: every event annotated, offsets end-exclusive."""
    for name in ("dev.jsonl", "test.jsonl"):
        for line in (folder / name).read_text("utf-8").splitlines():
            doc = json.loads(line)
            ents = {m["id"]: m for m in doc["entity_mentions"]}
            events = []
            for ev in doc["event_mentions"]:
                args = [(ents[a["entity_id"]]["start"], ents[a["entity_id"]]["end"] - 1,
                         a["role"].lower()) for a in ev["arguments"] if a["entity_id"] in ents]
                events.append((ev["trigger"]["start"], ev["trigger"]["end"] - 1, args))
            yield Window(doc["doc_id"], list(doc["tokens"]), events)


def trigger_head(doc: Doc, start: int, end: int) -> Token:
    """The syntactic head of a (possibly multi-word) trigger span."""
    span = doc[start : end + 1]
    return span.root


def label(cand: Token, args: list[tuple[int, int, str]]) -> str | None:
    """The side of the gold argument that holds the mention's head; None for an ambiguous role."""
    found = "none"
    for start, end, role in args:
        if start <= cand.i <= end:
            if role in AMBIGUOUS_ROLES:
                return None
            side = ROLE_SIDE.get(role, "none")
            if side != "none":
                return side
    return found


@dataclass
class Pair:
    group: str  # document key, for the split
    event: int  # event number, to group candidates of one trigger-side decision
    before: bool
    distance: int
    feats: list[str]
    gold: str


def pairs(windows: Iterator[Window], limit: int | None) -> list[Pair]:
    """Every (trigger, candidate) pair of the windows, parsed with kronika's pipeline."""
    nlp = load_nlp()
    know = load_all()
    out: list[Pair] = []
    n_event = 0
    for n, win in enumerate(windows):
        if limit is not None and n >= limit:
            break
        doc = nlp(Doc(nlp.vocab, words=win.words))
        index = resolve_actors(doc, nlp, know.kb, know.gazetteer, None)
        for ts, te, args in win.events:
            n_event += 1
            trig = trigger_head(doc, ts, te)
            cands = [c for c in mention_heads(trig, index, "target") if not ts <= c.i <= te]
            rank = ranks(trig, cands)
            for cand in cands:
                gold = label(cand, args)
                if gold is None:
                    continue
                out.append(Pair(win.key, n_event, cand.i < trig.i, abs(cand.i - trig.i),
                                features(trig, cand, rank[cand.i]), gold))
    return out


def held_out(key: str) -> bool:
    """A fixed 20 % of the documents, by a hash of their key."""
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < HELD_OUT


def fit(data: list[Pair], l2: float, epochs: int, min_count: int
        ) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Multinomial logistic regression by full-batch Adam; features seen < min_count times
    are dropped."""
    counts = Counter(f for p in data for f in p.feats)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows = [[vocab[f] for f in p.feats if f in vocab] for p in data]
    lengths = np.array([len(r) for r in rows])
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    owner = np.repeat(np.arange(len(rows)), lengths)
    y = np.zeros((len(data), len(CLASSES)))
    y[np.arange(len(data)), [CLASSES.index(p.gold) for p in data]] = 1
    rng = np.random.default_rng(SEED)
    w = rng.normal(0, 0.01, (len(vocab), len(CLASSES)))
    b = np.zeros(len(CLASSES))
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        s = np.zeros((len(data), len(CLASSES)))
        np.add.at(s, owner, w[flat])
        s += b
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / len(data)
        g_w = np.zeros_like(w)
        np.add.at(g_w, flat, g[owner])
        g_w += l2 * w
        g_b = g.sum(axis=0)
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= lr * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    names = sorted(vocab, key=vocab.get)
    return {f: w[vocab[f]] for f in names}, b


def model_of(weights: dict[str, np.ndarray], bias: np.ndarray) -> SideModel:
    return SideModel({f: tuple(float(x) for x in v) for f, v in weights.items()},  # type: ignore[misc]
                     tuple(float(x) for x in bias))  # type: ignore[arg-type]


def decisions(data: list[Pair], model: SideModel, side: str, how: str
              ) -> list[tuple[float, bool, bool]]:
    """Per event: (score of the chosen mention, whether it is a gold ``side``, whether the
    event has a gold ``side`` among its candidates). ``how``: 'model' picks the highest
    probability; 'nearest' the nearest mention before (source) or after (target) the trigger."""
    by_event: dict[int, list[Pair]] = {}
    for p in data:
        by_event.setdefault(p.event, []).append(p)
    col = CLASSES.index(side)
    out = []
    for cands in by_event.values():
        has = any(p.gold == side for p in cands)
        if how == "model":
            scored = [(model.probabilities(p.feats)[col], p) for p in cands]
            score, pick = max(scored, key=lambda sp: sp[0])
        else:
            near = [p for p in cands if p.before == (side == "source")]
            if not near:
                out.append((0.0, False, has))
                continue
            score, pick = 1.0, min(near, key=lambda p: p.distance)
        out.append((score, pick.gold == side, has))
    return out


def prf(decided: list[tuple[float, bool, bool]], threshold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 of the picks at or above ``threshold``."""
    picked = [d for d in decided if d[0] >= threshold]
    right = sum(1 for d in picked if d[1])
    gold = sum(1 for d in decided if d[2])
    p = right / len(picked) if picked else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def choose_threshold(decided: list[tuple[float, bool, bool]]) -> float:
    """The threshold with the best F1 on the held-out picks (ties: the higher, more precise)."""
    grid = [t / 100 for t in range(0, 90, 5)]
    return max(grid, key=lambda t: (round(prf(decided, t)[2], 3), t))


def bands(decided: list[tuple[float, bool, bool]]) -> dict[str, list[float]]:
    """Precision of the picks per probability band: band -> [precision, picks]."""
    out = {}
    for low, high in ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)):
        picked = [d for d in decided if low <= d[0] < high]
        if picked:
            out[f"{low:.1f}-{min(high, 1.0):.1f}"] = [
                round(sum(d[1] for d in picked) / len(picked), 3), len(picked)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=None, help="documents per corpus file")
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args(argv)
    if "eval" in args.train.resolve().parts:
        parser.error("training reads ../shared/train only, never the evaluation sets")

    data = (pairs(rams(args.train / "rams"), args.limit)
            + pairs(wikievents(args.train / "wikievents"), args.limit))
    train = [p for p in data if not held_out(p.group)]
    test = [p for p in data if held_out(p.group)] or train
    print(f"pairs: {len(data)} ({Counter(p.gold for p in data)}); held out {len(test)}",
          file=sys.stderr)
    weights, bias = fit(train, args.l2, args.epochs, args.min_count)
    first = model_of(weights, bias)
    report: dict[str, dict[str, object]] = {}
    for side in ("source", "target"):
        decided = decisions(test, first, side, "model")
        threshold = choose_threshold(decided)
        report[side] = {
            "always_pick_PRF": [round(x, 3) for x in prf(decided, 0.0)],
            "nearest_PRF": [round(x, 3) for x in prf(decisions(test, first, side, "nearest"), 0)],
            "best_threshold": threshold,
            "best_threshold_PRF": [round(x, 3) for x in prf(decided, threshold)],
            "precision_by_probability": bands(decided),
        }
        print(f"{side}: held-out {report[side]}", file=sys.stderr)

    weights, bias = fit(data, args.l2, args.epochs, args.min_count)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "format": FORMAT_VERSION,
        "classes": list(CLASSES),
        "trained": {"data": "RAMS 1.0 dev+test (CC BY-SA 4.0), WikiEvents dev+test (MIT)",
                    "command": "python scripts/train_side_scorer.py",
                    "date": date.today().isoformat(), "pairs": len(data),
                    "epochs": args.epochs, "l2": args.l2, "min_count": args.min_count,
                    "held_out": report},
        "bias": [round(float(x), 4) for x in bias],
        "weights": {f: [round(float(x), 4) for x in v] for f, v in weights.items()
                    if np.abs(v).max() >= 1e-3},
    }, indent=None, separators=(",", ":"), sort_keys=False) + "\n", "utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
