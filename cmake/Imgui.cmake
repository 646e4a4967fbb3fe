# Dear ImGui 1.90.1, fetched at configure time from Debian's source package (scripts/fetch-source.sh)
# and built as a static library with only what the web app uses.

include("${PROJECT_SOURCE_DIR}/cmake/FetchSource.cmake")
set(LEERREGIE_IMGUI_DIR "${LEERREGIE_DEPS_DIR}/imgui")
leerregie_fetch_source(imgui "${LEERREGIE_IMGUI_DIR}")

add_library(imgui STATIC
    "${LEERREGIE_IMGUI_DIR}/imgui.cpp"
    "${LEERREGIE_IMGUI_DIR}/imgui_draw.cpp"
    "${LEERREGIE_IMGUI_DIR}/imgui_tables.cpp"
    "${LEERREGIE_IMGUI_DIR}/imgui_widgets.cpp"
    "${LEERREGIE_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(imgui SYSTEM PUBLIC
    "${LEERREGIE_IMGUI_DIR}" "${LEERREGIE_IMGUI_DIR}/misc/cpp")
# Leave out what a browser app never calls: demo and debug windows, file I/O, the obsolete API.
target_compile_definitions(imgui PUBLIC
    IMGUI_DISABLE_DEMO_WINDOWS
    IMGUI_DISABLE_DEBUG_TOOLS
    IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_OBSOLETE_KEYIO
    IMGUI_DISABLE_FILE_FUNCTIONS)
# The font rasteriser and the drawing of shapes and text, optimised for speed rather than size: the
# font atlas is built before the first frame, and again for each new text size. What it costs and
# gives is in docs/performance.md, "Start-up: the app's own work".
set_source_files_properties("${LEERREGIE_IMGUI_DIR}/imgui_draw.cpp" PROPERTIES COMPILE_OPTIONS "$<$<CONFIG:MinSizeRel>:-O2>")
