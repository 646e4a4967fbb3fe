// The browser, as the app sees it: a loop that draws only when something changed, and the few
// browser services the app uses (storage, URL, the accessible mirror, files). Only
// platform_web.cpp includes Emscripten headers or calls JavaScript.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"  // ImWchar

namespace leerregie::platform
{

// What the app gives the loop. `draw` builds one ImGui frame between NewFrame and Render.
struct AppHooks
{
    std::function<void()> draw;
    // Called before the first frame and whenever the pixel ratio, the glyphs or the app's look
    // changed (request_restyle): the app adds its fonts to the cleared atlas, with the glyphs of
    // `glyph_ranges`, and sets its style, both in device pixels. The platform then builds the atlas.
    std::function<void(float pixel_ratio, const ImWchar* glyph_ranges)> restyle;
};

// Sets up Dear ImGui and its input on the page; the renderer shell/loader.js chose draws the frames.
// `characters` are those beyond ASCII that the built-in texts use (UTF-8): the font atlas starts
// with ASCII and these only, because drawing its glyphs is a large part of start-up; text that
// comes in later (a fetched questionnaire, a file, typed or stored text) adds its own.
void init(std::string_view characters);

// Starts drawing: the font atlas and the first frame, each in a task of its own (post_task), then
// a frame whenever something changed. Returns at once; nothing is drawn before it is called.
void run(AppHooks hooks);

// Runs `task` in a task of its own, after the tasks already posted. Start-up is cut into such
// steps: a long task keeps a phone's page from answering a tap or painting until it ends.
void post_task(void (*task)());

// Asks for `count` more frames; every input event does so. Three, because a tap needs them: ImGui
// takes the touch position and the press in separate frames, and popups settle on their second.
void request_frames(int count = 3);

// Adds the characters of `text` to the font atlas; the fonts are rebuilt before the next frame only
// when one is new. The platform does so for all text it hands the app.
void add_glyphs(std::string_view text);
// The size of body text in CSS pixels, which the accessible mirror's text fields take on so that
// they match the canvas's text.
void set_text_field_font_size(float css_pixels);
// Reapplies the app's fonts and style before the next frame (AppHooks::restyle).
void request_restyle();
float device_pixel_ratio();

// Browser services.
std::string query_parameter(std::string_view name);  // "" when absent
bool has_query_parameter(std::string_view name);     // present, even when empty
std::string browser_language();
std::optional<std::string> storage_get(std::string_view key);
bool storage_set(std::string_view key, std::string_view value);
void storage_remove(std::string_view key);
void set_live_text(std::string_view text);
void set_screen_name(std::string_view screen);
void set_document_language(std::string_view language);
// The theme drawn ("light", "dark", "contrast"): the page's own colours (its text fields, the
// notices) follow it.
void set_document_theme(std::string_view theme);
std::string today();  // YYYY-MM-DD, local time

// What the person's system asks of every page (CSS media queries): the app's defaults for the
// settings the person has not chosen themselves.
struct SystemPreferences
{
    bool dark_scheme = false;     // prefers-color-scheme: dark
    bool forced_colors = false;   // forced-colors: active (Windows high contrast)
    bool more_contrast = false;   // prefers-contrast: more
    bool reduced_motion = false;  // prefers-reduced-motion: reduce
};
SystemPreferences system_preferences();
// `changed` hears when one of them changes while the page is open (the person changes the system's
// setting); a frame is drawn after it.
void on_system_preferences_change(std::function<void()> changed);

// Saves `content` as a file the person downloads.
void download_file(std::string_view file_name, std::string_view mime_type, std::string_view content);
// Lets the person pick a text file; `on_loaded` gets its content on a later frame. Call it while
// handling a tap, click or key (the platform draws such frames inside the browser's event).
void pick_text_file(std::function<void(std::string)> on_loaded);
// Puts `text` on the clipboard; `done` learns on a later frame whether that worked. Call it while
// handling a tap, click or key, as browsers allow copying only then.
void copy_text(std::string_view text, std::function<void(bool copied)> done);
// Opens an HTML document in a new tab for reading and printing (or saving as PDF).
void open_printable(std::string_view html);

// The answer to fetch_text: `status` is the HTTP status (200 when `text` holds the file), 0 when
// no answer came (network, a redirect to another site), -1 when the address was refused because
// it resolves to another origin than the page's, fetch_timed_out when the server did not answer
// in time.
constexpr int fetch_timed_out = -2;
struct FetchResult
{
    int status = 0;
    std::string text;
};
// Fetches a file from the page's own origin as text (same-origin only, no cached copy without
// asking the server), giving up after `timeout_ms`; `on_done` gets the result on a later frame.
void fetch_text(std::string_view url, int timeout_ms, std::function<void(FetchResult)> on_done);
// `changed` hears the key whenever another tab or window of this site changes local storage.
void on_storage_change(std::function<void(std::string key)> changed);
// Removes the service worker's copies of the app's files ("Alles wissen"; docs/privacy.md).
void clear_offline_copy();
// The page address's fragment (after `#`, "" when none), taken out of the address so that a
// reload does not bring it back; `changed` hears each later one (a link opened in this tab).
std::string take_link_fragment();
void on_link_fragment(std::function<void(std::string fragment)> changed);
// The page's own address without its query and fragment, to build links to it.
std::string page_address();
// The group view's QR scanner: the camera's picture in a box the screen places over the canvas,
// and its frames read by a module of its own (dist/scanner/), fetched the first time, so that no
// one else downloads it. `status` hears how the camera is doing; `read` gets the text of each QR
// code that comes into view (once while it stays there). Asks for the camera: call it only when the
// person asked to scan.
enum class ScannerStatus
{
    Scanning,  // the camera is on and its frames are read
    Denied,    // the person or the page's permissions refused the camera
    NoCamera,  // this device has no camera the page can use
    Failed,    // the scanner could not be loaded or the picture would not play
};
void start_scanner(std::function<void(ScannerStatus)> status, std::function<void(std::string text)> read);
// Turns the camera off and takes its picture away.
void stop_scanner();
// Where the camera's picture shows in this frame, in the same pixels as ImGui's; a frame that does
// not place it hides it.
void place_scanner_preview(float x, float y, float width, float height);
// A sign on the picture that a code was read: taken into the list, or not.
void show_scan_taken(bool taken);
// Takes a parameter out of the page's address without reloading, so a reload does not bring it back.
void remove_query_parameter(std::string_view name);

// The accessible mirror of the current screen: real HTML controls over the canvas, for screen
// readers and keyboard users, in the order drawn (the visual order, which Tab follows). The page's
// focus is the app's only keyboard focus: the canvas draws its ring around the control the page's
// focus is on. `controls_json` is a JSON array of
// {"id", "role": "button"|"radio"|"textbox"|"heading"|"subheading"|"text"|"progressbar"|"listitem"|"status"|
//  "alert"|"img", "label", "checked", "value", "max", "group", "x", "y", "w", "h"} in CSS pixels
// (radios and list items of one "group" are kept together); it is applied only when it changed.
void set_accessible_controls(const std::string& controls_json);
// Activations and text typed into the mirror since the last call, for the UI to act on.
struct AccessibleEvent
{
    std::string id;
    bool is_text = false;
    std::string text;
    // A radio checked by an arrow key in its group: it selects, and nothing moves on by itself.
    bool by_arrow_key = false;
};
std::vector<AccessibleEvent> take_accessible_events();
// Moves the page's focus to a control of the mirror: a tap or click on a widget focuses its
// control, as a tap on a web page's button does.
void focus_accessible_control(std::string_view id);
// The mirror control the page's keyboard focus is on, when the browser shows that focus (the
// person moved it with the keyboard); "" otherwise. The canvas draws the focus ring around it.
std::string keyboard_focused_control();

}  // namespace leerregie::platform
