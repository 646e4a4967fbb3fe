#include "ui/profile_map.h"

#include <algorithm>

#include "ui/layout.h"
#include "ui/theme.h"

namespace leerregie::ui
{

ImVec2 ProfileMap::at(double agency, double conversion) const
{
    return origin + ImVec2(side * float(std::clamp(agency, 0.0, 100.0) / 100.0),
                           side * (1.0f - float(std::clamp(conversion, 0.0, 100.0) / 100.0)));
}

ProfileMap draw_profile_map(const App& app, std::string_view tinted_profile, std::string_view description,
                            float css_side)
{
    const float side = std::min(column_width(), css(css_side));
    const float label_height = ImGui::GetTextLineHeightWithSpacing();
    const ProfileMap map{ImGui::GetCursorScreenPos() + ImVec2((column_width() - side) * 0.5f, label_height), side};
    ImGui::Dummy(ImVec2(column_width(), side + 2.0f * label_height));
    picture("profile-map", description);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 tint = ImGui::GetColorU32(ImGuiCol_FrameBgHovered);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted_text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const double threshold = app.profiles.threshold;

    const float pad = css(8.0f);
    for (const Profile& profile : app.profiles.profiles)
    {
        if (profile.agency.empty())
            continue;
        const bool high_x = profile.agency == "high", high_y = profile.conversion == "high";
        const ImVec2 min = map.at(high_x ? threshold : 0.0, high_y ? 100.0 : threshold);
        const ImVec2 max = map.at(high_x ? 100.0 : threshold, high_y ? threshold : 0.0);
        const bool tinted = profile.id == tinted_profile;
        if (tinted)
            draw->AddRectFilled(min, max, tint);
        const std::string& name = app.local(profile.name);
        ImFont* font = tinted ? bold_font() : ImGui::GetFont();
        draw->AddText(font, font->FontSize, min + ImVec2(pad, pad), tinted ? text : muted_text, name.c_str(),
                      name.c_str() + name.size(), max.x - min.x - 2.0f * pad);
    }
    draw->AddRect(map.at(0.0, 100.0), map.at(100.0, 0.0), border, 0.0f, 0, css(1.5f));
    draw->AddLine(map.at(threshold, 0.0), map.at(threshold, 100.0), border, css(1.5f));
    draw->AddLine(map.at(0.0, threshold), map.at(100.0, threshold), border, css(1.5f));

    // The axes' names at their high ends, each with an arrowhead pointing to "more".
    const std::string& x_label = app.text("ui.results.map_x");
    const std::string& y_label = app.text("ui.results.map_y");
    const float head = css(6.0f);
    const ImVec2 x_size = ImGui::CalcTextSize(x_label.c_str());
    const ImVec2 x_end = map.at(100.0, 0.0) + ImVec2(0.0f, label_height * 0.5f + css(2.0f));
    draw->AddTriangleFilled(x_end, x_end + ImVec2(-head, -head * 0.7f), x_end + ImVec2(-head, head * 0.7f), text);
    draw->AddText(x_end + ImVec2(-head - css(4.0f) - x_size.x, -x_size.y * 0.5f), text, x_label.c_str());
    const ImVec2 y_end = map.origin - ImVec2(0.0f, label_height * 0.5f + css(2.0f)) + ImVec2(head * 0.7f, 0.0f);
    draw->AddTriangleFilled(y_end + ImVec2(0.0f, -head), y_end + ImVec2(-head * 0.7f, 0.0f),
                            y_end + ImVec2(head * 0.7f, 0.0f), text);
    draw->AddText(y_end + ImVec2(head * 0.7f + css(4.0f), -ImGui::GetTextLineHeight() * 0.5f - head * 0.5f), text,
                  y_label.c_str());
    return map;
}

}  // namespace leerregie::ui
