// Shared building blocks of the screens: a centred reading column and the few widget styles the
// app uses, so every screen has the same rhythm.
#pragma once

#include <string_view>

#include "imgui.h"

namespace leerregie::ui
{

// Sizes in CSS pixels; multiply by device_pixel_ratio() for ImGui's pixels.
constexpr float column_max_width = 680.0f;
constexpr float touch_target_height = 52.0f;

// Starts the full-window screen and a centred column; end with end_screen().
void begin_screen(const char* id);
void end_screen();

float css(float css_pixels);
void heading(std::string_view text);
void subheading(std::string_view text);
void paragraph(std::string_view text);
void muted(std::string_view text);
// A full-column-width button at least touch_target_height high; returns true when pressed.
bool primary_button(const char* label);
bool secondary_button(const char* label);
// The text colour on the theme's accent colour (primary buttons).
ImVec4 accent_text();

} // namespace leerregie::ui
