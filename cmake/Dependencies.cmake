# Third-party code comes from Debian packages (nlohmann/json, doctest) or is fetched at build time
# (Dear ImGui, in cmake/Imgui.cmake). Nothing third-party is kept in the repository.

if(EMSCRIPTEN)
    # The wasm build must not see all of /usr/include (glibc headers would shadow Emscripten's), so
    # it gets a directory that holds only the nlohmann/ headers of the Debian package.
    find_path(LEERREGIE_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH REQUIRED)
    set(nlohmann_only "${CMAKE_BINARY_DIR}/deps-include")
    file(MAKE_DIRECTORY "${nlohmann_only}")
    file(CREATE_LINK "${LEERREGIE_NLOHMANN_DIR}/nlohmann" "${nlohmann_only}/nlohmann" SYMBOLIC)
    add_library(nlohmann_json INTERFACE)
    target_include_directories(nlohmann_json SYSTEM INTERFACE "${nlohmann_only}")
    add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
    find_package(nlohmann_json 3.11 REQUIRED)
    find_package(doctest 2.4 REQUIRED)
endif()
