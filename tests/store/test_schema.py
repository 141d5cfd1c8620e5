"""The schema: actor keys follow one actor across documents; migrations are ordered."""

import pytest

from kronika.store.schema import MIGRATIONS, SCHEMA_VERSION, actor_key


@pytest.mark.parametrize(
    ("code", "name", "key"),
    [
        ("RUSGOV", "Vladimir Putin", "RUSGOV:vladimir putin"),
        ("rusgov", "VLADIMIR  PUTIN", "RUSGOV:vladimir putin"),
        ("TURGOV", "Recep Tayyip Erdoğan", "TURGOV:recep tayyip erdogan"),
        ("IGOEUREU", "the European Union", "IGOEUREU:european union"),
        (None, "Hamas", ":hamas"),
        ("COLGOV", "Gustavo Petro-Urrego", "COLGOV:gustavo petro urrego"),
    ],
)
def test_actor_key_normalises_case_diacritics_and_articles(code, name, key) -> None:
    assert actor_key(code, name) == key


def test_namesakes_with_different_codes_stay_apart() -> None:
    assert actor_key("USAGOV", "John Smith") != actor_key("GBRMED", "John Smith")


def test_migrations_are_numbered_in_order() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == sorted(set(versions))
    assert versions[-1] == SCHEMA_VERSION
