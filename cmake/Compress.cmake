# Script run after each web build (cmake -P, with DIR set): writes a gzip (-9) and, when the brotli
# tool is there, a brotli (quality 11) copy beside every file of dist/, so scripts/serve.py (or any
# host that serves pre-compressed files) sends the smaller one with Content-Encoding and no work at
# request time. A copy is written again only when its file changed.
find_program(GZIP gzip REQUIRED)
find_program(BROTLI brotli)
file(GLOB files LIST_DIRECTORIES false "${DIR}/*")
foreach(file IN LISTS files)
    if(file MATCHES "\\.(gz|br)$")
        continue()
    endif()
    if(NOT EXISTS "${file}.gz" OR "${file}" IS_NEWER_THAN "${file}.gz")
        execute_process(COMMAND "${GZIP}" -9 -n -k -f "${file}" COMMAND_ERROR_IS_FATAL ANY)
        file(TOUCH_NOCREATE "${file}.gz")  # gzip gives it the file's time; newer marks it done
    endif()
    if(BROTLI AND (NOT EXISTS "${file}.br" OR "${file}" IS_NEWER_THAN "${file}.br"))
        execute_process(COMMAND "${BROTLI}" -q 11 -k -f "${file}" COMMAND_ERROR_IS_FATAL ANY)
        file(TOUCH_NOCREATE "${file}.br")
    endif()
endforeach()
# Copies whose file is gone (renamed or removed from the shell) would be served in its place.
file(GLOB copies LIST_DIRECTORIES false "${DIR}/*.gz" "${DIR}/*.br")
foreach(copy IN LISTS copies)
    string(REGEX REPLACE "\\.(gz|br)$" "" original "${copy}")
    if(NOT EXISTS "${original}")
        file(REMOVE "${copy}")
    endif()
endforeach()
