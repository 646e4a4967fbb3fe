// Typography and colours: Noto Sans regular and bold at the person's text size, headings larger,
// and three themes. Sizes are chosen in CSS pixels and applied in device pixels.
#pragma once

#include <string_view>

#include "app/app.h"
#include "imgui.h"

namespace leerregie::ui
{

// The font files, kept by the caller for the whole visit (the atlas reads them on every rebuild).
struct FontFiles
{
    std::string_view regular_ttf;
    std::string_view bold_ttf;
};
void set_font_files(FontFiles files);

// Body text in CSS pixels for each of App::text_size_step's steps, smallest first.
float text_size_pixels(int step);
// The group view on a screen at least presentation_min_width CSS pixels wide (a projector, a large
// monitor) has its text and column this much larger, to be read from the back of a room.
constexpr float presentation_min_width = 1200.0f;
constexpr float presentation_min_height = 600.0f;
constexpr float presentation_scale = 1.3f;
// Whether the group view's display is that large, at `pixel_ratio` device pixels per CSS pixel.
bool presentation_display(const App& app, float pixel_ratio);

// Adds the fonts to the (cleared) font atlas and sets the style of the app's theme, both scaled
// to `pixel_ratio` device pixels per CSS pixel; the atlas holds the glyphs of `glyph_ranges`.
// The platform calls it (AppHooks::restyle) before the first frame and after each change.
void apply_typography_and_theme(App& app, float pixel_ratio, const ImWchar* glyph_ranges);

// The bold face at body size (labels, buttons) and at heading size.
ImFont* bold_font();
ImFont* heading_font();

// The keyboard focus ring, drawn around the focused control on the window background.
ImVec4 focus_ring_colour();

}  // namespace leerregie::ui
