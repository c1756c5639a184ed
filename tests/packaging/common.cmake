# Helpers shared by the packaging test scripts (run with cmake -P).

macro(helpline_fail text)
    message(FATAL_ERROR "FAIL: ${text}")
endmacro()

# Every named -D variable must be given.
function(helpline_require_vars)
    foreach(var IN LISTS ARGN)
        if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
            helpline_fail("${CMAKE_CURRENT_LIST_FILE} needs -D${var}=...")
        endif()
    endforeach()
endfunction()

# A tool found by find_program (or a -NOTFOUND value): name the Debian package that provides it.
function(helpline_require_tool path name package)
    if(NOT path OR NOT EXISTS "${path}")
        helpline_fail("${name} not found: install ${package} (scripts/setup installs it)")
    endif()
endfunction()

function(helpline_require_file path)
    if(NOT EXISTS "${path}")
        helpline_fail("missing file: ${path}")
    endif()
endfunction()
