// The browser platform: WebGL2 through <emscripten/html5.h>, input fed to Dear ImGui, and the
// browser services from platform.h. Emscripten 3.1.6's GLFW emulation ignores devicePixelRatio
// and mishandles touch, so this layer talks to the html5 API directly.
#include "platform/platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "imgui.h"
#include "imgui_impl_opengl3.h"

namespace leerregie::platform
{
namespace
{

// [SECTION] State

constexpr const char* canvas_selector = "#canvas";
constexpr float heading_scale = 1.4f;
// Glyphs kept in the subset font (cmake/Font.cmake lists the same code points).
constexpr ImWchar glyph_ranges[] = {0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC,
                                    0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0};

struct State
{
    AppHooks hooks;
    FontSource fonts;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    float text_size = 19.0f;
    float pixel_ratio = 0.0f;  // of the current font atlas and style; 0 until the first layout
    float css_width = 0.0f;
    float css_height = 0.0f;
    int frames_pending = 0;
    bool frame_scheduled = false;
    bool restyle_needed = true;
};

State state;

// [SECTION] Sizing and fonts

void rebuild_fonts_and_style()
{
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the font bytes live in the wasm's data section
    config.OversampleH = 1;               // sized for the exact pixel ratio, so no oversampling
    config.PixelSnapH = true;
    const float pixels = std::round(state.text_size * state.pixel_ratio);
    io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(state.fonts.regular_ttf.data()),
                                   int(state.fonts.regular_ttf.size()), pixels, &config, glyph_ranges);
    auto add_bold = [&](float size) {
        return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(state.fonts.bold_ttf.data()),
                                              int(state.fonts.bold_ttf.size()), size, &config, glyph_ranges);
    };
    state.bold = add_bold(pixels);
    state.heading = add_bold(std::round(pixels * heading_scale));
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();

    if (state.hooks.restyle)
        state.hooks.restyle();
    ImGui::GetStyle().ScaleAllSizes(state.pixel_ratio);
    state.restyle_needed = false;
}

// Matches the canvas backing store to its CSS size times devicePixelRatio, so text is crisp.
void update_canvas_size()
{
    double css_width = 0.0, css_height = 0.0;
    emscripten_get_element_css_size(canvas_selector, &css_width, &css_height);
    const float ratio = float(emscripten_get_device_pixel_ratio());
    state.css_width = float(css_width);
    state.css_height = float(css_height);
    const int width = int(std::lround(css_width * ratio));
    const int height = int(std::lround(css_height * ratio));
    int current_width = 0, current_height = 0;
    emscripten_get_canvas_element_size(canvas_selector, &current_width, &current_height);
    if (width != current_width || height != current_height)
        emscripten_set_canvas_element_size(canvas_selector, width, height);
    ImGui::GetIO().DisplaySize = ImVec2(float(width), float(height));
    if (ratio != state.pixel_ratio)
    {
        state.pixel_ratio = ratio;
        state.restyle_needed = true;
    }
}

// [SECTION] Frames on demand

EM_BOOL draw_frame(double, void*);

void schedule_frame()
{
    if (state.frame_scheduled)
        return;
    state.frame_scheduled = true;
    emscripten_request_animation_frame(draw_frame, nullptr);
}

EM_BOOL draw_frame(double, void*)
{
    state.frame_scheduled = false;
    update_canvas_size();
    if (state.restyle_needed)
        rebuild_fonts_and_style();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    state.hooks.draw();
    ImGui::Render();

    const ImVec2 size = ImGui::GetIO().DisplaySize;
    glViewport(0, 0, int(size.x), int(size.y));
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (--state.frames_pending > 0)
        schedule_frame();
    return EM_FALSE;
}

// [SECTION] Input

ImVec2 to_pixels(long css_x, long css_y)
{
    return ImVec2(float(css_x) * state.pixel_ratio, float(css_y) * state.pixel_ratio);
}

EM_BOOL on_mouse(int event_type, const EmscriptenMouseEvent* event, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    const ImVec2 position = to_pixels(event->targetX, event->targetY);
    io.AddMousePosEvent(position.x, position.y);
    if (event_type == EMSCRIPTEN_EVENT_MOUSEDOWN || event_type == EMSCRIPTEN_EVENT_MOUSEUP)
    {
        const int button = event->button == 2 ? 1 : event->button == 1 ? 2 : 0;
        io.AddMouseButtonEvent(button, event_type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
    request_frames();
    return event_type != EMSCRIPTEN_EVENT_MOUSEMOVE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*)
{
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    request_frames();
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*)
{
    // deltaMode 0 is pixels, 1 lines, 2 pages; ImGui scrolls about five lines per unit.
    const float scale = event->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : event->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 1.0f;
    ImGui::GetIO().AddMouseWheelEvent(float(-event->deltaX) * scale, float(-event->deltaY) * scale);
    request_frames();
    return EM_TRUE;
}

EM_BOOL on_touch(int event_type, const EmscriptenTouchEvent* event, void*)
{
    if (event->numTouches < 1)
        return EM_TRUE;
    const EmscriptenTouchPoint& touch = event->touches[0];
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    const ImVec2 position = to_pixels(touch.targetX, touch.targetY);
    io.AddMousePosEvent(position.x, position.y);
    if (event_type == EMSCRIPTEN_EVENT_TOUCHSTART)
        io.AddMouseButtonEvent(0, true);
    else if (event_type == EMSCRIPTEN_EVENT_TOUCHEND || event_type == EMSCRIPTEN_EVENT_TOUCHCANCEL)
    {
        io.AddMouseButtonEvent(0, false);
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // nothing stays hovered after a finger lifts
    }
    request_frames();
    return EM_TRUE;  // no compatibility mouse events: each tap counts once
}

ImGuiKey key_from_code(const char* code)
{
    struct Mapping
    {
        const char* code;
        ImGuiKey key;
    };
    static constexpr Mapping mappings[] = {
        {"Enter", ImGuiKey_Enter},          {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Space", ImGuiKey_Space},
        {"Tab", ImGuiKey_Tab},              {"Escape", ImGuiKey_Escape},           {"Backspace", ImGuiKey_Backspace},
        {"Delete", ImGuiKey_Delete},        {"ArrowLeft", ImGuiKey_LeftArrow},     {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow},      {"ArrowDown", ImGuiKey_DownArrow},     {"Home", ImGuiKey_Home},
        {"End", ImGuiKey_End},              {"PageUp", ImGuiKey_PageUp},           {"PageDown", ImGuiKey_PageDown},
        {"ShiftLeft", ImGuiKey_LeftShift},  {"ShiftRight", ImGuiKey_RightShift},   {"ControlLeft", ImGuiKey_LeftCtrl},
        {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt},       {"AltRight", ImGuiKey_RightAlt},
        {"KeyA", ImGuiKey_A},               {"KeyC", ImGuiKey_C},                  {"KeyV", ImGuiKey_V},
        {"KeyX", ImGuiKey_X},               {"KeyZ", ImGuiKey_Z},
    };
    for (const Mapping& mapping : mappings)
        if (std::strcmp(code, mapping.code) == 0)
            return mapping.key;
    // Digits from the top row and the keypad alike.
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == 0)
        return ImGuiKey(ImGuiKey_0 + (code[5] - '0'));
    if (std::strncmp(code, "Numpad", 6) == 0 && code[6] >= '0' && code[6] <= '9' && code[7] == 0)
        return ImGuiKey(ImGuiKey_0 + (code[6] - '0'));
    return ImGuiKey_None;
}

EM_BOOL on_key(int event_type, const EmscriptenKeyboardEvent* event, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    const bool down = event_type == EMSCRIPTEN_EVENT_KEYDOWN;
    io.AddKeyEvent(ImGuiMod_Ctrl, event->ctrlKey || event->metaKey);
    io.AddKeyEvent(ImGuiMod_Shift, event->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, event->altKey);
    const ImGuiKey key = key_from_code(event->code);
    if (key != ImGuiKey_None)
        io.AddKeyEvent(key, down);
    // Printable characters become text when ImGui edits text; a key event's `key` is that text.
    const bool printable = down && std::strlen(event->key) > 0 && (unsigned char)event->key[0] >= 0x20 &&
                           (std::strlen(event->key) == 1 || (unsigned char)event->key[0] >= 0x80) &&
                           !event->ctrlKey && !event->metaKey;
    if (printable && io.WantTextInput)
        io.AddInputCharactersUTF8(event->key);
    request_frames();
    // Keep the browser's own shortcuts (reload, zoom, print) but not Tab or the arrows, which
    // would move focus or scroll the page away from the canvas.
    const bool browser_shortcut = event->ctrlKey || event->metaKey || std::strncmp(event->code, "F", 1) == 0;
    return !browser_shortcut && key != ImGuiKey_None;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*)
{
    request_frames();
    return EM_FALSE;
}

EM_BOOL on_focus_change(int event_type, const EmscriptenFocusEvent*, void*)
{
    ImGui::GetIO().AddFocusEvent(event_type == EMSCRIPTEN_EVENT_FOCUS);
    request_frames();
    return EM_FALSE;
}

void register_input()
{
    const char* canvas = canvas_selector;
    emscripten_set_mousedown_callback(canvas, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mousemove_callback(canvas, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseleave_callback(canvas, nullptr, EM_TRUE, on_mouse_leave);
    emscripten_set_wheel_callback(canvas, nullptr, EM_TRUE, on_wheel);
    emscripten_set_touchstart_callback(canvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchmove_callback(canvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchend_callback(canvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchcancel_callback(canvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_resize);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_focus_change);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_focus_change);
}

// [SECTION] JavaScript services

// Strings cross from JavaScript as malloc'ed UTF-8, freed by the C++ side.
EM_JS(char*, js_query_parameter, (const char* name), {
    const value = new URLSearchParams(window.location.search).get(UTF8ToString(name));
    return value === null ? 0 : allocateUTF8(value);
});
EM_JS(char*, js_browser_language, (), { return allocateUTF8(navigator.language || ""); });
EM_JS(char*, js_storage_get, (const char* key), {
    try {
        const value = window.localStorage.getItem(UTF8ToString(key));
        return value === null ? 0 : allocateUTF8(value);
    } catch (error) {
        return 0;  // storage refused (private mode, blocked third-party storage)
    }
});
EM_JS(int, js_storage_set, (const char* key, const char* value, int length), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value, length));
        return 1;
    } catch (error) {
        return 0;  // full or refused
    }
});
EM_JS(void, js_storage_remove, (const char* key), {
    try { window.localStorage.removeItem(UTF8ToString(key)); } catch (error) {}
});
EM_JS(void, js_set_live_text, (const char* text, int length), {
    const live = document.getElementById("live");
    const value = UTF8ToString(text, length);
    if (live && live.textContent !== value) live.textContent = value;
});
EM_JS(void, js_set_document_attribute, (const char* name, const char* value), {
    document.documentElement.setAttribute(UTF8ToString(name), UTF8ToString(value));
});
EM_JS(void, js_started, (), {
    document.documentElement.classList.add("started");
});

std::string take_string(char* owned)
{
    if (!owned)
        return {};
    std::string result(owned);
    std::free(owned);
    return result;
}

} // namespace

// [SECTION] Public functions

bool init(const FontSource& fonts)
{
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(canvas_selector, &attributes);
    if (context <= 0)
    {
        js_set_document_attribute("data-screen", "error");
        js_set_document_attribute("data-failure", "webgl2");
        return false;
    }
    emscripten_webgl_make_context_current(context);

    state.fonts = fonts;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing of the layout is stored: there is nothing to remember
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    ImGui_ImplOpenGL3_Init("#version 300 es");
    register_input();
    return true;
}

void run(AppHooks hooks)
{
    state.hooks = std::move(hooks);
    js_started();
    request_frames();
    emscripten_exit_with_live_runtime();
}

void request_frames(int count)
{
    if (state.frames_pending < count)
        state.frames_pending = count;
    schedule_frame();
}

void set_text_size(float css_pixels)
{
    if (css_pixels == state.text_size)
        return;
    state.text_size = css_pixels;
    state.restyle_needed = true;
    request_frames();
}

float device_pixel_ratio() { return state.pixel_ratio > 0.0f ? state.pixel_ratio : 1.0f; }

ImFont* bold_font() { return state.bold; }

ImFont* heading_font() { return state.heading; }

std::string query_parameter(std::string_view name) { return take_string(js_query_parameter(std::string(name).c_str())); }

std::string browser_language() { return take_string(js_browser_language()); }

std::optional<std::string> storage_get(std::string_view key)
{
    char* value = js_storage_get(std::string(key).c_str());
    if (!value)
        return std::nullopt;
    return take_string(value);
}

bool storage_set(std::string_view key, std::string_view value)
{
    return js_storage_set(std::string(key).c_str(), value.data(), int(value.size())) != 0;
}

void storage_remove(std::string_view key) { js_storage_remove(std::string(key).c_str()); }

void set_live_text(std::string_view text) { js_set_live_text(text.data(), int(text.size())); }

void set_screen_name(std::string_view screen) { js_set_document_attribute("data-screen", std::string(screen).c_str()); }

void set_document_language(std::string_view language)
{
    js_set_document_attribute("lang", std::string(language).c_str());
}

} // namespace leerregie::platform
