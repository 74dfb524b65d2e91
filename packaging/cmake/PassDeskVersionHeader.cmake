# Writes Version.h (project version and git revision) at build time, so the revision follows every commit
# without a re-configure. configure_file() leaves the file untouched when nothing changed, so nothing
# recompiles. Run with -DSOURCE_DIR=... -DVERSION=... -DIN=Version.h.in -DOUT=Version.h -P this-file.
execute_process(COMMAND git rev-parse --short=12 HEAD
                WORKING_DIRECTORY "${SOURCE_DIR}"
                OUTPUT_VARIABLE PASSDESK_GIT_REVISION OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT PASSDESK_GIT_REVISION)
    set(PASSDESK_GIT_REVISION "unknown")
endif()
set(PROJECT_VERSION "${VERSION}")
configure_file("${IN}" "${OUT}" @ONLY)
