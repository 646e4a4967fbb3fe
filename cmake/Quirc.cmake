# quirc 1.2, a small QR code reader in C, fetched at configure time from Debian's source package
# quirc (scripts/fetch-source.sh). The group view's scanner (src/scanner) reads participants' QR
# codes with it, in a module of its own that only the group view loads.
include("${PROJECT_SOURCE_DIR}/cmake/FetchSource.cmake")
set(LEERREGIE_QUIRC_DIR "${LEERREGIE_DEPS_DIR}/quirc")
leerregie_fetch_source(quirc "${LEERREGIE_QUIRC_DIR}")

enable_language(C)
add_library(quirc STATIC "${LEERREGIE_QUIRC_DIR}/lib/decode.c" "${LEERREGIE_QUIRC_DIR}/lib/identify.c"
                         "${LEERREGIE_QUIRC_DIR}/lib/quirc.c" "${LEERREGIE_QUIRC_DIR}/lib/version_db.c")
target_include_directories(quirc SYSTEM PUBLIC "${LEERREGIE_QUIRC_DIR}/lib")
set_target_properties(quirc PROPERTIES C_STANDARD 99)
if(EMSCRIPTEN)
    # Its geometry in single precision, which is plenty for a camera frame and smaller in wasm.
    target_compile_definitions(quirc PRIVATE QUIRC_FLOAT_TYPE=float QUIRC_USE_TGMATH)
endif()
if(LEERREGIE_FUZZ)
    # Coverage feedback and sanitizers for tests/fuzz/fuzz_qr_reader.cpp down into quirc.
    target_compile_options(quirc PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
endif()
if(LEERREGIE_SANITIZE OR LEERREGIE_FUZZ)
    # Two things UBSan reports in quirc that do no harm, kept out so the sanitizers stop on the rest:
    # quirc_resize copies zero bytes from a null image the first time; and on a degenerate frame
    # its perspective maths turns NaN into a cell position, which read_cell checks against the
    # image before use (AddressSanitizer watches that), and which WebAssembly converts without trapping.
    target_compile_options(quirc PRIVATE -fno-sanitize=nonnull-attribute,float-cast-overflow)
endif()
