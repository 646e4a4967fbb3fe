// The app's state: which screen is shown, in which language and theme, and the texts. Screens in
// src/ui draw from it and change it; the platform layer never sees it.
#pragma once

#include <string>

#include "core/text.h"

namespace leerregie
{

enum class Screen
{
    Intro,
    Error,
};

enum class Theme
{
    Light,
    Dark,
    Contrast,
};

struct App
{
    Screen screen = Screen::Intro;
    std::string language = "nl";
    Theme theme = Theme::Light;
    Strings strings;
    std::string error_message;

    const std::string& text(std::string_view key) const { return strings.get(language, key); }
};

// Name of a screen in the page's data-screen attribute (PRODUCT.md).
const char* screen_name(Screen screen);

} // namespace leerregie
