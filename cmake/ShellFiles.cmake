# Writes the two shell files that depend on the build into dist/, after everything else is there:
#   index.html  its Content-Security-Policy allows the printable report's stylesheet by its sha256
#               (@REPORT_STYLE_HASH@), so no inline style is allowed beyond exactly that one;
#   sw.js       the list of shipped files (@FILES@), those of them kept only once a page asks for
#               them (@ON_DEMAND_FILES@: the group view's scanner, in scanner/), and a hash of all of
#               them (@VERSION@): any change to any shipped file changes sw.js, which is how browsers
#               notice a new version.
# Run as: cmake -DSHELL_DIR=shell -DDIST_DIR=dist -DREPORT_CSS=src/core/report.css -DNODE=node
#              -DJS_MINIFIER=<emscripten>/tools/acorn-optimizer.js -P ShellFiles.cmake
include("${CMAKE_CURRENT_LIST_DIR}/Base64.cmake")

# Writes only when the content changed, so the file's date says when it last changed.
function(write_if_changed path content)
    if(EXISTS "${path}")
        file(READ "${path}" old)
        if(old STREQUAL content)
            return()
        endif()
    endif()
    file(WRITE "${path}" "${content}")
endfunction()

file(SHA256 "${REPORT_CSS}" report_hex)
hex_to_base64("${report_hex}" report_hash)
file(READ "${SHELL_DIR}/index.html" index)
string(REPLACE "@REPORT_STYLE_HASH@" "sha256-${report_hash}" index "${index}")
write_if_changed("${DIST_DIR}/index.html" "${index}")

# Everything dist/ ships except the worker itself and pre-compressed copies of other files.
file(GLOB_RECURSE shipped RELATIVE "${DIST_DIR}" "${DIST_DIR}/*")
list(SORT shipped)
set(files "")
set(on_demand_files "")
set(fingerprint "")
foreach(name IN LISTS shipped)
    if(name STREQUAL "sw.js" OR name MATCHES "\\.(br|gz)$" OR name MATCHES "(^|/)\\.")
        continue()
    endif()
    file(SHA256 "${DIST_DIR}/${name}" file_hash)
    string(APPEND fingerprint "${name} ${file_hash}\n")
    if(name MATCHES "^scanner/")
        set(kept_as on_demand_files)
    else()
        set(kept_as files)
    endif()
    if(${kept_as})
        string(APPEND ${kept_as} ", ")
    endif()
    string(APPEND ${kept_as} "'${name}'")
endforeach()
string(SHA256 version "${fingerprint}")
string(SUBSTRING "${version}" 0 16 version)
file(READ "${SHELL_DIR}/sw.js" worker)
string(REPLACE "@VERSION@" "${version}" worker "${worker}")
string(REPLACE "@FILES@" "${files}" worker "${worker}")
string(REPLACE "@ON_DEMAND_FILES@" "${on_demand_files}" worker "${worker}")
# Shipped without comments and spaces, like loader.js.
file(WRITE "${DIST_DIR}/sw.js.full" "${worker}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env NODE_PATH=/usr/share/nodejs "${NODE}" "${JS_MINIFIER}"
                        "${DIST_DIR}/sw.js.full" minifyWhitespace
                OUTPUT_VARIABLE worker RESULT_VARIABLE minified)
file(REMOVE "${DIST_DIR}/sw.js.full")
if(NOT minified EQUAL 0)
    message(FATAL_ERROR "Could not minify sw.js")
endif()
write_if_changed("${DIST_DIR}/sw.js" "${worker}")
