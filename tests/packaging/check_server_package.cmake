# Checks of the helpline-server package (cmake -P). Proposed for tests/packaging/.
# MODE=unit:  -DUNIT=<packaging/server/helpline-server.service> -DBINARY=<built helpline-server>
#             -DWORK=<scratch dir> -DSYSTEMD_ANALYZE=<systemd-analyze>
#             `systemd-analyze verify` on a copy whose ExecStart names the built binary (verify
#             insists that the executable exists); any output (unknown keys, bad values) fails.
# MODE=deb:   -DOUT_DIR=<dir where "packaging: deb builds" left the .debs>
#             dpkg-deb -c / -I of helpline-server_*.deb: files, conffiles, scripts, Depends.
function(fail message)
    message(FATAL_ERROR "FAIL: ${message}")
endfunction()

if(MODE STREQUAL "unit")
    if(NOT SYSTEMD_ANALYZE)
        fail("systemd-analyze not found (package systemd; scripts/setup installs it)")
    endif()
    file(READ ${UNIT} unit)
    string(REPLACE "ExecStart=/usr/bin/helpline-server " "ExecStart=${BINARY} " unit "${unit}")
    file(REMOVE_RECURSE ${WORK})
    file(WRITE ${WORK}/helpline-server.service "${unit}")
    execute_process(COMMAND ${SYSTEMD_ANALYZE} verify ${WORK}/helpline-server.service
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
        fail("systemd-analyze verify (exit ${rc}):\n${out}${err}")
    endif()
    message("systemd-analyze verify: no complaint")
elseif(MODE STREQUAL "deb")
    file(GLOB debs "${OUT_DIR}/helpline-server_*.deb")
    list(LENGTH debs count)
    if(NOT count EQUAL 1)
        fail("expected one helpline-server_*.deb in ${OUT_DIR}, found ${count}")
    endif()
    execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE files RESULT_VARIABLE rc)
    execute_process(COMMAND dpkg-deb -I ${debs} OUTPUT_VARIABLE info RESULT_VARIABLE rc2)
    execute_process(COMMAND dpkg-deb -I ${debs} conffiles OUTPUT_VARIABLE conffiles)
    if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
        fail("dpkg-deb could not read ${debs}")
    endif()
    message("${files}\n${info}")
    foreach(path "-rwxr-xr-x root/root +[0-9]+ [^ ]+ [^ ]+ ./usr/bin/helpline-server\n"
                 "-rw-r--r-- root/root +[0-9]+ [^ ]+ [^ ]+ ./usr/lib/systemd/system/helpline-server.service\n"
                 "-rw-r--r-- root/root +[0-9]+ [^ ]+ [^ ]+ ./etc/helpline-server/server.conf\n")
        if(NOT files MATCHES "${path}")
            fail("the package lacks ${path}")
        endif()
    endforeach()
    if(files MATCHES "helpline-workstation|/usr/share/applications")
        fail("workstation files ended up in the server package")
    endif()
    if(NOT conffiles STREQUAL "/etc/helpline-server/server.conf\n")
        fail("conffiles is \"${conffiles}\"")
    endif()
    foreach(field " Package: helpline-server\n" " Depends: [^\n]*adduser" " Depends: [^\n]*libqt6sql6-psql"
                  " Depends: [^\n]*libqt6httpserver6" " postinst" " prerm" " postrm")
        if(NOT info MATCHES "${field}")
            fail("dpkg-deb -I lacks \"${field}\"")
        endif()
    endforeach()
else()
    fail("MODE must be unit or deb")
endif()
