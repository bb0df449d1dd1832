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
        <location filename="../../gui/wizard.py" line="50"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="51"/>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="52"/>
        <source>&amp;Finish</source>
        <translation>마침(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="53"/>
        <source>Start &amp;Over</source>
        <translation>처음부터(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="55"/>
        <source>Back to the first question, with the default answers</source>
        <translation>기본 답변으로 첫 질문부터 다시 시작합니다</translation>
    </message>
</context>
<context>
    <name>ArtifactsView</name>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="74"/>
        <source>The files that set this plan up: review each before applying it, or save them all to a folder.</source>
        <translation>이 계획을 설정하는 파일입니다. 적용하기 전에 하나씩 검토하거나 폴더에 모두 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="76"/>
        <source>Cop&amp;y</source>
        <translation>복사(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="77"/>
        <source>Copy this file&apos;s text to the clipboard</source>
        <translation>이 파일의 내용을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="78"/>
        <source>Save A&amp;ll…</source>
        <translation>모두 저장(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="79"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="80"/>
        <source>File text</source>
        <translation>파일 내용</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="112"/>
        <source>Save All Files To</source>
        <translation>모든 파일을 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="129"/>
        <source>Replace files?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="130"/>
        <source>These files exist with other content:</source>
        <translation>다음 파일이 이미 있고 내용이 다릅니다:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="134"/>
        <source>Replace them?</source>
        <translation>바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="147"/>
        <source>Saved</source>
        <translation>저장함</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="148"/>
        <source>{0} files in {1}</source>
        <translation>파일 {0}개를 {1}에 저장함</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="155"/>
        <source>Cannot save the files</source>
        <translation>파일을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/artifacts_view.py" line="156"/>
        <source>Nothing was replaced.</source>
        <translation>아무 파일도 바꾸지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="79"/>
        <location filename="../../gui/widgets/comparison.py" line="83"/>
        <source>Comparison table</source>
        <translation>비교 표</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="80"/>
        <source>&amp;Filter rows:</source>
        <translation>행 필터(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="81"/>
        <source>text in a row label or cell</source>
        <translation>행 이름이나 칸의 텍스트</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="82"/>
        <source>Only rows where runtimes &amp;differ</source>
        <translation>런타임 간 차이가 있는 행만(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="84"/>
        <source>The &amp;table as published</source>
        <translation>게시된 그대로의 표(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="85"/>
        <source>Co&amp;rrections and dated notes</source>
        <translation>정정과 날짜별 최신 정보(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="86"/>
        <source>Corrections, dated notes and release lines</source>
        <translation>정정, 날짜별 최신 정보, 릴리스 계열</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="94"/>
        <source>{0} ({1}), as published. {2} marks an erratum: hover over the cell for the correction.</source>
        <translation>{0}({1}), 게시된 그대로입니다. {2}는 정정 사항이며, 칸 위에 마우스를 올리면 정정 내용이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="112"/>
        <source>Recommended for your answers</source>
        <translation>답변에 따른 추천</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="128"/>
        <source>Corrections to the table</source>
        <translation>표의 정정 사항</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="129"/>
        <source>What changed since the table</source>
        <translation>표 이후 바뀐 점</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="130"/>
        <source>Release lines</source>
        <translation>릴리스 계열</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="131"/>
        <source>Platforms</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/comparison.py" line="132"/>
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
        <location filename="../../gui/dialogs/data_error.py" line="23"/>
        <source>The data has problems</source>
        <translation>데이터에 문제가 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="28"/>
        <source>Runtime Advisor cannot use this data folder. Each line names the file, the line and column, and what is wrong:</source>
        <translation>Runtime Advisor가 이 데이터 폴더를 사용할 수 없습니다. 각 줄에 파일, 줄과 열, 문제가 적혀 있습니다:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="37"/>
        <source>Problems found</source>
        <translation>발견된 문제</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="41"/>
        <source>&amp;Open Another Data Folder…</source>
        <translation>다른 데이터 폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/data_error.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="127"/>
        <source>Runtime Advisor</source>
        <translation>Runtime Advisor</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>&amp;Open Answers…</source>
        <translation>답변 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>&amp;Save Answers…</source>
        <translation>답변 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>Start &amp;Over</source>
        <translation>처음부터(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136"/>
        <source>&amp;PDF Report…</source>
        <translation>PDF 보고서(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>&amp;Markdown Decision Record…</source>
        <translation>Markdown 결정 기록(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138"/>
        <source>&amp;JSON…</source>
        <translation>JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139"/>
        <source>PDF Page &amp;Size</source>
        <translation>PDF 용지 크기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <source>&amp;Automatic (from the locale)</source>
        <translation>자동(로캘에 따라)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="141"/>
        <source>&amp;A4</source>
        <translation>A4(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>US &amp;Letter</source>
        <translation>US 레터(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144"/>
        <source>Go to &amp;Results</source>
        <translation>결과로 이동(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>&amp;Comparison Table</source>
        <translation>비교 표(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>&amp;Skip Questions That Cannot Change the Result</source>
        <translation>결과를 바꿀 수 없는 질문 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>&amp;About Runtime Advisor</source>
        <translation>Runtime Advisor 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>No Korean font</source>
        <translation>한국어 글꼴 없음</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>No font with Korean characters was found, so Korean text shows as empty boxes. Install one (for example Noto Sans CJK: the fonts-noto-cjk package) and restart.</source>
        <translation>한글을 표시할 글꼴을 찾지 못해 한국어가 빈 상자로 보입니다. 글꼴(예: Noto Sans CJK, fonts-noto-cjk 패키지)을 설치한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="207"/>
        <source>Open Answers</source>
        <translation>답변 열기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="207"/>
        <source>Answers files (*.yaml *.yml);;All files (*)</source>
        <translation>답변 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="219"/>
        <source>Cannot open the answers</source>
        <translation>답변을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="220"/>
        <source>The answers were not changed. Problems found:</source>
        <translation>답변은 바뀌지 않았습니다. 발견된 문제:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>Save Answers</source>
        <translation>답변 저장</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>Answers files (*.yaml *.yml)</source>
        <translation>답변 파일 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="247"/>
        <source>Cannot save the answers</source>
        <translation>답변을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="258"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>Nothing was written; any existing file is unchanged.</source>
        <translation>아무것도 쓰지 않았습니다. 기존 파일은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>Exported to {0}</source>
        <translation>{0}(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../gui/pages/question_page.py" line="65"/>
        <source>Question {0} of {1}</source>
        <translation>질문 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/question_page.py" line="69"/>
        <source>for the whole cluster</source>
        <translation>클러스터 전체에 적용</translation>
    </message>
    <message>
        <location filename="../../gui/pages/question_page.py" line="71"/>
        <source>for workload {0}</source>
        <translation>워크로드 {0}</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="54"/>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="55"/>
        <location filename="../../gui/widgets/ranking_panel.py" line="58"/>
        <source>Top pick so far</source>
        <translation>현재 추천</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="56"/>
        <source>Questions and your answers</source>
        <translation>질문과 답변</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="57"/>
        <source>Live ranking</source>
        <translation>실시간 순위</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="82"/>
        <source>Nothing fits yet</source>
        <translation>아직 맞는 런타임 없음</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/ranking_panel.py" line="86"/>
        <source>excluded</source>
        <translation>제외</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../gui/pages/results_page.py" line="79"/>
        <source>Recommended runtime</source>
        <translation>추천 런타임</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="113"/>
        <source>Recommendation</source>
        <translation>추천</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="114"/>
        <source>Workloads on this platform</source>
        <translation>이 플랫폼의 워크로드</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="115"/>
        <source>Workloads</source>
        <translation>워크로드</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="116"/>
        <source>&amp;Add Workload…</source>
        <translation>워크로드 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="117"/>
        <source>Plan another workload on the same platform</source>
        <translation>같은 플랫폼에서 돌릴 워크로드를 하나 더 계획합니다</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="118"/>
        <source>&amp;Edit Its Answers</source>
        <translation>답변 고치기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="119"/>
        <source>Re&amp;move Workload</source>
        <translation>워크로드 삭제(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="120"/>
        <source>What would change it</source>
        <translation>답을 바꾸면</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="121"/>
        <source>&amp;Compare all runtimes…</source>
        <translation>모든 런타임 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="122"/>
        <source>Why, pros and cons, and notes</source>
        <translation>이유, 장단점, 최신 정보</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="123"/>
        <source>&amp;Details</source>
        <translation>상세(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="124"/>
        <source>Set it &amp;up</source>
        <translation>설정하기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="137"/>
        <source>Why {0}</source>
        <translation>추천 이유: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="138"/>
        <source>From the comparison table</source>
        <translation>비교 표에서</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="140"/>
        <source>Pros</source>
        <translation>장점</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="141"/>
        <source>Cons</source>
        <translation>단점</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="142"/>
        <source>Erratum</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="143"/>
        <source>What changed since the table</source>
        <translation>표 이후 바뀐 점</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="144"/>
        <source>Warnings and preconditions</source>
        <translation>경고와 전제 조건</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="145"/>
        <source>Set up</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="146"/>
        <source>About this platform</source>
        <translation>이 플랫폼에 대해</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="147"/>
        <source>Docs</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="148"/>
        <source>Why not the others</source>
        <translation>다른 런타임을 고르지 않은 이유</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="149"/>
        <source>Excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="150"/>
        <source>No rule added or removed points.</source>
        <translation>점수를 더하거나 뺀 규칙이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="151"/>
        <source>Dataset as of {0}. Seed table: {1} ({2}).</source>
        <translation>데이터 기준일 {0}. 원본 표: {1}({2}).</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="168"/>
        <source>No runtime fits all of your hard requirements</source>
        <translation>모든 필수 조건을 만족하는 런타임이 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="169"/>
        <source>Each change listed below would give a recommendation.</source>
        <translation>아래 변경 중 하나를 하면 추천을 받을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="176"/>
        <source>Tied with {0}.</source>
        <translation>동점: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="178"/>
        <source>Workload {0}:</source>
        <translation>워크로드 {0}:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="209"/>
        <location filename="../../gui/pages/results_page.py" line="220"/>
        <source>Add Workload</source>
        <translation>워크로드 추가</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="210"/>
        <source>Name of the new workload (lowercase letters, digits and &apos;-&apos;):</source>
        <translation>새 워크로드의 이름(영문 소문자, 숫자, &apos;-&apos;):</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="241"/>
        <source>No single answer change changes the recommendation.</source>
        <translation>답 하나만 바꿔서는 추천이 달라지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="248"/>
        <source>nothing fits</source>
        <translation>맞는 런타임 없음</translation>
    </message>
    <message>
        <location filename="../../gui/pages/results_page.py" line="252"/>
        <source>Take this answer and recompute</source>
        <translation>이 답으로 바꾸고 다시 계산합니다</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="56"/>
        <source>Open Data Folder</source>
        <translation>데이터 폴더 열기</translation>
    </message>
</context>
</TS>
