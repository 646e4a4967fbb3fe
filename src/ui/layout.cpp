#include "ui/layout.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/text.h"
#include "imgui_internal.h"
#include "platform/platform.h"
#include "ui/theme.h"

namespace leerregie::ui
{
namespace
{

float indent = 0.0f;
float width = 0.0f;

// [SECTION] Touch scrolling
// A drag on a touch screen scrolls the screen (ImGui has no touch scrolling of its own); once a
// drag passes a few pixels it is a scroll, not a tap, so the button under the finger is let go.
// On release the scroll keeps going and slows down, like a native page, unless the system asks for
// reduced motion.
struct TouchScroll
{
    float velocity = 0.0f;  // device pixels per second
    bool dragging = false;
};
TouchScroll touch_scroll;
constexpr float drag_threshold_css = 8.0f;
constexpr float inertia_decay_per_second = 4.0f;
bool scroll_inertia = true;

void scroll_by_touch()
{
    ImGuiIO& io = ImGui::GetIO();
    const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
    if (touch && ImGui::IsMouseDown(0) && ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
    {
        if (!touch_scroll.dragging && ImGui::IsMouseDragging(0, css(drag_threshold_css)))
        {
            touch_scroll.dragging = true;
            ImGui::ClearActiveID();
        }
        if (touch_scroll.dragging)
        {
            ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
            if (io.DeltaTime > 0.0f)
                touch_scroll.velocity = -io.MouseDelta.y / io.DeltaTime;
        }
        return;
    }
    touch_scroll.dragging = false;
    if (scroll_inertia && std::fabs(touch_scroll.velocity) > css(20.0f))
    {
        ImGui::SetScrollY(ImGui::GetScrollY() + touch_scroll.velocity * io.DeltaTime);
        touch_scroll.velocity *= std::exp(-inertia_decay_per_second * io.DeltaTime);
        platform::request_frames(2);
    }
    else
        touch_scroll.velocity = 0.0f;
}

// [SECTION] Accessible mirror

nlohmann::json mirror_controls = nlohmann::json::array();
std::vector<platform::AccessibleEvent> mirror_events;
// Per text field on screen, the text its <textarea> last sent: the field shows it already. A field
// that leaves the screen is forgotten, so its new <textarea> gets the text when it comes back.
std::map<std::string, std::string, std::less<>> typed_text;
std::vector<std::string> text_fields_drawn;
// The control the page's keyboard focus is on (platform::keyboard_focused_control), and whether it
// came there since the last frame: then the screen scrolls to show it.
std::string keyboard_focus;
bool keyboard_focus_moved = false;
// The option_button that last returned true was checked by an arrow key in its radio group.
bool option_by_arrow_key = false;
// An open list (begin_list): the mirror gives each of its items as one entry, with the texts drawn
// for that item joined in it, so a screen reader walks the list item by item.
struct OpenList
{
    std::string name;
    std::optional<size_t> item;  // index in mirror_controls of the current item, once there is one
};
OpenList open_list;

void mirror_add(const char* id, const char* role, std::string_view label, bool with_rect, bool checked = false,
                std::string_view group = {}, const std::string* value = nullptr, size_t max_characters = 0,
                bool enabled = true)
{
    const bool is_text =
        std::strcmp(role, "text") == 0 || std::strcmp(role, "heading") == 0 || std::strcmp(role, "subheading") == 0;
    if (open_list.item && is_text)
    {
        nlohmann::json& item_label = mirror_controls[*open_list.item]["label"];
        std::string words = item_label.get<std::string>();
        if (!words.empty())
            words += std::string_view(".!?:").find(words.back()) == std::string_view::npos ? ". " : " ";
        item_label = words.append(label);
        return;
    }
    const std::string key = *id ? std::string(id) : "text-" + std::to_string(mirror_controls.size());
    nlohmann::json control = {{"id", key}, {"role", role}, {"label", std::string(label)}};
    if (checked)
        control["checked"] = true;
    if (!group.empty())
        control["group"] = std::string(group);
    if (value)
        control["value"] = *value;
    if (max_characters > 0)
        control["max"] = max_characters;
    if (!enabled)
        control["disabled"] = true;
    if (with_rect)
    {
        const float ratio = platform::device_pixel_ratio();
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        control["x"] = std::round(min.x / ratio);
        control["y"] = std::round(min.y / ratio);
        control["w"] = std::round((max.x - min.x) / ratio);
        control["h"] = std::round((max.y - min.y) / ratio);
    }
    mirror_controls.push_back(std::move(control));
}

// The focus ring around the item just drawn when the page's keyboard focus is on its control; the
// mirror marks that control ("ring"), so a test can tell the ring and the page's focus are one.
// A control the keyboard just reached is scrolled into view.
void focus_ring(const char* id)
{
    if (keyboard_focus.empty() || keyboard_focus != id)
        return;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float gap = css(4.0f), thickness = css(3.0f);  // the ring lies 2.5 to 5.5 CSS pixels out
    ImGui::GetWindowDrawList()->AddRect(min - ImVec2(gap, gap), max + ImVec2(gap, gap),
                                        ImGui::GetColorU32(focus_ring_colour()), ImGui::GetStyle().FrameRounding + gap,
                                        0, thickness);
    if (!mirror_controls.empty())
        mirror_controls.back()["ring"] = true;
    if (keyboard_focus_moved)
    {
        scroll_into_view();
        keyboard_focus_moved = false;
    }
}

// Up, Down, Page Up, Page Down, Home and End scroll the screen, as on a web page; a focused radio
// group or text field keeps them (platform_web.cpp).
void scroll_by_keys()
{
    const float line = ImGui::GetTextLineHeightWithSpacing() * 2.0f;
    const float page = ImGui::GetWindowHeight() * 0.85f;
    float scroll = ImGui::GetScrollY();
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow))
        scroll -= line;
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow))
        scroll += line;
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp))
        scroll -= page;
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown))
        scroll += page;
    if (ImGui::IsKeyPressed(ImGuiKey_Home, false))
        scroll = 0.0f;
    if (ImGui::IsKeyPressed(ImGuiKey_End, false))
        scroll = ImGui::GetScrollMaxY();
    scroll = std::clamp(scroll, 0.0f, ImGui::GetScrollMaxY());
    if (scroll != ImGui::GetScrollY())
        ImGui::SetScrollY(scroll);
}

// True when the mirror's control `id` was activated; `by_arrow_key` tells whether an arrow key
// checked it in its radio group.
bool mirror_activated(const char* id, bool* by_arrow_key = nullptr)
{
    for (auto event = mirror_events.begin(); event != mirror_events.end(); ++event)
    {
        if (!event->is_text && event->id == id)
        {
            if (by_arrow_key)
                *by_arrow_key = event->by_arrow_key;
            mirror_events.erase(event);
            return true;
        }
    }
    return false;
}

// A button whose label wraps onto more lines, the button growing taller, where its width does not
// hold the label in one (zoomed in, large text): cut off, the label could not be read. Lines are
// placed at `align_x` of the room inside the padding (0 left, 0.5 centred).
bool wrapping_button(std::string_view label, ImVec2 size, float align_x)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* const end = label.data() + label.size();
    const float wrap_width = std::max(1.0f, size.x - 2.0f * style.FramePadding.x);
    const ImVec2 text = ImGui::CalcTextSize(label.data(), end, false, wrap_width);
    size.y = std::max(size.y, text.y + 2.0f * style.FramePadding.y);
    const bool pressed = ImGui::Button("##button", size);
    ImFont* font = ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
    const float left = ImGui::GetItemRectMin().x + style.FramePadding.x;
    float y = ImGui::GetItemRectMin().y + (size.y - text.y) * 0.5f;
    for (const char* line = label.data(); line < end; y += font_size)
    {
        const char* line_end =
            std::max(font->CalcWordWrapPositionA(font_size / font->FontSize, line, end, wrap_width), line + 1);
        const float line_width = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, line, line_end).x;
        ImGui::GetWindowDrawList()->AddText(font, font_size, ImVec2(left + (wrap_width - line_width) * align_x, y),
                                            colour, line, line_end);
        // The blanks a line breaks at are not drawn at the start of the next, as ImGui's wrapping does.
        for (line = line_end; line < end && (*line == ' ' || *line == '\n');)
            ++line;
    }
    return pressed;
}

bool styled_button(const char* id, std::string_view label, bool enabled, ImVec2 size, bool primary)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4* colours = style.Colors;
    if (primary)
    {
        ImGui::PushStyleColor(ImGuiCol_Text, accent_text());
        ImGui::PushFont(bold_font());
    }
    else
    {
        ImGui::PushStyleColor(ImGuiCol_Button, colours[ImGuiCol_FrameBg]);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours[ImGuiCol_FrameBgHovered]);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours[ImGuiCol_FrameBgActive]);
    }
    ImGui::BeginDisabled(!enabled);
    ImGui::PushID(id);
    bool pressed = wrapping_button(label, size, style.ButtonTextAlign.x);
    ImGui::PopID();
    ImGui::EndDisabled();
    if (primary)
    {
        ImGui::PopFont();
        ImGui::PopStyleColor();
    }
    else
        ImGui::PopStyleColor(3);
    mirror_add(id, "button", label, true, false, {}, nullptr, 0, enabled);
    focus_ring(id);
    // A click or tap on the widget focuses its control, as on a web page.
    if (pressed)
        platform::focus_accessible_control(id);
    if (mirror_activated(id) && enabled)
        pressed = true;
    return pressed;
}

}  // namespace

void scroll_into_view(std::optional<float> top)
{
    const ImVec2 margin(0.0f, css(16.0f));
    const ImVec2 min(ImGui::GetItemRectMin().x, top.value_or(ImGui::GetItemRectMin().y));
    ImGui::ScrollToRectEx(ImGui::GetCurrentWindow(), ImRect(min - margin, ImGui::GetItemRectMax() + margin),
                          ImGuiScrollFlags_KeepVisibleEdgeY);
    platform::request_frames(2);  // the scroll shows in the next frame, with the mirror moved along
}

void set_scroll_inertia(bool on) { scroll_inertia = on; }

float css(float css_pixels) { return css_pixels * platform::device_pixel_ratio(); }
float column_width() { return width; }

void mirror_begin_frame()
{
    std::string focus = platform::keyboard_focused_control();
    if (focus != keyboard_focus)
        keyboard_focus_moved = !focus.empty();
    keyboard_focus = std::move(focus);
    open_list = {};
    mirror_controls = nlohmann::json::array();
    text_fields_drawn.clear();
    for (platform::AccessibleEvent& event : platform::take_accessible_events())
        mirror_events.push_back(std::move(event));
}

void mirror_end_frame()
{
    // Labels and typed text may hold invalid UTF-8 (a lone surrogate pasted into a text field):
    // replace it rather than fail, as the web build has no exceptions.
    platform::set_accessible_controls(mirror_controls.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    // Events for controls that are gone (the screen changed) are dropped.
    mirror_events.clear();
    for (auto typed = typed_text.begin(); typed != typed_text.end();)
        if (std::find(text_fields_drawn.begin(), text_fields_drawn.end(), typed->first) == text_fields_drawn.end())
            typed = typed_text.erase(typed);
        else
            ++typed;
}

void begin_screen(const char* id, float max_width)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    scroll_by_touch();
    scroll_by_keys();
    const float available = ImGui::GetContentRegionAvail().x;
    width = std::min(available, css(max_width));
    indent = std::max(0.0f, (available - width) * 0.5f);
    if (indent > 0.0f)
        ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
}

void end_screen()
{
    ImGui::PopTextWrapPos();
    if (indent > 0.0f)
        ImGui::Unindent(indent);
    ImGui::Dummy(ImVec2(0.0f, css(32.0f)));
    ImGui::End();
}

void heading(std::string_view text)
{
    ImGui::PushFont(heading_font());
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    ImGui::PopFont();
    mirror_add("", "heading", text, false);
    spacer(4.0f);
}

void subheading(std::string_view text)
{
    ImGui::PushFont(bold_font());
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    ImGui::PopFont();
    mirror_add("", "subheading", text, false);
}

void bold_text(std::string_view text)
{
    ImGui::PushFont(bold_font());
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    ImGui::PopFont();
    mirror_add("", "text", text, false);
}

void paragraph(std::string_view text)
{
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    mirror_add("", "text", text, false);
    spacer(4.0f);
}

void muted(std::string_view text)
{
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    paragraph(text);
    ImGui::PopStyleColor();
}

void spacer(float css_pixels) { ImGui::Dummy(ImVec2(0.0f, css(css_pixels))); }

void label_value(std::string_view label, std::string_view value)
{
    // A long name wraps beside the value; a value that leaves it too little room goes under it.
    const float value_width = ImGui::CalcTextSize(value.data(), value.data() + value.size()).x;
    const float start = ImGui::GetCursorPosX();
    const float label_room = width - value_width - ImGui::GetStyle().ItemSpacing.x;
    const bool side_by_side = label_room >= width * 0.5f;
    ImGui::PushTextWrapPos(start + (side_by_side ? label_room : width));
    ImGui::PushFont(bold_font());
    ImGui::TextWrapped("%.*s", int(label.size()), label.data());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    if (side_by_side)
        ImGui::SameLine(start + width - value_width);
    ImGui::TextWrapped("%.*s", int(value.size()), value.data());
    mirror_add("", "text", std::string(label) + ": " + std::string(value), false);
}

void display_text(std::string_view text)
{
    ImGui::PushFont(heading_font());
    const float text_width = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    // Wider than the column (zoomed in), it wraps rather than being cut off.
    if (text_width <= width)
    {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - text_width) * 0.5f);
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
    }
    else
        ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    ImGui::PopFont();
    mirror_add("", "text", text, false);
}

bool primary_button(const char* id, std::string_view label, bool enabled)
{
    return styled_button(id, label, enabled, ImVec2(width, css(touch_target_height)), true);
}

bool secondary_button(const char* id, std::string_view label, bool enabled)
{
    return styled_button(id, label, enabled, ImVec2(width, css(touch_target_height)), false);
}

int button_pair(const char* first_id, std::string_view first_label, bool first_enabled, const char* second_id,
                std::string_view second_label, bool second_enabled)
{
    // Side by side when both labels fit on one line in half the column, else one under the other.
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float half = (width - gap) * 0.5f;
    const float padding = 2.0f * ImGui::GetStyle().FramePadding.x;
    const auto fits = [&](std::string_view label, ImFont* font) {
        return font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, label.data(), label.data() + label.size()).x +
                   padding <=
               half;
    };
    const bool side_by_side = fits(first_label, ImGui::GetFont()) && fits(second_label, bold_font());
    const ImVec2 size(side_by_side ? half : width, css(touch_target_height));
    int pressed = styled_button(first_id, first_label, first_enabled, size, false) ? 1 : 0;
    if (side_by_side)
        ImGui::SameLine();
    if (styled_button(second_id, second_label, second_enabled, size, true))
        pressed = 2;
    return pressed;
}

bool small_button(const char* id, std::string_view label)
{
    const ImVec2 text = ImGui::CalcTextSize(label.data(), label.data() + label.size());
    const ImVec2 size(std::min(text.x + 2.0f * ImGui::GetStyle().FramePadding.x, width), css(44.0f));
    return styled_button(id, label, true, size, false);
}

bool option_button(const char* id, std::string_view label, bool selected, std::string_view group)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4 fill = selected ? style.Colors[ImGuiCol_Button] : style.Colors[ImGuiCol_FrameBg];
    ImGui::PushStyleColor(ImGuiCol_Button, fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                          selected ? style.Colors[ImGuiCol_ButtonHovered] : style.Colors[ImGuiCol_FrameBgHovered]);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive,
                          selected ? style.Colors[ImGuiCol_ButtonActive] : style.Colors[ImGuiCol_FrameBgActive]);
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? accent_text() : style.Colors[ImGuiCol_Text]);
    if (selected)
        ImGui::PushFont(bold_font());
    ImGui::PushID(id);
    bool pressed = wrapping_button(label, ImVec2(width, css(touch_target_height)), 0.0f);
    ImGui::PopID();
    if (selected)
        ImGui::PopFont();
    ImGui::PopStyleColor(4);
    mirror_add(id, "radio", label, true, selected, group);
    focus_ring(id);
    if (pressed)
        platform::focus_accessible_control(id);
    option_by_arrow_key = false;
    if (mirror_activated(id, &option_by_arrow_key))
        pressed = true;
    return pressed;
}

bool text_field(const char* id, std::string_view label, std::string& value, float css_height, size_t max_characters,
                std::string_view limit_message)
{
    bold_text(label);
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, css(css_height));
    ImGui::InvisibleButton(id, size);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    draw->AddRect(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0,
                  std::max(1.0f, style.FrameBorderSize));
    bool changed = false;
    for (auto event = mirror_events.begin(); event != mirror_events.end();)
    {
        if (event->is_text && event->id == id)
        {
            // The <textarea> stops at the limit (maxlength); this holds for any other way in. A
            // longer text kept from before is not cut: only what grows past the limit stops.
            // A text cut here differs from the field's, so it is sent back to the field.
            if (character_count(event->text) > max_characters && event->text.size() > value.size())
                value = std::string(first_characters(event->text, std::max(max_characters, character_count(value))));
            else
                typed_text[id] = value = std::move(event->text);
            changed = true;
            event = mirror_events.erase(event);
        }
        else
            ++event;
    }
    // The field's own text is not sent back to it each frame (a trainer's 100,000 pasted lines
    // would be copied every frame): only a value the app set itself is.
    text_fields_drawn.push_back(id);
    const auto typed = typed_text.find(id);
    const bool from_field = typed != typed_text.end() && typed->second == value;
    mirror_add(id, "textbox", label, true, false, {}, from_field ? nullptr : &value, max_characters);
    focus_ring(id);
    if (value.size() >= max_characters && character_count(value) >= max_characters)  // bytes >= characters
    {
        ImGui::PushStyleColor(ImGuiCol_Text, error_text());
        alert_message((std::string(id) + "-limit").c_str(), limit_message);
        ImGui::PopStyleColor();
    }
    return changed;
}

bool option_chosen_by_arrow_key() { return option_by_arrow_key; }

void picture(const char* id, std::string_view description) { mirror_add(id, "img", description, true); }

void describe_progress(std::string_view text, int value, int maximum)
{
    mirror_add("progress", "progressbar", text, true);
    mirror_controls.back()["value"] = value;
    mirror_controls.back()["max"] = maximum;
}

void status_message(const char* id, std::string_view text)
{
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    mirror_add(id, "status", text, false);
    spacer(4.0f);
}

void alert_message(const char* id, std::string_view text)
{
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    mirror_add(id, "alert", text, false);
    spacer(4.0f);
}

void begin_list(std::string_view name) { open_list = {std::string(name), std::nullopt}; }

void list_item()
{
    mirror_add("", "listitem", "", false, false, open_list.name);
    open_list.item = mirror_controls.size() - 1;
}

void end_list() { open_list = {}; }

void in_language(std::string_view language)
{
    if (!mirror_controls.empty())
        mirror_controls.back()["lang"] = std::string(language);
}

void score_bar(float value, bool has_value)
{
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, css(14.0f));
    ImGui::Dummy(size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = size.y * 0.5f;
    draw->AddRectFilled(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), rounding);
    draw->AddRect(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_Border), rounding);
    if (has_value && value > 0.0f)
    {
        const float filled = std::max(size.y, size.x * std::clamp(value, 0.0f, 100.0f) / 100.0f);
        draw->AddRectFilled(top_left, ImVec2(top_left.x + filled, top_left.y + size.y),
                            ImGui::GetColorU32(ImGuiCol_PlotHistogram), rounding);
    }
    // Quarter marks, so the length reads without colour.
    for (int quarter = 1; quarter < 4; ++quarter)
    {
        const float x = top_left.x + size.x * float(quarter) / 4.0f;
        draw->AddLine(ImVec2(x, top_left.y + size.y * 0.25f), ImVec2(x, top_left.y + size.y * 0.75f),
                      ImGui::GetColorU32(ImGuiCol_Border));
    }
}

void callout(std::string_view label, std::string_view text)
{
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float pad = css(12.0f);
    ImGui::Indent(pad);
    ImGui::Dummy(ImVec2(0.0f, pad * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2.0f * pad);
    ImGui::PushFont(bold_font());
    ImGui::TextWrapped("%.*s", int(label.size()), label.data());
    ImGui::PopFont();
    ImGui::TextWrapped("%.*s", int(text.size()), text.data());
    ImGui::PopTextWrapPos();
    ImGui::Unindent(pad);
    const ImVec2 end(start.x + width, ImGui::GetCursorScreenPos().y + pad * 0.25f);
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(start, end, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), ImGui::GetStyle().FrameRounding);
    draw->ChannelsMerge();
    mirror_add("", "text", std::string(label) + ": " + std::string(text), false);
    spacer(6.0f);
}

}  // namespace leerregie::ui
