# Turns files into one C++ source with a lookup function, so the web app carries its questionnaire,
# advice, texts and font inside the wasm file: one download, no requests after start-up.
#
#   leerregie_embed_files(OUTPUT <file.cpp> NAMES <name>... FILES <path>...)
#
# The generated source defines `std::string_view leerregie::embedded_file(std::string_view name)`,
# which returns an empty view for an unknown name.

# JSON files are embedded minified (with Python's json module), the rest byte for byte.
find_program(LEERREGIE_PYTHON python3 REQUIRED)

function(leerregie_embed_files)
    cmake_parse_arguments(arg "" "OUTPUT" "NAMES;FILES" ${ARGN})
    add_custom_command(
        OUTPUT "${arg_OUTPUT}"
        COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${arg_OUTPUT}" "-DNAMES=${arg_NAMES}" "-DFILES=${arg_FILES}"
                "-DPYTHON=${LEERREGIE_PYTHON}"
                -P "${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake"
        DEPENDS ${arg_FILES} "${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake"
        COMMENT "Embedding ${arg_NAMES}"
        VERBATIM)
endfunction()
