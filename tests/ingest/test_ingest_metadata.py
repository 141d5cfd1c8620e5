"""Title, byline, genre and date read from plain text: one row per phenomenon."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kronika.ingest import extract_metadata, normalise_date
from kronika.ingest.metadata import (
    _DATEPARSER_SETTINGS,
    _written_date,
    byline_knowledge,
    find_byline,
    find_date,
    find_title,
)

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"
BODY = "Troops moved toward the border on Sunday, officials said."


@pytest.mark.parametrize(
    ("text", "author", "genre"),
    [
        # "<cue> by X." closing the first paragraph
        (
            "Strikes are intensifying, and no meeting will happen. Comment by Ivan Petrov.\n"
            + BODY,
            "Ivan Petrov",
            "opinion",
        ),
        (
            "Headline\nBeijing will not back down. Analysis by Chen Wei-Lin.\n" + BODY,
            "Chen Wei-Lin",
            "analysis",
        ),
        ("Opinion by Amara Okafor\n" + BODY, "Amara Okafor", "opinion"),
        ("Headline\nBy Jane Doe, Reuters\n" + BODY, "Jane Doe", "news"),
        ("Headline\nBY KWAME MENSAH in Accra\n" + BODY, "KWAME MENSAH", "news"),
        (
            "Headline\nBy Lusine Hakobyan and Rauf Mammadov\n" + BODY,
            "Lusine Hakobyan and Rauf Mammadov",
            "news",
        ),
        ("Headline\nNino Beridze, Senior Foreign Correspondent\n" + BODY, "Nino Beridze", "news"),
        (
            "Headline\n" + BODY + "\nMore text.\nMore.\nSara van der Berg, Columnist",
            "Sara van der Berg",
            "opinion",
        ),
        (
            "Headline\n" + BODY + "\nMore.\nMore.\nCommentary by Abdel Fattah al-Sisi.",
            "Abdel Fattah al-Sisi",
            "opinion",
        ),
        ("Headline\n" + BODY + " Op-ed by John F. Kennedy.", "John F. Kennedy", "opinion"),
    ],
)
def test_byline(text: str, author: str, genre: str) -> None:
    metadata = extract_metadata(text)
    assert (metadata.author, metadata.genre) == (author, genre)


@pytest.mark.parametrize(
    "text",
    [
        "By Tuesday, the army had withdrawn from the town.\n" + BODY,
        "By the end of the week, talks had collapsed.\n" + BODY,
        "Headline\nThe report by Human Rights Watch was published today.\n" + BODY,
        "Headline\nThe decision was taken in Ankara, officials said.\n" + BODY,
        "Headline\n" + BODY + "\nIt was, the minister said, a comment by the opposition.",
        # "By X" is a byline only near the top.
        "Headline\n" + BODY + "\nMore.\nMore.\nMore.\nBy Jane Doe",
    ],
)
def test_no_byline(text: str) -> None:
    assert find_byline(text) is None
    assert extract_metadata(text).genre == "news"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Armenia and Azerbaijan sign peace deal\n" + BODY,
            "Armenia and Azerbaijan sign peace deal",
        ),
        ("Will the Nile talks fail again?\n" + BODY, "Will the Nile talks fail again?"),
        ("Troops moved toward the border.\n" + BODY, None),  # a sentence, not a headline
        ("Armenia and Azerbaijan sign peace deal", None),  # one line is the whole text
        ("March 4, 2025\n" + BODY, None),
        ("By Jane Doe\n" + BODY, None),
        (" ".join(["word"] * 30) + "\n" + BODY, None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert find_title(text) == title


def test_genre_from_headline_prefix() -> None:
    assert extract_metadata("Analysis: Why the truce holds\n" + BODY).genre == "analysis"
    assert extract_metadata("Opinion | Sanctions will not work\n" + BODY).genre == "opinion"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Headline\nMarch 4, 2025\n" + BODY, "2025-03-04"),
        ("Headline\nPublished 9 March 2025\n" + BODY, "2025-03-09"),
        ("NAIROBI, Tuesday 24th of June 2025 (Kronika) - " + BODY, "2025-06-24"),
        ("Headline\n2025-04-22\n" + BODY, "2025-04-22"),
        ("Headline\nSept. 3, 2025\n" + BODY, "2025-09-03"),
        ("Headline\nMarch 4\n" + BODY, None),  # no year: not guessed
        ("Headline\nFebruary 30, 2025\n" + BODY, None),  # no such day
        ("Headline\nby\nx\n" + "Fourth line on March 4, 2025.", None),  # too far down
        # A date deep in a long first paragraph belongs to the story.
        (
            "Headline\nThe two armies, which have fought on and off for years along the disputed "
            "frontier, agreed to a ceasefire that first took hold on March 4, 2021.\n" + BODY,
            None,
        ),
    ],
)
def test_date_in_the_first_lines(text: str, published: str | None) -> None:
    assert find_date(text) == published


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-03-04", "2025-03-04"),
        ("2025-03-04T22:15:00+03:00", "2025-03-04"),
        ("4 March 2025", "2025-03-04"),
        ("Tuesday, March 4, 2025", "2025-03-04"),
        ("yesterday", None),
        ("3 days ago", None),
        ("2025-13-01", None),
        ("not a date 2025", None),
    ],
)
def test_normalise_date(value: str, iso: str | None) -> None:
    assert normalise_date(value) == iso


def invented_dates(count: int) -> list[str]:
    """Written dates of every month spelling, day form and order, some with no such day."""
    rng = random.Random(11)
    months = ["January", "Feb", "Mar.", "APRIL", "may", "June", "Jul", "Aug.", "Sept.", "Sep",
              "October", "Nov", "Dec."]
    dates = []
    for _ in range(count):
        month, day = rng.choice(months), str(rng.randrange(0, 33))
        day += rng.choice(["", "", "st", "nd", "rd", "th"])
        year = rng.choice([rng.randrange(1800, 3000), rng.randrange(1990, 2030), 2000, 2100])
        dates.append(rng.choice([f"{month} {day}, {year}", f"{month}  {day} {year}",
                                 f"{day} {month} {year}", f"{day} of {month}, {year}"]))
    return dates


def test_written_dates_read_as_dateparser_reads_them() -> None:
    """The fast path for written dates gives what dateparser gives, invalid days included."""
    import dateparser

    values = invented_dates(150)
    assert sum(_written_date(v) is not None for v in values) > 100  # the fast path is taken
    for value in values:
        parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
        assert _written_date(value) in (None, parsed and parsed.date().isoformat()), value
        assert normalise_date(value) == (parsed and parsed.date().isoformat()), value


@pytest.mark.parametrize(
    ("name", "title", "author", "published", "genre"),
    [
        (
            "armenia_azerbaijan_peace.txt",
            "Armenia and Azerbaijan sign peace agreement in Abu Dhabi",
            "Lusine Hakobyan and Rauf Mammadov",
            "2025-08-08",
            "news",
        ),
        (
            "georgia_tbilisi_protests.txt",
            "Police detain dozens as Tbilisi protesters block Rustaveli Avenue",
            "Nino Beridze",
            "2025-12-03",
            "news",
        ),
        (
            "india_pakistan_shelling.txt",
            "Shelling along Kashmir line prompts rare call between India and Pakistan",
            None,
            "2025-03-09",
            "news",
        ),
        (
            "israel_hamas_ceasefire.txt",
            "Qatar and Egypt press Israel and Hamas to extend Gaza truce",
            "Miriam Haddad",
            "2025-02-11",
            "news",
        ),
        ("sudan_el_fasher_convoy.txt", None, None, "2025-05-14", "news"),
        (
            "us_china_tariffs.txt",
            "Washington and Beijing trade blows over chip tariffs",
            "Daniel Whitford",
            "2025-04-22",
            "analysis",
        ),
    ],
)
def test_fixture_articles(
    name: str, title: str | None, author: str | None, published: str, genre: str
) -> None:
    metadata = extract_metadata((ARTICLES / name).read_text(encoding="utf-8"))
    assert (metadata.title, metadata.author, metadata.published, metadata.genre) == (
        title,
        author,
        published,
        genre,
    )


def test_byline_knowledge_is_valid_data() -> None:
    knowledge = byline_knowledge()
    assert knowledge.cues["comment"] == "opinion"
    assert knowledge.roles["correspondent"] == "news"
    assert "von" in knowledge.name_particles
