# `cpack -G DEB` (scripts/package.sh): a Debian package of what cmake/Install.cmake
# and app/ install. Library dependencies come from dpkg-shlibdeps; the ones no
# linker sees are listed here: Qt's SQLite driver (a plugin), the Korean font
# the PDF report embeds, and Qt's own Korean translations (dialog buttons).
set(C2C_PACKAGE_MAINTAINER "C2C Portfolio maintainers <maintainers@users.noreply.h-seed-c1fc9ce7.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME "c2c-portfolio")
set(CPACK_PACKAGE_VENDOR "C2C Portfolio maintainers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${C2C_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "portfolios of city-to-city development partnerships")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${C2C_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-nanum")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(C2C_HOMEPAGE_URL)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${C2C_HOMEPAGE_URL}")
endif()
# The extended description; CPack puts the summary line above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "C2C Portfolio keeps the portfolio of city-to-city partnerships of a local
government: its international development cooperation projects with partner
cities and countries, in Korean and English. Officers keep their office's
projects, see budgets by partner country and year and report on them;
researchers compare cases across local governments and countries.
.
It filters, totals and charts projects in a reporting currency (unknown
amounts stay unknown, never zero), builds pivot tables and comparisons,
imports CSV spreadsheets and IATI activity files, and exports PDF reports,
XLSX workbooks, CSV and IATI XML. Every change can be undone. A command line
gives the same figures to scripts.")

include(CPack)
