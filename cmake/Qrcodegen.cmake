# Nayuki's QR Code generator 1.8.0 (C++), fetched at configure time from Debian's source package
# qr-code-generator (scripts/fetch-source.sh) and built for the web app, which draws the result
# code as a QR code.
include("${PROJECT_SOURCE_DIR}/cmake/FetchSource.cmake")
set(LEERREGIE_QRCODEGEN_DIR "${LEERREGIE_DEPS_DIR}/qrcodegen")
leerregie_fetch_source(qrcodegen "${LEERREGIE_QRCODEGEN_DIR}")

add_library(qrcodegen STATIC "${LEERREGIE_QRCODEGEN_DIR}/cpp/qrcodegen.cpp")
target_include_directories(qrcodegen SYSTEM PUBLIC "${LEERREGIE_QRCODEGEN_DIR}/cpp")
