# What `cmake --install` puts where, and the Debian package (`cpack -G DEB` in the build folder, or the
# `package` target): binaries, desktop entry, icons, manual pages, demo data, copyright and changelog.
# Translations need no files: the Korean catalogue is compiled into the binaries (ui/CMakeLists.txt),
# as are the DCC schema, the value sets and the verdict sounds.
set(PASSDESK_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(PASSDESK_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/passdesk")
set(PASSDESK_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/passdesk")

# The demo issuer's trust list, certificates, footage and its public (TEST-ONLY) certificates; never its
# private keys, and not the script that needs the source tree to remake them.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/demo" DESTINATION "${PASSDESK_INSTALL_DATADIR}"
        PATTERN "*.key.pem" EXCLUDE
        PATTERN "make-demo.sh" EXCLUDE)
# Built-in policies (scan modes as data), when the tree has them.
if(EXISTS "${PROJECT_SOURCE_DIR}/resources/policies")
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/policies" DESTINATION "${PASSDESK_INSTALL_DATADIR}")
endif()

if(PASSDESK_BUILD_UI)
    # One id for the desktop entry, the AppStream component and the running program
    # (QGuiApplication::setDesktopFileName), so desktops match the window to its entry and icon.
    install(FILES "${PASSDESK_PACKAGING_DIR}/org.passdesk.passdesk.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    configure_file("${PASSDESK_PACKAGING_DIR}/org.passdesk.passdesk.metainfo.xml"
                   "${PROJECT_BINARY_DIR}/packaging/org.passdesk.passdesk.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/packaging/org.passdesk.passdesk.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PASSDESK_PACKAGING_DIR}/icons/passdesk.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    # The PNGs are passdesk.svg rendered with QSvgRenderer at each size.
    foreach(size 48 128 256)
        install(FILES "${PASSDESK_PACKAGING_DIR}/icons/passdesk-${size}.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME passdesk.png)
    endforeach()
endif()

# Manual pages and the Debian changelog, compressed as Debian wants them: gzip -9, no name or time stamp.
set(PASSDESK_GZIP_DIR "${PROJECT_BINARY_DIR}/packaging")
set(PASSDESK_MAN_PAGES passdesk-cli)
if(PASSDESK_BUILD_UI)
    list(APPEND PASSDESK_MAN_PAGES passdesk)
endif()
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "PassDesk developers <passdesk@example.org>")
set(PASSDESK_DEBIAN_VERSION "${PROJECT_VERSION}-1")
configure_file("${PASSDESK_PACKAGING_DIR}/debian/changelog.in" "${PASSDESK_GZIP_DIR}/changelog.Debian" @ONLY)
set(gzipped "")
foreach(page IN LISTS PASSDESK_MAN_PAGES)
    add_custom_command(OUTPUT "${PASSDESK_GZIP_DIR}/${page}.1.gz"
        COMMAND ${CMAKE_COMMAND} -E copy "${PASSDESK_PACKAGING_DIR}/man/${page}.1" "${PASSDESK_GZIP_DIR}/${page}.1"
        COMMAND gzip -9nf "${PASSDESK_GZIP_DIR}/${page}.1"
        DEPENDS "${PASSDESK_PACKAGING_DIR}/man/${page}.1")
    list(APPEND gzipped "${PASSDESK_GZIP_DIR}/${page}.1.gz")
    install(FILES "${PASSDESK_GZIP_DIR}/${page}.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()
add_custom_command(OUTPUT "${PASSDESK_GZIP_DIR}/changelog.Debian.gz"
    COMMAND gzip -9nkf "${PASSDESK_GZIP_DIR}/changelog.Debian"
    DEPENDS "${PASSDESK_GZIP_DIR}/changelog.Debian")
list(APPEND gzipped "${PASSDESK_GZIP_DIR}/changelog.Debian.gz")
add_custom_target(passdesk_gzipped_docs ALL DEPENDS ${gzipped})
install(FILES "${PASSDESK_GZIP_DIR}/changelog.Debian.gz" "${PASSDESK_PACKAGING_DIR}/debian/copyright"
        DESTINATION "${PASSDESK_INSTALL_DOCDIR}")
install(FILES "${PASSDESK_PACKAGING_DIR}/debian/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
        RENAME passdesk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME passdesk)
set(CPACK_PACKAGE_VENDOR "PassDesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline vaccination certificate checker for venue counters")
# Debian wants the long description in lines of at most 80 columns.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "PassDesk reads the QR code of an EU Digital COVID Certificate (HC1:) or a"
    "SMART Health Card (shc:/) from a USB webcam or a barcode scanner, verifies it"
    "offline against a locally kept trust list and the venue's policy, shows a"
    "verdict big enough to read from a metre away, and keeps a private,"
    "tamper-evident visitor log."
    ""
    "The package holds the counter console (passdesk, Korean and English), the"
    "command line (passdesk-cli: verify, scan, log, trust, export, inspect, decode,"
    "conformance) and demo"
    "data signed by a TEST-ONLY demo issuer.")
# Debian packages live in /usr, whatever prefix `cmake --install` uses; the programs find their data
# relative to themselves (app/common/AppPaths.h).
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries come from dpkg-shlibdeps; what is loaded at run time without being linked is named here:
# Hangul glyphs for the Korean window, and Qt's own Korean catalogue (dialog buttons).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, qt6-translations-l10n")
include(CPack)
