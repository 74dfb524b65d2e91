# Project-wide compiler flags: warnings everywhere, optional -Werror and sanitizers.
add_library(passdesk_flags INTERFACE)
add_library(passdesk::flags ALIAS passdesk_flags)
target_compile_options(passdesk_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                       -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports false -Wrestrict (and -Wnull-dereference) inside libstdc++'s std::string when
    # it is inlined at -O2 and above (GCC bug 105329); nothing in our code to fix.
    target_compile_options(passdesk_flags INTERFACE -Wno-restrict)
endif()
if(PASSDESK_WERROR)
    target_compile_options(passdesk_flags INTERFACE -Werror)
endif()
if(PASSDESK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
if(PASSDESK_BUILD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PASSDESK_BUILD_FUZZ needs clang (libFuzzer); use the 'asan' preset")
    endif()
    # Instrument everything for coverage feedback; only the fuzz targets link the libFuzzer main.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
