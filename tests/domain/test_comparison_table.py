"""The comparison table as the report carries it, against data/runtimes.yaml: the seed's cells as
published, a dagger on each cell or item with an erratum and the correction beside it, the Korean
rendering of the recurring cells, and the column of the pick highlighted."""

from __future__ import annotations

from gui.domain.report.comparison import comparison_table

SECCOMP_EN = (
    "runc and crun do filter syscalls with seccomp: Docker applies its default profile to every container, "
    "and Kubernetes applies the runtime's RuntimeDefault profile when a pod or the kubelet asks for it. "
    "What they lack is a sandbox kernel between the workload and the host."
)


def _cells(table, label: str):
    return next(row.cells for row in table.rows if row.label == label)


def test_the_columns_are_the_seed_columns_and_the_pick_is_highlighted(shipped_data) -> None:
    table = comparison_table(shipped_data, "containerd", "en")
    ids = shipped_data.dataset.runtime_ids
    assert ids == ("cri-o", "containerd", "docker", "gvisor", "kata", "nitro-sandbox")
    # the seed's five columns only: Nitro Sandboxes came seven years after the table
    assert len(table.columns) == len(table.names) == 5 and "EKS Nitro Sandboxes" not in table.names
    assert all(len(row.cells) == 5 for row in table.rows)
    assert comparison_table(shipped_data, "nitro-sandbox", "en").highlighted is None
    assert table.columns[1] == "Containerd CRI plugin"
    assert table.names[1] == "containerd"
    assert table.highlighted == 1
    assert comparison_table(shipped_data, "kata", "en").highlighted == 4
    assert comparison_table(shipped_data, None, "en").highlighted is None
    assert [row.label for row in table.rows][:5] == ["Sponsor", "Started", "Version", "OCI runtime", "Kernel"]


def test_cells_with_errata_carry_a_dagger_and_the_correction(shipped_data) -> None:
    table = comparison_table(shipped_data, "containerd", "en")
    containerd = 1
    assert _cells(table, "Kernel")[containerd].text == "shared"
    assert _cells(table, "Kernel")[containerd].erratum is None
    syscall = _cells(table, "Syscall filtering")[containerd]
    assert (syscall.text, syscall.erratum) == ("no \u2020", SECCOMP_EN)
    assert _cells(table, "Start time")[containerd].text == "<10ms \u2020"
    docs = _cells(table, "Docs")[containerd]
    assert docs.text == "https://github.com/containerd/cri \u2020"
    assert docs.erratum == (
        "containerd/cri was merged into https://github.com/containerd/containerd; the CRI plugin is now built in."
    )


def test_pros_and_cons_are_bulleted_items_with_their_errata(shipped_data) -> None:
    table = comparison_table(shipped_data, None, "en")
    containerd = 1
    pros = _cells(table, "Pros")[containerd]
    assert pros.text == (
        "\u2022 Installed by default with recent Docker Engine releases\n"
        "\u2022 Kubernetes can use containerd directly, and Docker can be used directly on the same host too\n"
        "\u2022 No need to run the dockerd daemon"
    )
    assert pros.erratum is None
    cons = _cells(table, "Cons")[containerd]
    assert cons.text == (
        "\u2022 This is slightly newer as it has been through a few iterations of being installed differently. \u2020"
    )
    assert cons.erratum == (
        "Left untranslated (English) in the Korean table; the Korean text here is this project's translation."
    )


def test_in_korean_the_recurring_cells_read_in_korean_with_the_published_words(shipped_data) -> None:
    table = comparison_table(shipped_data, "containerd", "ko")
    containerd = 1
    assert _cells(table, "커널")[containerd].text == "공유 (shared)"
    assert _cells(table, "시스템 콜 필터링")[containerd].text == "아니요 (no) \u2020"
    assert _cells(table, "OCI 런타임")[containerd].text == "containerd가 runc를 관리 (containerd managing runc)"
    assert _cells(table, "시작")[containerd].text == "2015"
    cons = _cells(table, "단점")[containerd]
    assert cons.text == "\u2022 설치 방식이 몇 차례 바뀌어 온 만큼 조금 더 새로운 편임 \u2020"
    assert cons.erratum == (
        "한국어 표에서 번역되지 않고 영어로 남아 있던 항목입니다. 여기의 한국어는 이 프로젝트의 번역입니다."
    )
