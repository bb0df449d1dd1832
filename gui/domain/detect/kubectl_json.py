"""kubectl's JSON read into the few fields an inventory uses, every wrong shape named by its path.

One reading path for everything `--inventory` (and File > Import Cluster Inventory) is given:
any JSON value at all is answered either with records or with problems such as
`items[3].status: expected an object, found a number`, never with a Python error. What kubectl
itself never writes (a node that is a string, `runtimeHandlers` that is not a list, a label
that is a number) is a problem: the file is not kubectl's output, and a plan made from a guess
at what it meant would mislead. A value of the right type that the app cannot read (a GPU count
such as "2.5" or "²") is skipped and listed as skipped, never silently.

Numbers of any size are read without converting them (Python refuses to convert an integer of
more than 4,300 digits, and kubectl writes none that the app reads), and every string is made
valid Unicode (lone surrogates become U+FFFD, see gui/domain/plain_text.py).

Field names follow the Kubernetes API (core/v1 Node and NodeStatus, node/v1 RuntimeClass,
version.Info); docs/inventory-facts.md has their sources.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gui.domain.files import read_limited
from gui.domain.plain_text import without_surrogates
from gui.domain.problems import InputError, Problem

# kubectl prints a node in about 1.7 KB indented: 5,000 nodes are 8.5 MiB, and the largest
# clusters Kubernetes supports (5,000 nodes) stay far below this. Read whole, so it is the
# memory an endless source may take before it is refused.
MAX_INVENTORY_BYTES = 64 * 1024 * 1024
# A file with thousands of wrong entries is one mistake: the first ones say what it is.
MAX_PROBLEMS_PER_FILE = 20
# nvidia.com/gpu capacity is a whole number (extended resources take no fractions); a node has
# a few, the largest servers sixteen. Six digits leave room and bound the arithmetic.
_GPU_COUNT = re.compile(r"[0-9]{1,6}")
GPU_RESOURCE = "nvidia.com/gpu"
NOT_A_LISTING = (
    "not a kubectl listing the app reads; allowed: the JSON of `kubectl get nodes -o json`, "
    "`kubectl get runtimeclass -o json` or `kubectl version -o json`"
)
_ITEM_KINDS = {"NodeList": "Node", "RuntimeClassList": "RuntimeClass"}


@dataclass(frozen=True)
class NodeRecord:
    """What an inventory reads of one Node."""

    name: str
    uid: str
    labels: Mapping[str, str]
    runtime: str  # status.nodeInfo.containerRuntimeVersion, e.g. containerd://2.2.1
    kernel: str
    os_image: str
    architecture: str
    gpus: int  # status.capacity["nvidia.com/gpu"]; 0 when absent or skipped
    handlers: tuple[str, ...]  # status.runtimeHandlers[].name (Kubernetes 1.30+), "" for the default


@dataclass(frozen=True)
class RuntimeClassRecord:
    name: str
    handler: str


@dataclass(frozen=True)
class SkippedCount:
    """A GPU count of the right type in a form the app does not read: the node's GPUs are not counted."""

    where: str  # its path in the file, e.g. items[2].status.capacity["nvidia.com/gpu"]
    value: str  # as found, shortened when long
    node: str  # the node's name, "" when it has none


@dataclass
class KubectlFile:
    """One file's content: its nodes, RuntimeClasses or version, and what was skipped and why."""

    path: Path
    nodes: list[NodeRecord] = field(default_factory=list)
    runtime_classes: list[RuntimeClassRecord] = field(default_factory=list)
    is_version: bool = False
    server_version: str = ""  # serverVersion.gitVersion; "" from `kubectl version --client`
    empty: bool = False  # a list without items
    skipped: list[SkippedCount] = field(default_factory=list)


def _parse_int(text: str) -> int | float:
    """json.loads converts every integer, and Python refuses to beyond 4,300 digits (ValueError).
    A longer one than any field kubectl writes is kept as an infinity of its sign: no field the
    app reads is a number, so it is never used, and a string field holding it is named."""
    if len(text) > 40:
        return float("-inf" if text.startswith("-") else "inf")
    return int(text)


def json_type(value: Any) -> str:
    """The JSON name of a value's type, as a message says what was found."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def key_path(*parts: str | int) -> str:
    """`items[3].status.capacity["nvidia.com/gpu"]`: where in a JSON document a value is."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _NAME.fullmatch(part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out or "the document"


class _NotKubectlJson(ValueError):
    """JSON that Python reads but kubectl never writes."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Python keeps the last of two equal keys; another reader may keep the first, so the file
    # could mean two things (a NodeList that is also a RuntimeClassList)
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _NotKubectlJson(f"key {json.dumps(key)} appears twice in one object (kubectl writes each once)")
        found[key] = value
    return found


def _refuse_constant(name: str) -> Any:
    raise _NotKubectlJson(f"{name} is not a JSON number (kubectl never writes it)")


def load_json(path: Path, limit: int = MAX_INVENTORY_BYTES) -> Any:
    """The JSON value in `path`; InputError naming the file (and the place) when it is not JSON."""
    raw = read_limited(path, limit)
    try:
        return json.loads(
            raw.decode("utf-8-sig"),
            parse_int=_parse_int,
            parse_constant=_refuse_constant,
            object_pairs_hook=_unique_keys,
        )
    except _NotKubectlJson as error:
        raise InputError([Problem(str(path), 0, 0, f"{error}; save it with kubectl ... -o json")]) from None
    except UnicodeDecodeError as error:
        message = f"byte {error.start} is not UTF-8; save kubectl's output as it is"
        raise InputError([Problem(str(path), 0, 0, message)]) from None
    except json.JSONDecodeError as error:
        message = f"not JSON ({error.msg}); save it with kubectl ... -o json"
        raise InputError([Problem(str(path), error.lineno, error.colno, message)]) from None
    except RecursionError:
        raise InputError([Problem(str(path), 0, 0, "values nested too deeply for a kubectl listing")]) from None


class _Reader:
    """Reads fields by type; a value of another type is a problem at its path."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.more = 0  # problems past MAX_PROBLEMS_PER_FILE, counted, not kept

    def problem(self, where: tuple[str | int, ...], message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS_PER_FILE:
            self.problems.append(f"{key_path(*where)}: {message}")
        else:
            self.more += 1

    def expected(self, where: tuple[str | int, ...], what: str, value: Any) -> None:
        self.problem(where, f"expected {what}, found {json_type(value)}")

    def mapping(self, value: Any, where: tuple[str | int, ...]) -> Mapping[str, Any]:
        """An optional object: absent or null reads as empty."""
        if value is None:
            return {}
        if isinstance(value, dict):
            return value
        self.expected(where, "an object", value)
        return {}

    def text(self, value: Any, where: tuple[str | int, ...]) -> str:
        """An optional string, made valid Unicode: absent or null reads as ""."""
        if value is None:
            return ""
        if isinstance(value, str):
            return without_surrogates(value)
        self.expected(where, "a string", value)
        return ""

    def labels(self, value: Any, where: tuple[str | int, ...]) -> dict[str, str]:
        """metadata.labels: strings to strings (a null value reads as "")."""
        return {
            without_surrogates(key): self.text(item, (*where, key)) for key, item in self.mapping(value, where).items()
        }

    def items(self, value: Any, where: tuple[str | int, ...]) -> list[Any]:
        """An optional list: absent or null reads as empty."""
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.expected(where, "a list", value)
        return []


def _node(
    reader: _Reader, item: Mapping[str, Any], where: tuple[str | int, ...], skipped: list[SkippedCount]
) -> NodeRecord:
    meta = reader.mapping(item.get("metadata"), (*where, "metadata"))
    status = reader.mapping(item.get("status"), (*where, "status"))
    info = reader.mapping(status.get("nodeInfo"), (*where, "status", "nodeInfo"))
    capacity = reader.mapping(status.get("capacity"), (*where, "status", "capacity"))
    name = reader.text(meta.get("name"), (*where, "metadata", "name"))
    gpus = 0
    count = capacity.get(GPU_RESOURCE)
    count_at = (*where, "status", "capacity", GPU_RESOURCE)
    if isinstance(count, str):
        if _GPU_COUNT.fullmatch(count):
            gpus = int(count)
        else:
            shown = count if len(count) <= 24 else f"{count[:20]}... ({len(count):,} characters)"
            skipped.append(SkippedCount(key_path(*count_at), without_surrogates(shown), name))
    elif count is not None:
        reader.expected(count_at, 'a string such as "8"', count)
    handlers = []
    for index, entry in enumerate(reader.items(status.get("runtimeHandlers"), (*where, "status", "runtimeHandlers"))):
        at = (*where, "status", "runtimeHandlers", index)
        if isinstance(entry, dict):
            handlers.append(reader.text(entry.get("name"), (*at, "name")))
        else:
            reader.expected(at, "an object", entry)
    return NodeRecord(
        name=name,
        uid=reader.text(meta.get("uid"), (*where, "metadata", "uid")),
        labels=reader.labels(meta.get("labels"), (*where, "metadata", "labels")),
        runtime=reader.text(
            info.get("containerRuntimeVersion"), (*where, "status", "nodeInfo", "containerRuntimeVersion")
        ),
        kernel=reader.text(info.get("kernelVersion"), (*where, "status", "nodeInfo", "kernelVersion")),
        os_image=reader.text(info.get("osImage"), (*where, "status", "nodeInfo", "osImage")),
        architecture=reader.text(info.get("architecture"), (*where, "status", "nodeInfo", "architecture")),
        gpus=gpus,
        handlers=tuple(handlers),
    )


def _runtime_class(reader: _Reader, item: Mapping[str, Any], where: tuple[str | int, ...]) -> RuntimeClassRecord:
    meta = reader.mapping(item.get("metadata"), (*where, "metadata"))
    return RuntimeClassRecord(
        name=reader.text(meta.get("name"), (*where, "metadata", "name")),
        handler=reader.text(item.get("handler"), (*where, "handler")),
    )


def _item_kind(item: Any, list_kind: str | None) -> Any:
    """An item's own kind (any JSON value), else the one its list names (NodeList: Node)."""
    own = item.get("kind") if isinstance(item, dict) else None
    return own if own is not None else _ITEM_KINDS.get(list_kind or "")


def read_kubectl_file(path: Path) -> KubectlFile:
    """The nodes, RuntimeClasses or version in one file kubectl wrote; InputError naming every
    problem (at most MAX_PROBLEMS_PER_FILE of them, and how many more) when it is not such a file."""
    return read_kubectl_document(load_json(path), path)


def read_kubectl_document(document: Any, path: Path) -> KubectlFile:
    """read_kubectl_file of a JSON value already parsed (from `path`, which messages name)."""
    found = KubectlFile(path)
    reader = _Reader()
    if not isinstance(document, dict):
        raise InputError([Problem(str(path), 1, 1, NOT_A_LISTING)])
    kind = document.get("kind")
    if kind is not None and not isinstance(kind, str):
        reader.expected(("kind",), "a string", kind)
        kind = None
    if "serverVersion" in document or "clientVersion" in document:
        found.is_version = True
        server = reader.mapping(document.get("serverVersion"), ("serverVersion",))
        found.server_version = reader.text(server.get("gitVersion"), ("serverVersion", "gitVersion"))
    elif kind in ("Node", "RuntimeClass"):
        _read_items(reader, found, [document], None, single=True)
    elif "items" in document:
        items = document["items"]
        if not isinstance(items, list):
            reader.expected(("items",), "a list", items)
        elif not items:
            found.empty = True
        elif kind not in _ITEM_KINDS and not any(_item_kind(item, None) in ("Node", "RuntimeClass") for item in items):
            raise InputError([Problem(str(path), 1, 1, NOT_A_LISTING)])  # e.g. kubectl get pods -o json
        else:
            _read_items(reader, found, items, kind, single=False)
    else:
        raise InputError([Problem(str(path), 1, 1, NOT_A_LISTING)])
    if reader.problems:
        problems = [Problem(str(path), 0, 0, message) for message in reader.problems]
        if reader.more:
            problems.append(Problem(str(path), 0, 0, f"... and {reader.more:,} more problems of this kind"))
        raise InputError(problems)
    return found


def _read_items(reader: _Reader, found: KubectlFile, items: list[Any], list_kind: str | None, single: bool) -> None:
    for index, item in enumerate(items):
        where: tuple[str | int, ...] = () if single else ("items", index)
        if not isinstance(item, dict):
            reader.expected(where, "an object (a Node or a RuntimeClass)", item)
            continue
        kind = _item_kind(item, list_kind)
        if kind == "Node":
            found.nodes.append(_node(reader, item, where, found.skipped))
        elif kind == "RuntimeClass":
            found.runtime_classes.append(_runtime_class(reader, item, where))
        else:
            allowed = "allowed here: Node and RuntimeClass items"
            if isinstance(kind, str):
                reader.problem((*where, "kind"), f"a {without_surrogates(kind)}; {allowed}")
            elif kind is None:
                reader.problem(where, f"an item without a kind in a list of mixed kinds; {allowed}")
            else:
                reader.expected((*where, "kind"), "a string", kind)
