// WCAG 2.1 AA contrast of every colour pair the screens draw, in each theme, measured on the colours
// the theme itself sets (ui/theme.cpp): text 4.5:1 (1.4.3), large text 3:1, and 3:1 for what shows
// a control or a value without words: borders, the focus ring, bar fills, the chosen option
// (1.4.11). A disabled button is exempt (1.4.3's inactive components) and is not measured.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/embedded.h"
#include "fixtures.h"
#include "platform/headless.h"
#include "ui/layout.h"
#include "ui/qr_code.h"
#include "ui/theme.h"

using namespace leerregie;

namespace
{

// WCAG 2.1's relative luminance of an sRGB colour with channels from 0 to 1.
double relative_luminance(const ImVec4& colour)
{
    const auto linear = [](float channel) {
        return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.x) + 0.7152 * linear(colour.y) + 0.0722 * linear(colour.z);
}

// What a colour with alpha looks like drawn over an opaque background.
ImVec4 over(const ImVec4& colour, const ImVec4& background)
{
    const auto mix = [&](float top, float bottom) { return top * colour.w + bottom * (1.0f - colour.w); };
    return ImVec4(mix(colour.x, background.x), mix(colour.y, background.y), mix(colour.z, background.z), 1.0f);
}

double contrast_ratio(const ImVec4& foreground, const ImVec4& background)
{
    const double first = relative_luminance(over(foreground, background));
    const double second = relative_luminance(background);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

ImVec4 from_hex(unsigned hex)
{
    return ImVec4(float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f, float(hex & 0xFF) / 255.0f,
                  1.0f);
}

constexpr double normal_text = 4.5;
constexpr double large_text = 3.0;
constexpr double non_text = 3.0;
// WCAG's large text: 18 pt, or 14 pt in bold; a point is 4/3 CSS pixels.
constexpr float large_bold_css_pixels = 14.0f * 4.0f / 3.0f;

struct Pair
{
    std::string what;
    ImVec4 foreground;
    ImVec4 background;
    double minimum;
};

// The pairs as the screens draw them (src/ui: which ImGuiCol_ or theme colour on which).
std::vector<Pair> drawn_pairs()
{
    const ImVec4* c = ImGui::GetStyle().Colors;
    const ImVec4 window = c[ImGuiCol_WindowBg];
    return {
        {"body text", c[ImGuiCol_Text], window, normal_text},
        {"muted text (TextDisabled)", c[ImGuiCol_TextDisabled], window, normal_text},
        {"heading (large bold)", c[ImGuiCol_Text], window, large_text},
        {"notice in the top bar", c[ImGuiCol_PlotHistogram], window, normal_text},
        {"error text", ui::error_text(), window, normal_text},
        {"text on an option or secondary button", c[ImGuiCol_Text], c[ImGuiCol_FrameBg], normal_text},
        {"text on a hovered option or secondary button", c[ImGuiCol_Text], c[ImGuiCol_FrameBgHovered], normal_text},
        {"text on a pressed option or secondary button", c[ImGuiCol_Text], c[ImGuiCol_FrameBgActive], normal_text},
        {"text on a primary button or chosen option", ui::accent_text(), c[ImGuiCol_Button], normal_text},
        {"text on a hovered primary button or chosen option", ui::accent_text(), c[ImGuiCol_ButtonHovered],
         normal_text},
        {"text on a pressed primary button or chosen option", ui::accent_text(), c[ImGuiCol_ButtonActive], normal_text},
        {"text in a callout", c[ImGuiCol_Text], c[ImGuiCol_FrameBgHovered], normal_text},
        {"own profile's name on the map's tint", c[ImGuiCol_Text], c[ImGuiCol_FrameBgHovered], normal_text},
        {"control border on the window", c[ImGuiCol_Border], window, non_text},
        {"control border on a control's fill", c[ImGuiCol_Border], c[ImGuiCol_FrameBg], non_text},
        {"chart line or bar outline on a tint", c[ImGuiCol_Border], c[ImGuiCol_FrameBgHovered], non_text},
        {"focus ring on the window", ui::focus_ring_colour(), window, non_text},
        {"focus ring on a control's fill", ui::focus_ring_colour(), c[ImGuiCol_FrameBg], non_text},
        {"chosen option's fill on the window", c[ImGuiCol_Button], window, non_text},
        {"chosen option's fill beside an unchosen one", c[ImGuiCol_Button], c[ImGuiCol_FrameBg], non_text},
        {"bar fill on its track (scores, progress, group, national figures)", c[ImGuiCol_PlotHistogram],
         c[ImGuiCol_FrameBgHovered], non_text},
        {"bar fill on the window (group view's share bars have no outline)", c[ImGuiCol_PlotHistogram], window,
         non_text},
        {"profile map's dot on its halo", c[ImGuiCol_PlotHistogram], window, non_text},
        {"group view's range line", c[ImGuiCol_Text], window, non_text},
        {"scrollbar grab on its track", c[ImGuiCol_ScrollbarGrab], c[ImGuiCol_ScrollbarBg], non_text},
    };
}

// An ImGui context of its own, with the theme and the smallest text size set as the app sets them.
struct ThemedContext
{
    explicit ThemedContext(Theme theme)
    {
        headless::open_page();  // ends the context a test before left
        ImGui::CreateContext();
        App app;
        app.theme = theme;
        app.text_size_step = 0;
        ui::set_font_files({embedded_file("ui-regular.ttf"), embedded_file("ui-bold.ttf")});
        ui::apply_typography_and_theme(app, 1.0f, nullptr);
    }
    ~ThemedContext() { ImGui::DestroyContext(); }
};

}  // namespace

TEST_CASE("the contrast ratio follows WCAG 2.1's formula")
{
    const ImVec4 black(0.0f, 0.0f, 0.0f, 1.0f), white(1.0f, 1.0f, 1.0f, 1.0f);
    // Luminance 1 and 0: (1 + 0.05) / (0 + 0.05).
    CHECK(contrast_ratio(black, white) == doctest::Approx(21.0));
    CHECK(contrast_ratio(white, black) == doctest::Approx(21.0));
    CHECK(contrast_ratio(white, white) == doctest::Approx(1.0));
    // #777777: 0x77 / 255 = 0.4667, ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845, so (1.05) / (0.2345) = 4.48,
    // the grey that famously just misses 4.5:1 on white.
    CHECK(contrast_ratio(from_hex(0x777777), white) == doctest::Approx(4.478).epsilon(0.001));
    // Pure red: 0.2126 luminance, (1.05) / (0.2626) = 4.00 on white.
    CHECK(contrast_ratio(from_hex(0xFF0000), white) == doctest::Approx(3.998).epsilon(0.001));
    // Black at half alpha on white is mid grey, 0.5 in sRGB: luminance 0.2140, (1.05) / (0.2640) = 3.98.
    CHECK(contrast_ratio(ImVec4(0.0f, 0.0f, 0.0f, 0.5f), white) == doctest::Approx(3.977).epsilon(0.001));
}

TEST_CASE("every pair the screens draw has enough contrast, in every theme")
{
    for (const auto& [theme, name] :
         {std::pair(Theme::Light, "light"), std::pair(Theme::Dark, "dark"), std::pair(Theme::Contrast, "contrast")})
    {
        const ThemedContext context(theme);
        // The window background is opaque: everything else is drawn on it.
        CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].w == 1.0f);
        const std::string theme_name = name;
        CAPTURE(theme_name);
        for (const Pair& pair : drawn_pairs())
        {
            CAPTURE(pair.what);
            const ImVec4 background = over(pair.background, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
            CHECK(contrast_ratio(pair.foreground, background) >= pair.minimum);
        }
    }
}

TEST_CASE("headings are large text by WCAG's measure, even at the smallest text size")
{
    const ThemedContext context(Theme::Light);
    // The heading face is the bold one at heading size (ui/theme.cpp), at one device pixel per CSS pixel.
    REQUIRE(ImGui::GetIO().Fonts->Build());
    CHECK(ui::heading_font()->FontSize >= large_bold_css_pixels);
}

TEST_CASE("the QR code's modules contrast, whatever the theme (it brings its own light square)")
{
    const ImVec4 dark = ImGui::ColorConvertU32ToFloat4(ui::qr_dark_module);
    const ImVec4 light = ImGui::ColorConvertU32ToFloat4(ui::qr_light_module);
    CHECK(contrast_ratio(dark, light) >= non_text);
}
