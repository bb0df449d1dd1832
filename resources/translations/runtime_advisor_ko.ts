<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="26"/>
        <source>Helps you choose a container runtime and explains why.</source>
        <translation>컨테이너 런타임 선택을 돕고 그 이유를 설명합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="27"/>
        <source>Dataset as of {0}, built from the table &quot;{1}&quot; ({2}). Sources:</source>
        <translation>데이터 기준일 {0}, 원본 표 &quot;{1}&quot;({2})를 바탕으로 만들었습니다. 출처:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="30"/>
        <source>MIT licence. Built with Qt {0} and PySide6, used under the GNU LGPL v3; PyYAML (MIT) and jsonschema (MIT).</source>
        <translation>MIT 라이선스. Qt {0}와 PySide6(GNU LGPL v3)로 만들었고, PyYAML(MIT)과 jsonschema(MIT)를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="37"/>
        <source>About Runtime Advisor</source>
        <translation>Runtime Advisor 정보</translation>
    </message>
</context>
<context>
    <name>AdvisorWizard</name>
    <message>
        <location filename="../../gui/window/wizard.py" line="138"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/window/wizard.py" line="139"/>
        <source>Sta&amp;rt Over</source>
        <translation>처음부터(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/wizard.py" line="157"/>
        <source>See the &amp;Plan &gt;</source>
        <translation>계획 보기(&amp;P) &gt;</translation>
    </message>
    <message>
        <location filename="../../gui/window/wizard.py" line="159"/>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../gui/window/wizard.py" line="141"/>
        <source>Back to the first question, with the default answers</source>
        <translation>기본 답변으로 첫 질문부터 다시 시작합니다</translation>
    </message>
</context>
<context>
    <name>ArtifactsView</name>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="84"/>
        <source>The files that set this plan up: review each before applying it, or save them all to a folder.</source>
        <translation>이 계획을 설정하는 파일입니다. 적용하기 전에 하나씩 검토하거나 폴더에 모두 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="86"/>
        <source>Cop&amp;y</source>
        <translation>복사(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="87"/>
        <source>Copy this file&apos;s text to the clipboard</source>
        <translation>이 파일의 내용을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="88"/>
        <source>Save A&amp;ll…</source>
        <translation>모두 저장(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="89"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="90"/>
        <source>File text</source>
        <translation>파일 내용</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="120"/>
        <source>Copied {0} to the clipboard.</source>
        <translation>클립보드에 복사함: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="124"/>
        <source>Save All Files To</source>
        <translation>모든 파일을 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="141"/>
        <source>Replace files?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="142"/>
        <source>These files exist with other content:</source>
        <translation>다음 파일이 이미 있고 내용이 다릅니다:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="146"/>
        <source>Replace them?</source>
        <translation>바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="159"/>
        <source>Saved</source>
        <translation>저장함</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="160"/>
        <source>{0} files in {1}</source>
        <translation>파일 {0}개를 {1}에 저장함</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="167"/>
        <source>Cannot save the files</source>
        <translation>파일을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="168"/>
        <source>Nothing was replaced.</source>
        <translation>아무 파일도 바꾸지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="85"/>
        <location filename="../../gui/widgets/comparison.py" line="89"/>
        <source>Comparison table</source>
        <translation>비교 표</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="86"/>
        <source>&amp;Filter rows:</source>
        <translation>행 필터(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="87"/>
        <source>text in a row label or cell</source>
        <translation>행 이름이나 칸의 텍스트</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="88"/>
        <source>Only rows where runtimes &amp;differ</source>
        <translation>런타임 간 차이가 있는 행만(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="90"/>
        <source>The &amp;table as published</source>
        <translation>게시된 그대로의 표(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="91"/>
        <source>Co&amp;rrections and dated notes</source>
        <translation>정정과 날짜별 최신 정보(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="92"/>
        <source>Corrections, dated notes and release lines</source>
        <translation>정정, 날짜별 최신 정보, 릴리스 계열</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="101"/>
        <source>{0} ({1}), as published. {2} marks an erratum: select the cell (or point at it) for the correction.</source>
        <translation>{0}({1}), 게시된 그대로입니다. {2} 표시는 정정이 있다는 뜻이며, 셀을 선택하거나 마우스를 올리면 정정 내용이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="121"/>
        <source>Recommended for your answers</source>
        <translation>답변에 따른 추천</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="138"/>
        <source>Corrections to the table</source>
        <translation>표의 정정 사항</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="139"/>
        <source>What changed since the table</source>
        <translation>표 이후 바뀐 점</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="140"/>
        <source>Release lines</source>
        <translation>릴리스 계열</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="141"/>
        <source>Platforms</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="142"/>
        <source>For every runtime</source>
        <translation>모든 런타임 공통</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../gui/dialogs/crash.py" line="40"/>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/crash.py" line="42"/>
        <source>The details are also in the log file:
{0}</source>
        <translation>자세한 내용은 로그 파일에도 있습니다:
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/crash.py" line="49"/>
        <source>Runtime Advisor hit an unexpected error. Your answers are kept; you can go on or save them. Please report it with the details below.</source>
        <translation>Runtime Advisor에서 예기치 않은 오류가 발생했습니다. 답변은 그대로 남아 있으니 계속하거나 저장할 수 있습니다. 아래 세부 정보와 함께 알려 주세요.</translation>
    </message>
</context>
<context>
    <name>DataErrorDialog</name>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="24"/>
        <source>The data has problems</source>
        <translation>데이터에 문제가 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="29"/>
        <source>Runtime Advisor cannot use this data folder. Each line names the file, the line and column, and what is wrong:</source>
        <translation>Runtime Advisor가 이 데이터 폴더를 사용할 수 없습니다. 각 줄에 파일, 줄과 열, 문제가 적혀 있습니다:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="38"/>
        <source>Problems found</source>
        <translation>발견된 문제</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="42"/>
        <source>&amp;Open Another Data Folder…</source>
        <translation>다른 데이터 폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="44"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/window/file_actions.py" line="77"/>
        <source>Open Answers</source>
        <translation>답변 열기</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="77"/>
        <source>Answers files (*.yaml *.yml);;All files (*)</source>
        <translation>답변 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="92"/>
        <source>Detect from This Machine</source>
        <translation>이 컴퓨터에서 감지</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="93"/>
        <source>Detection reads Linux system files; on this system, please answer the questions yourself.</source>
        <translation>감지는 리눅스 시스템 파일을 읽습니다. 이 시스템에서는 질문에 직접 답해 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="103"/>
        <source>this machine</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="108"/>
        <source>Import Cluster Inventory</source>
        <translation>클러스터 인벤토리 가져오기</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="110"/>
        <source>kubectl JSON (*.json);;All files (*)</source>
        <translation>kubectl JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="125"/>
        <source>Cannot import the inventory</source>
        <translation>인벤토리를 가져올 수 없음</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="125"/>
        <location filename="../../gui/window/file_actions.py" line="230"/>
        <source>The answers were not changed. Problems found:</source>
        <translation>답변은 바뀌지 않았습니다. 발견된 문제:</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="210"/>
        <source>Detected from {0}: {1}. Each answer can be changed; the report lists what was found.</source>
        <translation>{0}에서 감지: {1}. 답은 모두 바꿀 수 있으며, 찾은 내용은 보고서에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="214"/>
        <source>Nothing in {0} settles an answer; the report lists what was found.</source>
        <translation>{0}에서 정할 수 있는 답은 없습니다. 찾은 내용은 보고서에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="173"/>
        <location filename="../../gui/window/file_actions.py" line="216"/>
        <location filename="../../gui/window/file_actions.py" line="244"/>
        <source>Und&amp;o</source>
        <translation>실행 취소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="140"/>
        <source>Import Results</source>
        <translation>결과 가져오기</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="142"/>
        <source>verify.sh --json or benchmark.sh output (*.json);;All files (*)</source>
        <translation>verify.sh --json 또는 benchmark.sh 출력 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="156"/>
        <source>Cannot import the results</source>
        <translation>결과를 가져올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="156"/>
        <source>Nothing was imported. Problems found:</source>
        <translation>아무것도 가져오지 않았습니다. 발견한 문제:</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="172"/>
        <source>Imported {0} record(s) from {1}: the report says what they show against this plan.</source>
        <translation>{1}에서 기록 {0}개를 가져왔습니다. 보고서가 이 계획에 비추어 무엇을 보여 주는지 말합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="230"/>
        <source>Cannot open the answers</source>
        <translation>답변을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="244"/>
        <source>Opened {0}.</source>
        <translation>열었음: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="250"/>
        <source>Save Answers</source>
        <translation>답변 저장</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="250"/>
        <source>Answers files (*.yaml *.yml)</source>
        <translation>답변 파일 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="266"/>
        <source>Cannot save the answers</source>
        <translation>답변을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="278"/>
        <location filename="../../gui/window/file_actions.py" line="335"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="279"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="280"/>
        <location filename="../../gui/window/file_actions.py" line="337"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="283"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="316"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="316"/>
        <source>Nothing was written; any existing file is unchanged.</source>
        <translation>아무것도 쓰지 않았습니다. 기존 파일은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="322"/>
        <source>Saved {0}</source>
        <translation>저장함: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="324"/>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="325"/>
        <source>Sho&amp;w in Folder</source>
        <translation>폴더에서 보기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="336"/>
        <source>Markdown decision record (*.md)</source>
        <translation>Markdown 결정 기록 (*.md)</translation>
    </message>
    <message>
        <location filename="../../gui/window/file_actions.py" line="341"/>
        <source>Save Report</source>
        <translation>보고서 저장</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window/main_window.py" line="223"/>
        <source>Runtime Advisor</source>
        <translation>Runtime Advisor</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="225"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="226"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="227"/>
        <source>&amp;Open Answers…</source>
        <translation>답변 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="228"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="229"/>
        <source>&amp;Save Answers…</source>
        <translation>답변 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="234"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="235"/>
        <source>&amp;PDF Report…</source>
        <translation>PDF 보고서(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="236"/>
        <source>&amp;Markdown Decision Record…</source>
        <translation>Markdown 결정 기록(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="237"/>
        <source>&amp;JSON…</source>
        <translation>JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="238"/>
        <source>PDF Page &amp;Size</source>
        <translation>PDF 용지 크기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="233"/>
        <source>Sta&amp;rt Over</source>
        <translation>처음부터(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="230"/>
        <source>&amp;Detect from This Machine</source>
        <translation>이 컴퓨터에서 감지(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="231"/>
        <source>&amp;Import Cluster Inventory…</source>
        <translation>클러스터 인벤토리 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="232"/>
        <source>Import Verification &amp;Results…</source>
        <translation>확인 결과 가져오기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="239"/>
        <source>A&amp;utomatic (from the locale)</source>
        <translation>자동(로캘에 따라)(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="240"/>
        <source>&amp;A4</source>
        <translation>A4(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="241"/>
        <source>US &amp;Letter</source>
        <translation>US 레터(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="243"/>
        <source>Go to &amp;Results</source>
        <translation>결과로 이동(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="244"/>
        <source>&amp;Comparison Table</source>
        <translation>비교 표(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="245"/>
        <source>&amp;Skip Questions That Cannot Change the Result</source>
        <translation>결과를 바꿀 수 없는 질문 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="246"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="247"/>
        <source>&amp;How Is This Scored?</source>
        <translation>점수는 어떻게 매기나요(&amp;H)?</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="248"/>
        <source>&amp;About Runtime Advisor</source>
        <translation>Runtime Advisor 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="249"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="250"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="279"/>
        <source>No Korean font</source>
        <translation>한국어 글꼴 없음</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="281"/>
        <source>No font with Korean characters was found, so Korean text shows as empty boxes. Install one (for example Noto Sans CJK: the fonts-noto-cjk package) and restart.</source>
        <translation>한글을 표시할 글꼴을 찾지 못해 한국어가 빈 상자로 보입니다. 글꼴(예: Noto Sans CJK, fonts-noto-cjk 패키지)을 설치한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="306"/>
        <location filename="../../gui/window/main_window.py" line="316"/>
        <location filename="../../gui/window/main_window.py" line="335"/>
        <location filename="../../gui/window/main_window.py" line="350"/>
        <source>Und&amp;o</source>
        <translation>실행 취소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="332"/>
        <source>Filled in the answers of “{0}”: check each question; any answer can be changed.</source>
        <translation>“{0}”의 답을 채웠습니다. 질문마다 확인하세요. 어떤 답이든 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="374"/>
        <source>Close Without Saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="293"/>
        <source>{0} changed to {1}.</source>
        <translation>{0} 답을 바꿈: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="316"/>
        <source>Workload removed.</source>
        <translation>워크로드를 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="350"/>
        <source>Started over with the default answers.</source>
        <translation>기본 답으로 처음부터 다시 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="366"/>
        <source>Save the report?</source>
        <translation>보고서를 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="367"/>
        <source>This plan has not been saved. Save it as a report before closing?</source>
        <translation>이 계획은 아직 저장하지 않았습니다. 닫기 전에 보고서로 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="368"/>
        <source>Your answers are kept for the next start either way.</source>
        <translation>어느 쪽이든 답은 다음 실행을 위해 남겨 둡니다.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../gui/pages/question_page.py" line="108"/>
        <source>Question {0} of {1}</source>
        <translation>질문 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/question_page.py" line="111"/>
        <source>for the whole cluster</source>
        <translation>클러스터 전체에 적용</translation>
    </message>
    <message>
        <location filename="../../gui/pages/question_page.py" line="113"/>
        <source>for workload {0}</source>
        <translation>워크로드 {0}</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="199"/>
        <source>Top pick so far</source>
        <translation>현재 추천</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="105"/>
        <location filename="../../gui/window/wizard.py" line="53"/>
        <source>S&amp;teps</source>
        <translation>단계(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="106"/>
        <source>Steps: the questions and your answers</source>
        <translation>단계: 질문과 답</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="107"/>
        <source>Live ranking</source>
        <translation>실시간 순위</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="124"/>
        <source>answered</source>
        <translation>답함</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="125"/>
        <source>current step</source>
        <translation>현재 단계</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="126"/>
        <source>not answered yet</source>
        <translation>아직 답하지 않음</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="166"/>
        <source>(detected)</source>
        <translation>(감지됨)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="167"/>
        <source>Detected from {0}; choose another answer to change it.</source>
        <translation>{0}에서 감지했습니다. 다른 답을 고르면 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="180"/>
        <source>The whole cluster</source>
        <translation>클러스터 전체</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="184"/>
        <source>Workload {0}</source>
        <translation>워크로드 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="189"/>
        <source>The plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="199"/>
        <source>The ranking appears with your first answer.</source>
        <translation>첫 답을 고르면 순위가 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="203"/>
        <source>Nothing fits yet</source>
        <translation>아직 맞는 런타임 없음</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="206"/>
        <source>A tie: {0}</source>
        <translation>동점: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="216"/>
        <source>excluded</source>
        <translation>제외</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../gui/pages/results_page.py" line="182"/>
        <source>&amp;Add Workload…</source>
        <translation>워크로드 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="184"/>
        <source>&amp;Edit Its Answers</source>
        <translation>답변 고치기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="185"/>
        <source>Re&amp;move Workload</source>
        <translation>워크로드 삭제(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="187"/>
        <source>What would change it</source>
        <translation>답을 바꾸면</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="196"/>
        <source>Why, pros and cons, and notes</source>
        <translation>이유, 장단점, 최신 정보</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="197"/>
        <source>&amp;Details</source>
        <translation>상세(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="198"/>
        <source>Set it &amp;up</source>
        <translation>설정하기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="224"/>
        <source>Why {0}</source>
        <translation>추천 이유: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="225"/>
        <source>From the comparison table</source>
        <translation>비교 표에서</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="227"/>
        <source>Pros</source>
        <translation>장점</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="228"/>
        <source>Cons</source>
        <translation>단점</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="229"/>
        <source>Erratum</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="230"/>
        <source>What changed since the table</source>
        <translation>표 이후 바뀐 점</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="231"/>
        <source>Warnings and preconditions</source>
        <translation>경고와 전제 조건</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="232"/>
        <source>Set up</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="233"/>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="234"/>
        <source>About this platform</source>
        <translation>이 플랫폼에 대해</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="235"/>
        <source>Docs</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="236"/>
        <source>Why not the others</source>
        <translation>다른 런타임을 고르지 않은 이유</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="237"/>
        <source>Excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="238"/>
        <source>Tied with the pick</source>
        <translation>추천과 동점</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="239"/>
        <source>The options side by side</source>
        <translation>선택지 나란히 보기</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="240"/>
        <source>No rule added or removed points.</source>
        <translation>점수를 더하거나 뺀 규칙이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="241"/>
        <source>Dataset as of {0}. Seed table: {1} ({2}).</source>
        <translation>데이터 기준일 {0}. 원본 표: {1}({2}).</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="268"/>
        <source>No runtime fits all of your hard requirements</source>
        <translation>모든 필수 조건을 만족하는 런타임이 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="269"/>
        <source>Each change listed below would give a recommendation.</source>
        <translation>아래 변경 중 하나를 하면 추천을 받을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="303"/>
        <source>no sandbox: {0}</source>
        <translation>샌드박스 없음: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="332"/>
        <source>(every workload)</source>
        <translation>(모든 워크로드)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="336"/>
        <source>Answer {0} to “{1}”, and {2} to “{3}”: the pick becomes {4}</source>
        <translation>“{1}” 답: {0}, “{3}” 답: {2} → 추천: {4}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="340"/>
        <source>Answer {0} to “{1}”: the pick becomes {2}</source>
        <translation>“{1}” 답: {0} → 추천: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="278"/>
        <source>Workload {0}:</source>
        <translation>워크로드 {0}:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="188"/>
        <source>No single answer change changes the recommendation.</source>
        <translation>답 하나만 바꿔서는 추천이 달라지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="179"/>
        <source>Your plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="180"/>
        <source>The plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="181"/>
        <source>Workloads, each with what it runs in</source>
        <translation>워크로드와 각각의 실행 환경</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="189"/>
        <source>Show all {0}</source>
        <translation>{0}개 모두 보기</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="190"/>
        <source>Show the first three</source>
        <translation>처음 세 개만 보기</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="192"/>
        <source>&amp;Save Report…</source>
        <translation>보고서 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="193"/>
        <source>The plan as a PDF, a Markdown decision record or JSON</source>
        <translation>계획을 PDF, Markdown 결정 기록 또는 JSON으로</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="194"/>
        <source>&amp;Compare All Runtimes…</source>
        <translation>모든 런타임 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="195"/>
        <source>How is th&amp;is scored?</source>
        <translation>점수 매기는 방법(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="288"/>
        <source>Recommended runtime: {0}</source>
        <translation>추천 런타임: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="290"/>
        <source>Fit: {0}</source>
        <translation>적합도: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="307"/>
        <source>Node runtime: {0} · OCI runtime: {1} · {2}</source>
        <translation>노드 런타임: {0} · OCI 런타임: {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="327"/>
        <source>nothing fits</source>
        <translation>맞는 런타임 없음</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="77"/>
        <source>How Is This Scored?</source>
        <translation>점수는 어떻게 매기나요?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="79"/>
        <source>How a pick is made</source>
        <translation>추천을 정하는 방법</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="81"/>
        <source>For each workload, every runtime starts at zero. Hard constraints remove the runtimes that cannot serve it (a removed runtime never wins, whatever its points). Then each rule that applies adds or takes away points, with its reason; the highest score is the pick. Trust weighs most; costs are half a point to three points each. Which node runtime a platform runs is not scored: the platform decides it.</source>
        <translation>워크로드마다 모든 런타임은 0점에서 시작합니다. 필수 조건이 그 워크로드에 쓸 수 없는 런타임을 제외하며(제외된 런타임은 점수와 상관없이 추천되지 않음), 이어서 해당하는 규칙마다 이유와 함께 점수를 더하거나 뺍니다. 가장 높은 점수가 추천입니다. 신뢰 수준이 가장 크게 작용하고, 비용은 하나에 0.5점에서 3점입니다. 플랫폼이 돌리는 노드 런타임은 점수로 정하지 않고 플랫폼이 정합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="87"/>
        <source>What the fit words mean</source>
        <translation>적합도 표현의 뜻</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="88"/>
        <source>Strong fit: {strong} or more points ahead of the next runtime.</source>
        <translation>잘 맞음: 다음 런타임보다 {strong}점 이상 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="89"/>
        <source>Fair fit: between {close} and {strong} points ahead.</source>
        <translation>적당히 맞음: {close}점에서 {strong}점 사이로 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="90"/>
        <source>Close call: less than {close} point ahead; read the next one&apos;s reasons too.</source>
        <translation>근소한 차이: {close}점 미만으로 앞섭니다. 다음 런타임의 이유도 읽어 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="91"/>
        <source>Weak fit: the best score is below zero; every runtime costs more than it gives.</source>
        <translation>약한 선택: 가장 높은 점수가 0보다 낮습니다. 어느 런타임이든 얻는 것보다 비용이 큽니다.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="92"/>
        <source>Tie: two or more runtimes share the top score; the plan says what settled it.</source>
        <translation>동점: 둘 이상의 런타임이 최고 점수를 나눠 가지며, 계획에 무엇으로 정했는지 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="93"/>
        <source>The only fit: the hard constraints left one runtime.</source>
        <translation>유일한 선택: 필수 조건을 거친 뒤 런타임이 하나만 남았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="94"/>
        <source>Hard constraints (when they apply, the runtime is removed)</source>
        <translation>필수 조건(해당하면 그 런타임은 제외)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/scoring.py" line="95"/>
        <source>Points</source>
        <translation>점수</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="114"/>
        <source>The presets could not be read: {0}</source>
        <translation>프리셋을 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="122"/>
        <source>Choose a container runtime</source>
        <translation>컨테이너 런타임 고르기</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="124"/>
        <source>A plan for your platform: the node runtime, and a sandbox per workload where it needs one</source>
        <translation>플랫폼에 맞는 계획: 노드 런타임, 그리고 필요한 워크로드마다 샌드박스</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="128"/>
        <source>Answer a few questions about your platform and your workloads. The advice names the node runtime, the sandbox each workload needs (gVisor or Kata Containers) with its RuntimeClass, the files that set it up, why, and which answer would change it. Nothing leaves this computer.</source>
        <translation>플랫폼과 워크로드에 관한 몇 가지 질문에 답하세요. 노드 런타임, 워크로드마다 필요한 샌드박스(gVisor 또는 Kata Containers)와 그 RuntimeClass, 설정 파일, 그 이유, 그리고 어떤 답이 결과를 바꾸는지 알려 줍니다. 이 컴퓨터 밖으로 나가는 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="134"/>
        <source>Loading the questions and the dataset…</source>
        <translation>질문과 데이터셋을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="142"/>
        <source>{0} questions: {1} about the platform, asked once, and {2} about each workload; add more workloads on the results page. Every question has a default you can keep.</source>
        <translation>질문 {0}개: 플랫폼에 관한 {1}개는 한 번만, 워크로드에 관한 {2}개는 워크로드마다 묻습니다. 결과 페이지에서 워크로드를 더 추가할 수 있습니다. 모든 질문에는 그대로 두어도 되는 기본값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="147"/>
        <source>The advice stands on {0}, checked against its sources as of {1} ({2} sources).</source>
        <translation>추천의 근거: {0}. {1} 기준으로 출처와 대조했습니다(출처 {2}개).</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="151"/>
        <source>&amp;Continue with the answers of your last session</source>
        <translation>지난 세션의 답으로 계속(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="152"/>
        <source>&amp;Start fresh with the default answers</source>
        <translation>기본 답으로 새로 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="153"/>
        <source>&amp;Open an Answers File…</source>
        <translation>답변 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="154"/>
        <source>&amp;Detect from This Machine</source>
        <translation>이 컴퓨터에서 감지(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="156"/>
        <source>Read this machine&apos;s virtualization, runtimes and configuration (read-only, offline)</source>
        <translation>이 컴퓨터의 가상화, 런타임과 설정을 읽습니다(읽기 전용, 오프라인)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="158"/>
        <source>&amp;Import Cluster Inventory…</source>
        <translation>클러스터 인벤토리 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="160"/>
        <source>Files saved with kubectl get nodes/runtimeclass/version -o json; kubectl is never run</source>
        <translation>kubectl get nodes/runtimeclass/version -o json으로 저장한 파일입니다. kubectl은 실행하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="162"/>
        <source>Or start from a common situation (&amp;preset):</source>
        <translation>또는 흔한 상황에서 시작(프리셋, &amp;P):</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="163"/>
        <source>St&amp;art from It</source>
        <translation>이것으로 시작(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome_page.py" line="165"/>
        <source>Fill in its answers; every question is then asked as usual, and any answer can be changed</source>
        <translation>이 상황의 답을 채웁니다. 그다음 질문은 평소처럼 하나씩 묻고, 어떤 답이든 바꿀 수 있습니다</translation>
    </message>
</context>
<context>
    <name>WorkloadActions</name>
    <message>
        <location filename="../../gui/pages/workload_actions.py" line="48"/>
        <source>A plan holds at most {0} workloads, as many as an answers file can hold.</source>
        <translation>계획에는 답변 파일에 담을 수 있는 만큼인 워크로드 {0}개까지만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/workload_actions.py" line="56"/>
        <source>Plan another workload on the same platform</source>
        <translation>같은 플랫폼에서 돌릴 워크로드를 하나 더 계획합니다</translation>
    </message>
    <message>
        <location filename="../../gui/pages/workload_actions.py" line="67"/>
        <location filename="../../gui/pages/workload_actions.py" line="73"/>
        <location filename="../../gui/pages/workload_actions.py" line="92"/>
        <source>Add Workload</source>
        <translation>워크로드 추가</translation>
    </message>
    <message>
        <location filename="../../gui/pages/workload_actions.py" line="74"/>
        <source>Name of the new workload (lowercase letters, digits and &apos;-&apos;):</source>
        <translation>새 워크로드의 이름(영문 소문자, 숫자, &apos;-&apos;):</translation>
    </message>
    <message>
        <location filename="../../gui/pages/workload_actions.py" line="86"/>
        <source>A workload named {0} is already in the plan. Try {1}.</source>
        <translation>계획에 이미 있는 워크로드 이름: {0}. 이 이름은 어떤가요: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/workload_actions.py" line="89"/>
        <source>“{0}” cannot name a workload: use lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit (at most 63). Try {1}.</source>
        <translation>워크로드 이름으로 쓸 수 없음: “{0}”. 영문 소문자, 숫자, &apos;-&apos;만 쓰고 글자나 숫자로 시작하고 끝나야 합니다(최대 63자). 이 이름은 어떤가요: {1}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="79"/>
        <source>Open Data Folder</source>
        <translation>데이터 폴더 열기</translation>
    </message>
</context>
</TS>
