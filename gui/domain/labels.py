"""Fixed wording of the headless reports (text, Markdown, JSON), in English and Korean.

The Qt window translates its own strings with Qt Linguist; the CLI must run without Qt, so
the few words its reports need live here, next to the data's own per-language texts.
"""

from __future__ import annotations

from gui.domain.model import Lang

_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Container runtime recommendation", "컨테이너 런타임 추천"),
    "recommendation": ("Recommendation", "추천"),
    "none_fits": ("No runtime fits all of your hard requirements.", "모든 필수 조건을 만족하는 런타임이 없습니다."),
    "none_fits_hint": (
        'Changing one answer as listed under "What would change it" gives a recommendation.',
        '"답을 바꾸면" 아래의 답 하나를 바꾸면 추천을 받을 수 있습니다.',
    ),
    "tied": ("tied with", "동점:"),
    "score": ("score", "점수"),
    "answers": ("Your answers", "답변"),
    "why": ("Why {name}", "{name}을(를) 추천하는 이유"),
    "no_reasons": (
        "No rule added or removed points: it leads on the table's order alone.",
        "점수를 더하거나 뺀 규칙이 없어 표의 순서로 앞섰습니다.",
    ),
    "table": ("From the comparison table", "비교 표에서"),
    "table_en_note": (
        "English renderings of the Korean table; errata marked.",
        "게시된 원문 그대로이며, 오류는 표시했습니다.",
    ),
    "pros": ("Pros", "장점"),
    "cons": ("Cons", "단점"),
    "erratum": ("erratum", "정정"),
    "notes": ("Current notes", "최신 정보"),
    "ranking": ("Ranking", "순위"),
    "excluded": ("excluded", "제외"),
    "others": ("Why not the others", "다른 런타임을 고르지 않은 이유"),
    "what_if": ("What would change it", "답을 바꾸면"),
    "what_if_none": (
        "No single answer change changes the recommendation.",
        "답 하나만 바꿔서는 추천이 달라지지 않습니다.",
    ),
    "nothing": ("nothing fits", "맞는 런타임 없음"),
    "dataset": ("Dataset", "데이터"),
    "as_of": ("as of", "기준일"),
    "sources": ("Sources", "출처"),
    "source": ("source", "출처"),
    "seed": ("Seed table", "원본 표"),
    "links": ("Docs", "문서"),
    # Markdown decision record
    "adr_status": ("Status: proposed", "상태: 제안됨"),
    "adr_context": ("Context", "배경"),
    "adr_decision": ("Decision", "결정"),
    "adr_decision_text": ("Use {name} as the container runtime.", "컨테이너 런타임으로 {name}을(를) 사용한다."),
    "adr_no_decision": (
        "No runtime is chosen: none fits every hard requirement.",
        "필수 조건을 모두 만족하는 런타임이 없어 결정하지 않는다.",
    ),
    "adr_consequences": ("Consequences", "결과"),
    "adr_alternatives": ("Alternatives considered", "검토한 대안"),
    "excluded_heading": ("Excluded runtimes", "제외된 런타임"),
    "comparison": ("The comparison table, as published", "비교 표 (게시된 그대로)"),
    "erratum_marker": (
        "† marks an erratum; the correction follows the cell.",
        "†는 정정 사항이며, 정정 내용은 해당 칸 뒤에 있습니다.",
    ),
    "page_of": ("Page {page} of {pages}", "{pages}쪽 중 {page}쪽"),
    "generated_on": ("Generated on {date} by Runtime Advisor {version}", "{date}, Runtime Advisor {version}에서 생성"),
    "subject": ("Which container runtime to use, and why", "어떤 컨테이너 런타임을 쓸지, 그리고 그 이유"),
    "runtime": ("Runtime", "런타임"),
    "reasons": ("Reasons", "이유"),
    "question": ("Question", "질문"),
    "answer": ("Answer", "답변"),
    "points": ("points", "점"),
    "rule": ("rule", "규칙"),
}


def label(key: str, lang: Lang, **values: str) -> str:
    en, ko = _LABELS[key]
    text = ko if lang == "ko" else en
    return text.format(**values) if values else text


def all_labels() -> dict[str, tuple[str, str]]:
    return dict(_LABELS)
