"""The cue and speaker lexicons: loaded, validated, extensible."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.claims import load_lexicon
from kronika.claims.cues import default_lexicon
from kronika.errors import KnowledgeError


def test_packaged_lexicon_has_every_kind():
    lexicon = default_lexicon()
    assert lexicon.verb_kind("say") == "speech"
    assert lexicon.verb_kind("believe") == "belief"
    assert lexicon.verb_kind("point", "out") == "speech"
    assert lexicon.phrases[("according", "to")] == "source"
    assert lexicon.speakers["analyst"] == "collective"
    assert lexicon.speakers["source"] == "anonymous"


def write(path: Path, text: str) -> Path:
    """Write a small knowledge file for a test."""
    path.write_text(text, encoding="utf-8")
    return path


def test_user_files_replace_the_packaged_ones(tmp_path):
    cues = write(tmp_path / "cues.csv", "# mine\ncue,pos,kind\nproclaim,VERB,speech\n")
    lexicon = load_lexicon(cues=cues)
    assert lexicon.verbs == {"proclaim": "speech"}
    assert lexicon.speakers == default_lexicon().speakers


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("cue,kind\nsay,speech\n", "cues.csv:1: bad header 'cue,kind'", id="header"),
        pytest.param("cue,pos,kind\nsay,VERB\n", "cues.csv:2: expected 3 fields, got 2",
                     id="fields"),
        pytest.param("cue,pos,kind\nsay,VERB,gossip\n",
                     "cues.csv:2: field 'kind' has bad value 'gossip'", id="kind"),
        pytest.param("cue,pos,kind\n\nsay,ADV,speech\n",
                     "cues.csv:3: field 'pos' has bad value 'ADV'", id="pos"),
    ],
)
def test_bad_entries_name_file_line_and_field(tmp_path, text, message):
    cues = write(tmp_path / "cues.csv", text)
    with pytest.raises(KnowledgeError) as caught:
        load_lexicon(cues=cues)
    assert caught.value.message == f"{cues.parent}/{message}"


def test_bad_speaker_kind(tmp_path):
    speakers = write(tmp_path / "speakers.csv", "noun,kind\nanalyst,group\n")
    with pytest.raises(KnowledgeError, match="speakers.csv:2: field 'kind'"):
        load_lexicon(speakers=speakers)
