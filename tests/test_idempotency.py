"""Idempotency keys, called directly: the first request claims its key, a retry gets its answer."""

from sqlalchemy import Engine

from core.idempotency import Earlier, begin, earlier, finish


def test_a_key_is_claimed_once_and_its_answer_given_to_the_retry(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    assert begin(engine, owner="a", key="k1", digest="d1") is None  # first: go ahead
    assert begin(engine, owner="a", key="k1", digest="d1") == Earlier(same_request=True)  # not answered yet
    finish(engine, owner="a", key="k1", status_code=201, content_type="application/json", body=b'{"id":7}')
    assert begin(engine, owner="a", key="k1", digest="d1") == Earlier(
        True, 201, "application/json", b'{"id":7}'
    )


def test_another_request_under_the_same_key_is_told_apart(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    assert begin(engine, owner="a", key="k2", digest="d1") is None
    found = begin(engine, owner="a", key="k2", digest="other")
    assert found is not None and not found.same_request


def test_keys_belong_to_their_owner(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    assert begin(engine, owner="a", key="k3", digest="d1") is None
    assert begin(engine, owner="b", key="k3", digest="d1") is None
    assert earlier(engine, owner="c", key="k3", digest="d1") is None


def test_a_server_failure_is_forgotten_so_a_retry_runs_again(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    assert begin(engine, owner="a", key="k4", digest="d1") is None
    finish(engine, owner="a", key="k4", status_code=503, content_type="text/plain", body=b"busy")
    assert begin(engine, owner="a", key="k4", digest="d1") is None
