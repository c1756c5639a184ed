# cmake -DVALIDATOR=<desktop-file-validate> -DDESKTOP_FILE=<file> -DAPP_ID=<id> -P check_desktop.cmake
# Fails when desktop-file-validate reports an error or a warning, or when a key the package relies
# on (Exec, Icon, translations...) is missing or different.
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
helpline_require_vars(VALIDATOR DESKTOP_FILE APP_ID)
helpline_require_tool("${VALIDATOR}" desktop-file-validate desktop-file-utils)
helpline_require_file("${DESKTOP_FILE}")

get_filename_component(name "${DESKTOP_FILE}" NAME)
if(NOT name STREQUAL "${APP_ID}.desktop")
    helpline_fail("the desktop file is named ${name}, expected ${APP_ID}.desktop")
endif()

execute_process(COMMAND "${VALIDATOR}" "${DESKTOP_FILE}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("desktop-file-validate ${DESKTOP_FILE}: exit ${rc}\n${out}")
if(NOT rc EQUAL 0 OR out MATCHES "(error|warning):")
    helpline_fail("desktop-file-validate reported problems")
endif()

file(READ "${DESKTOP_FILE}" content)
set(content "\n${content}\n")
foreach(line
        "[Desktop Entry]" "Type=Application" "Exec=helpline-workstation" "Icon=${APP_ID}"
        "Terminal=false" "Categories=Office;Qt;" "StartupWMClass=helpline-workstation")
    string(FIND "${content}" "\n${line}\n" at)
    if(at EQUAL -1)
        helpline_fail("the desktop file lacks the line '${line}'")
    endif()
endforeach()
foreach(key Name GenericName Comment Keywords)
    foreach(suffix "" "[az]" "[ru]")
        string(FIND "${content}" "\n${key}${suffix}=" at)
        if(at EQUAL -1)
            helpline_fail("the desktop file lacks ${key}${suffix}=")
        endif()
    endforeach()
endforeach()
message("desktop file ${name}: valid")
