# Dear ImGui 1.90.1, fetched at configure time from Debian's source package (scripts/fetch-imgui.sh)
# and built as a static library with only what the web app uses.

set(LEERREGIE_IMGUI_DIR "${LEERREGIE_DEPS_DIR}/imgui")
if(NOT EXISTS "${LEERREGIE_IMGUI_DIR}/imgui.h")
    message(STATUS "Fetching Dear ImGui 1.90.1 into ${LEERREGIE_IMGUI_DIR}")
    execute_process(COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/fetch-imgui.sh" "${LEERREGIE_IMGUI_DIR}"
                    RESULT_VARIABLE fetch_result)
    if(NOT fetch_result EQUAL 0)
        message(FATAL_ERROR "Could not fetch Dear ImGui (scripts/fetch-imgui.sh failed)")
    endif()
endif()

add_library(imgui STATIC
    "${LEERREGIE_IMGUI_DIR}/imgui.cpp"
    "${LEERREGIE_IMGUI_DIR}/imgui_draw.cpp"
    "${LEERREGIE_IMGUI_DIR}/imgui_tables.cpp"
    "${LEERREGIE_IMGUI_DIR}/imgui_widgets.cpp"
    "${LEERREGIE_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp"
    "${LEERREGIE_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(imgui SYSTEM PUBLIC
    "${LEERREGIE_IMGUI_DIR}" "${LEERREGIE_IMGUI_DIR}/backends" "${LEERREGIE_IMGUI_DIR}/misc/cpp")
# Leave out what a browser app never calls: demo and debug windows, file I/O, the obsolete API.
target_compile_definitions(imgui PUBLIC
    IMGUI_DISABLE_DEMO_WINDOWS
    IMGUI_DISABLE_DEBUG_TOOLS
    IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_OBSOLETE_KEYIO
    IMGUI_DISABLE_FILE_FUNCTIONS
    IMGUI_IMPL_OPENGL_ES3)
