# The policy every SesDesk target links: language level, Qt strictness and warnings.
add_library(sesdesk_common_cfg INTERFACE)
target_compile_features(sesdesk_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(sesdesk_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_URL_CAST_FROM_STRING
    SESDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(sesdesk_common_cfg INTERFACE
    -Wall -Wextra -Wshadow -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    $<$<BOOL:${SESDESK_WERROR}>:-Werror>)
# Everything includes from the repository root: "models/aws/SigV4Signer.h".
target_include_directories(sesdesk_common_cfg INTERFACE ${PROJECT_SOURCE_DIR})

# Precompiled Qt headers: most of a translation unit's compile time is parsing Qt. CI builds the
# whole tree on two cores within its time budget thanks to this.
option(SESDESK_PCH "Precompile the Qt headers every translation unit includes" ON)
function(sesdesk_precompile_qt target)
    if(SESDESK_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
