// libFuzzer target: the group view's scanner on any camera frame, and so quirc on any QR code a
// participant could hold up. The first byte gives the frame's width (1..256), the rest are its
// grey pixels, row by row. It must never read or write outside the frame, and every text it reads
// must be one a QR code can hold.
#include <cstddef>
#include <cstdint>

#include "scanner/qr_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int width = int(data[0]) + 1;
    const int height = int((size - 1) / size_t(width));
    if (height == 0)
        return 0;
    static leerregie::QrReader reader;
    for (const std::string& text : reader.read_grey(data + 1, width, height))
        if (text.size() > 8896)  // quirc's QUIRC_MAX_PAYLOAD, the most a QR code holds
            __builtin_trap();
    return 0;
}
