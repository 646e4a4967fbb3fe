// The group view's scanner reads the QR codes the app draws: codes made here with the same QR
// library and settings as the results screen (ui/qr_code.cpp), put into camera-like frames.
#include "scanner/qr_reader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "qrcodegen.h"

namespace
{

// A frame of `width` × `height` grey pixels with the QR code of `text` drawn in at (left, top),
// `module` pixels a module, on a white quiet zone of four modules; the rest is mid grey.
struct Frame
{
    int width;
    int height;
    std::vector<uint8_t> grey;

    Frame(int frame_width, int frame_height)
        : width(frame_width), height(frame_height), grey(size_t(frame_width) * size_t(frame_height), 128)
    {
    }

    void draw_code(const std::string& text, int left, int top, int module, bool mirrored = false)
    {
        std::vector<uint8_t> symbol(qrcodegen_BUFFER_LEN_MAX), scratch(qrcodegen_BUFFER_LEN_MAX);
        REQUIRE(qrcodegen_encodeText(text.c_str(), scratch.data(), symbol.data(), qrcodegen_Ecc_MEDIUM,
                                     qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true));
        const int size = qrcodegen_getSize(symbol.data());
        for (int y = -4; y < size + 4; ++y)
            for (int x = -4; x < size + 4; ++x)
            {
                const int source_x = mirrored ? size - 1 - x : x;
                const bool dark = qrcodegen_getModule(symbol.data(), source_x, y);
                for (int dy = 0; dy < module; ++dy)
                    for (int dx = 0; dx < module; ++dx)
                        set(left + (x + 4) * module + dx, top + (y + 4) * module + dy, dark ? 20 : 235);
            }
    }

    void set(int x, int y, uint8_t value)
    {
        if (x >= 0 && y >= 0 && x < width && y < height)
            grey[size_t(y) * size_t(width) + size_t(x)] = value;
    }

    // Camera noise: each pixel off by up to ±amount, the same every run.
    void add_noise(int amount)
    {
        unsigned state = 12345;
        for (uint8_t& pixel : grey)
        {
            state = state * 1103515245u + 12345u;
            const int offset = int((state >> 16) % unsigned(2 * amount + 1)) - amount;
            pixel = uint8_t(std::clamp(int(pixel) + offset, 0, 255));
        }
    }

    std::vector<uint8_t> rgba() const
    {
        std::vector<uint8_t> pixels;
        for (uint8_t value : grey)
            pixels.insert(pixels.end(), {value, value, value, 255});
        return pixels;
    }
};

const std::string participant_link = "https://leerregie.test/?view=group#add=0M8X-4E2K-7RA1-Q0ZD-93FG-HT6C-W2";

}  // namespace

TEST_CASE("the scanner reads a participant's QR code from a camera frame")
{
    leerregie::QrReader reader;
    Frame frame(640, 480);
    frame.draw_code(participant_link, 180, 100, 5);
    frame.add_noise(20);
    CHECK(reader.read_grey(frame.grey.data(), frame.width, frame.height) == std::vector<std::string>{participant_link});
    const std::vector<uint8_t> rgba = frame.rgba();
    CHECK(reader.read_rgba(rgba.data(), frame.width, frame.height) == std::vector<std::string>{participant_link});
}

TEST_CASE("the scanner reads colour frames by their brightness")
{
    // Dark blue modules on pale yellow read as dark on light.
    Frame frame(400, 400);
    frame.draw_code("0M8X-4E2K", 60, 60, 6);
    std::vector<uint8_t> rgba;
    for (uint8_t value : frame.grey)
        rgba.insert(rgba.end(), value < 128 ? std::initializer_list<uint8_t>{10, 30, 90, 255}
                                            : std::initializer_list<uint8_t>{250, 240, 190, 255});
    leerregie::QrReader reader;
    CHECK(reader.read_rgba(rgba.data(), frame.width, frame.height) == std::vector<std::string>{"0M8X-4E2K"});
}

TEST_CASE("the scanner reads a code seen in a mirror, and two codes in one frame")
{
    leerregie::QrReader reader;
    Frame mirrored(640, 480);
    mirrored.draw_code(participant_link, 150, 60, 5, true);
    CHECK(reader.read_grey(mirrored.grey.data(), mirrored.width, mirrored.height) ==
          std::vector<std::string>{participant_link});

    Frame two(960, 480);
    two.draw_code("first", 40, 100, 6);
    two.draw_code("second", 560, 100, 6);
    std::vector<std::string> texts = reader.read_grey(two.grey.data(), two.width, two.height);
    std::sort(texts.begin(), texts.end());
    CHECK(texts == std::vector<std::string>{"first", "second"});
}

TEST_CASE("the scanner finds nothing where there is no code, and takes frames of any size in turn")
{
    leerregie::QrReader reader;
    Frame empty(320, 240);
    empty.add_noise(60);
    CHECK(reader.read_grey(empty.grey.data(), empty.width, empty.height).empty());

    // A code cut off by the frame's edge is not read, rather than read wrongly.
    Frame cut(300, 300);
    cut.draw_code(participant_link, 150, 40, 5);
    CHECK(reader.read_grey(cut.grey.data(), cut.width, cut.height).empty());

    Frame large(1280, 720);
    large.draw_code(participant_link, 500, 200, 6);
    CHECK(reader.read_grey(large.grey.data(), large.width, large.height) == std::vector<std::string>{participant_link});

    const uint8_t pixel = 0;
    CHECK(reader.read_grey(&pixel, 0, 0).empty());
    CHECK(reader.read_grey(&pixel, -1, 5).empty());
    CHECK(reader.read_grey(&pixel, 100000, 100000).empty());
}
