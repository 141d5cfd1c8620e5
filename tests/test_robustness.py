"""Hostile and malformed input: the pipeline never crashes and every record keeps its contract."""

from __future__ import annotations

import pytest

import kronika
from kronika.claims.context import trim
from kronika.ingest.jsonl import parse_jsonl
from kronika.pipeline import analyze_documents
from kronika.records import FACTUALITY_VALUES, STANCES, Analysis, Document

# Short texts written for these tests; each row once crashed a stage or stands for a family
# of input that real articles contain.
HOSTILE = {
    # regression: a lone "'" after "according to" was trimmed from both ends, giving a
    # speaker span that ends before it starts (spaCy raised E035)
    "according_to_lone_apostrophe": "Iran attacked, according to '.",
    # regression: a quotation "signed" by a dash followed by punctuation only
    "dash_signature_only_punct": "“We will win.” ― ...!",
    "dash_signature_question_mark": '"Peace now" — ?',
    "only_punctuation": "!!! ??? ... ,,, ;;; ((( ))) «« »» „ ‚ ‹ › ― “ ” ‘ ’",
    "only_numbers": "123 456 0.5 1,000,000\n2024 1999-12-31",
    "unbalanced_nested_quotes": "“We reject ‘so-called «peace» deals,” said Ruto. „No‚ he said ‹so",
    "unclosed_quote": 'Modi said: "Pakistan will pay for the attack on Pahalgam, officials',
    "non_latin_names": "Президент Токаев met 李强 and محمد بن سلمان in Astana; Lula said “não”.",
    "emoji_and_zero_width": "🇸🇩 Sudan\u200b’s army 💥 hit\u00ad Fasher\ufeff, RSF\u200d said 😢",
    "control_chars": "Kenya\x00 sent\x07 police\x1b[31m to Haiti\x7f. \u202eThey\u202c balked.",
    "windows_newlines_tabs": "Israel struck Rafah.\r\n\r\n\"We will respond,\"\tHamas said.\r\n",
    "all_caps": "CHINA IMPOSES TARIFFS ON US GOODS, BEIJING SAYS WASHINGTON MUST BACK DOWN",
    "bullets_and_table": "- Chad closed its border\n• Egypt sent aid\nCountry | Dead\nSudan | 40",
    "odd_dates": "On 31/02/2025 Azerbaijan shelled Armenia. On the 40th of Smarch, Baku said no.",
    "possessive_chain": "Erdogan's ally's spokesman's aide said Turkey's army's drones hit Syria.",
    "name_only_sentences": "Cyril Ramaphosa.\n\nHamas.\n\nThe United Nations",
    "urls_and_emails": "Read https://example.org/a?b=\"c\" or press@gov.example; Petro said no",
    "said_said_said": "\"\" said. said said said \"said\" said, said.",
}


def check_contract(analysis: Analysis) -> None:
    """Every span slices to its text, every reference resolves, every label is allowed."""
    text = analysis.document.text
    actor_ids = {a.id for a in analysis.actors}
    claim_ids = {c.id for c in analysis.claims}
    spans = [m for a in analysis.actors for m in a.mentions]
    spans += [m for p in analysis.places for m in p.mentions]
    spans += [e.evidence for e in analysis.events]
    spans += [m for e in analysis.events for m in e.mentions]
    spans += [c.evidence for c in analysis.claims] + [p.evidence for p in analysis.positions]
    for span in spans:
        assert text[span.start : span.end] == span.text
    for e in analysis.events:
        assert e.factuality in FACTUALITY_VALUES
        assert {e.source, e.target} - {None} <= actor_ids
        assert e.attributed_to is None or e.attributed_to in claim_ids
        if e.trigger_start is not None:
            assert text[e.trigger_start : e.trigger_end] == e.trigger
    for c in analysis.claims:
        assert text[c.content_start : c.content_end] == c.content
        assert c.speaker is None or c.speaker in actor_ids
        if c.speaker_start is not None:
            assert c.speaker_start < c.speaker_end
            assert text[c.speaker_start : c.speaker_end] == c.speaker_text
        if c.cue_start is not None:
            assert text[c.cue_start : c.cue_end] == c.cue
    for p in analysis.positions:
        assert p.actor in actor_ids and p.stance in STANCES


@pytest.fixture(scope="module")
def hostile_analyses() -> dict[str, Analysis]:
    docs = [Document.from_text(text) for text in HOSTILE.values()]
    return dict(zip(HOSTILE, analyze_documents(docs), strict=True))


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_keeps_the_contract(hostile_analyses, name):
    check_contract(hostile_analyses[name])


def test_long_sentence_without_full_stop_keeps_the_contract():
    words = ["Ethiopia", "accused", "Eritrea", "of", "shelling", "Tigray", "and", "said", '"we',
             "will", 'respond"', "while"]
    text = " ".join(words[i % len(words)] for i in range(1500))
    check_contract(next(analyze_documents([Document.from_text(text)])))


def test_trim_never_inverts_a_lone_quotation_mark():
    # "'" both opens and closes: dropping it twice once gave (3, 2)
    assert trim("x ' y", 2, 3) == (3, 3)
    assert trim("“a”", 0, 3) == (0, 3)


def test_lone_surrogates_from_json_become_replacement_characters():
    line = '{"text": "Somalia \\udc80 rejected the deal.", "title": "Mogadishu \\ud800"}'
    (document,) = parse_jsonl(line, "x.jsonl")
    assert "\ufffd" in document.text and document.title == "Mogadishu \ufffd"
    check_contract(kronika.analyze("Nigeria\udc80 said \"no\".", author="A\ud800"))
