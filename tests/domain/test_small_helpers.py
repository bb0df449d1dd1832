"""The small helpers of gui/domain, each against what its docstring promises: messages shown
safely, the locale's language, paths named as a reader of the YAML would, comment wrapping by
display width."""

from __future__ import annotations

from gui.domain.artifacts.text import WIDTH, comments, display_width, yaml_text
from gui.domain.data.document import YamlDocument, describe_path
from gui.domain.language import default_language, language_from_locale
from gui.domain.problems import MAX_MESSAGE, InputError, Problem, shown_safely


def test_control_characters_become_visible_escapes() -> None:
    assert shown_safely("a\nb\rc\td") == "a\\nb\\rc\\td"
    assert shown_safely("\x1b[31mred") == "\\x1b[31mred"
    assert shown_safely("\x00\x7f\x9f") == "\\x00\\x7f\\x9f"
    assert shown_safely("\u202eevil\u2066") == "\\u202eevil\\u2066"
    assert shown_safely("\u2028") == "\\u2028"
    # ordinary text, Hangul and a character just past C1 stay as they are
    assert shown_safely("plain 한글 \xa0") == "plain 한글 \xa0"


def test_a_long_message_is_shortened_with_the_count_left_out() -> None:
    assert shown_safely("x" * MAX_MESSAGE) == "x" * MAX_MESSAGE
    assert shown_safely("x" * (MAX_MESSAGE + 1234)) == "x" * MAX_MESSAGE + "... (1,234 more characters)"


def test_a_problem_reads_file_line_column_message() -> None:
    problem = Problem("a\nb.yaml", 3, 7, "bad\x1bvalue")
    assert str(problem) == "a\\nb.yaml:3:7: bad\\x1bvalue"
    error = InputError([problem, Problem("c.yaml", 1, 0, "second")])
    assert error.problems == (problem, Problem("c.yaml", 1, 0, "second"))
    assert str(error) == "a\\nb.yaml:3:7: bad\\x1bvalue\nc.yaml:1:0: second"


def test_a_bilingual_label_is_filled_in_in_both_languages() -> None:
    from gui.domain.labels import bilingual
    from gui.domain.model import Text

    assert bilingual("warn_tie", name="A", others="B") == Text("A is tied with B.", "점수가 같습니다: A, B.")


def test_all_labels_is_a_copy_of_the_table() -> None:
    from gui.domain.labels import all_labels, label

    labels = all_labels()
    assert labels["title"] == ("Container runtime recommendation", "컨테이너 런타임 추천")
    labels["title"] = ("changed", "changed")
    assert label("title", "en") == "Container runtime recommendation"


def test_korean_for_a_ko_locale_else_english() -> None:
    assert language_from_locale("ko_KR.UTF-8") == "ko"
    assert language_from_locale("KO") == "ko"
    assert language_from_locale("en_US.UTF-8") == "en"
    assert language_from_locale("C") == "en"
    assert language_from_locale(None) == "en"
    assert language_from_locale("") == "en"


def test_the_first_locale_variable_set_wins() -> None:
    assert default_language({"LC_ALL": "ko_KR", "LC_MESSAGES": "en_US", "LANG": "en_US"}) == "ko"
    assert default_language({"LC_ALL": "", "LC_MESSAGES": "ko_KR", "LANG": "en_US"}) == "ko"
    assert default_language({"LC_MESSAGES": "en_US", "LANG": "ko_KR"}) == "en"
    assert default_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert default_language({}) == "en"


def test_default_language_reads_the_process_environment(monkeypatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert default_language() == "ko"


def test_paths_are_named_as_a_reader_of_the_yaml_would() -> None:
    assert describe_path(("runtimes", 2, "attributes", "kernel")) == "runtimes[2].attributes.kernel"
    assert describe_path(("rules",)) == "rules"
    assert describe_path((0, "id")) == "[0].id"
    assert describe_path(()) == "the document"


def test_a_position_falls_back_to_the_nearest_ancestor() -> None:
    doc = YamlDocument("f.yaml", {}, {("a",): (4, 2), ("a", 0): (5, 4), (): (1, 1)})
    assert doc.where(("a", 0)) == (5, 4)
    assert doc.where(("a", 1, "b")) == (4, 2)
    assert doc.where(("z",)) == (1, 1)
    assert YamlDocument("g.yaml", {}).where(("x", "y")) == (1, 1)
    assert doc.problem(("a", 0, "c"), "wrong") == Problem("f.yaml", 5, 4, "wrong")


def test_wide_characters_take_two_columns() -> None:
    assert display_width("abc") == 3
    assert display_width("한글") == 4
    assert display_width("ａ") == 2  # fullwidth
    assert display_width("") == 0


def test_comments_wrap_at_the_width_and_separate_paragraphs() -> None:
    assert WIDTH == 100
    words = " ".join(["word"] * 30)  # 30 x 5 - 1 = 149 columns
    text = comments(words, "", "second paragraph", prefix="//")
    lines = text.split("\n")
    assert text.endswith("\n") and lines[-1] == ""
    # "// " + 19 words (19 x 5 - 1 = 94) is 97 columns; a 20th word would make 102
    assert lines[0] == "// " + " ".join(["word"] * 19)
    assert lines[1] == "// " + " ".join(["word"] * 11)
    assert lines[2:] == ["//", "// second paragraph", ""]
    # exactly 100 columns still fits on one line
    fits = " ".join(["abcd"] * 19) + " abcd"  # 99 columns
    assert comments(fits[:97]) == f"# {fits[:97]}\n"
    assert len(f"# {fits[:98]}") == 100 and comments(fits[:98]) == f"# {fits[:98]}\n"
    # a word longer than a line stays whole
    url = "https://example.org/" + "x" * 120
    assert comments(f"see {url} now") == f"# see\n# {url}\n# now\n"
    # Hangul counts two columns: "# " + 19 four-column words is 96 columns, a 20th would make 101
    korean = comments(" ".join(["한글"] * 40))
    assert korean.splitlines() == ["# " + " ".join(["한글"] * 19)] * 2 + ["# 한글 한글"]


def test_generated_yaml_is_block_style_unicode_and_wraps_at_the_width() -> None:
    long = " ".join(["word"] * 40)  # 199 columns
    text = yaml_text({"name": "한글", "items": [1, 2], "long": long})
    assert text.startswith("name: 한글\nitems:\n- 1\n- 2\nlong: word word")
    widths = [len(line) for line in text.splitlines()]
    # PyYAML breaks at the first space past the width it is given: 100 here (its default is 80)
    assert 100 < max(widths) <= 105, widths


def test_nothing_fits_comes_before_a_different_platform(shipped_data) -> None:
    # what_if_order.py: a different platform is the least useful suggestion, after "then nothing fits"
    from gui.domain.advice.engine import WhatIf
    from gui.domain.advice.what_if_order import most_useful_first

    what_ifs = [WhatIf("platform", "kubernetes", "openshift", "kata"), WhatIf("gpu", "none", "nvidia", None)]
    assert [w.question for w in most_useful_first(what_ifs, shipped_data.questions)] == ["gpu", "platform"]


def test_a_data_text_with_a_line_break_stays_under_its_item_in_the_text_report() -> None:
    from gui.domain.report.text import _indent_continuations

    # four spaces under the line's own indentation, so the item's text lines up below its start
    assert _indent_continuations("  - Source: first line\nsecond\nthird") == (
        "  - Source: first line\n      second\n      third"
    )
    assert _indent_continuations("no break") == "no break"


def test_an_example_pods_name_fits_63_characters_and_never_has_a_double_dash() -> None:
    from types import SimpleNamespace

    from gui.domain.artifacts.kubernetes import pod_name

    assert pod_name(SimpleNamespace(name="web")) == "web-example"
    # a 63-character workload name is cut to 55, and a dash left at the cut goes
    cut_at_dash = "a" * 54 + "-" + "b" * 8
    assert pod_name(SimpleNamespace(name=cut_at_dash)) == "a" * 54 + "-example"
    longest = "c" * 63
    assert pod_name(SimpleNamespace(name=longest)) == "c" * 55 + "-example"
    assert len(pod_name(SimpleNamespace(name=longest))) == 63
