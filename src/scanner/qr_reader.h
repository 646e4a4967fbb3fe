// Reads the QR codes in a camera frame: the group view's scanner, which takes participants' codes
// from the QR codes on their phones. quirc finds and decodes them; this turns the browser's RGBA
// pixels into the grey image quirc reads and gives back the texts. No ImGui, no Emscripten: the
// web module (scanner_web.cpp) and the native tests use it alike.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct quirc;

namespace leerregie
{

class QrReader
{
public:
    QrReader();
    ~QrReader();
    QrReader(const QrReader&) = delete;
    QrReader& operator=(const QrReader&) = delete;

    // The texts of the QR codes readable in an image of width × height pixels, 4 bytes (red,
    // green, blue, alpha) a pixel, rows from the top, as a canvas gives them. A code seen in a
    // mirror (a front camera) is read too. Codes that cannot be read are left out; an image of
    // no pixels, or too large to hold, has none.
    std::vector<std::string> read_rgba(const uint8_t* rgba, int width, int height);
    // The same for one byte of brightness a pixel.
    std::vector<std::string> read_grey(const uint8_t* grey, int width, int height);

private:
    quirc* decoder_;
    uint8_t* begin(int width, int height);
    std::vector<std::string> decode();
};

}  // namespace leerregie
