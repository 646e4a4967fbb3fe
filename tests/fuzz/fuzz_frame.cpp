// libFuzzer target: draw_frame_in_software on any words. It must never read or write outside the
// frame, the atlas or the pixels, and an accepted frame gives width x height opaque pixels.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "platform/frame.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4) return 0;
    std::vector<uint32_t> words(size / 4);
    std::memcpy(words.data(), data, words.size() * 4);
    // Large frames are valid but only slow the search down.
    if (words.size() >= 2 && uint64_t(words[0]) * words[1] > 128 * 128) return 0;
    static const uint8_t texels[] = {0, 64, 128, 255, 255, 128, 64, 0, 0, 255, 0, 255};
    const leerregie::platform::CoverageImage atlas{texels, 4, 3};
    std::vector<uint32_t> pixels;
    if (!leerregie::platform::draw_frame_in_software(words.data(), words.size(), atlas, pixels)) return 0;
    if (pixels.size() != size_t(words[0]) * words[1]) __builtin_trap();
    for (uint32_t pixel : pixels)
        if (pixel >> 24 != 0xFF) __builtin_trap();
    return 0;
}
