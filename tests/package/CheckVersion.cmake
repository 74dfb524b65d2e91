# Runs `PROGRAM --version` and checks its two lines: "NAME VERSION (REVISION)", where VERSION is the CMake
# project version and REVISION the source tree's `git rev-parse --short=12 HEAD` ("unknown" outside git),
# then "resources: RESOURCES". -DPROGRAM, -DNAME, -DVERSION, -DSOURCE_DIR, -DRESOURCES.
execute_process(COMMAND git rev-parse --short=12 HEAD WORKING_DIRECTORY "${SOURCE_DIR}"
                OUTPUT_VARIABLE revision OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT revision)
    set(revision unknown)
endif()
execute_process(COMMAND "${PROGRAM}" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(want "${NAME} ${VERSION} (${revision})\nresources: ${RESOURCES}\n")
if(NOT rc EQUAL 0 OR NOT out STREQUAL want)
    message(FATAL_ERROR "${PROGRAM} --version exited ${rc}:\n${out}${err}\nexpected:\n${want}")
endif()
message("ok   ${out}")
