# `cmake --install` and the .deb (CPack): both executables, the dispatcher's
# systemd units, and (resources/desktop) the .desktop entry, metainfo and icons.
#
#   cmake --build --preset dev && (cd build/dev && cpack -G DEB)
#
# Runtime dependencies are what dpkg-shlibdeps finds in the binaries (Qt,
# libpq, libsodium, ...) plus what Qt loads as plugins, which no linker sees:
# the SQL drivers, and the WebP/TIFF image readers the document viewer decodes
# with. tests/packaging/check_deb.sh builds the package and checks all of it.
include(GNUInstallDirs)

# cpack and the install target package what is built and never start a build
# themselves: ctest runs cpack (packaging_deb) while other suites run, and a
# relink under a running test would be a flaky failure. Build first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(TARGETS reissuedesk reissuedesk-admin RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Started by the desk and the admin tool for every PDF (imaging/PdfSandbox looks
# in ../libexec from the running program), never by hand.
install(TARGETS reissuedesk-pdf-worker RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR})
# qt_standard_project_setup() gives installed programs a RUNPATH of
# $ORIGIN/../lib for self-contained trees; in /usr/bin every library comes from
# the system's packages, and Debian policy wants no RUNPATH there.
set_target_properties(reissuedesk reissuedesk-admin reissuedesk-pdf-worker PROPERTIES INSTALL_RPATH "")

# The dispatcher's units are written alongside the dispatcher; every *.service
# in resources/systemd goes in, and OPTIONAL keeps a tree without that folder
# installable. Relative to the prefix: /usr/lib/systemd/system in the .deb.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/systemd/ DESTINATION lib/systemd/system OPTIONAL
        FILES_MATCHING PATTERN "*.service")

set(CPACK_PACKAGE_NAME reissuedesk)
set(CPACK_PACKAGE_VENDOR "ReissueDesk maintainers")
set(CPACK_PACKAGE_VERSION ${REISSUEDESK_FULL_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "review desk for replacement-card applications (补卡审核台)")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "ReissueDesk is the desktop application customer-service operators use to review\n"
    "applications for a replacement SIM or data card: the queue of pending\n"
    "applications, most urgent first; the customer's ID documents and purchase\n"
    "voucher; the checks; and an approve or reject decision recorded in a\n"
    "database shared by every desk (SQLite for one desk, PostgreSQL for many).\n"
    "\n"
    "The package carries the GUI (reissuedesk), the administration tool\n"
    "(reissuedesk-admin: migrations, operators, import, statistics, the\n"
    "notification dispatcher) and the dispatcher's systemd unit.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/reissuedesk/reissuedesk")
set(CPACK_PACKAGE_CONTACT "ReissueDesk maintainers <maintainers@reissuedesk.example>")
set(CPACK_STRIP_FILES ON)
# A package for this machine, not a relocatable tree.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_PACKAGE_NAME reissuedesk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# tesseract-ocr-eng / -chi-sim: the trained data the OCR ID reader loads at run time (issue 12).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-image-formats-plugins, tesseract-ocr-eng, tesseract-ocr-chi-sim")
# Wayland sessions, Chinese glyphs on a stock desktop, Qt's own zh_CN texts.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
