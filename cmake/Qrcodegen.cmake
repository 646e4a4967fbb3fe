# Nayuki's QR Code generator 1.8.0, fetched at configure time from Debian's source package
# qr-code-generator (scripts/fetch-source.sh). The web app draws the result code as a QR code with
# the library's C version: no heap, no exceptions, and a fraction of the C++ version's size.
include("${PROJECT_SOURCE_DIR}/cmake/FetchSource.cmake")
set(LEERREGIE_QRCODEGEN_DIR "${LEERREGIE_DEPS_DIR}/qrcodegen")
leerregie_fetch_source(qrcodegen "${LEERREGIE_QRCODEGEN_DIR}")

enable_language(C)
add_library(qrcodegen STATIC "${LEERREGIE_QRCODEGEN_DIR}/c/qrcodegen.c")
target_include_directories(qrcodegen SYSTEM PUBLIC "${LEERREGIE_QRCODEGEN_DIR}/c")
set_target_properties(qrcodegen PROPERTIES C_STANDARD 99)
