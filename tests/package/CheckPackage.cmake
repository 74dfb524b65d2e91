# Builds the Debian package with CPack, checks that apt could resolve its dependencies, installs it with
# dpkg into a scratch root (its own dpkg database, so the machine's is never touched and no network is
# needed), runs the installed programs on the installed demo data and the SMART Health Card vectors,
# removes the package with dpkg and checks that nothing is left, then runs lintian: an error fails the
# test, warnings are printed.
# -DCPACK, -DBUILD_DIR, -DWORK, -DPROGRAMS, -DVERSION, -DSOURCE_DIR, -DVECTORS, -DCHECK_VERSION, -DCHECK_CONFORMANCE.
cmake_minimum_required(VERSION 3.25) # IN_LIST, JSON

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "${command}\nexited ${rc}:\n${out}${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

set(root "${WORK}/root")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/out" "${root}/var/lib/dpkg/info" "${root}/var/lib/dpkg/updates")
file(TOUCH "${root}/var/lib/dpkg/status")

run("${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK}/out")
file(GLOB debs "${WORK}/out/passdesk_${VERSION}-*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one passdesk_${VERSION}-*.deb in ${WORK}/out, found: ${debs}")
endif()
run(dpkg-deb --field "${debs}" Package Version Architecture Depends)
message("${out}")
# dpkg-shlibdeps must have named the libraries; the fonts are named by hand.
foreach(dependency libqt6core6 libssl3 fonts-noto-cjk)
    if(NOT out MATCHES "[ ,]${dependency}[ ,(\n]")
        message(FATAL_ERROR "Depends lacks ${dependency}")
    endif()
endforeach()

# What `apt install ./passdesk_*.deb` would do on a machine with nothing installed: every dependency must
# resolve from the configured Debian archive (a simulation; nothing is downloaded or installed).
execute_process(COMMAND apt-get --simulate -o Dir::State::status=/dev/null install "${debs}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCHALL "\nInst [^ ]+" pulled "\n${out}")
list(LENGTH pulled nPulled)
if(NOT rc EQUAL 0 OR NOT out MATCHES "\nInst passdesk ")
    message(FATAL_ERROR "apt cannot resolve the package's dependencies (exit ${rc}; run apt-get update?):\n${out}${err}")
endif()
message("ok   apt-get --simulate install on an empty system: ${nPulled} packages, passdesk among them")

set(dpkg dpkg "--root=${root}" --log=/dev/null --force-not-root)
# --force-depends: the scratch root's database is empty; the dependencies are the machine's.
run(${dpkg} --force-depends --install "${debs}")
run(${dpkg} --listfiles passdesk)
message("installed:\n${out}")
set(bin "${root}/usr/bin")
set(share "${root}/usr/share/passdesk")
get_filename_component(share "${share}" REALPATH)

# --version from the installed programs: the project version, and the installed resources found.
foreach(program IN LISTS PROGRAMS)
    set(PROGRAM "${bin}/${program}")
    set(NAME "${program}")
    set(RESOURCES "${share}")
    include("${CHECK_VERSION}")
endforeach()

# Desktop integration: the installed desktop entry and AppStream metadata validate clean.
if("passdesk" IN_LIST PROGRAMS)
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(APPSTREAMCLI appstreamcli)
    if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
        message(FATAL_ERROR "desktop-file-validate or appstreamcli is missing: run packaging/install-deps.sh")
    endif()
    set(desktop "${root}/usr/share/applications/org.passdesk.passdesk.desktop")
    run("${DESKTOP_FILE_VALIDATE}" "${desktop}")
    if(NOT out STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate ${desktop}:\n${out}")
    endif()
    message("ok   desktop-file-validate: org.passdesk.passdesk.desktop")
    # --pedantic also reports the remarks below warnings; --no-net: nothing is fetched.
    set(metainfo "${root}/usr/share/metainfo/org.passdesk.passdesk.metainfo.xml")
    run("${APPSTREAMCLI}" validate --pedantic --no-net --no-color "${metainfo}")
    if(out MATCHES "(^|\n)[EWIP]: ")
        message(FATAL_ERROR "appstreamcli validate --pedantic ${metainfo}:\n${out}")
    endif()
    message("ok   appstreamcli validate --pedantic: ${out}")
endif()

# A demo certificate against the installed demo trust list.
execute_process(COMMAND "${bin}/passdesk-cli" verify --trust "${share}/demo/trust-list.json" --at 2026-01-01T00:00:00Z --json
                        --stdin INPUT_FILE "${share}/demo/certificates/valid-vaccination.hc1.txt"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(JSON outcome ERROR_VARIABLE jsonError GET "${out}" outcome)
if(NOT rc EQUAL 0 OR NOT outcome STREQUAL "verified")
    message(FATAL_ERROR "installed verify: exit ${rc}, outcome '${outcome}': ${out}${err}")
endif()
message("ok   installed passdesk-cli verify: valid-vaccination.hc1.txt is ${outcome}")

# The headless counter over the installed demo footage, with the demo trust list it finds by itself.
run("${bin}/passdesk-cli" scan --source demo --json --at 2026-01-01T00:00:00Z)
string(REGEX MATCHALL "\"verdict\":\"valid\"" valid "${out}")
list(LENGTH valid nValid)
if(NOT nValid EQUAL 5)
    message(FATAL_ERROR "installed scan --source demo: expected 5 valid verdicts, got ${nValid}:\n${out}")
endif()
message("ok   installed passdesk-cli scan --source demo: ${nValid} valid verdicts")

# The installed counter console's headless demo (what it does without a display), its report kept in the
# scratch folder rather than the user's data folder.
if("passdesk" IN_LIST PROGRAMS)
    run(${CMAKE_COMMAND} -E env "XDG_DATA_HOME=${WORK}/data" "${bin}/passdesk" --headless)
    if(NOT out MATCHES "\nReport written to ${WORK}/data/passdesk/reports/demo-[0-9-]+\.csv\nVisitor log \\(demo\\) in ${WORK}/data/passdesk/reports/demo-[0-9-]+\.db ")
        message(FATAL_ERROR "installed passdesk --headless did not write its report:\n${out}")
    endif()
    message("ok   installed passdesk --headless: the demo footage scanned and logged, report written")
endif()

# The SMART Health Card oracle, with the documented disagreements, from the installed CLI.
set(CLI "${bin}/passdesk-cli")
set(LIST "${SOURCE_DIR}/tests/conformance/shc-disagreements.txt")
set(ARGS "conformance|shc|${VECTORS}/health-cards/dev-tools/EXPECTED.tsv")
include("${CHECK_CONFORMANCE}")

run(${dpkg} --purge passdesk)
file(GLOB_RECURSE left "${root}/usr/*")
if(left)
    message(FATAL_ERROR "files left after dpkg --purge: ${left}")
endif()
message("ok   dpkg --purge removed every installed file")
file(REMOVE_RECURSE "${root}" "${WORK}/data" "${WORK}/out/_CPack_Packages")

find_program(LINTIAN lintian)
if(NOT LINTIAN)
    message(FATAL_ERROR "lintian is missing: run packaging/install-deps.sh")
endif()
execute_process(COMMAND "${LINTIAN}" --fail-on error "${debs}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("lintian ${debs}:\n${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lintian found errors (exit ${rc})")
endif()
message("ok   lintian: no errors")
