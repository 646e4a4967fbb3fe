# leerregie_fetch_source(<name> <dir>): makes sure the source of a library the web app compiles
# itself is in <dir>, fetching it at configure time from Debian's source packages with
# scripts/fetch-source.sh (which checks the tarball's sha256). Does nothing when it is there.
function(leerregie_fetch_source name dir)
    if(EXISTS "${dir}/.sha256")
        return()
    endif()
    message(STATUS "Fetching the ${name} source into ${dir}")
    execute_process(COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/fetch-source.sh" "${name}" "${dir}"
                    RESULT_VARIABLE fetch_result)
    if(NOT fetch_result EQUAL 0)
        message(FATAL_ERROR "Could not fetch the ${name} source (scripts/fetch-source.sh ${name} failed)")
    endif()
endfunction()
