#include "platform/glyph_set.h"

#include <algorithm>

#include "imgui_internal.h"  // ImTextCharFromUtf8

namespace leerregie::platform
{
namespace
{
constexpr ImWchar ascii_ranges[] = {0x0020, 0x007E, 0};
}  // namespace

GlyphSet::GlyphSet()
{
    characters_.AddRanges(ascii_ranges);
    build_ranges();
}

bool GlyphSet::add(std::string_view text)
{
    bool added = false;
    const char* end = text.data() + text.size();
    for (const char* next = text.data(); next < end;)
    {
        unsigned int character = 0;
        next += std::max(ImTextCharFromUtf8(&character, next, end), 1);  // 0 at a NUL byte
        // Control characters have no glyph; a 0 in the ranges would also end the list early.
        const bool control = character < 0x20 || (character >= 0x7F && character < 0xA0);
        if (!control && character <= IM_UNICODE_CODEPOINT_MAX && !characters_.GetBit(character))
        {
            characters_.SetBit(character);
            added = true;
        }
    }
    if (added)
        build_ranges();
    return added;
}

void GlyphSet::build_ranges()
{
    ranges_.clear();  // BuildRanges appends
    characters_.BuildRanges(&ranges_);
}

}  // namespace leerregie::platform
