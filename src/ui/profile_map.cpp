#include "ui/profile_map.h"

#include <algorithm>
#include <cfloat>
#include <optional>
#include <vector>

#include "ui/layout.h"
#include "ui/theme.h"

namespace leerregie::ui
{
namespace
{

// The person's dot: its radius and the ring of background around it, in CSS pixels.
constexpr float dot_radius = 9.0f;
constexpr float dot_ring = 3.0f;

// The person's dot, and "Jij" by it where it covers no group's name.
void draw_own_dot(const App& app, ImVec2 dot, float left_edge, float right_edge, const std::vector<MapBox>& names)
{
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const float radius = css(dot_radius);
    draw->AddCircleFilled(dot, radius + css(dot_ring), ImGui::GetColorU32(ImGuiCol_WindowBg));
    draw->AddCircleFilled(dot, radius, ImGui::GetColorU32(ImGuiCol_PlotHistogram));
    draw->AddCircle(dot, radius, text, 0, css(1.5f));
    const std::string& you = app.text("ui.results.you");
    const ImVec2 size = bold_font()->CalcTextSizeA(bold_font()->FontSize, FLT_MAX, 0.0f, you.c_str());
    draw->AddText(bold_font(), bold_font()->FontSize,
                  label_place(dot, radius + css(4.0f), size, left_edge, right_edge, names), text, you.c_str());
}

}  // namespace

bool MapBox::overlaps(const MapBox& other) const
{
    return min.x < other.max.x && other.min.x < max.x && min.y < other.max.y && other.min.y < max.y;
}

bool MapBox::touches_circle(ImVec2 centre, float radius) const
{
    const float dx = std::clamp(centre.x, min.x, max.x) - centre.x;
    const float dy = std::clamp(centre.y, min.y, max.y) - centre.y;
    return dx * dx + dy * dy < radius * radius;
}

ImVec2 label_place(ImVec2 dot, float gap, ImVec2 size, float left_edge, float right_edge,
                   const std::vector<MapBox>& names)
{
    const ImVec2 places[] = {{dot.x + gap, dot.y - size.y * 0.5f},
                             {dot.x - gap - size.x, dot.y - size.y * 0.5f},
                             {dot.x - size.x * 0.5f, dot.y + gap},
                             {dot.x - size.x * 0.5f, dot.y - gap - size.y}};
    std::optional<ImVec2> first_inside;
    for (const ImVec2& place : places)
    {
        if (place.x < left_edge || place.x + size.x > right_edge)
            continue;
        const MapBox label{place, place + size};
        if (std::none_of(names.begin(), names.end(), [&](const MapBox& name) { return name.overlaps(label); }))
            return place;
        if (!first_inside)
            first_inside = place;
    }
    return first_inside.value_or(places[0]);
}

ImVec2 ProfileMap::at(double agency, double conversion) const
{
    return origin + ImVec2(side * float(std::clamp(agency, 0.0, 100.0) / 100.0),
                           side * (1.0f - float(std::clamp(conversion, 0.0, 100.0) / 100.0)));
}

ProfileMap draw_profile_map(const App& app, std::string_view tinted_profile, std::string_view description,
                            float css_side, const ProfileResult* own)
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

    std::optional<ImVec2> dot;
    if (own && own->agency && own->conversion)
        dot = map.at(*own->agency, *own->conversion);
    std::vector<MapBox> names;
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
        const float wrap = max.x - min.x - 2.0f * pad;
        const ImVec2 size =
            font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, name.c_str(), name.c_str() + name.size());
        MapBox box{min + ImVec2(pad, pad), min + ImVec2(pad, pad) + size};
        if (dot && box.touches_circle(*dot, css(dot_radius + dot_ring + 2.0f)))
            box = {ImVec2(box.min.x, max.y - pad - size.y), ImVec2(box.max.x, max.y - pad)};
        draw->AddText(font, font->FontSize, box.min, tinted ? text : muted_text, name.c_str(),
                      name.c_str() + name.size(), wrap);
        names.push_back(box);
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
    if (dot)
        draw_own_dot(app, *dot, map.origin.x, map.origin.x + map.side, names);
    return map;
}

}  // namespace leerregie::ui
