#include "ui/layout.h"

#include <algorithm>

#include "platform/platform.h"

namespace leerregie::ui
{
namespace
{
float column_indent = 0.0f;
float column_width = 0.0f;
} // namespace

float css(float css_pixels) { return css_pixels * platform::device_pixel_ratio(); }

void begin_screen(const char* id)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    const float padding = ImGui::GetStyle().WindowPadding.x;
    const float available = viewport->Size.x - 2.0f * padding;
    column_width = std::min(available, css(column_max_width));
    column_indent = std::max(0.0f, (available - column_width) * 0.5f);
    ImGui::Dummy(ImVec2(0.0f, css(12.0f)));
    if (column_indent > 0.0f)
        ImGui::Indent(column_indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width);
}

void end_screen()
{
    ImGui::PopTextWrapPos();
    if (column_indent > 0.0f)
        ImGui::Unindent(column_indent);
    ImGui::Dummy(ImVec2(0.0f, css(24.0f)));
    ImGui::End();
}

void heading(std::string_view text)
{
    ImGui::PushFont(platform::heading_font());
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0.0f, css(4.0f)));
}

void subheading(std::string_view text)
{
    ImGui::PushFont(platform::bold_font());
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    ImGui::PopFont();
}

void paragraph(std::string_view text)
{
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    ImGui::Dummy(ImVec2(0.0f, css(6.0f)));
}

void muted(std::string_view text)
{
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    paragraph(text);
    ImGui::PopStyleColor();
}

bool primary_button(const char* label)
{
    ImGui::PushFont(platform::bold_font());
    ImGui::PushStyleColor(ImGuiCol_Text, accent_text());
    const bool pressed = ImGui::Button(label, ImVec2(column_width, css(touch_target_height)));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return pressed;
}

bool secondary_button(const char* label)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_FrameBgHovered]);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, style.Colors[ImGuiCol_FrameBgActive]);
    ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_Text]);
    const bool pressed = ImGui::Button(label, ImVec2(column_width, css(touch_target_height)));
    ImGui::PopStyleColor(4);
    return pressed;
}

} // namespace leerregie::ui
