<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>c2c::ActorRepository</name>
    <message>
        <source>An actor needs a Korean or an English name.</source>
        <translation>주체에는 한국어 또는 영어 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Cannot save the actor %1: %2</source>
        <translation>주체 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save the former names of %1: %2</source>
        <translation>%1의 이전 이름을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the actors: %1</source>
        <translation>주체 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>There is no actor with id %1.</source>
        <translation>ID가 %1인 주체가 없습니다.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>주체를 자기 자신에게 통합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot merge the actors: %1</source>
        <translation>주체를 통합할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot take the merge back: %1</source>
        <translation>통합을 되돌릴 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot remove the actor: %1</source>
        <translation>기관을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The actor %1 cannot be removed: projects or other actors refer to it.</source>
        <translation>기관 %1을(를) 삭제할 수 없습니다: 이 기관을 가리키는 사업이나 다른 기관이 있습니다.</translation>
    </message>
</context>
<context>
    <name>c2c::BulkImportSettings</name>
    <message>
        <source>Cannot check the references in %1</source>
        <translation>%1의 참조를 확인할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that are not there (the first: a row of the table %1, to the table %2); nothing was imported.</source>
        <translation>
            <numerusform>없는 행을 가리키는 행이 %n개 있습니다(첫 번째: 표 %1의 행이 표 %2을(를) 가리킴). 아무것도 가져오지 않았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::ColumnMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>관리 키</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 식별자</translation>
    </message>
    <message>
        <source>Title (either language)</source>
        <translation>사업명 (한국어 또는 영어)</translation>
    </message>
    <message>
        <source>Title in Korean</source>
        <translation>사업명 (한국어)</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>사업명 (영어)</translation>
    </message>
    <message>
        <source>Description (either language)</source>
        <translation>사업 설명 (한국어 또는 영어)</translation>
    </message>
    <message>
        <source>Description in Korean</source>
        <translation>사업 설명 (한국어)</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>사업 설명 (영어)</translation>
    </message>
    <message>
        <source>Lead actor (either language)</source>
        <translation>주관 기관 (한국어 또는 영어)</translation>
    </message>
    <message>
        <source>Lead actor in Korean</source>
        <translation>주관 기관 (한국어)</translation>
    </message>
    <message>
        <source>Lead actor in English</source>
        <translation>주관 기관 (영어)</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>기관 유형</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Locality (city or province)</source>
        <translation>협력 지역 (도시 또는 주)</translation>
    </message>
    <message>
        <source>Start (year or date)</source>
        <translation>시작 (연도 또는 날짜)</translation>
    </message>
    <message>
        <source>End (year or date)</source>
        <translation>종료 (연도 또는 날짜)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Amount as printed</source>
        <translation>원문 금액 표기</translation>
    </message>
    <message>
        <source>DAC sector code</source>
        <translation>DAC 분야 코드</translation>
    </message>
    <message>
        <source>SDG goals or targets</source>
        <translation>SDG 목표 또는 세부목표</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 유형</translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation>재원</translation>
    </message>
</context>
<context>
    <name>c2c::Compare</name>
    <message>
        <source>%1 years</source>
        <translation>%1년</translation>
    </message>
    <message>
        <source>no exchange rate</source>
        <translation>환율 없음</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>미상</translation>
    </message>
</context>
<context>
    <name>c2c::CsvImport</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1, line 1: this is not a text file (it contains binary data); save the spreadsheet as CSV.</source>
        <translation>%1, 1행: 텍스트 파일이 아닙니다(이진 데이터가 들어 있음). 스프레드시트를 CSV로 저장해 주십시오.</translation>
    </message>
    <message>
        <source>%1: there is nothing to import.</source>
        <translation>%1: 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <source>no column is mapped to a title or a key; map at least one.</source>
        <translation>사업명이나 관리 키에 연결된 열이 없습니다. 적어도 하나를 연결해 주십시오.</translation>
    </message>
    <message>
        <source>%1 is mapped to more than one column.</source>
        <translation>%1 항목이 둘 이상의 열에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2; is a quote or a delimiter missing?</source>
        <translation>머리글은 %2칸인데 이 행은 %1칸입니다. 따옴표나 구분자가 빠지지 않았는지 확인해 주십시오.</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>관리 키가 비어 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of actor; recorded as other</source>
        <translation>&quot;%1&quot;은(는) 기관 유형이 아닙니다. 기타로 기록합니다</translation>
    </message>
    <message>
        <source>the project has no title</source>
        <translation>사업명이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year or a date (e.g. 2016 or 2016-03-01)</source>
        <translation>&quot;%1&quot;은(는) 연도나 날짜가 아닙니다(예: 2016 또는 2016-03-01)</translation>
    </message>
    <message>
        <source>the project ends before it starts</source>
        <translation>종료가 시작보다 앞섭니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code or name</source>
        <translation>&quot;%1&quot;은(는) 국가 코드나 국가명이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot;은(는) 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <source>the budget is negative</source>
        <translation>예산이 음수입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (pipeline, implementation, finalisation, closed, cancelled, suspended)</source>
        <translation>&quot;%1&quot;은(는) 사업 상태가 아닙니다(pipeline, implementation, finalisation, closed, cancelled, suspended 또는 발굴·기획, 시행 중, 종료 단계, 종료, 취소, 중단)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modality; left unknown</source>
        <translation>&quot;%1&quot;은(는) 협력 유형이 아닙니다. 미상으로 둡니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a funding channel; left unknown</source>
        <translation>&quot;%1&quot;은(는) 재원 구분이 아닙니다. 미상으로 둡니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DAC 5-digit purpose code; kept as written</source>
        <translation>&quot;%1&quot;은(는) DAC 5자리 목적 코드가 아닙니다. 적힌 그대로 둡니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG goal (1-17) or target (e.g. 11.6)</source>
        <translation>&quot;%1&quot;은(는) SDG 목표(1-17)나 세부목표(예: 11.6)가 아닙니다</translation>
    </message>
</context>
<context>
    <name>c2c::CsvReader</name>
    <message>
        <source>line %1: a quote in the middle of an unquoted field</source>
        <translation>%1행: 따옴표로 묶이지 않은 필드 중간에 따옴표가 있습니다</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>%1행: 필드를 닫는 따옴표 뒤에 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>%1행: 따옴표로 시작한 필드가 닫히지 않았습니다</translation>
    </message>
</context>
<context>
    <name>c2c::Database</name>
    <message>
        <source>%1 is a folder, not a portfolio file.</source>
        <translation>%1은(는) 폴더이며 포트폴리오 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a C2C Portfolio database: it is not an SQLite file (damaged, or another kind of file).</source>
        <translation>%1은(는) C2C 포트폴리오 데이터베이스가 아닙니다: SQLite 파일이 아닙니다(손상되었거나 다른 종류의 파일).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Qt용 SQLite 드라이버가 설치되어 있지 않습니다(패키지 libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is not a C2C Portfolio database or is damaged: %2</source>
        <translation>%1은(는) C2C 포트폴리오 데이터베이스가 아니거나 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read.</source>
        <translation>%1이(가) 손상되었습니다: 스키마 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a C2C Portfolio file.</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스이며 C2C 포트폴리오 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of C2C Portfolio (schema %2; this version reads up to %3). Update the application to open it; the file was not changed.</source>
        <translation>%1은(는) 더 새로운 버전의 C2C 포트폴리오로 작성되었습니다(스키마 %2, 이 버전은 %3까지 읽을 수 있음). 열려면 프로그램을 업데이트하십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot make a backup copy of %1 before upgrading it: %2. The file was not changed.</source>
        <translation>업그레이드 전에 %1의 백업 사본을 만들 수 없습니다: %2. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation>%1을(를) 스키마 버전 %2(으)로 업그레이드하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>복사할 수 없습니다(%1 → %2): %3</translation>
    </message>
    <message>
        <source>No portfolio file was named.</source>
        <translation>포트폴리오 파일이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot read the portfolio %1: permission denied. Ask the file&apos;s owner for read access, or open a copy.</source>
        <translation>포트폴리오 %1을(를) 읽을 수 없습니다: 권한이 없습니다. 파일 소유자에게 읽기 권한을 요청하거나 사본을 여십시오.</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>읽기 전용으로 열림</translation>
    </message>
    <message>
        <source>Cannot read the portfolio %1: its last changes are still in %1-wal, which can only be read with write access to the folder. Open it once where it is writable.</source>
        <translation>포트폴리오 %1을(를) 읽을 수 없습니다. 마지막 변경 내용이 아직 %1-wal에 있고, 이는 폴더에 쓰기 권한이 있어야 읽을 수 있습니다. 쓰기 가능한 곳에서 한 번 여십시오.</translation>
    </message>
    <message>
        <source>There is no portfolio file %1; nothing was created.</source>
        <translation>포트폴리오 파일 %1이(가) 없습니다. 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is empty and read-only (%2): a portfolio cannot be created in it.</source>
        <translation>%1은(는) 비어 있고 읽기 전용입니다(%2). 이 파일에는 포트폴리오를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of C2C Portfolio (schema %2) and needs an upgrade to schema %3, but it is read-only (%4): an upgrade cannot be written to it. Make it writable, or open a writable copy; the file was not changed.</source>
        <translation>%1은(는) 이전 버전의 C2C 포트폴리오가 쓴 파일(스키마 %2)이라 스키마 %3(으)로 업그레이드해야 하지만, 읽기 전용이라(%4) 업그레이드를 쓸 수 없습니다. 쓰기 가능하게 하거나 쓰기 가능한 사본을 여십시오. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Database error in %1</source>
        <translation>%1의 데이터베이스 오류</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1</source>
        <translation>%1에서 트랜잭션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save to %1</source>
        <translation>%1에 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>The file was left at schema version %1; the copy made before the upgrade is %2.</source>
        <translation>파일은 스키마 버전 %1에 그대로 있습니다. 업그레이드 전에 만든 사본은 %2입니다.</translation>
    </message>
    <message>
        <source>Cannot save the setting %1</source>
        <translation>설정 %1을(를) 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>c2c::ExchangeRateRepository</name>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>&quot;%1&quot;은(는) 통화 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>The rate for %1 in %2 must be greater than zero.</source>
        <translation>%2년 %1 환율은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Say where the rate for %1 in %2 comes from (its source).</source>
        <translation>%2년 %1 환율의 출처를 입력하십시오.</translation>
    </message>
    <message>
        <source>Cannot save the exchange rate: %1</source>
        <translation>환율을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot delete the exchange rate: %1</source>
        <translation>환율을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read the exchange rates: %1</source>
        <translation>환율을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>c2c::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: no start or end date; IATI requires at least one activity date.</source>
        <translation>%1: 시작일과 종료일이 없습니다. IATI는 사업 일자가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>합계(%1)</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>집계 제외</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable.</source>
        <translation>%1 파일을 쓸 수 없습니다: %2 폴더에 쓰기 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation>%1 파일을 쓸 수 없습니다: 통합 문서를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>포트폴리오 요약</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>선택 조건</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>작성 일시</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>보고 통화</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>사업 (%1)</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>국가별</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>기관별</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>연도별</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished workbook could not be moved into place.</source>
        <translation>%1 파일을 쓸 수 없습니다: 완성된 통합 문서를 제자리로 옮기지 못했습니다.</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>피벗</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>…(truncated)</source>
        <translation>…(잘림)</translation>
    </message>
    <message>
        <source>%1!%2: %L3 characters cut to %L4 (the most a spreadsheet cell holds).</source>
        <translation>%1!%2: %L3자를 %L4자로 잘랐습니다(스프레드시트 셀 한 칸의 최대 길이).</translation>
    </message>
</context>
<context>
    <name>c2c::Figures</name>
    <message>
        <source>Projects</source>
        <translation>사업 수</translation>
    </message>
    <message>
        <source>Total budget (%1)</source>
        <translation>총예산(%1)</translation>
    </message>
    <message>
        <source>Counted in the total</source>
        <translation>합계에 포함된 사업</translation>
    </message>
    <message>
        <source>Budget unknown, not counted</source>
        <translation>예산 미상, 집계 제외</translation>
    </message>
    <message>
        <source>No exchange rate to %1, not counted</source>
        <translation>%1 환율 없음, 집계 제외</translation>
    </message>
    <message>
        <source>%1 of %2 projects counted</source>
        <translation>사업 %2건 중 %1건 집계</translation>
    </message>
    <message>
        <source>%1 budget unknown</source>
        <translation>예산 미상 %1건</translation>
    </message>
    <message>
        <source>%1 no exchange rate to %2</source>
        <translation>%2 환율 없음 %1건</translation>
    </message>
    <message>
        <source>; not counted: %1</source>
        <translation>; 집계 제외: %1</translation>
    </message>
    <message>
        <source>%1 (year not known)</source>
        <translation>%1(연도 미상)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n project(s))</source>
        <translation>
            <numerusform>%1(사업 %n건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::FileAccess</name>
    <message>
        <source>the file is not writable</source>
        <translation>파일에 쓸 수 없음</translation>
    </message>
    <message>
        <source>its folder %1 is not writable</source>
        <translation>폴더 %1에 쓸 수 없음</translation>
    </message>
    <message>
        <source>Cannot create the portfolio %1: the folder %2 does not exist. Check the path, or create the folder first; nothing was created.</source>
        <translation>포트폴리오 %1을(를) 만들 수 없습니다: 폴더 %2이(가) 없습니다. 경로를 확인하거나 폴더를 먼저 만드십시오. 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot create the portfolio %1: %2 is not a folder.</source>
        <translation>포트폴리오 %1을(를) 만들 수 없습니다: %2은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot create the portfolio %1: permission denied, the folder %2 is not writable. Choose another folder; nothing was created.</source>
        <translation>포트폴리오 %1을(를) 만들 수 없습니다: 권한이 없어 폴더 %2에 쓸 수 없습니다. 다른 폴더를 고르십시오. 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>The portfolio %1 is locked: another program (or another C2C Portfolio window) is writing to it. Wait until it has finished, or close it, and try again; nothing was changed.</source>
        <translation>포트폴리오 %1이(가) 잠겨 있습니다: 다른 프로그램(또는 다른 C2C 포트폴리오 창)이 쓰는 중입니다. 끝날 때까지 기다리거나 그 프로그램을 닫은 뒤 다시 시도하십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The portfolio %1 is open read-only (%2): changes cannot be saved. Make it writable, or open a writable copy, to edit it; nothing was changed.</source>
        <translation>포트폴리오 %1은(는) 읽기 전용으로 열려 있어(%2) 변경 내용을 저장할 수 없습니다. 편집하려면 쓰기 가능하게 하거나 쓰기 가능한 사본을 여십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>the file or its folder is not writable</source>
        <translation>파일 또는 그 폴더에 쓸 수 없음</translation>
    </message>
    <message>
        <source>Cannot use the portfolio %1: permission denied (or the file cannot be opened). Check the permissions of the file and of its folder; nothing was changed.</source>
        <translation>포트폴리오 %1을(를) 쓸 수 없습니다: 권한이 없습니다(또는 파일을 열 수 없습니다). 파일과 폴더의 권한을 확인하십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot write the portfolio %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>포트폴리오 %1에 쓸 수 없습니다: 디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot read or write the portfolio %1: the operating system reported an input/output error (a removed drive, a network folder gone?). Check the drive and try again.</source>
        <translation>포트폴리오 %1을(를) 읽거나 쓸 수 없습니다: 운영체제가 입출력 오류를 보고했습니다(드라이브가 분리되었거나 네트워크 폴더가 끊겼을 수 있습니다). 드라이브를 확인하고 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>c2c::Filter</name>
    <message>
        <source>from %1</source>
        <translation>%1년부터</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1년까지</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>SDG %1</translation>
    </message>
    <message>
        <source>SDG target %1</source>
        <translation>SDG 세부목표 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>%1 이하</translation>
    </message>
    <message>
        <source>with a data-quality note</source>
        <translation>데이터 품질 메모 있음</translation>
    </message>
    <message>
        <source>not counted in totals</source>
        <translation>합계 미포함</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>전체 사업</translation>
    </message>
</context>
<context>
    <name>c2c::Generator</name>
    <message>
        <source>The number of projects cannot be negative.</source>
        <translation>사업 수는 음수일 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>c2c::IatiImport</name>
    <message>
        <source>the %1 attribute is missing</source>
        <translation>%1 속성이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot;은(는) 날짜(YYYY-MM-DD)가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity date type (1-4); the date is left out</source>
        <translation>&quot;%1&quot;은(는) 사업 날짜 유형(1-4)이 아니어서 이 날짜는 제외합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage (0-100)</source>
        <translation>&quot;%1&quot;은(는) 백분율(0-100)이 아닙니다</translation>
    </message>
    <message>
        <source>the country has no code</source>
        <translation>국가에 코드가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code; left out</source>
        <translation>&quot;%1&quot;은(는) ISO 3166-1 국가 코드가 아니어서 제외합니다</translation>
    </message>
    <message>
        <source>the sector has no code</source>
        <translation>분야(sector)에 코드가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DAC 5-digit purpose code; kept as written</source>
        <translation>&quot;%1&quot;은(는) DAC 5자리 목적 코드가 아닙니다. 적힌 그대로 둡니다</translation>
    </message>
    <message>
        <source>a &lt;tag&gt; needs both a vocabulary and a code</source>
        <translation>&lt;tag&gt;에는 vocabulary와 code가 모두 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG goal (1-17); left out</source>
        <translation>&quot;%1&quot;은(는) SDG 목표(1-17)가 아니어서 제외합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG target; left out</source>
        <translation>&quot;%1&quot;은(는) SDG 세부목표가 아니어서 제외합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the value has no currency and the activity no default-currency; left out</source>
        <translation>금액에 통화가 없고 사업에도 default-currency가 없어 제외합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a budget type (1 original, 2 revised); read as original</source>
        <translation>&quot;%1&quot;은(는) 예산 유형(1 본예산, 2 수정예산)이 아닙니다. 본예산으로 읽습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a budget status (1 indicative, 2 committed); read as indicative</source>
        <translation>&quot;%1&quot;은(는) 예산 상태(1 잠정, 2 확정)가 아닙니다. 잠정으로 읽습니다</translation>
    </message>
    <message>
        <source>the budget has no &lt;period-start&gt;</source>
        <translation>예산에 &lt;period-start&gt;가 없습니다</translation>
    </message>
    <message>
        <source>the budget has no &lt;period-end&gt;</source>
        <translation>예산에 &lt;period-end&gt;가 없습니다</translation>
    </message>
    <message>
        <source>the budget has no &lt;value&gt;</source>
        <translation>예산에 &lt;value&gt;가 없습니다</translation>
    </message>
    <message>
        <source>the transaction has no &lt;transaction-type&gt;</source>
        <translation>거래에 &lt;transaction-type&gt;이 없습니다</translation>
    </message>
    <message>
        <source>the transaction has no &lt;transaction-date&gt;</source>
        <translation>거래에 &lt;transaction-date&gt;가 없습니다</translation>
    </message>
    <message>
        <source>the transaction has no &lt;value&gt;</source>
        <translation>거래에 &lt;value&gt;가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transaction type (1-13); the transaction is left out</source>
        <translation>&quot;%1&quot;은(는) 거래 유형(1-13)이 아니어서 이 거래는 제외합니다</translation>
    </message>
    <message>
        <source>a second &lt;reporting-org&gt;; an activity has exactly one</source>
        <translation>&lt;reporting-org&gt;가 두 번째로 나옵니다. 한 사업에는 정확히 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>a second &lt;title&gt;; an activity has exactly one</source>
        <translation>&lt;title&gt;이 두 번째로 나옵니다. 한 사업에는 정확히 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>the title has no &lt;narrative&gt; text</source>
        <translation>사업명(&lt;title&gt;)에 &lt;narrative&gt; 텍스트가 없습니다</translation>
    </message>
    <message>
        <source>a second &lt;activity-status&gt;; an activity has at most one</source>
        <translation>&lt;activity-status&gt;가 두 번째로 나옵니다. 한 사업에는 많아야 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity status code (1-6); status left unknown</source>
        <translation>&quot;%1&quot;은(는) 사업 상태 코드(1-6)가 아닙니다. 상태를 미상으로 둡니다</translation>
    </message>
    <message>
        <source>the region has no code</source>
        <translation>지역에 코드가 없습니다</translation>
    </message>
    <message>
        <source>region %1 of vocabulary %2 is not an OECD DAC region; left out</source>
        <translation>어휘 %2의 지역 %1은(는) OECD DAC 지역이 아니어서 제외합니다</translation>
    </message>
    <message>
        <source>more than one &lt;iati-identifier&gt;</source>
        <translation>&lt;iati-identifier&gt;가 둘 이상입니다</translation>
    </message>
    <message>
        <source>the activity has no &lt;iati-identifier&gt;</source>
        <translation>사업에 &lt;iati-identifier&gt;가 없습니다</translation>
    </message>
    <message>
        <source>the activity has no &lt;reporting-org&gt;</source>
        <translation>사업에 &lt;reporting-org&gt;가 없습니다</translation>
    </message>
    <message>
        <source>the activity has no &lt;title&gt;</source>
        <translation>사업에 &lt;title&gt;이 없습니다</translation>
    </message>
    <message>
        <source>the identifier is empty; the project gets the key %1</source>
        <translation>식별자가 비어 있어 관리 키 %1을(를) 붙입니다</translation>
    </message>
    <message>
        <source>the organisation has no role</source>
        <translation>참여 기관에 역할(role)이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation role (1-4); the organisation is left out</source>
        <translation>&quot;%1&quot;은(는) 기관 역할 코드(1-4)가 아니어서 이 기관은 제외합니다</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>this is not an XML file (it contains binary data)</source>
        <translation>XML 파일이 아닙니다(이진 데이터가 들어 있음)</translation>
    </message>
    <message>
        <source>the file declares a DTD; IATI files have none, and its entities are not expanded for safety</source>
        <translation>파일에 DTD가 선언되어 있습니다. IATI 파일에는 DTD가 없으며, 안전을 위해 그 엔터티는 풀지 않습니다</translation>
    </message>
    <message>
        <source>this is an IATI organisation file; import reads activity files (&lt;iati-activities&gt;)</source>
        <translation>IATI 기관 파일입니다. 가져오기는 사업(activity) 파일(&lt;iati-activities&gt;)만 읽습니다</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;; an IATI activity file starts with &lt;iati-activities&gt;</source>
        <translation>최상위 요소가 &lt;%1&gt;입니다. IATI 사업 파일은 &lt;iati-activities&gt;로 시작합니다</translation>
    </message>
    <message>
        <source>IATI %1 is read as far as its elements still mean what they mean in 2.03</source>
        <translation>IATI %1 파일은 요소의 의미가 2.03과 같은 범위에서만 읽습니다</translation>
    </message>
    <message>
        <source>the file states no IATI version; read as 2.03</source>
        <translation>파일에 IATI 버전이 없어 2.03으로 읽습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IATI version number; read as 2.03</source>
        <translation>&quot;%1&quot;은(는) IATI 버전 번호가 아니어서 2.03으로 읽습니다</translation>
    </message>
    <message>
        <source>the file ends too early (is it truncated?)</source>
        <translation>파일이 중간에 끝납니다(잘린 파일인지 확인해 주십시오)</translation>
    </message>
    <message>
        <source>the XML is not well-formed: %1</source>
        <translation>XML 형식이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>the file holds no &lt;iati-activity&gt;</source>
        <translation>파일에 &lt;iati-activity&gt;가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country name or code; left out</source>
        <translation>&quot;%1&quot;은(는) 국가 이름이나 코드가 아니어서 제외합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code; the value is kept as written</source>
        <translation>&quot;%1&quot;은(는) ISO 4217 통화 코드가 아닙니다. 금액은 적힌 그대로 둡니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: the value %2 has more decimals than %3 has (%n); rounded to %4</source>
        <translation>
            <numerusform>%1: 금액 %2은(는) %3의 소수 자릿수(%n)보다 자릿수가 많아 %4(으)로 반올림했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a budget type (1 original, 2 revised); the type is left unknown</source>
        <translation>&quot;%1&quot;은(는) 예산 유형(1 본예산, 2 수정예산)이 아니어서 유형을 미상으로 둡니다</translation>
    </message>
    <message>
        <source>the value-date attribute is missing; the value is kept without it</source>
        <translation>value-date 속성이 없습니다. 금액은 기준일 없이 둡니다</translation>
    </message>
    <message>
        <source>the planned disbursement has no &lt;period-start&gt;; left out</source>
        <translation>지출 계획에 &lt;period-start&gt;가 없어 제외합니다</translation>
    </message>
    <message>
        <source>the planned disbursement has no usable &lt;value&gt;; left out</source>
        <translation>지출 계획에 쓸 수 있는 &lt;value&gt;가 없어 제외합니다</translation>
    </message>
    <message>
        <source>&lt;recipient-country&gt; has no code attribute, which the IATI schema requires</source>
        <translation>&lt;recipient-country&gt;에 IATI 스키마가 요구하는 code 속성이 없습니다</translation>
    </message>
    <message>
        <source>&lt;recipient-region&gt; has no code attribute, which the IATI schema requires</source>
        <translation>&lt;recipient-region&gt;에 IATI 스키마가 요구하는 code 속성이 없습니다</translation>
    </message>
    <message>
        <source>&lt;sector&gt; has no code attribute, which the IATI schema requires</source>
        <translation>&lt;sector&gt;에 IATI 스키마가 요구하는 code 속성이 없습니다</translation>
    </message>
    <message>
        <source>&lt;transaction-type&gt; has no code attribute, which the IATI schema requires; the transaction is left out</source>
        <translation>&lt;transaction-type&gt;에 IATI 스키마가 요구하는 code 속성이 없어 이 거래는 제외합니다</translation>
    </message>
    <message>
        <source>the activity at line %1</source>
        <translation>%1행의 사업</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>사업 %1</translation>
    </message>
    <message>
        <source>&lt;activity-status&gt; has no code attribute; status left unknown</source>
        <translation>&lt;activity-status&gt;에 code 속성이 없어 상태를 미상으로 둡니다</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no %2 attribute, which the IATI schema requires</source>
        <translation>&lt;%1&gt;에 IATI 스키마가 요구하는 %2 속성이 없습니다</translation>
    </message>
    <message>
        <source>&lt;%1 %2=&quot;%3&quot;&gt;: &quot;%3&quot; is not a code of the IATI %4 code list</source>
        <translation>&lt;%1 %2=&quot;%3&quot;&gt;: &quot;%3&quot;은(는) IATI %4 코드 목록의 코드가 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>ignored %n element(s) of the namespace %1 (another publisher&apos;s extension, which C2C Portfolio does not read)</source>
        <translation>
            <numerusform>네임스페이스 %1의 요소 %n개를 무시했습니다(다른 발행처의 확장으로, C2C 포트폴리오는 읽지 않습니다)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) like the ones above, not listed one by one</source>
        <translation>
            <numerusform>위와 같은 경고 %n건이 더 있으며, 하나하나 나열하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>IATI version %1 is not supported: C2C Portfolio reads versions 2.01 to 2.03, and 1.0 to 1.05 as far as possible</source>
        <translation>IATI 버전 %1은(는) 지원하지 않습니다. C2C 포트폴리오는 2.01~2.03 버전을 읽고, 1.0~1.05 버전은 가능한 만큼 읽습니다</translation>
    </message>
    <message>
        <source>the transactions of %1 are in several currencies; countries and sectors taken from them are shared by the number of transactions, not by value</source>
        <translation>%1의 거래가 여러 통화로 되어 있어, 거래에서 가져온 국가와 분야의 비율은 금액이 아니라 거래 건수로 나눕니다</translation>
    </message>
    <message>
        <source>both %1 and its transactions state recipient countries or regions; the activity&apos;s are kept</source>
        <translation>%1과(와) 그 거래 모두에 수원국 또는 지역이 있습니다. 사업에 적힌 것을 씁니다</translation>
    </message>
    <message>
        <source>%1 states its recipient countries or regions on its transactions only; taken from there, shared by transaction value: %2</source>
        <translation>%1은(는) 수원국 또는 지역을 거래에만 적었습니다. 거래에서 가져와 거래 금액 비율로 나눕니다: %2</translation>
    </message>
    <message>
        <source>both %1 and its transactions state sectors; the activity&apos;s are kept</source>
        <translation>%1과(와) 그 거래 모두에 분야가 있습니다. 사업에 적힌 것을 씁니다</translation>
    </message>
    <message>
        <source>%1 states its sectors on its transactions only; taken from there, shared by transaction value: %2</source>
        <translation>%1은(는) 분야를 거래에만 적었습니다. 거래에서 가져와 거래 금액 비율로 나눕니다: %2</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>지역 %1</translation>
    </message>
    <message>
        <source>%1 (vocabulary %2)</source>
        <translation>%1(어휘 %2)</translation>
    </message>
    <message>
        <source>activity %1: %2</source>
        <translation>사업 %1: %2</translation>
    </message>
</context>
<context>
    <name>c2c::ImportText</name>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2행</translation>
    </message>
</context>
<context>
    <name>c2c::ImportWriter</name>
    <message>
        <source>Cannot read the portfolio: %1</source>
        <translation>포트폴리오를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>c2c::Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2 without an exchange rate.</source>
        <translation>환율 없이 %1 금액과 %2 금액을 합칠 수 없습니다.</translation>
    </message>
    <message>
        <source>The sum is too large.</source>
        <translation>합계가 너무 큽니다.</translation>
    </message>
    <message>
        <source>The difference is too large.</source>
        <translation>차액이 너무 큽니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>&quot;%1&quot;은(는) 금액이 아닙니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, e.g. USD).</source>
        <translation>&quot;%1&quot;은(는) 통화 코드가 아닙니다(대문자 세 글자, 예: USD).</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>예상하지 못한 문자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>숫자가 없습니다</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>숫자가 너무 큽니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exchange rate (a positive number such as 1350.25).</source>
        <translation>&quot;%1&quot;은(는) 환율이 아닙니다(1350.25와 같은 양수).</translation>
    </message>
    <message>
        <source>An exchange rate must be greater than zero.</source>
        <translation>환율은 0보다 커야 합니다.</translation>
    </message>
</context>
<context>
    <name>c2c::MoneyText</name>
    <message>
        <source>&quot;%1&quot; is not an amount: unexpected character &apos;%2&apos;</source>
        <translation>&quot;%1&quot;은(는) 금액이 아닙니다: 예상하지 못한 문자 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: no digits</source>
        <translation>&quot;%1&quot;은(는) 금액이 아닙니다: 숫자가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot;은(는) 너무 큽니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in %2 but the row&apos;s currency is %3</source>
        <translation>&quot;%1&quot;은(는) %2 금액인데 이 행의 통화는 %3입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no currency; add a currency column or choose a default currency</source>
        <translation>&quot;%1&quot;에는 통화가 없습니다. 통화 열을 추가하거나 기본 통화를 선택해 주십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: the units are out of order</source>
        <translation>&quot;%1&quot;은(는) 금액이 아닙니다: 단위의 순서가 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>c2c::PivotTable</name>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>c2c::Portfolio</name>
    <message>
        <source>My portfolio</source>
        <translation>내 포트폴리오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>&quot;%1&quot;은(는) 통화 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Project %1 was deleted by someone else (another window or program) since this window read it. Nothing was changed.</source>
        <translation>사업 %1: 이 창에서 읽은 뒤 다른 사람(다른 창이나 프로그램)이 삭제했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source> (by %1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>Project %1 was changed by someone else%2: this window last saw version %3, the portfolio now holds version %4. Nothing was changed; reopen the portfolio to see their change.</source>
        <translation>사업 %1: 다른 사람%2이 변경했습니다. 이 창이 마지막으로 본 것은 버전 %3, 포트폴리오에 저장된 것은 버전 %4입니다. 아무것도 바뀌지 않았습니다. 변경 내용을 보려면 포트폴리오를 다시 여십시오.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for your portfolio.</source>
        <translation>내 포트폴리오를 위한 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>c2c::ProjectColumns</name>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>사업명(한국어)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>사업명(영어)</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>기관 유형</translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation>국가 코드</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>종료 연도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 방식</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Budget in %1</source>
        <translation>예산(%1)</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>보고 통화</translation>
    </message>
    <message>
        <source>Sectors (DAC)</source>
        <translation>분야(DAC)</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Data-quality notes</source>
        <translation>데이터 품질 메모</translation>
    </message>
    <message>
        <source>Title (other language)</source>
        <translation>사업명(다른 언어)</translation>
    </message>
</context>
<context>
    <name>c2c::ProjectDiff</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 식별자</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>사업명(한국어)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>사업명(영어)</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Description (Korean)</source>
        <translation>설명(한국어)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>설명(영어)</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 유형</translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation>재원</translation>
    </message>
    <message>
        <source>Cooperation forms</source>
        <translation>협력 형태</translation>
    </message>
    <message>
        <source>Partnership dimensions</source>
        <translation>협력 차원</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Amount as printed</source>
        <translation>원문 금액 표기</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>Collaboration type</source>
        <translation>IATI 협력 구분</translation>
    </message>
    <message>
        <source>Aid type</source>
        <translation>원조 유형</translation>
    </message>
    <message>
        <source>Planned disbursements</source>
        <translation>지출 계획</translation>
    </message>
</context>
<context>
    <name>c2c::ProjectRepository</name>
    <message>
        <source>Project %1 is already stored.</source>
        <translation>사업 %1은(는) 이미 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>A project needs a key.</source>
        <translation>사업에는 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Cannot save project %1: %2</source>
        <translation>사업 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Project %1 was deleted by someone else; it cannot be saved.</source>
        <translation>사업 %1은(는) 다른 사용자가 삭제하여 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Project %1 was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation>사업 %1을(를) 연 뒤에 다른 사용자가 변경했습니다. 다시 불러온 뒤 변경 내용을 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>Cannot delete the project: %1</source>
        <translation>사업을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The project was changed or deleted by someone else since you opened it.</source>
        <translation>사업을 연 뒤에 다른 사용자가 변경하거나 삭제했습니다.</translation>
    </message>
    <message>
        <source>Cannot save the project: %1</source>
        <translation>사업을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A project with the key %1 already exists.</source>
        <translation>키가 %1인 사업이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Cannot read project %1: %2</source>
        <translation>사업 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>ID가 %1인 사업이 없습니다.</translation>
    </message>
    <message>
        <source>There is no project with the key %1.</source>
        <translation>키가 %1인 사업이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the projects: %1</source>
        <translation>사업 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot restore project %1: %2</source>
        <translation>사업 %1을(를) 복원할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Project %1 cannot be put back: another project now has its place (%2).</source>
        <translation>사업 %1: 되돌릴 수 없습니다. 다른 사업이 그 자리를 차지하고 있습니다(%2).</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <source>The portfolio file %1 is damaged: project %2, %3 %4 holds &quot;%5&quot; as its amount, not a whole number of minor units. Correct it with a database tool or restore a backup.</source>
        <translation>포트폴리오 파일 %1이(가) 손상되었습니다: 사업 %2의 %3 %4에 금액 대신 &quot;%5&quot;이(가) 들어 있습니다(최소 화폐 단위의 정수가 아님). 데이터베이스 도구로 고치거나 백업을 복원하십시오.</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>예산 항목</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>planned disbursement</source>
        <translation>지출 계획</translation>
    </message>
    <message>
        <source>Cannot read the portfolio: %1</source>
        <translation>포트폴리오를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot save the projects: %1</source>
        <translation>사업을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>c2c::SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>저장할 보기에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot save the view &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; 보기를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot delete the saved view: %1</source>
        <translation>저장된 보기를 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read the saved views: %1</source>
        <translation>저장된 보기를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>c2c::SeedImport</name>
    <message>
        <source>Cannot read the seed cases %1: %2</source>
        <translation>기본 사례 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; is missing.</source>
        <translation>%1, 1행: &quot;%2&quot; 열이 없습니다.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, expected %4.</source>
        <translation>%1, %2행: 필드가 %3개이며 %4개여야 합니다.</translation>
    </message>
    <message>
        <source>%1, line %2, start_year: &quot;%3&quot; is not a year.</source>
        <translation>%1, %2행, start_year: &quot;%3&quot;은(는) 연도가 아닙니다.</translation>
    </message>
    <message>
        <source>%1, line %2, end_year: &quot;%3&quot; is not a year.</source>
        <translation>%1, %2행, end_year: &quot;%3&quot;은(는) 연도가 아닙니다.</translation>
    </message>
    <message>
        <source>%1, line %2, amount: %3</source>
        <translation>%1, %2행, amount: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>c2c::SnapshotLoader</name>
    <message>
        <source>Cannot read the portfolio %1: %2</source>
        <translation>포트폴리오 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Project %1: a budget line holds &quot;%2&quot; as its amount, not a whole number; its budget is counted as unknown.</source>
        <translation>사업 %1: 예산 항목의 금액이 정수가 아닌 &quot;%2&quot;입니다. 이 사업의 예산은 미상으로 집계합니다.</translation>
    </message>
</context>
<context>
    <name>c2c::TextDecoding</name>
    <message>
        <source>line %1: the text is not valid UTF-8 (choose another encoding, e.g. CP949)</source>
        <translation>%1행: 올바른 UTF-8 텍스트가 아닙니다(CP949 등 다른 인코딩을 선택해 주십시오)</translation>
    </message>
    <message>
        <source>this system cannot decode CP949 (iconv has no converter for it)</source>
        <translation>이 시스템에서는 CP949를 해독할 수 없습니다(iconv에 변환기가 없음)</translation>
    </message>
    <message>
        <source>the file ends in the middle of a character</source>
        <translation>파일이 문자 중간에서 끝납니다</translation>
    </message>
    <message>
        <source>a byte sequence that is not CP949</source>
        <translation>CP949가 아닌 바이트가 있습니다</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM 포함)</translation>
    </message>
</context>
<context>
    <name>c2c::Validation</name>
    <message>
        <source>The project needs a key.</source>
        <translation>사업에는 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Give the project a title in Korean or in English.</source>
        <translation>한국어나 영어로 사업명을 입력하십시오.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>종료(%1)가 시작(%2)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Partner country %1: &quot;%2&quot; is not a country code.</source>
        <translation>협력국 %1: &quot;%2&quot;은(는) 국가 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>Partner country %1: a share must be between 0 and 100%.</source>
        <translation>협력국 %1: 비중은 0~100% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Partner country shares add up to %1%; they can be at most 100%.</source>
        <translation>협력국 비중의 합이 %1%입니다. 최대 100%까지 가능합니다.</translation>
    </message>
    <message>
        <source>Sector %1: &quot;%2&quot; is not a DAC purpose code.</source>
        <translation>분야 %1: &quot;%2&quot;은(는) DAC 목적 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>Sector %1: a percentage must be between 0 and 100.</source>
        <translation>분야 %1: 비율은 0~100 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Sector percentages add up to %1%; they can be at most 100%.</source>
        <translation>분야 비율의 합이 %1%입니다. 최대 100%까지 가능합니다.</translation>
    </message>
    <message>
        <source>SDG %1: the goal must be between 1 and 17.</source>
        <translation>SDG %1: 목표는 1~17 사이여야 합니다.</translation>
    </message>
    <message>
        <source>SDG %1: &quot;%2&quot; is not an SDG target.</source>
        <translation>SDG %1: &quot;%2&quot;은(는) SDG 세부목표가 아닙니다.</translation>
    </message>
    <message>
        <source>SDG %1: target %2 belongs to goal %3, not %4.</source>
        <translation>SDG %1: 세부목표 %2은(는) 목표 %4이(가) 아니라 목표 %3에 속합니다.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a currency code.</source>
        <translation>%1: &quot;%2&quot;은(는) 통화 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: the amount cannot be negative.</source>
        <translation>%1: 금액은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>예산 항목 %1</translation>
    </message>
    <message>
        <source>%1: the end is before the start.</source>
        <translation>%1: 종료가 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>거래 %1</translation>
    </message>
    <message>
        <source>Data-quality note %1 is empty.</source>
        <translation>데이터 품질 메모 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>The budget lines add up to %1, more than one project&apos;s budget can hold (at most %2).</source>
        <translation>예산 항목의 합계가 %1로, 한 사업의 예산이 담을 수 있는 최대값(%2)을 넘습니다.</translation>
    </message>
    <message>
        <source>Partner country %1: choose a country.</source>
        <translation>협력국 %1: 국가를 선택하세요.</translation>
    </message>
    <message>
        <source>Sector %1: enter a DAC purpose code (five digits, e.g. 15110).</source>
        <translation>분야 %1: DAC 목적 코드(다섯 자리, 예: 15110)를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>c2c::app::ActorChangeCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>이름 변경: “%1” → “%2”</translation>
    </message>
</context>
<context>
    <name>c2c::app::ActorsDialog</name>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Record a rename…</source>
        <translation>명칭 변경 기록…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>통합…</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>MOIS code</source>
        <translation>행정안전부 코드</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%2까지 %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>%1(으)로 통합됨</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>새 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>기관 추가</translation>
    </message>
    <message>
        <source>Record a rename</source>
        <translation>명칭 변경 기록</translation>
    </message>
    <message>
        <source>The current name is kept in the history, so older projects keep reading right.</source>
        <translation>현재 이름은 이력에 남으므로 이전 사업도 올바른 이름으로 표시됩니다.</translation>
    </message>
    <message>
        <source>New Korean name</source>
        <translation>새 한국어 이름</translation>
    </message>
    <message>
        <source>New English name</source>
        <translation>새 영어 이름</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>The successor that takes over its projects:</source>
        <translation>사업을 넘겨받을 승계 기관:</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>기관 통합</translation>
    </message>
    <message>
        <source>Move every project of the selected actor to %1? The actor stays in the list as merged.</source>
        <translation>선택한 기관의 모든 사업을 %1(으)로 옮기시겠습니까? 기관은 통합된 상태로 목록에 남습니다.</translation>
    </message>
    <message>
        <source>Korean local government</source>
        <translation>한국 지방자치단체</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type part of a name, e.g. 구미 or Gumi</source>
        <translation>이름 일부를 입력하세요 (예: 구미, Gumi)</translation>
    </message>
</context>
<context>
    <name>c2c::app::AddProjectCommand</name>
    <message>
        <source>Duplicate “%1”</source>
        <translation>“%1” 복제</translation>
    </message>
    <message>
        <source>New project “%1”</source>
        <translation>새 사업 “%1”</translation>
    </message>
</context>
<context>
    <name>c2c::app::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 픽셀</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>높이:</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
</context>
<context>
    <name>c2c::app::ChartRenderer</name>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>이미지 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: charts are written as .png or .svg files.</source>
        <translation>%1: 차트는 .png 또는 .svg 파일로만 저장할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>c2c::app::Charts</name>
    <message>
        <source>Budget by local government and actor</source>
        <translation>지자체·기관별 예산</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) not counted (unknown amount or no exchange rate)</source>
        <translation>
            <numerusform>%n건 집계 제외 (금액 미상 또는 환율 없음)</numerusform>
        </translation>
    </message>
    <message>
        <source>No project matches the filters</source>
        <translation>조건에 맞는 사업이 없습니다</translation>
    </message>
    <message>
        <source>Budget by partner country</source>
        <translation>국가별 예산</translation>
    </message>
    <message>
        <source>Budget (%1)</source>
        <translation>예산 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>사업 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n건 집계 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget by SDG goal</source>
        <translation>SDG 목표별 예산</translation>
    </message>
    <message>
        <source>Budget by sector</source>
        <translation>분야별 예산</translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation>상태별 사업 수</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>예산 %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 largest budgets of %n dated project(s)</source>
        <translation>
            <numerusform>기간이 알려진 사업 %n건 중 예산이 큰 %1건 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) without a known period not shown</source>
        <translation>
            <numerusform>기간 미상 사업 %n건 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of projects</source>
        <translation>사업 기간</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>budget not counted</source>
        <translation>예산 집계 제외</translation>
    </message>
    <message>
        <source>Budget by year and modality</source>
        <translation>연도별 예산 (협력 방식별)</translation>
    </message>
    <message>
        <source>Budget by year and local government</source>
        <translation>연도별 예산 (지자체별)</translation>
    </message>
    <message>
        <source>Year total %1</source>
        <translation>연도 합계 %1</translation>
    </message>
    <message numerus="yes">
        <source>No counted budget: %1 and %n more</source>
        <translation>
            <numerusform>집계된 예산 없음: %1 외 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No counted budget: %1</source>
        <translation>집계된 예산 없음: %1</translation>
    </message>
</context>
<context>
    <name>c2c::app::ComparisonModel</name>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
</context>
<context>
    <name>c2c::app::ComparisonPdf</name>
    <message>
        <source>Comparison</source>
        <translation>사례 비교</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Shaded rows: the cases differ.</source>
        <translation>음영 표시된 행: 사례 간에 차이가 있습니다.</translation>
    </message>
</context>
<context>
    <name>c2c::app::ComparisonWindow</name>
    <message>
        <source>Tick two to five actors to compare them.</source>
        <translation>비교할 기관을 2~5개 선택하십시오.</translation>
    </message>
    <message>
        <source>Select two to five projects in the table, then press &quot;Use the table&apos;s selection&quot;.</source>
        <translation>표에서 사업을 2~5개 선택한 뒤 &quot;표에서 선택한 사업 사용&quot;을 누르십시오.</translation>
    </message>
    <message>
        <source>Within: %1. Shaded rows: the cases differ.</source>
        <translation>범위: %1. 음영 표시된 행: 사례 간에 차이가 있습니다.</translation>
    </message>
    <message>
        <source>Shaded rows: the projects differ.</source>
        <translation>음영 표시된 행: 사업 간에 차이가 있습니다.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: choose two to five cases.</source>
        <translation>아직 내보낼 내용이 없습니다. 사례를 2~5개 선택하십시오.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>비교 내보내기</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel 통합 문서 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Compare cases</source>
        <translation>사례 비교</translation>
    </message>
    <message>
        <source>Compare &amp;actors (within the current filter)</source>
        <translation>기관 비교(현재 필터 범위)(&amp;A)</translation>
    </message>
    <message>
        <source>Compare &amp;projects</source>
        <translation>사업 비교(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Use the table&apos;s selection</source>
        <translation>표에서 선택한 사업 사용(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Actors to compare</source>
        <translation>비교할 기관</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
</context>
<context>
    <name>c2c::app::Dashboard</name>
    <message>
        <source>Export chart as PNG or SVG…</source>
        <translation>차트를 PNG 또는 SVG로 내보내기…</translation>
    </message>
    <message>
        <source>The chart was not exported</source>
        <translation>차트를 내보내지 못했습니다</translation>
    </message>
    <message>
        <source>Years stacked by:</source>
        <translation>연도별 예산 구분:</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>지자체</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 방식</translation>
    </message>
</context>
<context>
    <name>c2c::app::DeleteProjectsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n project(s)</source>
        <translation>
            <numerusform>사업 %n건 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::app::DetailText</name>
    <message>
        <source>not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Data-quality notes</source>
        <translation>데이터 품질 메모</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 식별자</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 방식</translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation>재원 경로</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>As printed in the source</source>
        <translation>출처 원문 표기</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Cooperation forms</source>
        <translation>협력 형태</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>Forecasts; not counted in the budget.</source>
        <translation>전망치이며 예산에 더하지 않습니다.</translation>
    </message>
    <message>
        <source>Planned disbursements</source>
        <translation>지출 계획</translation>
    </message>
</context>
<context>
    <name>c2c::app::EditProjectCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 수정</translation>
    </message>
</context>
<context>
    <name>c2c::app::ExchangeRatesDialog</name>
    <message>
        <source>Add or replace</source>
        <translation>추가 또는 교체</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>환율</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>1달러당 단위</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>e.g. 1363.98</source>
        <translation>예: 1363.98</translation>
    </message>
    <message>
        <source>e.g. Bank of Korea, yearly average</source>
        <translation>예: 한국은행 연평균</translation>
    </message>
    <message>
        <source>Amounts are converted with the rate of their year. A missing rate is reported, never taken as 1.</source>
        <translation>금액은 해당 연도의 환율로 환산합니다. 환율이 없으면 1로 보지 않고 누락으로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>c2c::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>형식(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>대상 사업(&amp;P)</translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation>파일(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>All %n project(s) of the current filter</source>
        <translation>
            <numerusform>현재 필터의 사업 전체 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n project(s) selected in the table</source>
        <translation>
            <numerusform>표에서 선택한 사업 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>내보내기 형식</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>내보낼 언어</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>저장할 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1은(는) 폴더입니다. 파일 이름을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>c2c::app::ExportRunner</name>
    <message>
        <source>PDF report</source>
        <translation>PDF 보고서</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 통합 문서(XLSX)</translation>
    </message>
    <message>
        <source>CSV, one row per project</source>
        <translation>CSV(사업당 한 행)</translation>
    </message>
    <message>
        <source>IATI 2.03 activities (XML)</source>
        <translation>IATI 2.03 활동(XML)</translation>
    </message>
</context>
<context>
    <name>c2c::app::FacetList</name>
    <message>
        <source>Clear %1</source>
        <translation>%1 지우기</translation>
    </message>
</context>
<context>
    <name>c2c::app::FilterPanel</name>
    <message>
        <source>Search titles, places, descriptions (Korean or English)</source>
        <translation>사업명, 지역, 설명 검색(한국어 또는 영어)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>종료 연도</translation>
    </message>
    <message>
        <source>Budget in %1</source>
        <translation>예산(%1)</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>이상</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>이하</translation>
    </message>
    <message>
        <source>Smallest budget</source>
        <translation>최소 예산</translation>
    </message>
    <message>
        <source>Largest budget</source>
        <translation>최대 예산</translation>
    </message>
    <message>
        <source>With a data-quality note</source>
        <translation>데이터 품질 메모 있음</translation>
    </message>
    <message>
        <source>Not counted in totals</source>
        <translation>합계에 포함되지 않음</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 지우기</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>기관 유형</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 방식</translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation>재원 경로</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>SDG goal</source>
        <translation>SDG 목표</translation>
    </message>
    <message>
        <source>Cooperation form</source>
        <translation>협력 형태</translation>
    </message>
    <message>
        <source>Partnership dimension</source>
        <translation>협력 차원</translation>
    </message>
</context>
<context>
    <name>c2c::app::GuideWindow</name>
    <message>
        <source>C2C Portfolio user guide</source>
        <translation>도시 간 협력 포트폴리오 사용 설명서</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Top of the guide</source>
        <translation>설명서 처음</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>설명서 목차</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용 설명서</translation>
    </message>
</context>
<context>
    <name>c2c::app::IatiImportDialog</name>
    <message>
        <source>Import IATI activities</source>
        <translation>IATI 사업 가져오기</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Import IATI activity files</source>
        <translation>IATI 사업 파일 가져오기</translation>
    </message>
    <message>
        <source>IATI XML files (*.xml);;All files (*)</source>
        <translation>IATI XML 파일 (*.xml);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportCommand</name>
    <message numerus="yes">
        <source>Import %n project(s)</source>
        <translation>
            <numerusform>사업 %n건 가져오기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportMappingPage</name>
    <message>
        <source>Column %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>열 연결</translation>
    </message>
    <message>
        <source>Each column of the spreadsheet goes into a field of the project. The suggestions come from the header names, in Korean or English; your choices are remembered for spreadsheets with the same header.</source>
        <translation>스프레드시트의 각 열을 사업의 항목에 연결합니다. 한국어나 영어 머리글 이름을 보고 제안하며, 고른 연결은 머리글이 같은 스프레드시트에 다시 쓰도록 기억합니다.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>처음 값</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>&amp;Currency of amounts that name none:</source>
        <translation>통화 표시가 없는 금액의 통화(&amp;C):</translation>
    </message>
    <message>
        <source>(none: such amounts are errors)</source>
        <translation>(없음: 그런 금액은 오류로 표시)</translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportPreview</name>
    <message numerus="yes">
        <source>%n project(s) read. Nothing can be imported until the errors below are fixed (%1 error(s), %2 warning(s)).</source>
        <translation>
            <numerusform>사업 %n건을 읽었습니다. 아래 오류를 고치기 전에는 아무것도 가져올 수 없습니다(오류 %1건, 경고 %2건).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) read: %1 new, %2 updated, %3 skipped; %4 warning(s).</source>
        <translation>
            <numerusform>사업 %n건을 읽었습니다: 새로 %1건, 갱신 %2건, 건너뜀 %3건, 경고 %4건.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>갱신(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>관리 키</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Problems (file, line, column: what is wrong):</source>
        <translation>문제 (파일, 행, 열: 무엇이 잘못되었는지):</translation>
    </message>
    <message>
        <source>The project with the same key.</source>
        <translation>관리 키가 같은 사업입니다.</translation>
    </message>
    <message>
        <source>The project with the same IATI identifier.</source>
        <translation>IATI 식별자가 같은 사업입니다.</translation>
    </message>
    <message>
        <source>The row has no key: the project with the same lead actor, title, first partner country and start year.</source>
        <translation>이 행에는 관리 키가 없어, 주관 기관·사업명·첫 협력국·시작 연도가 같은 사업과 맞추었습니다.</translation>
    </message>
    <message>
        <source>this row updates %1 and changes its title or lead actor (%2). Is it the same project?</source>
        <translation>이 행은 %1을(를) 갱신하면서 사업명이나 주관 기관을 바꿉니다(%2). 같은 사업입니까?</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) would change a title or a lead actor: check below that each is the same project.</source>
        <translation>
            <numerusform>갱신 %n건이 사업명이나 주관 기관을 바꿉니다. 각각 같은 사업인지 아래에서 확인하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>update ⚠</source>
        <translation>갱신 ⚠</translation>
    </message>
    <message>
        <source>Projects already in the portfolio (same key or IATI identifier; for rows without a key, same lead actor, title, partner country and start year):</source>
        <translation>포트폴리오에 이미 있는 사업(관리 키나 IATI 식별자가 같은 사업, 관리 키가 없는 행은 주관 기관·사업명·협력국·시작 연도가 같은 사업):</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>변경 내용(이전 → 새 값)</translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>가져오기 전 확인</translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportSourcePage</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>스프레드시트 가져오기</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 및 텍스트 파일 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>(cells pasted from the clipboard)</source>
        <translation>(클립보드에서 붙여 넣은 셀)</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>클립보드</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, cells separated by %2, %3; %n column(s).</source>
        <translation>
            <numerusform>%1(으)로 읽었고, 셀은 %2(으)로 나뉘며, %3. 열 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>붙여 넣은 텍스트</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>첫 행은 머리글입니다</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>머리글 행이 없습니다</translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation>데이터 선택</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or another spreadsheet, in UTF-8 or CP949 (EUC-KR). The encoding, the delimiter and the header row are detected; change them here if the columns look wrong.</source>
        <translation>엑셀 등 스프레드시트에서 저장한 CSV 파일(UTF-8 또는 CP949/EUC-KR)을 고릅니다. 인코딩, 구분자, 머리글 행은 자동으로 감지하며, 열이 잘못 나뉘어 보이면 여기에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>구분자(&amp;D):</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>First row is the &amp;header (partly checked: detect)</source>
        <translation>첫 행이 머리글(&amp;H) (일부 선택: 자동 감지)</translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportWizard</name>
    <message>
        <source>Import projects from a spreadsheet</source>
        <translation>스프레드시트에서 사업 가져오기</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>스프레드시트에서 붙여 넣기</translation>
    </message>
    <message>
        <source>The clipboard holds no cells. Copy the rows in your spreadsheet (with their header row) and try again.</source>
        <translation>클립보드에 셀이 없습니다. 스프레드시트에서 머리글 행과 함께 행을 복사한 뒤 다시 시도해 주십시오.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3; %4 warning(s). Edit &gt; Undo removes the whole import.</source>
        <translation>새로 %1건, 갱신 %2건, 건너뜀 %3건, 경고 %4건. 편집 &gt; 실행 취소로 이번 가져오기 전체를 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>c2c::app::ListEditor</name>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1에 추가</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>%1에서 삭제</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
</context>
<context>
    <name>c2c::app::MainWindow</name>
    <message>
        <source>Cannot open the portfolio</source>
        <translation>포트폴리오를 열 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>사업 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>합계 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not counted (unknown amount or no exchange rate)</source>
        <translation>
            <numerusform>%n건 미집계(금액 미상 또는 환율 없음)</numerusform>
        </translation>
    </message>
    <message>
        <source>C2C Portfolio</source>
        <translation>도시 간 협력 포트폴리오</translation>
    </message>
    <message>
        <source>%1 — C2C Portfolio</source>
        <translation>%1 — 도시 간 협력 포트폴리오</translation>
    </message>
    <message>
        <source>Show only the projects not counted in the total</source>
        <translation>합계에 포함되지 않은 사업만 보기</translation>
    </message>
    <message>
        <source>Select a project to see its details.</source>
        <translation>사업을 선택하면 상세 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n project(s) to %1</source>
        <translation>
            <numerusform>사업 %n건의 상태를 %1(으)로 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set lead actor of %n project(s) to %1</source>
        <translation>
            <numerusform>사업 %n건의 주관 기관을 %1(으)로 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>사업 상세</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>About C2C Portfolio</source>
        <translation>도시 간 협력 포트폴리오 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;C2C Portfolio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Portfolios of city-to-city partnerships: the international development cooperation projects of local governments, in Korean and English.&lt;/p&gt;&lt;p&gt;Reference data: IATI Standard (http://iatistandard.org/), ISO 3166 via iso-codes, UN SDG goals and targets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;도시 간 협력 포트폴리오&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;지방정부의 국제개발협력 사업, 곧 도시 간 협력 사업 포트폴리오를 한국어와 영어로 관리합니다.&lt;/p&gt;&lt;p&gt;참조 데이터: IATI 표준(http://iatistandard.org/), iso-codes의 ISO 3166, UN SDG 목표와 세부목표.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New portfolio…</source>
        <translation>새 포트폴리오(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open portfolio…</source>
        <translation>포트폴리오 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>새 사업(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>사업 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate project</source>
        <translation>사업 복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation>사업 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;status of selected projects</source>
        <translation>선택한 사업의 상태 변경(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;lead actor of selected projects…</source>
        <translation>선택한 사업의 주관 기관 변경(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back to the previous filter</source>
        <translation>이전 필터로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Clear all filters</source>
        <translation>모든 필터 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>열(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Actors…</source>
        <translation>기관(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>환율(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reporting currency and unit…</source>
        <translation>보고 통화와 단위(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About C2C Portfolio</source>
        <translation>도시 간 협력 포트폴리오 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <source>No recent portfolios</source>
        <translation>최근 포트폴리오 없음</translation>
    </message>
    <message>
        <source>C2C portfolios (*.c2c);;All files (*)</source>
        <translation>도시 간 협력 포트폴리오 (*.c2c);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation>새 포트폴리오</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>포트폴리오 열기</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 파일이 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) exported to %1</source>
        <translation>
            <numerusform>사업 %n건을 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) could not be written in this format:</source>
        <translation>
            <numerusform>사업 %n건은 이 형식으로 쓸 수 없습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n project(s)…</source>
        <translation>
            <numerusform>사업 %n건을 내보내는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pivot table…</source>
        <translation>피벗 표(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet (CSV)…</source>
        <translation>스프레드시트(CSV) 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet…</source>
        <translation>스프레드시트에서 붙여 넣기(&amp;P)…</translation>
    </message>
    <message>
        <source>Import IATI &amp;activities…</source>
        <translation>IATI 사업 가져오기(&amp;A)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Compare &amp;cases…</source>
        <translation>사례 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>Damaged values in the portfolio</source>
        <translation>포트폴리오의 손상된 값</translation>
    </message>
    <message>
        <source>%1 holds values this program does not write. They are not counted:</source>
        <translation>%1에 이 프로그램이 쓰지 않는 값이 들어 있습니다. 이 값은 집계하지 않습니다:</translation>
    </message>
    <message>
        <source>The years were reversed; showing %1–%2.</source>
        <translation>연도가 거꾸로 입력되어 %1–%2년으로 바꾸어 표시합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The file was written, but %n cell(s) had to be shortened:</source>
        <translation>
            <numerusform>파일을 저장했지만 셀 %n개를 줄여야 했습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (읽기 전용)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): you can browse, filter and export, but not change it.</source>
        <translation>%1은(는) 읽기 전용으로 열려 있습니다(%2). 보기, 필터, 내보내기는 되지만 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <source>Missing exchange rates: %1</source>
        <translation>없는 환율: %1</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>선택한 행 복사(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n project(s) with a header row.</source>
        <translation>
            <numerusform>사업 %n건을 머리글 행과 함께 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the projects as a PDF report, an XLSX workbook, CSV or IATI XML</source>
        <translation>사업을 PDF 보고서, XLSX 통합 문서, CSV 또는 IATI XML로 내보냅니다</translation>
    </message>
    <message>
        <source>Copy the selected projects with a header row, to paste into a spreadsheet</source>
        <translation>선택한 사업을 머리글 행과 함께 복사해 스프레드시트에 붙여 넣을 수 있게 합니다</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>사용 설명서(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Delete projects</source>
        <translation>사업 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected project(s)?</source>
        <translation>
            <numerusform>선택한 사업 %n건을 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (%1) puts them back.</source>
        <translation>편집 &gt; 실행 취소(%1)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>c2c::app::MergeActorsCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>기관 통합: “%1” → “%2”</translation>
    </message>
</context>
<context>
    <name>c2c::app::NoteFields</name>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 방식</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>(whole project)</source>
        <translation>(사업 전체)</translation>
    </message>
</context>
<context>
    <name>c2c::app::PdfReport</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n건 집계 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>포트폴리오 요약</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>작성: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Data-quality notes</source>
        <translation>데이터 품질 메모</translation>
    </message>
    <message>
        <source>Unknown amounts are not counted as zero. Amounts are split among partner countries by their shares (evenly when none is stated), among sectors by their percentages, evenly among SDG goals, and evenly over the years of each budget line.</source>
        <translation>알 수 없는 금액은 0으로 계산하지 않습니다. 금액은 협력국별로는 각 국가의 비중에 따라(비중이 없으면 균등하게), 분야별로는 분야 비율에 따라, SDG 목표별로는 균등하게, 연도별로는 각 예산 항목의 기간에 걸쳐 균등하게 나눕니다.</translation>
    </message>
    <message>
        <source>By lead actor</source>
        <translation>주관 기관별</translation>
    </message>
    <message>
        <source>By partner country</source>
        <translation>협력국별</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>연도별</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>분야별</translation>
    </message>
    <message>
        <source>By SDG goal</source>
        <translation>SDG 목표별</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>상태별</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>no exchange rate</source>
        <translation>환율 없음</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>The first %1 of %2 projects are listed; the XLSX or CSV export has them all.</source>
        <translation>사업 %2건 중 처음 %1건을 실었습니다. 전체 목록은 XLSX 또는 CSV로 내보내십시오.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message numerus="yes">
        <source>(%n project(s))</source>
        <translation>
            <numerusform>(사업 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>합계표</translation>
    </message>
</context>
<context>
    <name>c2c::app::PivotModel</name>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>사업 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted (budget unknown or no exchange rate)</source>
        <translation>
            <numerusform>%n건 집계 제외(예산 미상 또는 환율 없음)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::app::PivotWindow</name>
    <message numerus="yes">
        <source>%n project(s) not counted (budget unknown or no exchange rate)</source>
        <translation>
            <numerusform>사업 %n건 집계 제외(예산 미상 또는 환율 없음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the pivot table</source>
        <translation>피벗 표 내보내기</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pivot table</source>
        <translation>피벗 표</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>열(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>측정값(&amp;M)</translation>
    </message>
    <message>
        <source>Swap rows and columns</source>
        <translation>행과 열 바꾸기</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>c2c::app::ProjectEditor</name>
    <message>
        <source>Cannot save yet:</source>
        <translation>아직 저장할 수 없습니다:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 식별자</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 방식</translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation>재원 경로</translation>
    </message>
    <message>
        <source>Start (year, year-month or date)</source>
        <translation>시작(연도, 연-월 또는 날짜)</translation>
    </message>
    <message>
        <source>End (year, year-month or date)</source>
        <translation>종료(연도, 연-월 또는 날짜)</translation>
    </message>
    <message>
        <source>Amount as printed in the source</source>
        <translation>출처 원문 금액 표기</translation>
    </message>
    <message>
        <source>Cooperation forms</source>
        <translation>협력 형태</translation>
    </message>
    <message>
        <source>Partnership dimensions</source>
        <translation>협력 차원</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>협력 대상</translation>
    </message>
    <message>
        <source>Sectors (DAC purpose codes)</source>
        <translation>분야(DAC 목적 코드)</translation>
    </message>
    <message>
        <source>SDG goals and targets</source>
        <translation>SDG 목표와 세부목표</translation>
    </message>
    <message>
        <source>Sectors and SDGs</source>
        <translation>분야와 SDG</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>예산 항목</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>재원</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>이정표</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Data-quality notes</source>
        <translation>데이터 품질 메모</translation>
    </message>
    <message>
        <source>Results, sources and quality</source>
        <translation>성과·출처·품질</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>사업 수정</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>e.g. 2016 or 2016-03</source>
        <translation>예: 2016 또는 2016-03</translation>
    </message>
    <message>
        <source>e.g. 2025</source>
        <translation>예: 2025</translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation>한국어 사업명</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>영어 사업명</translation>
    </message>
    <message>
        <source>Korean description</source>
        <translation>한국어 설명</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>영어 설명</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Locality (Korean)</source>
        <translation>지역(한국어)</translation>
    </message>
    <message>
        <source>Locality (English)</source>
        <translation>지역(영어)</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>비중 %</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>이름(한국어)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름(영어)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>분류 체계</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Target (e.g. 11.6)</source>
        <translation>세부목표(예: 11.6)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>환산 기준일</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Description (Korean)</source>
        <translation>설명(한국어)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>설명(영어)</translation>
    </message>
    <message>
        <source>Milestone (Korean)</source>
        <translation>이정표(한국어)</translation>
    </message>
    <message>
        <source>Milestone (English)</source>
        <translation>이정표(영어)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>이행 정도</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a percentage (e.g. 60 or 12.5).</source>
        <translation>%1, %2: &quot;%3&quot;은(는) 백분율이 아닙니다(예: 60 또는 12.5).</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a year, a year-month or a date (e.g. 2016, 2016-03, 2016-03-01).</source>
        <translation>%1, %2: &quot;%3&quot;은(는) 연도, 연-월 또는 날짜가 아닙니다(예: 2016, 2016-03, 2016-03-01).</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a date (e.g. 2024-05-31).</source>
        <translation>%1, %2: &quot;%3&quot;은(는) 날짜가 아닙니다(예: 2024-05-31).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>end</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Partner country %1</source>
        <translation>협력국 %1</translation>
    </message>
    <message>
        <source>share</source>
        <translation>비중</translation>
    </message>
    <message>
        <source>Sector %1</source>
        <translation>분야 %1</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>예산 항목 %1</translation>
    </message>
    <message>
        <source>value date</source>
        <translation>환산 기준일</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>거래 %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>이정표 %1</translation>
    </message>
    <message>
        <source>due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>%1: choose the currency of the amount (e.g. KRW).</source>
        <translation>%1: 금액의 통화를 고르십시오(예: KRW).</translation>
    </message>
    <message>
        <source>%1: enter the amount.</source>
        <translation>%1: 금액을 입력하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more: point here to read them)</source>
        <translation>
            <numerusform>(외 %n건: 여기에 마우스를 올리면 모두 볼 수 있습니다)</numerusform>
        </translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>No sector or SDG goal can be suggested from this title and description. Add them yourself with Add.</source>
        <translation>이 사업명과 설명으로는 분야나 SDG 목표를 제안할 수 없습니다. [추가]로 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Suggested from “%1” in the title or description:</source>
        <translation>사업명 또는 설명의 “%1”에서 제안한 분류:</translation>
    </message>
    <message>
        <source>DAC sector %1 %2
SDG goal %3 %4

Add them? The sources will record that you classified the project.</source>
        <translation>DAC 분야 %1 %2
SDG 목표 %3 %4

추가할까요? 담당자가 분류했다는 사실이 출처에 기록됩니다.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Sector %1 and SDG goal %2 classified by the officer from the project&apos;s title (%3)</source>
        <translation>분야 %1, SDG 목표 %2: 담당자가 사업명을 보고 분류함(%3)</translation>
    </message>
    <message>
        <source>&amp;Classify from the title…</source>
        <translation>사업명으로 분류(&amp;C)…</translation>
    </message>
    <message>
        <source>Suggest a DAC sector and an SDG goal from the project&apos;s title and description; you confirm them, and the project&apos;s sources record that you classified it.</source>
        <translation>사업명과 설명에서 DAC 분야와 SDG 목표를 제안합니다. 확인한 뒤 추가하면 담당자가 분류했다는 사실이 출처에 기록됩니다.</translation>
    </message>
    <message>
        <source>Note (Korean)</source>
        <translation>메모(한국어)</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>메모(영어)</translation>
    </message>
</context>
<context>
    <name>c2c::app::ProjectTableModel</name>
    <message>
        <source>Mixed currencies</source>
        <translation>여러 통화</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>No exchange rate</source>
        <translation>환율 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n data-quality note(s): open the project to read them.</source>
        <translation>
            <numerusform>데이터 품질 메모 %n건: 사업을 열어 확인하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>협력 방식</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Budget (%1)</source>
        <translation>예산(%1)</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>The budget is too large to convert to %1.</source>
        <translation>예산이 너무 커서 %1(으)로 환산할 수 없습니다.</translation>
    </message>
    <message>
        <source>No exchange rate for %1 (Tools › Exchange rates…).</source>
        <translation>%1 환율이 없습니다(도구 › 환율…).</translation>
    </message>
</context>
<context>
    <name>c2c::app::RatesCommand</name>
    <message numerus="yes">
        <source>Remove %n exchange rate(s)</source>
        <translation>
            <numerusform>환율 %n건 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange rate %1 %2: %3 per USD</source>
        <translation>환율 %1 %2년: 1 USD당 %3</translation>
    </message>
</context>
<context>
    <name>c2c::app::ReportingCommand</name>
    <message>
        <source>Report in %1</source>
        <translation>보고 통화·단위: %1</translation>
    </message>
</context>
<context>
    <name>c2c::app::ReportingDialog</name>
    <message>
        <source>Reporting currency and unit</source>
        <translation>보고 통화와 단위</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>보고 통화</translation>
    </message>
    <message>
        <source>Display unit</source>
        <translation>표시 단위</translation>
    </message>
    <message>
        <source>Show sums in</source>
        <translation>합계 표시 단위</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted with the exchange rates of their year (Tools &gt; Exchange rates); without a rate they are not counted, and the totals say so.</source>
        <translation>다른 통화의 금액은 해당 연도의 환율(도구 &gt; 환율)로 환산합니다. 환율이 없으면 합계에 포함하지 않고 그 사실을 표시합니다.</translation>
    </message>
</context>
<context>
    <name>c2c::app::SavedViewsMenu</name>
    <message>
        <source>&amp;Saved views</source>
        <translation>저장된 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Save the current view</source>
        <translation>현재 보기 저장</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>보기 이름:</translation>
    </message>
    <message>
        <source>Save the &amp;current view…</source>
        <translation>현재 보기 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>pivot table</source>
        <translation>피벗 표</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>&amp;Delete a saved view</source>
        <translation>저장된 보기 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete a saved view</source>
        <translation>저장된 보기 삭제</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>보기 “%1”을(를) 저장했습니다</translation>
    </message>
</context>
<context>
    <name>c2c::app::ShortcutToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <comment>action name (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>c2c::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>c2c::app::UndoAnnouncer</name>
    <message numerus="yes">
        <source>Deleted %n project(s)</source>
        <translation>
            <numerusform>사업 %n건을 삭제했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done: %1 new, %2 updated</source>
        <translation>가져오기 완료: 새 사업 %1건, 갱신 %2건</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>실행 취소함: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>다시 실행함: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
</context>
<context>
    <name>c2c::cli::CliText</name>
    <message>
        <source>Output format: text or json.</source>
        <translation>출력 형식: text 또는 json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Repetitions of each timing; the median is reported.</source>
        <translation>각 측정의 반복 횟수. 중앙값을 보고합니다.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>bench needs --db PATH (e.g. a portfolio written by generate).</source>
        <translation>bench에는 --db 경로가 필요합니다(예: generate로 만든 포트폴리오).</translation>
    </message>
    <message>
        <source>List the projects that match the filters.</source>
        <translation>필터에 맞는 사업 목록을 출력합니다.</translation>
    </message>
    <message>
        <source>Totals of the matching projects, overall and by actor, country, year, sector, SDG goal and status.</source>
        <translation>필터에 맞는 사업의 합계: 전체 및 주체·국가·연도·분야·SDG 목표·상태별.</translation>
    </message>
    <message>
        <source>Write a synthetic portfolio for demonstrations and benchmarks.</source>
        <translation>시연과 성능 측정용 합성 포트폴리오를 만듭니다.</translation>
    </message>
    <message>
        <source>Time the interactive paths on a portfolio.</source>
        <translation>포트폴리오에서 대화형 작업의 소요 시간을 측정합니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>C2C Portfolio: portfolios of city-to-city partnerships.</source>
        <translation>도시 간 협력 포트폴리오: 도시 간 협력 사업 포트폴리오 관리.</translation>
    </message>
    <message>
        <source>Portfolio file (default: your own portfolio).</source>
        <translation>포트폴리오 파일(기본값: 내 포트폴리오).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Language of the output: ko or en.</source>
        <translation>출력 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The command to run (none: open the window).</source>
        <translation>실행할 명령(없으면 창을 엽니다).</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>--help로 실행하면 옵션을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not ko or en.</source>
        <translation>--lang: &quot;%1&quot;은(는) ko 또는 en이 아닙니다.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예상하지 못한 인수: %1</translation>
    </message>
    <message>
        <source>Lead actor: name (Korean or English, current or former), MOIS code or id. Repeatable.</source>
        <translation>주관 기관: 이름(한국어 또는 영어, 현재 또는 이전 이름), 행정안전부 코드 또는 ID. 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Actor kind, e.g. province, metropolitan-city. Repeatable.</source>
        <translation>기관 유형(예: province, metropolitan-city). 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Partner country: ISO code or name. Repeatable.</source>
        <translation>협력국: ISO 코드 또는 이름. 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Projects running in or after this year.</source>
        <translation>이 연도 또는 그 이후에 진행되는 사업.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Projects running in or before this year.</source>
        <translation>이 연도 또는 그 이전에 진행되는 사업.</translation>
    </message>
    <message>
        <source>Status: pipeline, implementation, finalisation, closed, cancelled, suspended. Repeatable.</source>
        <translation>상태: pipeline, implementation, finalisation, closed, cancelled, suspended. 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Modality: city-to-city, triangular, south-south, bilateral. Repeatable.</source>
        <translation>협력 방식: city-to-city, triangular, south-south, bilateral. 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Funding channel: own-budget, koica-call, central-ministry, other. Repeatable.</source>
        <translation>재원 경로: own-budget, koica-call, central-ministry, other. 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>DAC sector code (5 digits) or category (3 digits). Repeatable.</source>
        <translation>DAC 분야 코드(5자리) 또는 분류(3자리). 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>SDG goal (11) or target (11.6). Repeatable.</source>
        <translation>SDG 목표(11) 또는 세부목표(11.6). 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Cooperation form, e.g. capacity-building. Repeatable.</source>
        <translation>협력 형태(예: capacity-building). 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>형태</translation>
    </message>
    <message>
        <source>Text in keys, titles, localities or descriptions (Korean or English).</source>
        <translation>키, 사업명, 지역, 설명에 포함된 텍스트(한국어 또는 영어).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Smallest budget, in the reporting currency.</source>
        <translation>최소 예산(보고 통화 기준).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Largest budget, in the reporting currency.</source>
        <translation>최대 예산(보고 통화 기준).</translation>
    </message>
    <message>
        <source>Only projects with a data-quality note.</source>
        <translation>데이터 품질 메모가 있는 사업만.</translation>
    </message>
    <message>
        <source>Only projects not counted in totals (unknown amount or no exchange rate).</source>
        <translation>합계에 포함되지 않은 사업만(금액 미상 또는 환율 없음).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of: %3.</source>
        <translation>--%1: &quot;%2&quot;은(는) 다음 중 하나가 아닙니다: %3.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year (e.g. 2015).</source>
        <translation>--%1: &quot;%2&quot;은(는) 연도가 아닙니다(예: 2015).</translation>
    </message>
    <message>
        <source>--actor: no actor is called &quot;%1&quot; in this portfolio.</source>
        <translation>--actor: 이 포트폴리오에 &quot;%1&quot;(이)라는 기관이 없습니다.</translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not a country code or name.</source>
        <translation>--country: &quot;%1&quot;은(는) 국가 코드나 국가명이 아닙니다.</translation>
    </message>
    <message>
        <source>--sector: &quot;%1&quot; is not a DAC sector code or category.</source>
        <translation>--sector: &quot;%1&quot;은(는) DAC 분야 코드나 분류가 아닙니다.</translation>
    </message>
    <message>
        <source>--sdg: &quot;%1&quot; is not an SDG goal (1-17) or target (e.g. 11.6).</source>
        <translation>--sdg: &quot;%1&quot;은(는) SDG 목표(1~17)나 세부목표(예: 11.6)가 아닙니다.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1이(가) --to %2보다 뒤입니다.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of: %2.</source>
        <translation>--format: &quot;%1&quot;은(는) 다음 중 하나가 아닙니다: %2.</translation>
    </message>
    <message>
        <source>Number of projects to generate.</source>
        <translation>만들 사업 수.</translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same portfolio).</source>
        <translation>난수 시드(같은 시드는 같은 포트폴리오를 만듭니다).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>generate needs --projects N with N a whole number of at least 0.</source>
        <translation>generate에는 --projects N이 필요합니다(N은 0 이상의 정수).</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed: &quot;%1&quot;은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>generate needs --db PATH: it never writes into your own portfolio.</source>
        <translation>generate에는 --db 경로가 필요합니다. 내 포트폴리오에는 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>%1 projects written to %2 in %3 s.</source>
        <translation>사업 %1건을 %2에 기록했습니다(%3초).</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>출력 형식: table, csv 또는 json.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>협력국</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사업명</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>사업 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting currency for this summary, e.g. USD or KRW (needs exchange rates).</source>
        <translation>이 요약의 보고 통화(예: USD, KRW, 환율 필요).</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not a currency code.</source>
        <translation>--currency: &quot;%1&quot;은(는) 통화 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>사업: %1건</translation>
    </message>
    <message>
        <source>By lead actor</source>
        <translation>주관 기관별</translation>
    </message>
    <message>
        <source>By partner country</source>
        <translation>협력국별</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>연도별</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>분야별</translation>
    </message>
    <message>
        <source>By SDG goal</source>
        <translation>SDG 목표별</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>상태별</translation>
    </message>
    <message>
        <source>(%1 not counted)</source>
        <translation>(%1건 미집계)</translation>
    </message>
    <message>
        <source>Export the matching projects as a PDF report, an XLSX workbook, CSV or IATI XML.</source>
        <translation>조건에 맞는 사업을 PDF 보고서, XLSX 통합 문서, CSV 또는 IATI XML로 내보냅니다.</translation>
    </message>
    <message>
        <source>Export format: pdf, xlsx, csv or iati.</source>
        <translation>내보내기 형식: pdf, xlsx, csv 또는 iati.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>저장할 파일.</translation>
    </message>
    <message>
        <source>export needs --format pdf, xlsx, csv or iati.</source>
        <translation>export에는 --format pdf, xlsx, csv 또는 iati가 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: expected pdf, xlsx, csv or iati.</source>
        <translation>알 수 없는 내보내기 형식 &quot;%1&quot;: pdf, xlsx, csv 또는 iati여야 합니다.</translation>
    </message>
    <message>
        <source>export needs --out PATH.</source>
        <translation>export에는 --out PATH가 필요합니다.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>내보내지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1</source>
        <translation>
            <numerusform>사업 %n건을 %1에 썼습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cross-table of the matching projects: one dimension in rows, another in columns, one measure.</source>
        <translation>조건에 맞는 사업의 교차표: 행에 한 차원, 열에 다른 차원, 측정값 하나.</translation>
    </message>
    <message>
        <source>Dimension in rows: %1.</source>
        <translation>행 차원: %1.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Dimension in columns (same choices).</source>
        <translation>열 차원(선택지는 행과 같음).</translation>
    </message>
    <message>
        <source>total (default), projects, duration, per-year or countries.</source>
        <translation>total(기본값), projects, duration, per-year 또는 countries.</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>pivot needs --rows and --cols, e.g. --rows actor --cols year.</source>
        <translation>pivot에는 --rows와 --cols가 필요합니다(예: --rows actor --cols year).</translation>
    </message>
    <message>
        <source>--measure: &quot;%1&quot; is not a measure; expected total, projects, duration, per-year or countries.</source>
        <translation>--measure: &quot;%1&quot;은(는) 측정값이 아닙니다. total, projects, duration, per-year 또는 countries여야 합니다.</translation>
    </message>
    <message>
        <source>Import projects from CSV files or IATI activity files: all or nothing.</source>
        <translation>CSV 파일이나 IATI 사업 파일에서 사업을 가져옵니다: 전부 가져오거나 하나도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>Import format: csv or iati.</source>
        <translation>가져올 형식: csv 또는 iati.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>CSV: currency of amounts that name none, when there is no currency column.</source>
        <translation>CSV: 통화 열이 없을 때, 통화 표시가 없는 금액의 통화.</translation>
    </message>
    <message>
        <source>CSV: utf-8, cp949 or auto (default).</source>
        <translation>CSV: utf-8, cp949 또는 auto(기본값).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>가져올 파일.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
    <message>
        <source>import needs --format csv or iati.</source>
        <translation>import에는 --format csv 또는 iati가 필요합니다.</translation>
    </message>
    <message>
        <source>--on-duplicate: &quot;%1&quot; is not update or skip.</source>
        <translation>--on-duplicate: &quot;%1&quot;은(는) update나 skip이 아닙니다.</translation>
    </message>
    <message>
        <source>import needs at least one FILE.</source>
        <translation>import에는 FILE이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>%1: %2, delimiter %3, %4</source>
        <translation>%1: %2, 구분자 %3, %4</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>머리글 행 있음</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>머리글 행이 없습니다</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>오류:</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n error(s).</source>
        <translation>
            <numerusform>아무것도 가져오지 않았습니다: 오류 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. Would import %1, update %2, skip %3; %4 warning(s).</source>
        <translation>시험 실행이므로 아무것도 바꾸지 않았습니다. 가져오면 새로 %1건, 갱신 %2건, 건너뜀 %3건, 경고 %4건입니다.</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3; %4 warning(s).</source>
        <translation>새로 %1건, 갱신 %2건, 건너뜀 %3건, 경고 %4건.</translation>
    </message>
    <message>
        <source>Import took %1 s.</source>
        <translation>가져오기에 %1초 걸렸습니다.</translation>
    </message>
    <message>
        <source>Chart: country, actor, year, sdg, sector, status or timeline.</source>
        <translation>차트 종류: country, actor, year, sdg, sector, status, timeline 중 하나.</translation>
    </message>
    <message>
        <source>The image to write: a .png or .svg file.</source>
        <translation>저장할 이미지: .png 또는 .svg 파일.</translation>
    </message>
    <message>
        <source>Width in pixels (default 1200).</source>
        <translation>너비(픽셀, 기본값 1200).</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <source>Height in pixels (default 800).</source>
        <translation>높이(픽셀, 기본값 800).</translation>
    </message>
    <message>
        <source>The year chart&apos;s stacks: actor or modality.</source>
        <translation>연도별 차트의 구분 기준: actor(주관 기관) 또는 modality(협력 방식).</translation>
    </message>
    <message>
        <source>by</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>chart needs --kind country, actor, year, sdg, sector, status or timeline.</source>
        <translation>chart 명령에는 --kind country, actor, year, sdg, sector, status, timeline 중 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>chart needs --out FILE.png or FILE.svg.</source>
        <translation>chart 명령에는 --out 파일.png 또는 파일.svg가 필요합니다.</translation>
    </message>
    <message>
        <source>--width and --height: whole numbers of pixels from 100 to 10000.</source>
        <translation>--width와 --height: 100에서 10000 사이의 정수 픽셀 값이어야 합니다.</translation>
    </message>
    <message>
        <source>--stack: &quot;%1&quot; is not actor or modality.</source>
        <translation>--stack: &quot;%1&quot;은(는) actor 또는 modality가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>Chart of %n project(s) written to %1</source>
        <translation>
            <numerusform>사업 %n건의 차트를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a chart of the matching projects as a PNG or SVG image.</source>
        <translation>조건에 맞는 사업의 차트를 PNG 또는 SVG 이미지로 그립니다.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a dimension; expected one of %3.</source>
        <translation>--%1: &quot;%2&quot;은(는) 차원이 아닙니다. 다음 중 하나여야 합니다: %3.</translation>
    </message>
    <message>
        <source>Check the files and report what an import would do, with what each update would change, without changing anything.</source>
        <translation>아무것도 바꾸지 않고 파일을 검사해, 가져오면 어떻게 될지와 갱신마다 무엇이 바뀔지 보고합니다.</translation>
    </message>
    <message>
        <source>A project already there (same key or IATI identifier; for rows without a key, same lead actor, title, partner country and start year): update (default) or skip.</source>
        <translation>이미 있는 사업(관리 키나 IATI 식별자가 같은 사업, 관리 키가 없는 행은 주관 기관·사업명·협력국·시작 연도가 같은 사업): update(갱신, 기본값) 또는 skip(건너뜀).</translation>
    </message>
    <message>
        <source>Changes (old → new):</source>
        <translation>변경 내용(이전 → 새 값):</translation>
    </message>
    <message>
        <source>updates %1</source>
        <translation>%1 갱신</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) change nothing.</source>
        <translation>
            <numerusform>갱신 %n건은 바뀌는 내용이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n update(s) would change a title or a lead actor: check that each is the same project.</source>
        <translation>
            <numerusform>⚠ 갱신 %n건이 사업명이나 주관 기관을 바꿉니다. 각각 같은 사업인지 확인하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more update(s) with changes</source>
        <translation>… 그 밖에 바뀌는 내용이 있는 갱신 %1건</translation>
    </message>
    <message>
        <source>The changes of %1 more update(s) are not listed.</source>
        <translation>나머지 갱신 %1건의 변경 내용은 표시하지 않았습니다.</translation>
    </message>
    <message>
        <source>Change one project&apos;s fields in one transaction, as the editor does; prints its new version.</source>
        <translation>사업 하나의 항목을 편집기와 같이 한 번의 트랜잭션으로 바꾸고 새 버전을 출력합니다.</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not a status code.</source>
        <translation>--status: &quot;%1&quot;은(는) 상태 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>--modality: &quot;%1&quot; is not a modality code.</source>
        <translation>--modality: &quot;%1&quot;은(는) 협력 방식 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year.</source>
        <translation>--%1: &quot;%2&quot;은(는) 연도가 아닙니다.</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot;: %2</source>
        <translation>--amount: &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The project&apos;s key.</source>
        <translation>사업의 관리 키.</translation>
    </message>
    <message>
        <source>Korean title.</source>
        <translation>한국어 사업명.</translation>
    </message>
    <message>
        <source>English title.</source>
        <translation>영어 사업명.</translation>
    </message>
    <message>
        <source>Lead actor (name in either language, MOIS code or id).</source>
        <translation>주관 기관(한국어 또는 영어 이름, 행정안전부 코드 또는 번호).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status code.</source>
        <translation>상태 코드.</translation>
    </message>
    <message>
        <source>Modality code.</source>
        <translation>협력 방식 코드.</translation>
    </message>
    <message>
        <source>Partner country (ISO code); repeat for several. Replaces the list.</source>
        <translation>협력국(ISO 코드). 여러 나라는 반복해서 지정합니다. 기존 목록을 바꿉니다.</translation>
    </message>
    <message>
        <source>First year.</source>
        <translation>시작 연도.</translation>
    </message>
    <message>
        <source>Last year.</source>
        <translation>종료 연도.</translation>
    </message>
    <message>
        <source>Budget over the whole period, e.g. &quot;3.5억원&quot; or &quot;USD 200,000&quot;; replaces the budget lines.</source>
        <translation>전체 기간의 예산(예: &quot;3.5억원&quot; 또는 &quot;USD 200,000&quot;). 기존 예산 항목을 바꿉니다.</translation>
    </message>
    <message>
        <source>Change the project only if its stored version is still this one.</source>
        <translation>저장된 버전이 아직 이 버전일 때만 사업을 바꿉니다.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>set: name exactly one project key.</source>
        <translation>set: 사업 관리 키를 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>--if-version: &quot;%1&quot; is not a version.</source>
        <translation>--if-version: &quot;%1&quot;은(는) 버전이 아닙니다.</translation>
    </message>
    <message>
        <source>Project %1 is at version %2, not %3: someone changed it since. Nothing was changed.</source>
        <translation>사업 %1은(는) 버전 %3이 아니라 버전 %2입니다. 그 사이에 누군가 바꾸었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>합계: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command of c2c-portfolio.</source>
        <translation>&quot;%1&quot;은(는) c2c-portfolio의 명령이 아닙니다.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>&quot;%1&quot;을(를) 뜻하셨습니까?</translation>
    </message>
    <message>
        <source>To open a portfolio file in the window: c2c-portfolio --db PATH. Run with --help to see the options.</source>
        <translation>포트폴리오 파일을 창에서 열려면: c2c-portfolio --db 경로. 옵션을 보려면 --help로 실행하십시오.</translation>
    </message>
    <message>
        <source>--db: the path is empty. Name a portfolio file, or leave --db out to use your own portfolio.</source>
        <translation>--db: 경로가 비어 있습니다. 포트폴리오 파일을 지정하거나, 내 포트폴리오를 쓰려면 --db를 빼십시오.</translation>
    </message>
    <message>
        <source>There is no portfolio file %1 (%2 only reads an existing portfolio; nothing was created). Check the path.</source>
        <translation>포트폴리오 파일 %1이(가) 없습니다(%2은(는) 있는 포트폴리오를 읽기만 하며, 아무것도 만들지 않았습니다). 경로를 확인하십시오.</translation>
    </message>
    <message>
        <source>Add the projects to a portfolio that already has some (by default generate only writes into an empty portfolio).</source>
        <translation>이미 사업이 있는 포트폴리오에 사업을 더합니다(기본적으로 generate는 빈 포트폴리오에만 씁니다).</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n project(s): generate writes synthetic projects only into an empty portfolio. Name a new file, or add --append to add them to these; nothing was changed.</source>
        <translation>
            <numerusform>%1에는 이미 사업 %n건이 있습니다. generate는 빈 포트폴리오에만 합성 사업을 씁니다. 새 파일을 지정하거나, 이 사업들에 더하려면 --append를 붙이십시오. 아무것도 바뀌지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 projects generated</source>
        <translation>사업 %2건 중 %1건 생성</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; did you mean --from %2 --to %1?</source>
        <translation>--from %1이(가) --to %2보다 뒤입니다. --from %2 --to %1을(를) 뜻하셨습니까?</translation>
    </message>
</context>
</TS>
