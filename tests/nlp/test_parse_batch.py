"""The pipeline parses in small batches, so a worker's memory does not grow with the input."""

from kronika.nlp import PARSE_BATCH


def test_the_parse_batch_is_small(nlp):
    assert nlp.batch_size <= PARSE_BATCH <= 32
