// The browser platform: frames handed to the renderer shell/loader.js chose for the visit (WebGL2,
// or drawn here in software where the browser gives no WebGL context), input through
// <emscripten/html5.h> fed to Dear ImGui, and the C++ side of the browser services from
// platform.h, whose JavaScript is in platform_web.js. Emscripten 3.1.6's GLFW emulation ignores
// devicePixelRatio and mishandles touch, so this layer talks to the html5 API directly.
//
// Index of this file:
// [SECTION] JavaScript (platform_web.js)
// [SECTION] State
// [SECTION] Drawing
// [SECTION] Sizing and fonts
// [SECTION] Frames on demand
// [SECTION] Input
// [SECTION] Strings from JavaScript
// [SECTION] Public functions
// [SECTION] Called from JavaScript
#include "platform/frame.h"
#include "platform/glyph_set.h"
#include "platform/platform.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>

#include "imgui.h"
#include "imgui_internal.h"  // the input event queue (render_queued_input), the font builder
#include <nlohmann/json.hpp>

// [SECTION] JavaScript (platform_web.js)

extern "C"
{
    // Drawing
    int js_renderer_is_software();
    void js_send_font_atlas(const unsigned char* pixels, int width, int height);
    void js_send_frame(const uint32_t* words, int count);
    void js_begin_software_frame(int width, int height, uint32_t background);
    void js_show_software_part(const uint32_t* pixels, int left, int top, int width, int height);
    // Sizing and input
    void js_stage_size(double* width, double* height);
    int js_focus_kind();
    char* js_keyboard_focused_control();
    // Browser services: a char* result comes from leerregieEncode (see take_string), 0 when none
    char* js_query_parameter(const char* name);
    int js_has_query_parameter(const char* name);
    char* js_browser_language();
    char* js_storage_get(const char* key, int* found);
    int js_storage_set(const char* key, const char* value, int length);
    void js_storage_remove(const char* key);
    void js_listen_to_storage();
    int js_system_preferences();
    void js_listen_to_system_preferences();
    void js_clear_offline_copy();
    void js_set_live_text(const char* text, int length);
    void js_set_document_attribute(const char* name, const char* value);
    void js_set_text_field_font_size(float css_pixels);
    char* js_today();
    void js_download(const char* name, const char* mime, const char* content, int length);
    void js_pick_text_file();
    void js_copy_text(const char* text, int length);
    void js_open_printable(const char* html, int length);
    void js_fetch_text(const char* url, int id, int timeout_ms);
    void js_remove_query_parameter(const char* name);
    char* js_take_link_fragment();
    void js_listen_to_link_fragment();
    char* js_page_address();
    // The group view's scanner
    void js_start_scanner();
    void js_stop_scanner();
    void js_place_scanner_preview(float x, float y, float width, float height);
    void js_show_scan_taken(int taken);
    // The accessible mirror
    void js_set_accessible_controls(const char* json);
    void js_focus_accessible_control(const char* id);
    char* js_take_accessible_events();
}

namespace leerregie::platform
{
namespace
{

// [SECTION] State

// The canvas's box: it takes the input, so a canvas swapped for a fresh one keeps it (loader.js).
constexpr const char* stage_selector = "#stage";
// Frames drawn in software are drawn and shown in bands this many rows high: a small buffer, and
// nothing drawn or copied where a band is only background.
constexpr int software_band_rows = 128;
// ImGui sizes a font by its line height, CSS by its em. For Noto Sans the line height is
// (ascender 1069 + descender 293) / 1000 units per em, so text fields over the canvas get
// font-size = size / 1.362 to match the canvas text.
constexpr float font_line_height_per_em = 1.362f;

static_assert(sizeof(ImDrawVert) == sizeof(FrameVertex) && sizeof(ImDrawIdx) <= 4, "the layout of platform/frame.h");

struct State
{
    AppHooks hooks;
    // The font atlas's characters; the subset font (cmake/Font.cmake) has Latin-1 and some
    // punctuation besides for those that text brings in.
    GlyphSet glyphs;
    float pixel_ratio = 0.0f;  // of the current font atlas and style; 0 until the first layout
    int frames_pending = 0;
    bool frame_scheduled = false;
    bool restyle_needed = true;
    std::vector<uint32_t> frame;               // the last frame sent (send_frame), kept to reuse its memory
    std::vector<FrameCommand> frame_commands;  // its draw commands, while send_frame collects them
    bool software_renderer = false;            // frames are drawn here, in software (drawing_in_software())
    std::vector<uint32_t> software_frame;      // the last frame drawn in software, as sent
    std::vector<uint32_t> software_pixels;     // the pixels of one of its parts, as the canvas takes them
    bool software_frame_posted = false;        // a task will draw the newest frame in software
    std::function<void(std::string)> file_loaded;
    std::function<void(bool)> copy_done;
    double last_frame_time = 0.0;  // in seconds, when the last frame began; 0 before the first
    std::string screen_name;
    std::string document_language;
    std::string document_theme;
    std::vector<std::function<void(FetchResult)>> fetches;  // indexed by the id given to JavaScript
    std::function<void(std::string)> storage_changed;
    std::function<void(std::string)> link_fragment_changed;
    std::function<void()> system_preferences_changed;
    std::function<void(ScannerStatus)> scanner_status;
    std::function<void(std::string)> scanner_read;
    // Where the camera's picture is, in CSS pixels (width 0: hidden), as last told to the page (none:
    // to be told again), and as this frame's screen placed it.
    std::optional<ImVec4> preview_shown = ImVec4();
    ImVec4 preview_placed;
};

State state;

// [SECTION] Drawing

// Whether this visit's frames are drawn here in software, for a 2D canvas, rather than by WebGL2.
bool drawing_in_software() { return state.software_renderer; }

// The atlas's pixels are needed only to draw in software: the glyphs' places in it are all ImGui
// needs, and the WebGL renderer has its own copy.
void release_font_atlas_pixels() { ImGui::GetIO().Fonts->ClearTexData(); }

// Builds the atlas of the fonts just added, which goes to the renderer as one byte of coverage per
// pixel (never converted to RGBA). The stb_truetype builder is called directly:
// ImFontAtlas::Build() would also link in Dear ImGui's own font, for an atlas without any.
void build_and_send_font_atlas()
{
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(&atlas);
    js_send_font_atlas(atlas.TexPixelsAlpha8, atlas.TexWidth, atlas.TexHeight);
    state.software_frame.clear();  // the same frame over a new atlas looks different
    if (!drawing_in_software())
        release_font_atlas_pixels();
}

// Draws a frame on the main thread without a GPU, the way shell/renderer.js draws it with WebGL2,
// and hands the parts that are not all background to the 2D canvas.
void draw_in_software(const std::vector<uint32_t>& words)
{
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    // A frame the same as the last is not drawn again: ImGui's frames that settle a change often
    // are. Nor is one made before a lost WebGL context left its atlas here: the next frame is.
    if (words == state.software_frame || !atlas.TexPixelsAlpha8)
        return;
    state.software_frame = words;
    SoftwareFrame frame;
    if (!frame.read(words.data(), words.size()))
        return;
    const CoverageImage coverage{atlas.TexPixelsAlpha8, atlas.TexWidth, atlas.TexHeight};
    js_begin_software_frame(frame.width(), frame.height(), frame.background());
    for (const PixelBox& part : frame.parts(software_band_rows, coverage))
    {
        frame.draw(part, coverage, state.software_pixels);
        js_show_software_part(state.software_pixels.data(), part.left, part.top, part.width(), part.height());
    }
}

void draw_newest_in_software()
{
    state.software_frame_posted = false;
    draw_in_software(state.frame);
}

// One frame for the renderer in the layout of platform/frame.h: the draw lists' vertices in one
// run, their indices in another (32-bit, made absolute), then the draw commands.
void send_frame(const ImDrawData& data, const ImVec4& background)
{
    constexpr size_t header_words = sizeof(FrameHeader) / 4;
    const size_t vertex_words = size_t(data.TotalVtxCount) * sizeof(ImDrawVert) / 4;
    std::vector<uint32_t>& words = state.frame;
    words.resize(header_words + vertex_words + size_t(data.TotalIdxCount));
    std::vector<FrameCommand>& commands = state.frame_commands;
    commands.clear();
    uint32_t* vertices = words.data() + header_words;
    uint32_t* indices = vertices + vertex_words;
    uint32_t first_vertex = 0, index_count = 0;
    for (const ImDrawList* list : data.CmdLists)
    {
        std::memcpy(vertices + first_vertex * sizeof(ImDrawVert) / 4, list->VtxBuffer.Data,
                    size_t(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        for (const ImDrawCmd& command : list->CmdBuffer)
        {
            if (command.UserCallback || command.ElemCount == 0)
                continue;
            const ImDrawIdx* source = list->IdxBuffer.Data + command.IdxOffset;
            const uint32_t base = first_vertex + command.VtxOffset;
            for (unsigned int index = 0; index < command.ElemCount; ++index)
                indices[index_count + index] = base + source[index];
            const ImVec4& clip = command.ClipRect;
            commands.push_back({{clip.x, clip.y, clip.z, clip.w}, command.ElemCount, index_count});
            index_count += command.ElemCount;
        }
        first_vertex += uint32_t(list->VtxBuffer.Size);
    }
    words.resize(header_words + vertex_words + index_count + commands.size() * sizeof(FrameCommand) / 4);
    std::memcpy(words.data() + header_words + vertex_words + index_count, commands.data(),
                commands.size() * sizeof(FrameCommand));
    const FrameHeader header{uint32_t(data.DisplaySize.x),
                             uint32_t(data.DisplaySize.y),
                             {background.x, background.y, background.z},
                             uint32_t(data.TotalVtxCount),
                             index_count,
                             uint32_t(commands.size())};
    std::memcpy(words.data(), &header, sizeof header);
    js_send_frame(words.data(), int(words.size()));
    // Drawn in software in a task of its own, which keeps this one (often an input event's) short,
    // and then only the newest of the frames made meanwhile.
    if (drawing_in_software() && !state.software_frame_posted)
    {
        state.software_frame_posted = true;
        post_task(draw_newest_in_software);
    }
}

// [SECTION] Sizing and fonts

void rebuild_fonts_and_style()
{
    ImGui::GetIO().Fonts->Clear();
    state.hooks.restyle(state.pixel_ratio, state.glyphs.ranges());
    build_and_send_font_atlas();
    state.restyle_needed = false;
}

// Frames are drawn at the canvas's CSS size times devicePixelRatio, so text is crisp; the renderer
// sizes the canvas to each frame.
void update_canvas_size()
{
    double css_width = 0.0, css_height = 0.0;
    js_stage_size(&css_width, &css_height);
    const float ratio = float(emscripten_get_device_pixel_ratio());
    ImGui::GetIO().DisplaySize = ImVec2(float(std::lround(css_width * ratio)), float(std::lround(css_height * ratio)));
    if (ratio != state.pixel_ratio)
    {
        state.pixel_ratio = ratio;
        state.restyle_needed = true;
    }
}

// The canvas's size, and the fonts and style when the pixel ratio or the text size changed.
void update_size_and_fonts()
{
    update_canvas_size();
    if (state.restyle_needed)
        rebuild_fonts_and_style();
}

// [SECTION] Frames on demand

EM_BOOL draw_frame(double, void*);

void schedule_frame()
{
    if (state.frame_scheduled || !state.hooks.draw)  // before run(): draw_first_frame asks for them
        return;
    state.frame_scheduled = true;
    emscripten_request_animation_frame(draw_frame, nullptr);
}

void render();

EM_BOOL draw_frame(double, void*)
{
    state.frame_scheduled = false;
    render();
    if (--state.frames_pending > 0)
        schedule_frame();
    return EM_FALSE;
}

// Draws one frame now. Called from tap, click and key handlers too, so that what a press does
// (open a file picker, a new tab, a download) happens inside the browser's user gesture.
void render()
{
    // Real time between frames (capped: after an idle minute the next frame is not a minute long),
    // so timed things like the answer confirmation and scroll inertia run at the right speed.
    const double now = emscripten_get_now() / 1000.0;
    ImGui::GetIO().DeltaTime =
        state.last_frame_time > 0.0 ? float(std::clamp(now - state.last_frame_time, 0.001, 0.1)) : 1.0f / 60.0f;
    state.last_frame_time = now;
    update_size_and_fonts();

    ImGui::NewFrame();
    state.preview_placed = ImVec4();
    state.hooks.draw();
    ImGui::Render();
    // The camera's picture shows where this frame's screen placed it, and nowhere when it did not.
    const ImVec4 placed = state.preview_placed;
    const std::optional<ImVec4>& shown = state.preview_shown;
    if (!shown || placed.x != shown->x || placed.y != shown->y || placed.z != shown->z || placed.w != shown->w)
    {
        state.preview_shown = placed;
        js_place_scanner_preview(placed.x, placed.y, placed.z, placed.w);
    }
    send_frame(*ImGui::GetDrawData(), ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
}

// [SECTION] Input

// Draws frames now until ImGui has taken every queued input event. ImGui takes one change of a
// button per frame (and a finger's move a frame before its press), and a quick click's press and
// release can both come before the next frame; so the click is handled here, inside the browser's
// user gesture (a file picker, a new tab and a download need one).
void render_queued_input()
{
    for (int frame = 0; frame < 3; ++frame)
    {
        render();
        if (ImGui::GetCurrentContext()->InputEventsQueue.empty())
            return;
    }
}

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
    if (event_type == EMSCRIPTEN_EVENT_MOUSEUP)
        render_queued_input();
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
    const float scale = event->deltaMode == DOM_DELTA_PIXEL  ? 1.0f / 100.0f
                        : event->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f
                                                             : 1.0f;
    // The wheel scrolls the window under it; over a text field (platform_web.js hands its turns on)
    // the pointer has left the canvas, so the place comes with the turn.
    const ImVec2 position = to_pixels(event->mouse.targetX, event->mouse.targetY);
    ImGui::GetIO().AddMousePosEvent(position.x, position.y);
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
        render_queued_input();                    // the release, inside the gesture
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
        {"Enter", ImGuiKey_Enter},
        {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Space", ImGuiKey_Space},
        {"Tab", ImGuiKey_Tab},
        {"Escape", ImGuiKey_Escape},
        {"Backspace", ImGuiKey_Backspace},
        {"Delete", ImGuiKey_Delete},
        {"ArrowLeft", ImGuiKey_LeftArrow},
        {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow},
        {"ArrowDown", ImGuiKey_DownArrow},
        {"Home", ImGuiKey_Home},
        {"End", ImGuiKey_End},
        {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown},
        {"ShiftLeft", ImGuiKey_LeftShift},
        {"ShiftRight", ImGuiKey_RightShift},
        {"ControlLeft", ImGuiKey_LeftCtrl},
        {"ControlRight", ImGuiKey_RightCtrl},
        {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt},
        {"KeyA", ImGuiKey_A},
        {"KeyC", ImGuiKey_C},
        {"KeyV", ImGuiKey_V},
        {"KeyX", ImGuiKey_X},
        {"KeyZ", ImGuiKey_Z},
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

// Where the page's focus is (js_focus_kind).
enum class FocusKind
{
    Page,
    Button,
    Radio,
    TextField,
};

// Keys a control of the mirror keeps for itself: Tab moves the page's focus, Enter and Space press
// a button, the arrows and Home and End move within a radio group, and a text field keeps all.
bool key_belongs_to_control(FocusKind focus, const char* code)
{
    const auto is = [code](const char* name) { return std::strcmp(code, name) == 0; };
    if (focus == FocusKind::TextField || is("Tab"))
        return true;
    if (focus == FocusKind::Page)
        return false;
    if (is("Enter") || is("NumpadEnter") || is("Space"))
        return true;
    return focus == FocusKind::Radio && (is("ArrowUp") || is("ArrowDown") || is("Home") || is("End"));
}

EM_BOOL on_key(int event_type, const EmscriptenKeyboardEvent* event, void*)
{
    // The page's focus is the app's only keyboard focus. Keys a focused control keeps are left to
    // the browser; their release still reaches ImGui, so that no key stays held there and repeats.
    ImGuiIO& io = ImGui::GetIO();
    if (key_belongs_to_control(FocusKind(js_focus_kind()), event->code))
    {
        if (event_type == EMSCRIPTEN_EVENT_KEYUP)
            if (const ImGuiKey key = key_from_code(event->code); key != ImGuiKey_None)
                io.AddKeyEvent(key, false);
        return EM_FALSE;
    }
    const bool down = event_type == EMSCRIPTEN_EVENT_KEYDOWN;
    io.AddKeyEvent(ImGuiMod_Ctrl, event->ctrlKey || event->metaKey);
    io.AddKeyEvent(ImGuiMod_Shift, event->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, event->altKey);
    const ImGuiKey key = key_from_code(event->code);
    if (key != ImGuiKey_None)
        io.AddKeyEvent(key, down);
    if (down)
        render_queued_input();
    request_frames();
    // Keep the browser's own shortcuts (reload, zoom, print) but not the arrows and page keys,
    // which would scroll the page away from the canvas; the app scrolls its screen itself.
    const bool browser_shortcut = event->ctrlKey || event->metaKey || std::strncmp(event->code, "F", 1) == 0;
    return !browser_shortcut && key != ImGuiKey_None;
}

EM_BOOL on_focus_change(int event_type, const EmscriptenFocusEvent* event, void*)
{
    // Only the window's own focus: the mirror's controls take and give up the page's focus all the
    // time, and the window hears those too (in the capture phase); for ImGui the app keeps its focus.
    if (std::strcmp(event->nodeName, "#window") != 0)
        return EM_FALSE;
    ImGui::GetIO().AddFocusEvent(event_type == EMSCRIPTEN_EVENT_FOCUS);
    request_frames();
    return EM_FALSE;
}

void register_input()
{
    const char* stage = stage_selector;
    emscripten_set_mousedown_callback(stage, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mousemove_callback(stage, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseleave_callback(stage, nullptr, EM_TRUE, on_mouse_leave);
    emscripten_set_wheel_callback(stage, nullptr, EM_TRUE, on_wheel);
    emscripten_set_touchstart_callback(stage, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchmove_callback(stage, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchend_callback(stage, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchcancel_callback(stage, nullptr, EM_TRUE, on_touch);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_focus_change);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_focus_change);
}

// [SECTION] Strings from JavaScript

// A text from leerregieEncode: its length, then its bytes. Null (none, or no memory for it) is "".
std::string take_string(char* owned)
{
    if (!owned)
        return {};
    uint32_t length = 0;
    std::memcpy(&length, owned, sizeof length);
    std::string result(owned + sizeof length, length);
    std::free(owned);
    return result;
}

}  // namespace

// [SECTION] Public functions

void init(std::string_view characters)
{
    state.glyphs.add(characters);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing of the layout is stored: there is nothing to remember
    // A font texture just as tall as the glyphs need (WebGL2 takes any size), and without ImGui's
    // own mouse cursors, which the browser draws: less to convert and upload.
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight | ImFontAtlasFlags_NoMouseCursors;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    io.BackendRendererName = "shell/renderer.js";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // send_frame adds each command's VtxOffset
    // Chosen by loader.js before the app started, for the whole visit (or until a lost WebGL
    // context makes it leerregie_use_software_renderer).
    state.software_renderer = js_renderer_is_software() != 0;
    register_input();
}

// The end of start-up, each step a task of its own so that the page can answer input in between:
// the font atlas, then the first frame, drawn at once rather than at the next animation frame,
// then the rest of the frames any change gets. An event that came first has drawn them already.
namespace
{
bool first_frame_made() { return state.last_frame_time > 0.0; }

void draw_first_frame()
{
    if (first_frame_made())
        return;
    render();
    request_frames(2);
}

void build_first_fonts()
{
    if (first_frame_made())
        return;
    update_size_and_fonts();
    post_task(draw_first_frame);
}
}  // namespace

void run(AppHooks hooks)
{
    state.hooks = std::move(hooks);
    post_task(build_first_fonts);
}

// Emscripten's setImmediate: a message the page posts to itself, which comes back as a task of its
// own at once, where a timer nested a few deep would be held back. Tasks run in the order posted.
void post_task(void (*task)())
{
    emscripten_set_immediate([](void* posted) { reinterpret_cast<void (*)()>(posted)(); },
                             reinterpret_cast<void*>(task));
}

void request_frames(int count)
{
    if (state.frames_pending < count)
        state.frames_pending = count;
    schedule_frame();
}

void add_glyphs(std::string_view text)
{
    if (state.glyphs.add(text))
        request_restyle();
}

void set_text_field_font_size(float css_pixels) { js_set_text_field_font_size(css_pixels / font_line_height_per_em); }

void request_restyle()
{
    state.restyle_needed = true;
    request_frames();
}

float device_pixel_ratio() { return state.pixel_ratio > 0.0f ? state.pixel_ratio : 1.0f; }

std::string query_parameter(std::string_view name)
{
    std::string value = take_string(js_query_parameter(std::string(name).c_str()));
    add_glyphs(value);
    return value;
}

bool has_query_parameter(std::string_view name) { return js_has_query_parameter(std::string(name).c_str()) != 0; }

std::string browser_language() { return take_string(js_browser_language()); }

std::optional<std::string> storage_get(std::string_view key)
{
    int found = 0;
    char* value = js_storage_get(std::string(key).c_str(), &found);
    if (!found)
        return std::nullopt;
    // A saved value without the memory to read it is not absent: stopping is better than saving over it.
    if (!value)
        std::abort();
    std::string text = take_string(value);
    add_glyphs(text);
    return text;
}

bool storage_set(std::string_view key, std::string_view value)
{
    return js_storage_set(std::string(key).c_str(), value.data(), int(value.size())) != 0;
}

void storage_remove(std::string_view key) { js_storage_remove(std::string(key).c_str()); }

void set_live_text(std::string_view text) { js_set_live_text(text.data(), int(text.size())); }

// The screens report these every frame; the page is touched only when one changes.
void set_screen_name(std::string_view screen)
{
    if (screen != state.screen_name)
        js_set_document_attribute("data-screen", (state.screen_name = screen).c_str());
}

void set_document_theme(std::string_view theme)
{
    if (theme != state.document_theme)
        js_set_document_attribute("data-theme", (state.document_theme = theme).c_str());
}

void set_document_language(std::string_view language)
{
    if (language != state.document_language)
        js_set_document_attribute("lang", (state.document_language = language).c_str());
}

std::string today() { return take_string(js_today()); }

void download_file(std::string_view file_name, std::string_view mime_type, std::string_view content)
{
    js_download(std::string(file_name).c_str(), std::string(mime_type).c_str(), content.data(), int(content.size()));
}

void pick_text_file(std::function<void(std::string)> on_loaded)
{
    state.file_loaded = std::move(on_loaded);
    js_pick_text_file();
}

void copy_text(std::string_view text, std::function<void(bool copied)> done)
{
    state.copy_done = std::move(done);
    js_copy_text(text.data(), int(text.size()));
}

void open_printable(std::string_view html) { js_open_printable(html.data(), int(html.size())); }

void fetch_text(std::string_view url, int timeout_ms, std::function<void(FetchResult)> on_done)
{
    state.fetches.push_back(std::move(on_done));
    js_fetch_text(std::string(url).c_str(), int(state.fetches.size() - 1), timeout_ms);
}

void on_storage_change(std::function<void(std::string key)> changed)
{
    state.storage_changed = std::move(changed);
    js_listen_to_storage();
}

SystemPreferences system_preferences()
{
    const int bits = js_system_preferences();
    return {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0};
}

void on_system_preferences_change(std::function<void()> changed)
{
    state.system_preferences_changed = std::move(changed);
    js_listen_to_system_preferences();
}

void clear_offline_copy() { js_clear_offline_copy(); }

void remove_query_parameter(std::string_view name) { js_remove_query_parameter(std::string(name).c_str()); }

std::string take_link_fragment()
{
    std::string fragment = take_string(js_take_link_fragment());
    add_glyphs(fragment);
    return fragment;
}

void on_link_fragment(std::function<void(std::string fragment)> changed)
{
    state.link_fragment_changed = std::move(changed);
    js_listen_to_link_fragment();
}

std::string page_address()
{
    static const std::string address = take_string(js_page_address());  // no path change in a visit
    return address;
}

void start_scanner(std::function<void(ScannerStatus)> status, std::function<void(std::string text)> read)
{
    state.scanner_status = std::move(status);
    state.scanner_read = std::move(read);
    js_start_scanner();
}

void stop_scanner()
{
    state.scanner_status = nullptr;
    state.scanner_read = nullptr;
    state.preview_shown = ImVec4();
    js_stop_scanner();
}

void place_scanner_preview(float x, float y, float width, float height)
{
    state.preview_placed = ImVec4(std::round(x / state.pixel_ratio), std::round(y / state.pixel_ratio),
                                  std::round(width / state.pixel_ratio), std::round(height / state.pixel_ratio));
}

void show_scan_taken(bool taken) { js_show_scan_taken(taken ? 1 : 0); }

void set_accessible_controls(const std::string& controls_json) { js_set_accessible_controls(controls_json.c_str()); }

void focus_accessible_control(std::string_view id) { js_focus_accessible_control(std::string(id).c_str()); }

std::string keyboard_focused_control() { return take_string(js_keyboard_focused_control()); }

std::vector<AccessibleEvent> take_accessible_events()
{
    std::vector<AccessibleEvent> events;
    const std::string text = take_string(js_take_accessible_events());
    if (text.empty())
        return events;
    // As a string_view, as the core parses: one instantiation of the parser in the wasm, not two.
    const nlohmann::json list = nlohmann::json::parse(std::string_view(text), nullptr, false);
    if (!list.is_array())
        return events;
    // Checked before reading: with no exceptions in the web build, value() on a wrong type aborts.
    const auto text_of = [](const nlohmann::json& entry, const char* key) {
        const auto found = entry.find(key);
        return found != entry.end() && found->is_string() ? found->get<std::string>() : std::string();
    };
    for (const nlohmann::json& entry : list)
    {
        if (!entry.is_object())
            continue;
        const auto flag = [&entry](const char* key) {
            const auto found = entry.find(key);
            return found != entry.end() && found->is_boolean() && found->get<bool>();
        };
        events.push_back({text_of(entry, "id"), flag("isText"), text_of(entry, "value"), flag("byArrowKey")});
        add_glyphs(events.back().text);
    }
    return events;
}

}  // namespace leerregie::platform

// [SECTION] Called from JavaScript

// From js_pick_text_file, with the file's text.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_file_loaded(char* text)
{
    std::string content = leerregie::platform::take_string(text);
    leerregie::platform::add_glyphs(content);
    if (leerregie::platform::state.file_loaded)
        leerregie::platform::state.file_loaded(std::move(content));
    leerregie::platform::request_frames();
}

// From js_copy_text.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_copied(int copied)
{
    if (leerregie::platform::state.copy_done)
        leerregie::platform::state.copy_done(copied != 0);
    leerregie::platform::request_frames();
}

// From js_listen_to_storage when another tab changed local storage.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_storage_changed(char* key)
{
    const std::string changed = leerregie::platform::take_string(key);
    if (leerregie::platform::state.storage_changed)
        leerregie::platform::state.storage_changed(changed);
    leerregie::platform::request_frames();
}

// From the mirror when the page's focus moved: the canvas draws the focus ring where it is now.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_focus_moved() { leerregie::platform::request_frames(); }

// From js_listen_to_system_preferences when the system's colour scheme, contrast or motion changed.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_system_preferences_changed()
{
    if (leerregie::platform::state.system_preferences_changed)
        leerregie::platform::state.system_preferences_changed();
    leerregie::platform::request_frames();
}

// From js_listen_to_link_fragment when a link changed the address's fragment in this tab.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_link_fragment_changed()
{
    std::string fragment = leerregie::platform::take_link_fragment();
    if (leerregie::platform::state.link_fragment_changed && !fragment.empty())
        leerregie::platform::state.link_fragment_changed(std::move(fragment));
    leerregie::platform::request_frames();
}

// From the scanner (js_start_scanner): how the camera is doing. The picture is placed again once it
// is there.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_scanner_status(int status)
{
    using leerregie::platform::ScannerStatus;
    leerregie::platform::state.preview_shown.reset();
    if (leerregie::platform::state.scanner_status && status >= 0 && status <= int(ScannerStatus::Failed))
        leerregie::platform::state.scanner_status(ScannerStatus(status));
    leerregie::platform::request_frames();
}

// From the scanner with the text of a QR code in view.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_scanner_read(char* text)
{
    std::string read = leerregie::platform::take_string(text);
    leerregie::platform::add_glyphs(read);
    if (leerregie::platform::state.scanner_read)
        leerregie::platform::state.scanner_read(std::move(read));
    leerregie::platform::request_frames();
}

// From loader.js when the stage's size changed.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_stage_resized() { leerregie::platform::request_frames(); }

// From loader.js when the WebGL context was lost (or cannot draw): the rest of the visit is drawn
// in software on a fresh canvas. The font atlas is built again, as only software drawing keeps its
// pixels, and sent; the current screen is drawn again, where the person was.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_use_software_renderer()
{
    leerregie::platform::state.software_renderer = true;
    leerregie::platform::request_restyle();
}

// From js_fetch_text when a fetch is done.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_fetch_done(int id, int status, char* text)
{
    leerregie::platform::FetchResult result{status, leerregie::platform::take_string(text)};
    leerregie::platform::add_glyphs(result.text);
    auto& fetches = leerregie::platform::state.fetches;
    if (id >= 0 && size_t(id) < fetches.size() && fetches[size_t(id)])
        std::exchange(fetches[size_t(id)], nullptr)(std::move(result));
    leerregie::platform::request_frames();
}

// An activation in the accessible mirror is drawn at once, inside the browser's event, so what it
// does (a file picker, a new tab, a download) counts as the person's own gesture.
extern "C" EMSCRIPTEN_KEEPALIVE void leerregie_draw_now()
{
    leerregie::platform::render();
    leerregie::platform::request_frames();
}
