# Runs leerregie-cli with ARGS and checks its exit code (EXIT) and, when EXPECTED is set, that its
# standard output equals that file. Used by the CLI tests in tests/CMakeLists.txt.
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${CLI}" ${args} OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE exit_code)
if(NOT exit_code EQUAL EXIT)
    message(FATAL_ERROR "exit code ${exit_code}, expected ${EXIT}\n${output}${errors}")
endif()
if(EXPECTED)
    file(READ "${EXPECTED}" expected_output)
    if(NOT output STREQUAL expected_output)
        message(FATAL_ERROR "output differs from ${EXPECTED}:\n--- got\n${output}--- expected\n${expected_output}")
    endif()
endif()
