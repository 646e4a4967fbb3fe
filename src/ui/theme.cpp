// Three themes: a calm light one, a dark one, and a high-contrast one (black on white, thick
// borders, no colour-only cues) for low vision. Sizes are CSS pixels; the platform scales them.
#include "ui/screens.h"

#include "imgui.h"
#include "ui/layout.h"

namespace leerregie::ui
{
namespace
{

ImVec4 accent_text_colour(1.0f, 1.0f, 1.0f, 1.0f);
ImVec4 error_text_colour(0.7f, 0.15f, 0.12f, 1.0f);

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
        return {rgb(0x14181F), rgb(0xE8ECF2), rgb(0xA4AEBD), rgb(0x6FA8FF), rgb(0x8DBBFF), rgb(0x0B1220),
                rgb(0x232A35), rgb(0x2E3745), rgb(0x3A4452), rgb(0xFFB4AB)};
    case Theme::Contrast:
        return {rgb(0xFFFFFF), rgb(0x000000), rgb(0x1A1A1A), rgb(0x000000), rgb(0x333333), rgb(0xFFFFFF),
                rgb(0xFFFFFF), rgb(0xE6E6E6), rgb(0x000000), rgb(0x000000)};
    case Theme::Light:
    default:
        return {rgb(0xF7F5F0), rgb(0x1D2733), rgb(0x55606E), rgb(0x1F5FAD), rgb(0x174C8C), rgb(0xFFFFFF),
                rgb(0xFFFFFF), rgb(0xEEF3FA), rgb(0xD5DBE3), rgb(0xA8231B)};
    }
}

} // namespace

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
    c[ImGuiCol_NavHighlight] = contrast ? rgb(0x000000) : colours.accent;
    c[ImGuiCol_Separator] = colours.border;
    c[ImGuiCol_TextSelectedBg] = ImVec4(colours.accent.x, colours.accent.y, colours.accent.z, 0.3f);
    accent_text_colour = colours.accent_text;
    error_text_colour = colours.error;
}

ImVec4 accent_text() { return accent_text_colour; }

ImVec4 error_text() { return error_text_colour; }

} // namespace leerregie::ui
