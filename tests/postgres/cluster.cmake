# Starts or stops the throwaway PostgreSQL cluster of the server tests (cmake -P; see
# tests/postgres/CMakeLists.txt). -DMODE=start|check|stop -DSCRIPT=scripts/pg-test-cluster
# -DURL_FILE=<build>/tests/postgres.url -DDIR_FILE=<build>/tests/postgres.dir
#
# start: makes a fresh /tmp/hlpg.XXXXXX (short, for the socket path), starts the cluster there and
# writes its URL to URL_FILE and the directory to DIR_FILE. A cluster left over from an
# interrupted run of this build tree is stopped and deleted first.
# check: connects with psql (-DPSQL=...) to the URL in URL_FILE and runs a query.
# stop: stops the cluster named in DIR_FILE, deletes its directory and both files.

function(stop_cluster)
    if(EXISTS ${DIR_FILE})
        file(READ ${DIR_FILE} _dir)
        string(STRIP "${_dir}" _dir)
        if(_dir)
            execute_process(COMMAND ${SCRIPT} stop ${_dir} RESULT_VARIABLE _status)
            if(NOT _status EQUAL 0)
                message(FATAL_ERROR "FAIL: could not stop the test cluster in ${_dir}")
            endif()
        endif()
    endif()
    file(REMOVE ${DIR_FILE} ${URL_FILE})
endfunction()

if(MODE STREQUAL "start")
    stop_cluster()
    execute_process(COMMAND mktemp -d /tmp/hlpg.XXXXXX
        OUTPUT_VARIABLE _dir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _status)
    if(NOT _status EQUAL 0)
        message(FATAL_ERROR "FAIL: mktemp -d /tmp/hlpg.XXXXXX failed")
    endif()
    file(WRITE ${DIR_FILE} "${_dir}\n")
    execute_process(COMMAND ${SCRIPT} start ${_dir}
        OUTPUT_VARIABLE _url OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _status)
    if(NOT _status EQUAL 0 OR NOT _url MATCHES "^postgresql://")
        message(FATAL_ERROR "FAIL: the test cluster did not start (${_dir})")
    endif()
    file(WRITE ${URL_FILE} "${_url}\n")
    message("test cluster: ${_url}")
elseif(MODE STREQUAL "check")
    if(NOT EXISTS ${URL_FILE})
        message(FATAL_ERROR "FAIL: ${URL_FILE} is missing: the fixture did not start the cluster")
    endif()
    file(READ ${URL_FILE} _url)
    string(STRIP "${_url}" _url)
    execute_process(COMMAND ${PSQL} -XAtq -d ${_url} -c "SELECT 'answers: ' || current_database()"
        OUTPUT_VARIABLE _out RESULT_VARIABLE _status)
    if(NOT _status EQUAL 0)
        message(FATAL_ERROR "FAIL: psql could not query ${_url}")
    endif()
    message("test cluster ${_out}")
elseif(MODE STREQUAL "stop")
    stop_cluster()
    message("test cluster stopped")
else()
    message(FATAL_ERROR "FAIL: MODE must be start, check or stop")
endif()
