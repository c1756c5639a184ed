# Compiler settings for project code: warnings as errors, sanitizers, ccache.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(helpline_compile_options INTERFACE)
target_compile_options(helpline_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2)
if(HELPLINE_WERROR)
    target_compile_options(helpline_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(helpline_compile_options INTERFACE
    QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>
    $<$<NOT:$<CONFIG:Debug>>:HELPLINE_RELEASE_BUILD>)

if(HELPLINE_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_compile_options(${_san})
    add_link_options(-fsanitize=address,undefined)
endif()

# Every project target links this to get the project's warnings and definitions.
function(helpline_target target)
    target_link_libraries(${target} PRIVATE helpline_compile_options)
endfunction()
