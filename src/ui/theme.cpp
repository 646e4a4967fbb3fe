// Three themes: a calm light one, a dark one, and a high-contrast one (black on white, thick
// borders, no colour-only cues) for low vision; and the fonts at the person's text size.
#include "ui/theme.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "platform/platform.h"
#include "ui/layout.h"

namespace leerregie::ui
{
namespace
{

// Body text sizes in CSS pixels that the settings step through.
constexpr float text_sizes[] = {16.0f, 19.0f, 22.0f, 26.0f};
static_assert(std::size(text_sizes) == size_t(text_size_steps), "one size for each step of App::text_size_step");
constexpr float heading_scale = 1.4f;

FontFiles font_files;
ImFont* bold_face = nullptr;
ImFont* heading_face = nullptr;

ImVec4 accent_text_colour(1.0f, 1.0f, 1.0f, 1.0f);
ImVec4 error_text_colour(0.7f, 0.15f, 0.12f, 1.0f);
ImVec4 focus_ring(0.0f, 0.0f, 0.0f, 1.0f);

// Every pair the screens draw meets WCAG 2.1 AA contrast (tests/unit/contrast_test.cpp measures
// them): text 4.5:1 on what it is drawn on; borders, the focus ring and filled bars 3:1, the border
// also against the surfaces, as it is what shows where a control ends.
struct Palette
{
    ImVec4 background, text, muted, accent, accent_hover, accent_text, surface, surface_hover, border, error;
};

ImVec4 rgb(unsigned hex, float alpha = 1.0f)
{
    return ImVec4(float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f, float(hex & 0xFF) / 255.0f,
                  alpha);
}

Palette palette(Theme theme)
{
    switch (theme)
    {
    case Theme::Dark:
        return {rgb(0x14181F), rgb(0xE8ECF2), rgb(0xA4AEBD), rgb(0x6FA8FF), rgb(0x8DBBFF),
                rgb(0x0B1220), rgb(0x232A35), rgb(0x2E3745), rgb(0x7B8EA7), rgb(0xFFB4AB)};
    case Theme::Contrast:
        return {rgb(0xFFFFFF), rgb(0x000000), rgb(0x1A1A1A), rgb(0x000000), rgb(0x333333),
                rgb(0xFFFFFF), rgb(0xFFFFFF), rgb(0xE6E6E6), rgb(0x000000), rgb(0x000000)};
    case Theme::Light:
    default:
        return {rgb(0xF7F5F0), rgb(0x1D2733), rgb(0x55606E), rgb(0x1F5FAD), rgb(0x174C8C),
                rgb(0xFFFFFF), rgb(0xFFFFFF), rgb(0xEEF3FA), rgb(0x778AA3), rgb(0xA8231B)};
    }
}

// The regular face at body size (ImGui's default font), and the bold one at body and heading
// size. The bold font holds ASCII and the characters of the built-in texts (cmake/Font.cmake); any
// other character in bold text, from a trainer's questionnaire or typed, comes from the regular
// font merged in behind it (a merged font never replaces a glyph the font has).
void add_fonts(float body_pixels, const ImWchar* glyph_ranges)
{
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the font bytes live in the wasm's data section
    config.OversampleH = 1;               // sized for the exact pixel ratio, so no oversampling
    config.PixelSnapH = true;
    const auto add = [&](std::string_view ttf, float pixels, const ImFontConfig& with) {
        return atlas.AddFontFromMemoryTTF(const_cast<char*>(ttf.data()), int(ttf.size()), pixels, &with, glyph_ranges);
    };
    ImFontConfig behind_bold = config;
    behind_bold.MergeMode = true;
    const auto add_bold = [&](float pixels) {
        ImFont* font = add(font_files.bold_ttf, pixels, config);
        add(font_files.regular_ttf, pixels, behind_bold);
        return font;
    };
    add(font_files.regular_ttf, body_pixels, config);
    bold_face = add_bold(body_pixels);
    heading_face = add_bold(std::round(body_pixels * heading_scale));
}

// Colours, spacing and rounding of a theme in CSS pixels; `compact` for an iframe (`?embed=1`):
// less room around the screen, the same touch targets.
void apply_theme(Theme theme, bool compact)
{
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    const Palette colours = palette(theme);
    const bool contrast = theme == Theme::Contrast;

    // In an iframe the embedding page already gives margins: keep only a thin edge.
    style.WindowPadding = compact ? ImVec2(12.0f, 8.0f) : ImVec2(20.0f, 16.0f);
    style.FramePadding = ImVec2(16.0f, 12.0f);
    style.ItemSpacing = ImVec2(12.0f, 12.0f);
    style.ItemInnerSpacing = ImVec2(10.0f, 8.0f);
    style.ScrollbarSize = 10.0f;
    style.WindowRounding = 0.0f;
    style.FrameRounding = 10.0f;
    style.GrabRounding = 10.0f;
    style.ScrollbarRounding = 10.0f;
    style.WindowBorderSize = 0.0f;
    style.FrameBorderSize = contrast ? 2.0f : 1.0f;

    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = colours.background;
    c[ImGuiCol_ChildBg] = colours.background;
    c[ImGuiCol_PopupBg] = colours.surface;
    c[ImGuiCol_Text] = colours.text;
    c[ImGuiCol_TextDisabled] = colours.muted;
    c[ImGuiCol_Border] = colours.border;
    c[ImGuiCol_FrameBg] = colours.surface;
    c[ImGuiCol_FrameBgHovered] = colours.surface_hover;
    c[ImGuiCol_FrameBgActive] = colours.surface_hover;
    c[ImGuiCol_Button] = colours.accent;
    c[ImGuiCol_ButtonHovered] = colours.accent_hover;
    c[ImGuiCol_ButtonActive] = colours.accent_hover;
    c[ImGuiCol_CheckMark] = colours.accent;
    c[ImGuiCol_SliderGrab] = colours.accent;
    c[ImGuiCol_SliderGrabActive] = colours.accent_hover;
    c[ImGuiCol_Header] = colours.surface_hover;
    c[ImGuiCol_HeaderHovered] = colours.surface_hover;
    c[ImGuiCol_HeaderActive] = colours.surface_hover;
    c[ImGuiCol_PlotHistogram] = colours.accent;
    c[ImGuiCol_ScrollbarBg] = colours.background;
    c[ImGuiCol_ScrollbarGrab] = colours.border;
    focus_ring = contrast ? rgb(0x000000) : colours.accent;
    c[ImGuiCol_NavHighlight] = focus_ring;
    c[ImGuiCol_Separator] = colours.border;
    c[ImGuiCol_TextSelectedBg] = ImVec4(colours.accent.x, colours.accent.y, colours.accent.z, 0.3f);
    accent_text_colour = colours.accent_text;
    error_text_colour = colours.error;
}

}  // namespace

void set_font_files(FontFiles files) { font_files = files; }

float text_size_pixels(int step) { return text_sizes[std::clamp(step, 0, text_size_steps - 1)]; }

bool presentation_display(const App& app, float pixel_ratio)
{
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    return app.group_view && display.x >= presentation_min_width * pixel_ratio &&
           display.y >= presentation_min_height * pixel_ratio;
}

void apply_typography_and_theme(App& app, float pixel_ratio, const ImWchar* glyph_ranges)
{
    // Known before the first frame, so a projector's first frame is already in its larger type.
    app.presenting = presentation_display(app, pixel_ratio);
    app.styled_look = app.look();
    const float body_css_pixels = text_size_pixels(app.text_size_step) * (app.presenting ? presentation_scale : 1.0f);
    add_fonts(std::round(body_css_pixels * pixel_ratio), glyph_ranges);
    platform::set_text_field_font_size(body_css_pixels);
    apply_theme(app.theme, app.embed);
    ImGui::GetStyle().ScaleAllSizes(pixel_ratio);
}

ImFont* bold_font() { return bold_face; }

ImFont* heading_font() { return heading_face; }

ImVec4 focus_ring_colour() { return focus_ring; }

ImVec4 accent_text() { return accent_text_colour; }

ImVec4 error_text() { return error_text_colour; }

}  // namespace leerregie::ui
