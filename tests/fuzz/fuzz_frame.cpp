// libFuzzer target: SoftwareFrame on any words. It must never read or write outside the frame, the
// atlas or the pixels; an accepted frame gives opaque pixels, and drawing it part by part gives the
// same pixels as drawing it whole, with only background outside the parts.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "platform/frame.h"

using leerregie::platform::PixelBox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4)
        return 0;
    std::vector<uint32_t> words(size / 4);
    std::memcpy(words.data(), data, words.size() * 4);
    // Large frames are valid but only slow the search down.
    if (words.size() >= 2 && uint64_t(words[0]) * words[1] > 128 * 128)
        return 0;
    static const uint8_t texels[] = {0, 64, 128, 255, 255, 128, 64, 0, 0, 255, 0, 255};
    const leerregie::platform::CoverageImage atlas{texels, 4, 3};
    leerregie::platform::SoftwareFrame frame;
    if (!frame.read(words.data(), words.size()))
        return 0;
    const int width = frame.width(), height = frame.height();
    std::vector<uint32_t> whole;
    frame.draw({0, 0, width, height}, atlas, whole);
    if (whole.size() != size_t(width) * size_t(height))
        __builtin_trap();
    for (uint32_t pixel : whole)
        if (pixel >> 24 != 0xFF)
            __builtin_trap();

    std::vector<uint32_t> pieced(whole.size(), frame.background());
    std::vector<uint32_t> pixels;
    for (const PixelBox& part : frame.parts(1 + int(words.size() % 7), atlas))
    {
        if (part.left < 0 || part.top < 0 || part.right > width || part.bottom > height)
            __builtin_trap();
        frame.draw(part, atlas, pixels);
        for (int y = part.top; y < part.bottom; ++y)
            for (int x = part.left; x < part.right; ++x)
                pieced[size_t(y) * size_t(width) + size_t(x)] =
                    pixels[size_t(y - part.top) * size_t(part.width()) + size_t(x - part.left)];
    }
    if (pieced != whole)
        __builtin_trap();
    return 0;
}
