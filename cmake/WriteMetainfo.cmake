# Writes the AppStream metainfo from its template. AppStream wants web addresses
# for the homepage and for screenshot images; they are filled in only when the
# build is given them (C2C_HOMEPAGE_URL; C2C_SCREENSHOT_BASE_URL, under which the
# PNGs of docs/ are published), and left out otherwise rather than invented.
#
# Used by the build (include) and by a test (cmake -P) with:
#   C2C_METAINFO_IN, C2C_METAINFO_OUT, PROJECT_VERSION,
#   C2C_HOMEPAGE_URL (may be empty), C2C_SCREENSHOT_BASE_URL (may be empty)

# docs/ file, English caption, Korean caption; the first is the default screenshot.
set(_shots
    "main-window-ko.png|The project table with its filters and details, in Korean|필터와 상세 정보가 있는 사업 표"
    "main-window-en.png|The project table in English|영어로 본 사업 표"
    "dashboard-ko.png|Charts of the current selection|현재 선택의 차트"
    "pivot-ko.png|The pivot table: lead actor by year|피벗 표: 주관 기관 × 연도"
    "comparison-ko.png|Two local governments compared|두 지방정부 비교")

set(_web "")
if(C2C_HOMEPAGE_URL)
  string(APPEND _web "  <url type=\"homepage\">${C2C_HOMEPAGE_URL}</url>\n")
endif()
if(C2C_SCREENSHOT_BASE_URL)
  string(REGEX REPLACE "/+$" "" _base "${C2C_SCREENSHOT_BASE_URL}")
  string(APPEND _base "/")
  string(APPEND _web "  <screenshots>\n")
  set(_type " type=\"default\"")
  foreach(_s IN LISTS _shots)
    string(REPLACE "|" ";" _f "${_s}")
    list(GET _f 0 _file)
    list(GET _f 1 _en)
    list(GET _f 2 _ko)
    string(APPEND _web "    <screenshot${_type}>\n"
                       "      <caption>${_en}</caption>\n"
                       "      <caption xml:lang=\"ko\">${_ko}</caption>\n"
                       "      <image>${_base}${_file}</image>\n"
                       "    </screenshot>\n")
    set(_type "")
  endforeach()
  string(APPEND _web "  </screenshots>\n")
endif()
string(REGEX REPLACE "\n$" "" C2C_METAINFO_WEB "${_web}")
configure_file("${C2C_METAINFO_IN}" "${C2C_METAINFO_OUT}" @ONLY)
