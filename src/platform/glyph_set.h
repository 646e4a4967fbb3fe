// The characters the font atlas holds, for both platform backends: ASCII from the start, then the
// characters the built-in texts use (init) and each new character of text the app is handed, also
// before init (the page's address and storage are read first).
#pragma once

#include <string_view>

#include "imgui.h"

namespace leerregie::platform
{

class GlyphSet
{
public:
    GlyphSet();
    // Adds the characters of `text`; true when one was new, so the fonts must be built again.
    bool add(std::string_view text);
    // The set as Dear ImGui's glyph ranges, for the fonts added to the atlas.
    const ImWchar* ranges() const { return ranges_.Data; }

private:
    void build_ranges();

    ImFontGlyphRangesBuilder characters_;
    ImVector<ImWchar> ranges_;
};

}  // namespace leerregie::platform
