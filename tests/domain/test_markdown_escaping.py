"""Markdown escaping in the report (the comments above _lit in gui/domain/report/text.py): markup
characters escaped, nothing at the start that opens a list, heading or quote, no autolink but
https, line breaks as spaces (as <br> in table cells), fences longer than any backtick run, and
link destinations that cannot end early."""

from __future__ import annotations

import pytest

from gui.domain.report.markdown import _fence, _lit, _md, _md_url
from gui.domain.report.text import points_text


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("a*b_c", r"a\*b\_c"),
        ("#h", r"\#h"),
        ("a|b", r"a\|b"),
        ("<s>", r"\<s\>"),
        ("x~y&z", r"x\~y\&z"),
        ("`c`", r"\`c\`"),
        ("[l](u)", r"\[l\](u)"),
        ("back\\slash", r"back\\slash"),
        ("1. item", r"1\. item"),
        ("2) x", r"2\) x"),
        ("12.5 GiB", r"12\.5 GiB"),
        ("- dash", r"\- dash"),
        ("+ plus", r"\+ plus"),
        ("= eq", r"\= eq"),
        ("a - b", "a - b"),
        ("http://x.org", r"http\://x.org"),
        ("ftp://a", r"ftp\://a"),
        ("see HTTP://x.org", r"see HTTP\://x.org"),
        ("https://x.org", "https://x.org"),
        ("www.x.org", r"www\.x.org"),
        ("a\nb", "a b"),
        ("  pad  ", "pad"),
        ("", ""),
    ],
)
def test_text_becomes_literal_markdown(text: str, literal: str) -> None:
    assert _lit(text) == literal


def test_a_table_cell_keeps_its_line_breaks_as_br() -> None:
    assert _md("a\nb|c") == r"a<br>b\|c"
    assert _md("- x\n1. y") == r"\- x<br>1\. y"


def test_a_fence_is_longer_than_any_run_of_backticks() -> None:
    assert _fence("no ticks") == "```"
    assert _fence("``x``") == "```"
    assert _fence("a ``` b") == "````"
    assert _fence("a ```` b ` c") == "`````"


def test_a_link_destination_cannot_end_early() -> None:
    assert _md_url("https://x.org/a b)c<d>") == "https://x.org/a%20b%29c%3Cd%3E"
    assert _md_url("https://x.org/p?q=1&r=a-b_c.d~e#f") == "https://x.org/p?q=1&r=a-b_c.d~e#f"


def test_points_carry_their_sign_and_one_decimal() -> None:
    assert points_text(2.0) == "+2.0"
    assert points_text(-1.26) == "-1.3"
    assert points_text(0.0) == "+0.0"
    assert points_text(None) == ""
