// The browser, as the app sees it: a loop that draws only when something changed, and the few
// browser services the app uses (storage, URL, the accessible mirror, files). Only
// platform_web.cpp includes Emscripten headers or calls JavaScript.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct ImFont;

namespace leerregie::platform
{

struct FontSource
{
    std::string_view regular_ttf;
    std::string_view bold_ttf;
};

// What the app gives the loop. `draw` builds one ImGui frame between NewFrame and Render.
struct AppHooks
{
    std::function<void()> draw;
    // Called when the pixel ratio or the wanted text size changed: the app reapplies its style
    // (the platform then scales it by the pixel ratio and rebuilds the fonts).
    std::function<void()> restyle;
};

// Sets up WebGL2 and Dear ImGui on #canvas; returns false (after showing the shell's message)
// when the browser has no WebGL2.
bool init(const FontSource& fonts);

// Hands control to the browser's event loop; never returns.
void run(AppHooks hooks);

// Asks for `count` more frames; every input event does so. Three, because a tap needs them: ImGui
// takes the touch position and the press in separate frames, and popups settle on their second.
void request_frames(int count = 3);

// Text size: CSS pixels of body text before the device pixel ratio is applied.
void set_text_size(float css_pixels);
float device_pixel_ratio();
// The bold face at body size (labels, buttons) and at heading size.
ImFont* bold_font();
ImFont* heading_font();

// Browser services.
std::string query_parameter(std::string_view name);
std::string browser_language();
std::optional<std::string> storage_get(std::string_view key);
bool storage_set(std::string_view key, std::string_view value);
void storage_remove(std::string_view key);
void set_live_text(std::string_view text);
void set_screen_name(std::string_view screen);
void set_document_language(std::string_view language);

} // namespace leerregie::platform
