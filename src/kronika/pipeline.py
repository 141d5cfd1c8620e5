"""The only bridge from a parsed Doc to records: composes the stages for one document."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from spacy.language import Language
from spacy.tokens import Doc

from kronika.actors.knowledge import KnowledgeBase, load_knowledge
from kronika.actors.resolve import resolve_actors
from kronika.cache import cached
from kronika.claims import extract_claims
from kronika.claims.genre import detect_genre
from kronika.claims.records import author_claims, to_claims
from kronika.events.extract import EventKnowledge, extract_events
from kronika.events.ontology import (
    IssueLexicon,
    load_cameo,
    load_factuality,
    load_issues,
    load_ontology,
    load_stances,
    load_triggers,
)
from kronika.nlp import load_nlp
from kronika.places.gazetteer import Gazetteer, load_gazetteer
from kronika.positions import extract_positions
from kronika.records import Analysis, Document, iso_date

# Seconds spent per stage in this process, for the benchmark.
STAGE_TIMES: dict[str, float] = defaultdict(float)


@dataclass(frozen=True)
class Knowledge:
    """Everything the stages read besides the Doc, loaded once per process."""

    kb: KnowledgeBase
    gazetteer: Gazetteer
    events: EventKnowledge
    stances: dict
    issues: IssueLexicon


@lru_cache(maxsize=8)
def load_all(actor_files: tuple[str, ...] = (), agent_files: tuple[str, ...] = ()) -> Knowledge:
    """The knowledge of every stage, with the user's actor and agent files added; read from
    the knowledge cache when neither kronika nor those files changed (see kronika.cache)."""
    build = partial(build_all, actor_files, agent_files)
    return cached("knowledge", build, (*actor_files, *agent_files))


def build_all(actor_files: tuple[str, ...], agent_files: tuple[str, ...]) -> Knowledge:
    """The knowledge of every stage, built from the data files."""
    kb = load_knowledge(actor_files, agent_files)
    events = EventKnowledge(load_ontology(), load_triggers(), load_factuality(), kb, load_cameo())
    return Knowledge(kb, load_gazetteer(), events, load_stances(), load_issues())


class _Timer:
    def __init__(self, stage: str) -> None:
        self.stage = stage

    def __enter__(self) -> None:
        self.t0 = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        STAGE_TIMES[self.stage] += time.perf_counter() - self.t0


def analyze_doc(doc: Doc, document: Document, nlp: Language, know: Knowledge) -> Analysis:
    """All records of one parsed document."""
    on = iso_date(document.published)
    with _Timer("actors"):
        index = resolve_actors(doc, nlp, know.kb, know.gazetteer, on)
    with _Timer("claims"):
        document = replace(document, genre=detect_genre(doc, document.genre))
        claims = to_claims(doc, document.id, extract_claims(doc), index)
        claims += author_claims(doc, document, claims, index)
    with _Timer("events"):
        events = extract_events(doc, document.id, index, know.events, claims, on)
    with _Timer("positions"):
        positions = extract_positions(doc, document.id, index, know.stances, know.issues, on)
    return Analysis(
        document=document,
        actors=index.records(),
        events=tuple(events),
        claims=tuple(claims),
        positions=tuple(positions),
        places=tuple(index.places.values()),
    )


def analyze_documents(
    documents: Iterable[Document],
    *,
    batch_size: int | None = None,
    model: str | None = None,
    actor_files: Sequence[str] = (),
    agent_files: Sequence[str] = (),
) -> Iterator[Analysis]:
    """Analyse documents in this process, parsing them in batches with ``nlp.pipe`` (batch
    size: the pipeline's own default unless given)."""
    nlp = load_nlp(model)
    know = load_all(tuple(map(str, actor_files)), tuple(map(str, agent_files)))
    pairs = ((d.text, d) for d in documents)
    t0 = time.perf_counter()
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        STAGE_TIMES["parse"] += time.perf_counter() - t0
        yield analyze_doc(doc, document, nlp, know)
        t0 = time.perf_counter()
