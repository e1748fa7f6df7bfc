# sesdesk_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <unit|integration|gui>
#                  [FIXTURES <fixtures...>] [TIMEOUT <seconds>] [ENV <VAR=value...>])
#
# One function for every test: the label, a UTF-8 C locale, the offscreen platform, a timeout and
# the data-folder macros are set here, nowhere else.
# The workplace keeps AWS's vectors in shared/vendor beside the checkout; a clone elsewhere finds
# them by walking up, or through -DSESDESK_SIGV4_SUITE_DIR / $SESDESK_SIGV4_SUITE_DIR. The signer
# test fails (never skips) when none is found.
set(_sesdesk_suite_candidates "$ENV{SESDESK_SIGV4_SUITE_DIR}")
set(_sesdesk_dir "${PROJECT_SOURCE_DIR}")
foreach(_i RANGE 4)
    list(APPEND _sesdesk_suite_candidates "${_sesdesk_dir}/../shared/vendor/aws-sig-v4-test-suite")
    get_filename_component(_sesdesk_dir "${_sesdesk_dir}/.." ABSOLUTE)
endforeach()
list(APPEND _sesdesk_suite_candidates "/work/shared/vendor/aws-sig-v4-test-suite")
set(_sesdesk_suite_found "${PROJECT_SOURCE_DIR}/../shared/vendor/aws-sig-v4-test-suite")
foreach(_candidate ${_sesdesk_suite_candidates})
    if(_candidate AND EXISTS "${_candidate}/v4" AND EXISTS "${_candidate}/botocore-aws4_testsuite")
        get_filename_component(_sesdesk_suite_found "${_candidate}" ABSOLUTE)
        break()
    endif()
endforeach()
set(SESDESK_SIGV4_SUITE_DIR "${_sesdesk_suite_found}"
    CACHE PATH "AWS's SigV4 test vectors (the vendored aws-sig-v4-test-suite folder)")
message(STATUS "SigV4 test vectors: ${SESDESK_SIGV4_SUITE_DIR}")
execute_process(
    COMMAND python3 -c "import botocore, os; print(os.path.dirname(botocore.__file__))"
    OUTPUT_VARIABLE _sesdesk_botocore_dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
set(SESDESK_BOTOCORE_DIR "${_sesdesk_botocore_dir}" CACHE PATH "botocore package folder (API models)")
find_program(SESDESK_PYTHON3 python3 REQUIRED)
find_program(SESDESK_AWS_CLI aws)

function(sesdesk_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES;ENV" ${ARGN})
    if(NOT T_LABELS)
        message(FATAL_ERROR "sesdesk_add_test(${T_NAME}): every test needs a label (unit, integration, gui)")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE sesdesk_common_cfg sesdesk_test_support Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        SESDESK_SIGV4_SUITE_DIR="${SESDESK_SIGV4_SUITE_DIR}"
        SESDESK_BOTOCORE_DIR="${SESDESK_BOTOCORE_DIR}"
        SESDESK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SESDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SESDESK_BINARY_DIR="${PROJECT_BINARY_DIR}"
        SESDESK_PYTHON3="${SESDESK_PYTHON3}"
        SESDESK_AWS_CLI="${SESDESK_AWS_CLI}"
        SESDESK_FIXTURE_DIR="${PROJECT_BINARY_DIR}/fixtures")
    if(SESDESK_PCH)
        set(_pch sesdesk_test_pch_core)
        if(TARGET sesdesk_test_pch_gui AND ("gui" IN_LIST T_LABELS OR "sesdesk_views" IN_LIST T_LIBS))
            set(_pch sesdesk_test_pch_gui)
        endif()
        target_precompile_headers(${T_NAME} REUSE_FROM ${_pch})
    endif()
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;${T_ENV}")
    if(T_FIXTURES)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
    endif()
endfunction()
