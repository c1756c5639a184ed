# cmake -DAPPSTREAMCLI=<appstreamcli> -DMETAINFO_FILE=<file> -DAPP_ID=<id> -P check_metainfo.cmake
# Fails when `appstreamcli validate --no-net` fails (errors or warnings; info and pedantic notes
# pass), or when the metainfo does not name the application id, desktop file and binary.
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
helpline_require_vars(APPSTREAMCLI METAINFO_FILE APP_ID)
helpline_require_tool("${APPSTREAMCLI}" appstreamcli appstream)
helpline_require_file("${METAINFO_FILE}")

get_filename_component(name "${METAINFO_FILE}" NAME)
if(NOT name STREQUAL "${APP_ID}.metainfo.xml")
    helpline_fail("the metainfo file is named ${name}, expected ${APP_ID}.metainfo.xml")
endif()

execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --pedantic "${METAINFO_FILE}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("appstreamcli validate --no-net --pedantic ${METAINFO_FILE}: exit ${rc}\n${out}")
if(NOT rc EQUAL 0)
    helpline_fail("appstreamcli validate failed")
endif()

file(READ "${METAINFO_FILE}" content)
foreach(needle
        "<component type=\"desktop-application\">" "<id>${APP_ID}</id>"
        "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
        "<binary>helpline-workstation</binary>" "<metadata_license>" "<project_license>"
        "<content_rating type=\"oars-1.1\"" "<url type=\"homepage\">")
    string(FIND "${content}" "${needle}" at)
    if(at EQUAL -1)
        helpline_fail("the metainfo lacks ${needle}")
    endif()
endforeach()
message("metainfo ${name}: valid")
