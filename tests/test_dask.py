"""Scale-out on Dask: the same per-article function, the same output as the serial batch."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask.bag as dask_bag
import distributed
import pytest

from batch_texts import ARTICLES, FRENCH
from diplomeet.batch import run_batch
from diplomeet.dask import parse_bag


def _records() -> list[dict[str, Any]]:
    """A few dozen records: every test article under several ids, plus broken ones."""
    records: list[dict[str, Any]] = [
        {"id": f"k{i:03d}", "text": ARTICLES[i % len(ARTICLES)], "published": "2024-05-07"}
        for i in range(30)
    ]
    records += [
        {"id": "empty", "text": ""},
        {"id": "french", "text": FRENCH},
        {"id": "bad-date", "text": ARTICLES[0], "published": "2024-02-30"},
        {"id": "binary", "text": "\x00\x07\x1b" * 100},
    ]
    return records


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A local cluster of two worker processes, one thread each, shut down after the tests."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            # Random ports: a fixed one (8787) clashes with another cluster on the machine.
            dashboard_address=":0",
            worker_dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_and_serial_paths_give_identical_output(client: Any, tmp_path: Path) -> None:
    """parse_bag on a two-worker LocalCluster yields exactly the serial batch's lines."""
    records = _records()
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    run_batch(source, out, jobs=1, errors=errors)
    serial = {}
    for path in (out, errors):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            item.pop("line", None)  # a bag has no line numbers
            serial[item["id"]] = item

    bag = dask_bag.from_sequence(records, npartitions=4)
    distributed_out = parse_bag(bag).compute()

    assert len(client.scheduler_info()["workers"]) == 2
    assert [d["id"] for d in distributed_out] == [r["id"] for r in records]
    for item in distributed_out:
        item.pop("line", None)
    assert {d["id"]: d for d in distributed_out} == serial
    assert sum("article" in d for d in distributed_out) == 30


def test_parse_bag_output_is_json_ready(client: Any) -> None:
    """Each item dumps to JSON and back unchanged, so .map(json.dumps) writes batch lines."""
    bag = dask_bag.from_sequence(_records()[:3], npartitions=1)
    (first, *_) = parse_bag(bag).compute()
    assert client is not None
    assert json.loads(json.dumps(first)) == first


def test_parse_bag_refuses_what_is_not_a_bag() -> None:
    """A list is not a bag: the TypeError says what parse_bag takes."""
    with pytest.raises(TypeError, match=r"dask\.bag\.Bag"):
        parse_bag([{"id": "a", "text": "x"}])  # type: ignore[arg-type]


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Dask, parse_bag raises ImportError naming diplomeet[dask]."""
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"diplomeet\[dask\]"):
        parse_bag(object())  # type: ignore[arg-type]
