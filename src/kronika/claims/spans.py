"""The output of attribution extraction: one frozen record per claim, in character offsets."""

from __future__ import annotations

from dataclasses import dataclass

SPEAKER_KINDS = ("named", "anonymous", "collective")


@dataclass(frozen=True)
class ClaimSpan:
    """Who said what, as character offsets into ``doc.text``.

    ``speaker_*`` is None when the text names no speaker ("it was reported that ...").
    ``content`` keeps the complementiser ("that ...") as PolNeAR does, and for a direct quote
    is the text inside the quotation marks. ``sentence`` is the index of the cue's sentence.
    """

    speaker_start: int | None
    speaker_end: int | None
    speaker_kind: str
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    content_start: int
    content_end: int
    direct: bool
    sentence: int
    cue_kind: str

    def speaker_text(self, text: str) -> str | None:
        """The speaker's words in ``text``, or None."""
        if self.speaker_start is None or self.speaker_end is None:
            return None
        return text[self.speaker_start : self.speaker_end]

    def content_text(self, text: str) -> str:
        """The content's words in ``text``."""
        return text[self.content_start : self.content_end]
