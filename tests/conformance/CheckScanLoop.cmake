# `passdesk-cli scan --loop` starts a file source again at its end (an image, a folder), and is refused
# with exit 2 where it cannot apply (a camera), never silently ignored. Invoked with -DCLI=... -DDEMO=...
set(image "${DEMO}/footage/001-valid-vaccination.jpg")
# One image, looped, with no repeat window: every pass is checked again, so three scans come out.
execute_process(COMMAND "${CLI}" scan --source "${image}" --trust "${DEMO}/trust-list.json" --loop --max-scans 3 --repeat-window-ms 0 --json --at 2026-01-01T00:00:00Z
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "scan --loop of an image exited ${rc}: ${err}")
endif()
string(REGEX MATCHALL "\"verdict\":\"valid\"" valid "${out}")
list(LENGTH valid n)
if(NOT n EQUAL 3)
    message(FATAL_ERROR "scan --loop --max-scans 3 of one image gave ${n} verdicts, not 3 (loop ignored?):\n${out}\n${err}")
endif()
message("ok   --loop over an image: 3 scans")
# A folder of two codes, looped: the first code comes round again after the second.
set(dir "${WORK}/folder")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
file(COPY "${image}" "${DEMO}/footage/009-expired.jpg" DESTINATION "${dir}")
execute_process(COMMAND "${CLI}" scan --source "${dir}" --trust "${DEMO}/trust-list.json" --loop --max-scans 4 --repeat-window-ms 0 --json --at 2026-01-01T00:00:00Z
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
string(REGEX MATCHALL "\"verdict\":\"[a-z-]+\"" verdicts "${out}")
if(NOT rc EQUAL 0 OR NOT verdicts STREQUAL "\"verdict\":\"valid\";\"verdict\":\"invalid\";\"verdict\":\"valid\";\"verdict\":\"invalid\"")
    message(FATAL_ERROR "scan --loop of a folder (exit ${rc}) gave ${verdicts}:\n${out}\n${err}")
endif()
message("ok   --loop over a folder: valid, invalid, valid, invalid")
# Without --loop the same folder ends after one pass.
execute_process(COMMAND "${CLI}" scan --source "${dir}" --trust "${DEMO}/trust-list.json" --max-scans 4 --repeat-window-ms 0 --json --at 2026-01-01T00:00:00Z
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
string(REGEX MATCHALL "\"verdict\":" once "${out}")
list(LENGTH once n)
if(NOT rc EQUAL 0 OR NOT n EQUAL 2)
    message(FATAL_ERROR "scan of a folder without --loop (exit ${rc}) gave ${n} verdicts, not 2:\n${out}\n${err}")
endif()
message("ok   no --loop: one pass")
# A camera: --loop cannot apply; a clear error and exit 2.
execute_process(COMMAND "${CLI}" scan --source camera:63 --loop --max-scans 1
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--loop")
    message(FATAL_ERROR "scan --loop of a camera should exit 2 naming --loop; exit ${rc}:\n${out}\n${err}")
endif()
message("ok   --loop with a camera: refused (exit 2)")
