# Runs the pinned Redocly CLI's `lint` over the OpenAPI description (cmake -P; see
# tests/api/CMakeLists.txt). -DSOURCE_DIR=<source tree>. Fails with "FAIL: ..." when the CLI is
# not installed (scripts/setup runs `npm ci --prefix tools/openapi`) or the spec has a problem.
set(_redocly ${SOURCE_DIR}/tools/openapi/node_modules/.bin/redocly)
if(NOT EXISTS ${_redocly})
    message(FATAL_ERROR "FAIL: ${_redocly} is missing: run scripts/setup "
                        "(it runs `npm ci --prefix tools/openapi --no-audit --no-fund`)")
endif()
# No telemetry, no update check (both would reach for the network), no colour codes in the log.
set(ENV{REDOCLY_TELEMETRY} off)
set(ENV{REDOCLY_SUPPRESS_UPDATE_NOTICE} true)
set(ENV{NO_COLOR} 1)
execute_process(
    COMMAND ${_redocly} lint --config tools/openapi/redocly.yaml docs/api/openapi.yaml
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE _status)
if(NOT _status EQUAL 0)
    message(FATAL_ERROR "FAIL: redocly lint reported problems in docs/api/openapi.yaml (above)")
endif()
