# leerregie_closure(<target> [<externs file>...]): in MinSizeRel, Closure Compiler runs over the
# JavaScript Emscripten writes for <target> (--closure=1, ADVANCED_OPTIMIZATIONS), with the given
# externs naming what it must not rename. It is the native binary of the npm package
# google-closure-compiler-linux, pinned in package.json (npm ci): Debian's own closure-compiler is too
# old for Emscripten (its README.Debian), so Emscripten is pointed at this one (EM_CLOSURE_COMPILER).
function(leerregie_closure target)
    if(NOT CMAKE_BUILD_TYPE STREQUAL "MinSizeRel")
        return()
    endif()
    find_program(LEERREGIE_CLOSURE_COMPILER compiler
                 PATHS "${PROJECT_SOURCE_DIR}/node_modules/google-closure-compiler-linux" NO_DEFAULT_PATH)
    if(NOT LEERREGIE_CLOSURE_COMPILER)
        message(FATAL_ERROR "Closure Compiler not found in node_modules/google-closure-compiler-linux: run npm ci")
    endif()
    set_target_properties(${target} PROPERTIES
        CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;EM_CLOSURE_COMPILER=${LEERREGIE_CLOSURE_COMPILER}")
    target_link_options(${target} PRIVATE --closure=1)
    foreach(externs IN LISTS ARGN)
        target_link_options(${target} PRIVATE "--closure-args=--externs=${externs}")
        set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${externs}")
    endforeach()
endfunction()
