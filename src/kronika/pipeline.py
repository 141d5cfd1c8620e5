"""The only bridge from a parsed Doc to records: composes the stages for one document."""

from __future__ import annotations

import gc
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

from spacy.language import Language
from spacy.tokens import Doc

from kronika import settings
from kronika.actors.knowledge import KnowledgeBase, load_knowledge
from kronika.actors.resolve import Quote, resolve_actors
from kronika.budget import deadline_after, doc_timeout, time_limit
from kronika.cache import cached
from kronika.chunks import CONTINUED, Piece, merge, pieces_of
from kronika.claims import extract_claims
from kronika.claims.coref import pronoun_speakers
from kronika.claims.genre import AUTHORED, detect_genre
from kronika.claims.headline import parse_headlines
from kronika.claims.records import author_claims, reported_spans, to_claims
from kronika.claims.spans import ClaimSpan
from kronika.errors import AnalysisError, AnalysisTimeout
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
from kronika.nlp import load_nlp, sentences
from kronika.places.gazetteer import Gazetteer, load_gazetteer
from kronika.positions import claim_voices, extract_positions
from kronika.records import Analysis, Document, iso_date

# Characters parsed in one batch at most (about thirty news articles): the parser's memory
# grows with the batch.
PARSE_BATCH_CHARS = 100_000
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


@lru_cache(maxsize=1)
def freeze_loaded() -> None:
    """Take what is loaded so far (the spaCy pipeline, the knowledge) out of the cyclic
    collector's sight, once per process: it lives as long as the process, and each full
    collection would otherwise walk all of it again (0.3 s of CPU in one run over 84 news
    articles, about 8 % of the rule stages' time). No collection first: freezing costs
    nothing, a collection would cost a one-document command that much."""
    gc.freeze()


class _Timer:
    def __init__(self, stage: str) -> None:
        self.stage = stage

    def __enter__(self) -> None:
        self.t0 = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        STAGE_TIMES[self.stage] += time.perf_counter() - self.t0


def quotations(spans: Sequence[ClaimSpan]) -> list[Quote]:
    """The direct quotations among the claims that name a speaker, for the actor layer's
    first person ('"we will not retreat," the minister said')."""
    return [Quote(s.speaker_start, s.speaker_end, s.content_start, s.content_end)
            for s in spans if s.direct and s.speaker_start is not None
            and s.speaker_end is not None]


def analyze_doc(doc: Doc, document: Document, nlp: Language, know: Knowledge) -> Analysis:
    """All records of one parsed document."""
    on = iso_date(document.published)
    with _Timer("claims"):
        # the title-cased headlines were parsed again with their batch (_pipe)
        spans = extract_claims(doc)
        document = replace(document, genre=detect_genre(doc, document.genre))
    with _Timer("actors"):
        index = resolve_actors(doc, nlp, know.kb, know.gazetteer, on, quotes=quotations(spans))
        author = (index.add_author(document.author)
                  if document.genre in AUTHORED and document.author else None)
    with _Timer("claims"):
        claims = to_claims(doc, document.id, spans, index)
        claims += author_claims(doc, document, claims, index)
        for i, speaker in pronoun_speakers(doc, claims):
            index.rebind(i, speaker)
    with _Timer("events"):
        events = extract_events(doc, document.id, index, know.events, claims, on)
    with _Timer("positions"):
        positions = extract_positions(doc, document.id, index, know.stances, know.issues, on,
                                      writer=author, reported=reported_spans(claims),
                                      voices=claim_voices(claims, index))
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
    keep_going: bool = False,
) -> Iterator[Analysis | AnalysisError]:
    """Analyse documents in this process, parsing them in batches with ``nlp.pipe`` (batch
    size: the pipeline's own default unless given); long documents go in pieces (chunks.py).

    A document that fails, or runs past the ``doc_timeout`` setting, raises ``AnalysisError``
    naming it; with ``keep_going`` the error is yielded in the document's place instead and
    the next document is analysed."""
    nlp = load_nlp(model)
    know = load_all(tuple(map(str, actor_files)), tuple(map(str, agent_files)))
    freeze_loaded()
    limit = int(settings.get_number("chunk_chars", minimum=1000))
    budget = doc_timeout()
    pieces = (p for d in documents for p in pieces_of(d, limit))
    work = _Work(None)
    t0 = time.perf_counter()
    for doc, piece in _parsed(nlp, pieces, batch_size, max(limit, PARSE_BATCH_CHARS)):
        STAGE_TIMES["parse"] += time.perf_counter() - t0
        if piece.number == 0:
            work = _Work(deadline_after(budget))
        work.add(doc, piece, nlp, know)
        if piece.number == piece.count - 1:
            result = work.result(piece.whole)
            if isinstance(result, AnalysisError) and not keep_going:
                raise result
            yield result
        t0 = time.perf_counter()


def _parsed(
    nlp: Language, pieces: Iterable[Piece], batch_size: int | None, max_chars: int
) -> Iterator[tuple[Doc, Piece]]:
    """Pieces parsed in batches of at most ``batch_size`` pieces and ``max_chars``
    characters: the parser holds a whole batch in memory, so a batch is bounded by size,
    not only by count (a 2 MB document is a hundred pieces)."""
    count = batch_size or nlp.batch_size
    batch: list[tuple[str, Piece]] = []
    chars = 0
    for piece in pieces:
        if batch and (len(batch) >= count or chars + len(piece.document.text) > max_chars):
            yield from _pipe(nlp, batch)
            batch, chars = [], 0
        batch.append((piece.document.text, piece))
        chars += len(piece.document.text)
    if batch:
        yield from _pipe(nlp, batch)


def _pipe(nlp: Language, batch: list[tuple[str, Piece]]) -> list[tuple[Doc, Piece]]:
    """One batch parsed, with the sentence-case parse of its title-cased headlines (one more
    ``nlp.pipe`` call for the whole batch, see claims.headline) unless switched off."""
    parsed = list(nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
    if settings.get("headline_claims") == "1":
        parse_headlines(nlp, [doc for doc, _ in parsed])
    return parsed


@dataclass
class _Work:
    """One document on its way through the stages, piece after piece."""

    deadline: float | None
    parts: list[tuple[Analysis, int, int]] = field(default_factory=list)
    sentences: int = 0
    failure: BaseException | None = None

    def add(self, doc: Doc, piece: Piece, nlp: Language, know: Knowledge) -> None:
        """The records of one more piece, unless an earlier piece failed."""
        if self.failure is not None:
            return
        doc.user_data[CONTINUED] = piece.number > 0  # its first line is no headline
        try:
            with time_limit(self.deadline):
                analysis = analyze_doc(doc, piece.document, nlp, know)
        except Exception as exc:  # one document's failure must not stop the run
            self.failure = exc
            return
        self.parts.append((analysis, piece.offset, self.sentences))
        self.sentences += len(sentences(doc))

    def result(self, document: Document) -> Analysis | AnalysisError:
        """The merged analysis, or the error that names the document and the reason."""
        if self.failure is None:
            return merge(document, self.parts)
        return analysis_error(document, self.failure)


def analysis_error(document: Document, exc: BaseException) -> AnalysisError:
    """A one-line error naming the document (its source, else its id) and the reason."""
    name = document.source or document.id
    if isinstance(exc, AnalysisTimeout):
        seconds = settings.get("doc_timeout")
        error: AnalysisError = AnalysisTimeout(
            f"{name}: analysis took more than {seconds} s of processor time; skipped",
            hint=f"raise {settings.SETTINGS['doc_timeout'].env} (0: no limit)",
            document=document,
        )
    else:
        reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
        error = AnalysisError(
            f"{name}: analysis failed ({reason.splitlines()[0][:200]})", document=document
        )
    error.__cause__ = exc
    return error
