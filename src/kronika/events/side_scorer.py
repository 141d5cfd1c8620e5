"""A trained scorer for (trigger, actor mention) pairs: source, target or neither.

A multinomial logistic regression over features of the parse between an event trigger and a
mention in its sentence (the dependency path, direction, distance, the mention's kind, the
preposition that introduces it, the trigger's voice). Trained by
``scripts/train_side_scorer.py`` on RAMS and WikiEvents only (never on ../shared/eval); the
weights ship as ``data/models/side_scorer.json`` (see the README beside them for data, licence
and held-out scores).

The grammar (arguments.py, frames.csv) decides sides; this scorer only fills a side the
grammar left empty (implicit.py, rule 2: ``in_sentence`` reads the two switches below), with
a confidence below every frame path: a source in place of the nearest agent-like actor
before the trigger; a target, optionally (off by default, ``SCORE_MISSING_TARGET``), only
where no actor or place follows the trigger. In place of that
nearest target it was measured worse (the training data calls the place of an attack no
target, where event coding takes its country as one).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from kronika.actors.resolve import ActorIndex
from kronika.errors import KnowledgeError
from kronika.events.arguments import (
    NEARBY_PREPS,
    Argument,
    outside_event,
    phrase_span,
    same_side,
)
from kronika.nlp import sentence_index, sentences

MODEL_FILE = "models/side_scorer.json"
CLASSES = ("none", "source", "target")
FORMAT_VERSION = 1
# Longest dependency path kept whole (steps up plus steps down); longer ones are one feature.
MAX_PATH = 4
DISTANCE_BUCKETS = (1, 2, 3, 5, 8, 12, 20)
# Clauses that, between a mention and the trigger, usually leave the trigger out.
CLAUSE_DEPS = {"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "pcomp"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
# Fill a side the grammar left empty with the scorer's help (True) or the nearest actor alone.
USE_SCORER = True
# Off: a target with no actor or place after the trigger stays empty. On, it lifted the dyad
# sets (PLV dyad .516 -> .524, Multi-CoPED pair .700 -> .705) but moved events of other sets
# (event location found-accuracy .861 -> .854, M2E2 sentence R .672 -> .669): see the README
# beside the weights.
SCORE_MISSING_TARGET = False
# The confidence of a scored side: below every frame path and the chain rule (0.5), rising
# with the model's probability.
CONFIDENCE_FLOOR = 0.3
CONFIDENCE_SPAN = 0.15


@dataclass(frozen=True)
class SideModel:
    """Weights per feature, one per class in ``CLASSES``, and the classes' biases."""

    weights: dict[str, tuple[float, float, float]]
    bias: tuple[float, float, float]

    def probabilities(self, feats: Iterable[str]) -> tuple[float, float, float]:
        """P(none), P(source), P(target) of one pair."""
        score = list(self.bias)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                score[0] += w[0]
                score[1] += w[1]
                score[2] += w[2]
        top = max(score)
        exp = [math.exp(s - top) for s in score]
        total = sum(exp)
        return exp[0] / total, exp[1] / total, exp[2] / total


def _triple(value: object, where: str) -> tuple[float, float, float]:
    if (not isinstance(value, list) or len(value) != len(CLASSES)
            or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in value)):
        raise KnowledgeError(f"{MODEL_FILE}: {where} must be {len(CLASSES)} finite numbers")
    return float(value[0]), float(value[1]), float(value[2])


def parse_model(raw: object) -> SideModel:
    """Validate the weights file's content and build the model (KnowledgeError if malformed)."""
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{MODEL_FILE}: not a JSON object")
    if raw.get("format") != FORMAT_VERSION:
        raise KnowledgeError(f"{MODEL_FILE}: format must be {FORMAT_VERSION}")
    if raw.get("classes") != list(CLASSES):
        raise KnowledgeError(f"{MODEL_FILE}: classes must be {list(CLASSES)}")
    weights = raw.get("weights")
    if not isinstance(weights, dict) or not weights:
        raise KnowledgeError(f"{MODEL_FILE}: 'weights' must be a non-empty object")
    return SideModel(
        weights={str(k): _triple(v, f"weight {k!r}") for k, v in weights.items()},
        bias=_triple(raw.get("bias"), "bias"),
    )


@lru_cache(maxsize=1)
def load_model() -> SideModel:
    """The shipped model, read and validated once per process."""
    text = resources.files("kronika.data").joinpath(MODEL_FILE).read_text("utf-8")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"{MODEL_FILE}: not valid JSON ({exc})") from exc
    return parse_model(raw)


def bucket(n: int) -> str:
    """A distance as the smallest bucket bound it does not exceed."""
    return next((str(b) for b in DISTANCE_BUCKETS if n <= b), "far")


def voice(trigger: Token) -> str:
    """VERB-passive, VERB-active, or the part of speech of a non-verb trigger."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return trigger.pos_
    passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in trigger.children)
    return "VERB-passive" if passive or trigger.tag_ == "VBN" and trigger.dep_ == "acl" else "VERB"


def path(trigger: Token, cand: Token) -> tuple[list[str], list[str]]:
    """Dependency labels up from the trigger to the lowest common ancestor, and down from it
    to the mention."""
    up_chain = [trigger, *trigger.ancestors]
    up_index = {t.i: n for n, t in enumerate(up_chain)}
    down: list[str] = []
    node = cand
    while node.i not in up_index:
        down.append(node.dep_)
        if node.head.i == node.i:  # different sentences: no common ancestor
            return ["?"], list(reversed(down))
        node = node.head
    up = [t.dep_ for t in up_chain[: up_index[node.i]]]
    return up, list(reversed(down))


def mention_kind(cand: Token) -> str:
    """The entity label of a name, else its part of speech."""
    return cand.ent_type_ or cand.pos_


def introducer(cand: Token) -> str:
    """The word that introduces the mention: its preposition ('on', 'against', 'by'), the
    possessive, or '-'."""
    if cand.dep_ == "pobj":
        return cand.head.lemma_.lower()
    if cand.dep_ == "poss":
        return "'s"
    return "-"


def in_clause(cand: Token, down: Sequence[str]) -> bool:
    """The path from the common ancestor to the mention passes a clause of another verb."""
    return any(d in CLAUSE_DEPS for d in down[:-1]) or (bool(down) and down[-1] in CLAUSE_DEPS)


def ranks(trigger: Token, cands: Iterable[Token]) -> dict[int, int]:
    """Token index -> 1 for the mention nearest the trigger on its side (before or after),
    2 for the next one, and so on."""
    before = sorted((c for c in cands if c.i < trigger.i), key=lambda c: -c.i)
    after = sorted((c for c in cands if c.i > trigger.i), key=lambda c: c.i)
    return {c.i: n for side in (before, after) for n, c in enumerate(side, 1)}


def features(trigger: Token, cand: Token, rank: int) -> list[str]:
    """The features of one (trigger, mention) pair, ``rank`` its order of nearness on its
    side of the trigger; the training script uses this function, so run time and training
    read a pair alike."""
    up, down = path(trigger, cand)
    steps = len(up) + len(down)
    where = "before" if cand.i < trigger.i else "after"
    shape = ("^" + "^".join(up) + "_" + "_".join(down)) if steps <= MAX_PATH else "long"
    form = voice(trigger)
    kind = mention_kind(cand)
    intro = introducer(cand)
    lemma = cand.lemma_.lower() if cand.pos_ == "NOUN" else kind
    subj_of_trigger = cand.dep_ in SUBJECT_DEPS and cand.head.i == trigger.i
    near = f"rank={min(rank, 3)}|{where}"
    return [
        near,
        f"{near}|{form}",
        f"{near}|dep={cand.dep_}",
        f"dir={where}",
        f"dist={bucket(abs(cand.i - trigger.i))}|{where}",
        f"kind={kind}",
        f"kind={kind}|{where}",
        f"dep={cand.dep_}",
        f"dep={cand.dep_}|{where}",
        f"dep={cand.dep_}|{form}",
        f"form={form}|{where}",
        f"tdep={trigger.dep_}|{where}",
        f"path={shape}",
        f"path={shape}|{form}",
        f"steps={min(steps, 8)}",
        f"up={len(up)}|down={min(len(down), 4)}",
        f"intro={intro}",
        f"intro={intro}|{form}",
        f"intro={intro}|{where}",
        f"clause={in_clause(cand, down)}|{where}",
        f"subj={subj_of_trigger}|{form}",
        f"lemma={lemma}",
        f"lemma={lemma}|{where}",
        f"lemma={lemma}|dep={cand.dep_}",
    ]


def scores(trigger: Token, cand: Token, rank: int = 1, model: SideModel | None = None
           ) -> tuple[float, float, float]:
    """P(none), P(source), P(target) of a mention for a trigger."""
    return (model or load_model()).probabilities(features(trigger, cand, rank))


def best(trigger: Token, cands: Iterable[Token], side: str, model: SideModel | None = None
         ) -> tuple[Token, float] | None:
    """The mention most likely to be the ``side`` ('source' or 'target') of the trigger, with
    its probability; None when there is no mention. Like the nearest-actor rule it replaces, it
    does not abstain: held out, abstaining below any threshold cost more recall than it gained
    precision (see the README beside the weights)."""
    model = model or load_model()
    column = CLASSES.index(side)
    top: tuple[Token, float] | None = None
    cands = list(cands)
    rank = ranks(trigger, cands)
    for cand in cands:
        p = model.probabilities(features(trigger, cand, rank[cand.i]))[column]
        if top is None or p > top[1]:
            top = (cand, p)
    return top


def mention_heads(trigger: Token, index: ActorIndex, side: str) -> list[Token]:
    """The actor mentions (and places, for a target) in the trigger's sentence, one token per
    mention (its head: the token whose own head lies outside the mention), pronouns left out."""
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    heads = []
    for token in sent:
        if token.i == trigger.i or token.pos_ == "PRON":
            continue
        key = index.token_actor.get(token.i)
        if key is None and (side != "target" or token.i not in index.token_place):
            continue
        owner = index.token_actor if key is not None else index.token_place
        if token.head.i == token.i or owner.get(token.head.i) != owner.get(token.i):
            heads.append(token)
    return heads


def objects_of(trigger: Token) -> frozenset[int]:
    """The words of a verb's direct objects, or of an event noun's participle's: what is acted
    on never acts ('strikes targeting a factory and the capital of X's minority' are not X's).
    A 'from' or 'by' phrase the parser hung inside the object names where it came from or who
    did it ('received arms from X'), and stays open."""
    # an event noun or gerund acts on the object of its participle ('shelling hitting a plant')
    verbs = [trigger] if trigger.pos_ == "VERB" else []
    verbs += [c for c in trigger.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"]
    out: set[int] = set()
    todo = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    while todo:
        tok = todo.pop()
        out.add(tok.i)
        todo += [c for c in tok.children
                 if not (c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"))]
    return frozenset(out)


def landmark(token: Token, trigger: Token) -> bool:
    """The token lies in a phrase that places something by what lies near it ('a plant near X
    and the town of the Y minority'), below where its path meets the trigger's."""
    around = {trigger.i, *(a.i for a in trigger.ancestors)}
    for tok in [token, *token.ancestors]:
        if tok.i in around:
            return False
        if tok.dep_ == "prep" and tok.lower_ in NEARBY_PREPS:
            return True
    return False


def likeliest(trigger: Token, index: ActorIndex, side: str, exclude: Argument | None,
              elsewhere: Callable[[Token, Token], bool] | None = None) -> Argument | None:
    """The scorer's pick for an empty ``side`` of the trigger among the mentions of its
    sentence that are not the other side (None when there is none); ``elsewhere(mention,
    trigger)`` leaves out mentions that belong to another clause's act."""
    args: dict[int, Argument] = {}
    informing = outside_event(trigger)  # 'according to X', '..., X said': no side
    acted_on = objects_of(trigger) if side == "source" else frozenset()
    for token in mention_heads(trigger, index, side):
        if token.i in informing or token.i in acted_on or (
                elsewhere is not None and elsewhere(token, trigger)):
            continue
        if side == "source" and token.dep_ == "pobj" and token.head.lower_ == "against":
            continue  # 'force against civilians': whom an act is against never does it
        if side == "source" and landmark(token, trigger):
            continue  # 'a plant near X': a landmark placing something acts in nothing
        if side == "source" and token.dep_ == "npadvmod":
            continue  # a name the parser lost its place for (a bare noun phrase as an adverb
            # of the verb: 'targeting X, which put ... politician, Prime Minister Y, in'):
            # it tells no one who acts
        build = index.actor_of(token)
        place = index.place_of(token) if build is None else None
        country = build.country if build else place.country if place else None
        arg = Argument(build, country, token, span=phrase_span(token))
        if exclude is None or not same_side(arg, exclude):
            args[token.i] = arg
    pick = best(trigger, [index.doc[i] for i in args], side)
    if pick is None:
        return None
    token, p = pick
    return replace(args[token.i], confidence=round(CONFIDENCE_FLOOR + CONFIDENCE_SPAN * p, 3))

