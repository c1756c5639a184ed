# Fails when translations/*.ts are not in step with the sources: lupdate (with the options of the
# update_translations target) would add new messages or drop vanished ones. Together with the
# completeness test in test_core this means no string is missing, unfinished or obsolete.
# -DLUPDATE=<lupdate> -DPROJECT_IN=<the .cmake project qt_add_translations wrote>
# -DGENERATOR=<Qt's GenerateLUpdateProject.cmake> -DTS_DIR=<translations> -DWORK=<scratch>
# The same project (sources, include paths) as update_translations, so lupdate resolves the same
# contexts (helpline::Class) as the real update.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json
                        -P ${GENERATOR}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project")
endif()
file(GLOB ts_files ${TS_DIR}/*.ts)
set(stale "")
foreach(ts ${ts_files})
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${WORK})
    execute_process(COMMAND ${LUPDATE} -silent -project ${WORK}/project.json -no-obsolete
                            -locations none -ts ${WORK}/${name}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
    endif()
    file(READ ${ts} before)
    file(READ ${WORK}/${name} after)
    if(NOT before STREQUAL after)
        list(APPEND stale ${name})
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Out of step with the sources: ${stale}. Run "
        "`cmake --build --preset default --target update_translations`, translate what is new, "
        "and commit the .ts files.")
endif()
message(STATUS "translations match the sources")
