# cmake -DMETAINFO_FILE=<file> -DVERSION=<PROJECT_VERSION> -P check_release.cmake
# The newest <release> of the metainfo (the first one, AppStream lists newest first) must be the
# project version, with a date: bumping PROJECT_VERSION needs a release entry.
cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
helpline_require_vars(METAINFO_FILE VERSION)
helpline_require_file("${METAINFO_FILE}")

file(READ "${METAINFO_FILE}" content)
if(NOT content MATCHES "<release( [^>]*)>")
    helpline_fail("the metainfo has no <release>")
endif()
set(attributes "${CMAKE_MATCH_1}")
if(NOT attributes MATCHES " version=\"([^\"]+)\"")
    helpline_fail("the newest <release> has no version")
endif()
set(release "${CMAKE_MATCH_1}")
if(NOT release STREQUAL VERSION)
    helpline_fail("the newest metainfo release is ${release}, the project version is ${VERSION}: \
add <release version=\"${VERSION}\" date=\"YYYY-MM-DD\"> to the top of <releases>")
endif()
if(NOT attributes MATCHES " date=\"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\"")
    helpline_fail("the release ${release} has no date=\"YYYY-MM-DD\"")
endif()
message("metainfo release ${release} matches the project version")
