"""The shipped dataset is the seed table as published, with errata and sourced current notes."""

from __future__ import annotations

import re
import unicodedata

import pytest
import yaml

from gui.domain.model import Text
from tests.conftest import DATA

SEED = DATA / "seed" / "container-runtimes-table.ko.txt"
DESIGN_QUESTIONS = {
    "platform": ["kubernetes", "openshift", "single-host", "gke", "eks", "aks"],
    "trust": ["own", "third-party", "untrusted"],
    "isolation": ["no-preference", "shared-kernel", "syscall-filtering", "separate-kernel"],
    "workload": ["general", "web-stateless", "database", "io-heavy", "network-heavy"],
    "startup": ["relaxed", "moderate", "critical"],
    "gpu": ["none", "nvidia"],
    "density": ["normal", "high"],
    "virtualization": ["unknown", "available", "unavailable"],
    "docker_cli": ["not-needed", "required"],
    "maturity": ["balanced", "proven", "early-adopter"],
}
# what the data adds to DESIGN.md's minimum set (more choices after its own, more questions, each
# with a default that keeps existing answers files valid): the workloads of 2026 (issue 27)
ADDED_CHOICES = {"workload": ["ai-agent", "ci-runner"]}
ADDED_QUESTIONS = {
    "privileges": ["none", "nested-containers", "privileged"],
    "confidential": ["not-needed", "amd-sev-snp", "intel-tdx"],
    # the sizing questions of the capacity section (issue 27); they never change a pick
    "node_size": ["cpu4-16gi", "cpu2-8gi", "cpu8-32gi", "cpu16-64gi", "cpu32-128gi", "cpu64-256gi"],
    "pods": ["about-100", "about-10", "about-1000", "about-10000"],
    "pod_size": ["small", "medium", "large", "xlarge"],
}


def seed_table() -> list[list[str]]:
    """The seed file's table: a row per line of cells (header row first)."""
    text = SEED.read_text(encoding="utf-8")
    cell = r"\s*([^|]*?)\s*\|"
    return [list(m) for m in re.findall(r"\|" + cell * 6, text)]


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def table() -> list[list[str]]:
    rows = seed_table()
    assert len(rows) == 15, "the seed has a header and 14 rows"
    return rows


def _columns(shipped_data):
    """The runtimes that are columns of the seed table (EKS Nitro Sandboxes, of 2026, is not)."""
    return [r for r in shipped_data.dataset.runtimes if r.in_table]


def test_columns_are_the_five_runtimes_in_seed_order(shipped_data, table) -> None:
    assert [r.id for r in _columns(shipped_data)] == ["cri-o", "containerd", "docker", "gvisor", "kata"]
    assert shipped_data.dataset.runtime_ids == ("cri-o", "containerd", "docker", "gvisor", "kata", "nitro-sandbox")
    assert [r.column for r in _columns(shipped_data)] == table[0][1:]
    nitro = shipped_data.dataset.runtime("nitro-sandbox")
    assert (nitro.seed, nitro.pros, nitro.cons, nitro.errata) == ({}, (), (), ())


def test_rows_are_the_seed_rows_in_order(shipped_data, table) -> None:
    assert [row.published for row in shipped_data.dataset.rows] == [r[0] for r in table[1:]]


def test_every_cell_is_as_published(shipped_data, table) -> None:
    rows = {row.published: row.id for row in shipped_data.dataset.rows}
    for published_row in table[1:13]:
        row_id = rows[published_row[0]]
        for runtime, cell in zip(_columns(shipped_data), published_row[1:], strict=True):
            assert runtime.seed[row_id] == cell, (runtime.id, row_id)


@pytest.mark.parametrize("row_index, kind", [(13, "pros"), (14, "cons")])
def test_pros_and_cons_are_verbatim_and_complete(shipped_data, table, row_index: int, kind: str) -> None:
    for runtime, cell in zip(_columns(shipped_data), table[row_index][1:], strict=True):
        items = getattr(runtime, kind)
        for item in items:
            assert item.published in cell, f"{runtime.id} {kind}: {item.published!r} is not in the seed"
        assert squash(" ".join(i.published for i in items)) == squash(cell), f"{runtime.id} {kind} incomplete"


def test_the_untranslated_containerd_con_is_kept_in_english_and_marked(shipped_data) -> None:
    containerd = shipped_data.dataset.runtime("containerd")
    con = containerd.cons[0]
    assert con.published_lang == "en"
    assert con.published.startswith("This is slightly newer")
    assert re.search(r"[가-힣]", con.text.ko), "a Korean rendering is given beside it"
    assert containerd.erratum_for("con", 1) is not None


def test_errata_of_the_reference_are_recorded(shipped_data) -> None:
    ds = shipped_data.dataset
    gvisor = ds.runtime("gvisor")
    assert gvisor.seed["version"] == "runc"  # kept as published
    assert "release-YYYYMMDD.N" in gvisor.erratum_for("row", "version").correction.en
    assert gvisor.cons[2].published.startswith("400 개 Linux syscall이 모두 구현되어")
    assert "inverted" in gvisor.erratum_for("con", 3).correction.en
    for runtime_id, moved_to in [
        ("cri-o", "https://github.com/cri-o/cri-o"),
        ("containerd", "https://github.com/containerd/containerd"),
        ("kata", "https://github.com/kata-containers/kata-containers"),
    ]:
        erratum = ds.runtime(runtime_id).erratum_for("row", "docs")
        assert erratum is not None and moved_to in erratum.correction.en, runtime_id
    assert "2021-05-12" in ds.runtime("kata").erratum_for("row", "docs").correction.en


def test_current_notes_are_dated_and_sourced(shipped_data) -> None:
    notes = shipped_data.dataset.all_notes()
    assert "cri-dockerd" in notes["dockershim-removed"].text.en
    assert "1.24" in notes["dockershim-removed"].text.en
    for note in notes.values():
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", note.date), note.id
        assert note.source.startswith("https://"), note.id
        assert note.source in shipped_data.dataset.sources, f"{note.id}: source missing from dataset sources"
    for runtime in shipped_data.dataset.runtimes:
        for erratum in runtime.errata:
            assert erratum.source in shipped_data.dataset.sources, f"{runtime.id}: erratum source not listed"


def test_typed_forms_agree_with_the_published_cells_unless_an_erratum_says_why(shipped_data) -> None:
    """The rules read current values; where one departs from the table's cell, the cell carries
    an erratum that says why (so the window and every export show the correction)."""
    departures = []
    for runtime in _columns(shipped_data):
        attrs, seed = runtime.attributes, runtime.seed
        published = {
            "kernel": {"shared": "shared", "partially shared": "partial", "isolated": "isolated"}[seed["kernel"]],
            "user_space_kernel": seed["syscall_filtering"] == "yes",
            "kernel_blobs": seed["kernel_blobs"] == "yes",
            "started": int(seed["started"][-4:]),
            "io_performance": {"host performance": "host", "slow": "slow"}[seed["io_performance"]],
            "network_performance": {
                "host performance": "host",
                "close to host performance": "near-host",
                "slow (see comment)": "slow",
            }[seed["network_performance"]],
        }
        rows = {"user_space_kernel": "syscall_filtering"}
        for attribute, value in published.items():
            if attrs[attribute] != value:
                row = rows.get(attribute, attribute)
                assert runtime.erratum_for("row", row) is not None, (runtime.id, attribute, attrs[attribute], value)
                departures.append((runtime.id, attribute))
        # the table's start times and footprints are not measurements: every one has an erratum
        # (but "-", which gives none), and the typed forms come from the dated notes instead
        assert runtime.erratum_for("row", "start_time") is not None, runtime.id
        assert (seed["footprint"] == "-") != (runtime.erratum_for("row", "footprint") is not None), runtime.id
    assert sorted(departures) == [
        ("gvisor", "io_performance"),
        ("gvisor", "network_performance"),
        ("kata", "io_performance"),
    ]


def test_every_note_erratum_and_release_is_sourced_and_checked(shipped_data) -> None:
    dataset = shipped_data.dataset
    dated = [*dataset.all_notes().values()]
    dated += [note for platform in shipped_data.platforms.values() for note in platform.notes]
    for note in dated:
        assert note.source in dataset.sources, note.id
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", note.checked), note.id
        assert note.checked <= dataset.as_of, note.id
    for runtime in dataset.runtimes:
        for item in (*runtime.errata, *runtime.releases):
            assert item.source in dataset.sources, (runtime.id, item)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.checked), (runtime.id, item)


def _texts(value):
    if isinstance(value, dict):
        if set(value) >= {"en", "ko"} and all(isinstance(value[k], str) for k in ("en", "ko")):
            yield value
        for child in value.values():
            yield from _texts(child)
    elif isinstance(value, list):
        for child in value:
            yield from _texts(child)


# Product and project names are written the same way in Korean text.
NAMES_IN_KOREAN_TEXT = {
    "OpenShift",
    "NVIDIA GPU",
    "Google Kubernetes Engine(GKE)",
    "Google Kubernetes Engine",
    "Amazon EKS",
    "Azure Kubernetes Service(AKS)",
    "Azure Kubernetes Service",
    "GKE Sandbox",
    "AKS Pod Sandboxing",
    "OpenShift sandboxed containers",
}


@pytest.mark.parametrize("name", ["runtimes.yaml", "questions.yaml", "rules.yaml", "platforms.yaml"])
def test_every_data_text_exists_in_both_languages(name: str) -> None:
    document = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    texts = list(_texts(document))
    assert texts
    hangul = re.compile(r"[가-힣]")
    for text in texts:
        assert text["en"].strip() and text["ko"].strip()
        # an English text may quote Korean only where it is a published Korean item's rendering
        assert not hangul.search(text["en"]) or text.get("published") == "ko", text
        assert hangul.search(text["ko"]) or text["ko"] in NAMES_IN_KOREAN_TEXT or text.get("published") == "en", text


def test_every_link_is_https(shipped_data) -> None:
    for runtime in shipped_data.dataset.runtimes:
        for link in runtime.links:
            assert link.startswith("https://")
    assert all(s.startswith("https://") for s in shipped_data.dataset.sources)


def test_questions_have_the_design_ids_and_choices_in_order(shipped_data) -> None:
    expected = {q: choices + ADDED_CHOICES.get(q, []) for q, choices in DESIGN_QUESTIONS.items()}
    assert {q.id: list(q.choice_ids) for q in shipped_data.questions} == {**expected, **ADDED_QUESTIONS}
    for question in shipped_data.questions:
        # the default is DESIGN.md's first choice; an added question's default changes nothing
        assert question.default == {**DESIGN_QUESTIONS, **ADDED_QUESTIONS}[question.id][0]
        assert all(c.help.en and c.help.ko for c in question.choices)


def test_text_get_picks_the_language() -> None:
    text = Text(en="Pros", ko="장점")
    assert (text.get("en"), text.get("ko")) == ("Pros", "장점")


def test_seed_copy_is_normalised_utf8() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)


def test_no_data_text_carries_markdown_backticks(shipped_data) -> None:
    """Texts are shown as plain text in the window and the PDF: a backtick would show as is."""
    import yaml

    from tests.conftest import DATA

    def texts(value):
        if isinstance(value, dict):
            for key, child in value.items():
                if key in ("en", "ko") and isinstance(child, str):
                    yield child
                else:
                    yield from texts(child)
        elif isinstance(value, list):
            for child in value:
                yield from texts(child)

    for name in ("runtimes.yaml", "platforms.yaml", "rules.yaml", "questions.yaml"):
        found = [t for t in texts(yaml.safe_load((DATA / name).read_text(encoding="utf-8"))) if "`" in t]
        assert found == [], (name, found[:2])
