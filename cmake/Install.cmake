# What `cmake --install` puts in place besides the executable: the menu entry,
# the file type of .c2c portfolios, AppStream metainfo, icons, the manual page
# (English, and Korean under man/ko) and the documentation files a Debian package carries. The translations are
# compiled into the executable (:/i18n, see app/Translations.cpp).
include(GNUInstallDirs)

set(C2C_APP_ID "io.github.c2cportfolio.C2CPortfolio")
set(C2C_DESKTOP_DIR "${CMAKE_SOURCE_DIR}/resources/desktop")
set(C2C_HOMEPAGE_URL "" CACHE STRING "Project homepage for the AppStream metainfo (left out when empty)")
set(C2C_SCREENSHOT_BASE_URL "" CACHE STRING
    "Web address under which the PNGs of docs/ are published, for the AppStream screenshots (left out when empty)")

set(C2C_METAINFO_IN "${C2C_DESKTOP_DIR}/${C2C_APP_ID}.metainfo.xml.in")
set(C2C_METAINFO_OUT "${CMAKE_BINARY_DIR}/desktop/${C2C_APP_ID}.metainfo.xml")
include("${CMAKE_SOURCE_DIR}/cmake/WriteMetainfo.cmake")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${C2C_METAINFO_IN}" "${CMAKE_SOURCE_DIR}/cmake/WriteMetainfo.cmake")

# Debian wants manual pages and changelogs compressed, reproducibly (-n: no name, no time).
find_program(C2C_GZIP gzip REQUIRED)
# The manual page in English and its Korean translation (UTF-8), each under its language's folder.
set(C2C_MAN_GZ "${CMAKE_BINARY_DIR}/desktop/c2c-portfolio.1.gz")
set(C2C_MAN_KO_GZ "${CMAKE_BINARY_DIR}/desktop/ko/c2c-portfolio.1.gz")
set(C2C_CHANGELOG_GZ "${CMAKE_BINARY_DIR}/desktop/changelog.Debian.gz")
add_custom_command(OUTPUT "${C2C_MAN_GZ}"
    COMMAND "${C2C_GZIP}" -9n -c "${CMAKE_SOURCE_DIR}/resources/man/c2c-portfolio.1" > "${C2C_MAN_GZ}"
    DEPENDS "${CMAKE_SOURCE_DIR}/resources/man/c2c-portfolio.1" VERBATIM)
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/desktop/ko")
add_custom_command(OUTPUT "${C2C_MAN_KO_GZ}"
    COMMAND "${C2C_GZIP}" -9n -c "${CMAKE_SOURCE_DIR}/resources/man/ko/c2c-portfolio.1" > "${C2C_MAN_KO_GZ}"
    DEPENDS "${CMAKE_SOURCE_DIR}/resources/man/ko/c2c-portfolio.1" VERBATIM)
add_custom_command(OUTPUT "${C2C_CHANGELOG_GZ}"
    COMMAND "${C2C_GZIP}" -9n -c "${CMAKE_SOURCE_DIR}/packaging/changelog.Debian" > "${C2C_CHANGELOG_GZ}"
    DEPENDS "${CMAKE_SOURCE_DIR}/packaging/changelog.Debian" VERBATIM)
add_custom_target(c2c_install_files ALL DEPENDS "${C2C_MAN_GZ}" "${C2C_MAN_KO_GZ}" "${C2C_CHANGELOG_GZ}")

install(FILES "${C2C_DESKTOP_DIR}/${C2C_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${C2C_METAINFO_OUT}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${C2C_DESKTOP_DIR}/${C2C_APP_ID}.mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME "${C2C_APP_ID}.xml")
install(FILES "${C2C_DESKTOP_DIR}/icons/${C2C_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
set(C2C_ICON_SIZES 16 24 32 48 64 128 256)
foreach(size IN LISTS C2C_ICON_SIZES)
  install(FILES "${C2C_DESKTOP_DIR}/icons/${size}/${C2C_APP_ID}.png"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${C2C_MAN_GZ}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${C2C_MAN_KO_GZ}" DESTINATION "${CMAKE_INSTALL_MANDIR}/ko/man1")
install(FILES "${CMAKE_SOURCE_DIR}/packaging/copyright" "${C2C_CHANGELOG_GZ}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/c2c-portfolio")
install(FILES "${CMAKE_SOURCE_DIR}/packaging/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME c2c-portfolio)
