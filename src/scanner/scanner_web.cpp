// The scanner's WebAssembly module, which only the group view loads (camera.js): camera frames in,
// the texts of the QR codes in them out. The frame is copied into the module's memory, read and
// overwritten by the next; nothing of it is kept.
#include <emscripten/emscripten.h>

#include <string>
#include <vector>

#include "scanner/qr_reader.h"

namespace
{

leerregie::QrReader reader;
std::vector<uint8_t> frame;
std::string texts;

}  // namespace

extern "C"
{

    // Room for one RGBA frame of width × height pixels, for camera.js to copy the frame into.
    EMSCRIPTEN_KEEPALIVE uint8_t* leerregie_scanner_frame(int width, int height)
    {
        if (width <= 0 || height <= 0)
            return nullptr;
        frame.resize(size_t(width) * size_t(height) * 4);
        return frame.data();
    }

    // Reads the frame: the texts of its QR codes, each ended by a zero byte, then an empty one.
    EMSCRIPTEN_KEEPALIVE const char* leerregie_scanner_read(int width, int height)
    {
        texts.clear();
        if (size_t(width) * size_t(height) * 4 == frame.size())
            for (const std::string& text : reader.read_rgba(frame.data(), width, height))
                if (text.find('\0') == std::string::npos)
                    texts += text + '\0';
        texts += '\0';
        return texts.data();
    }
}
