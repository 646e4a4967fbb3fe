// The headless platform (platform_headless.cpp), as tests drive it: a page whose address, browser
// language and local storage a test sets, whose tasks and frames run when the test says so, and
// whose accessible mirror, data-screen, #live, downloads and clipboard a test reads back.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "platform/platform.h"

namespace leerregie::headless
{

// A fresh page: no address parameters, browser language "nl-NL", empty storage, nothing posted,
// drawn or downloaded. Ends the Dear ImGui context of the page before.
void open_page();
void set_query_parameter(std::string name, std::string value);
void set_browser_language(std::string language);
// The page's local storage, in memory; storage_set fails while storage_full is set.
std::map<std::string, std::string>& storage();
void set_storage_full(bool full);
// Another tab changed local storage under `key` (platform::on_storage_change).
void storage_changed_elsewhere(const std::string& key);
// What the system asks for (platform::system_preferences); none until set. Setting it while the
// page is open is the person changing the system's setting then.
void set_system_preferences(platform::SystemPreferences preferences);
// The display in CSS pixels and the device pixel ratio; 390 × 844 at 1 until set.
void set_display(float css_width, float css_height, float pixel_ratio);
void set_today(std::string date);

// Runs posted tasks, answers to copy requests and files picked, and the frames asked for, until
// nothing is left. False when it did not settle (a frame keeps asking for more).
bool run_until_idle();
// Runs the first of those: a task, an answer or a frame. False when nothing was waiting.
bool run_next();
// Draws one frame now: NewFrame, the app's draw hook, Render (never rendered to pixels).
void draw_frame();
// Activates a control of the accessible mirror by its id, as a tap on it or a click does in the
// browser (platform::take_accessible_events), and runs until idle. False when the last frame's
// mirror has no control with that id.
bool activate(std::string_view id);
// The address's fragment the page opens with (`#add=...`, without the `#`).
void set_link_fragment(std::string fragment);
// A link opened in the open page changes its fragment, and runs until idle.
bool follow_link_fragment(std::string fragment);
// The group view's scanner: whether the camera is on, and its picture placed in the last frame.
bool camera_on();
bool camera_picture_shown();
// The camera's status changes (platform::start_scanner), and runs until idle. False when it is off.
bool camera_says(platform::ScannerStatus status);
// A QR code holding `text` comes into view of the camera, and runs until idle. False when it is off.
bool qr_code_in_view(std::string text);
// The signs shown on the picture so far, each whether its code was taken (platform::show_scan_taken).
const std::vector<bool>& scans_shown();
// Moves the keyboard focus to the mirror's control `id`, as an arrow key in its radio group does,
// checks it, and runs until idle.
bool check_by_arrow_key(std::string_view id);
// Moves the keyboard focus to the mirror's control `id` ("" for none), as Tab does, and runs until
// idle. False when the last frame's mirror has no control with that id.
bool focus_by_keyboard(std::string_view id);
// Types `text` into a text field of the mirror (the whole new value), and runs until idle.
bool type_into(std::string_view id, std::string_view text);
// The next file the person picks (platform::pick_text_file) holds `text`.
void pick_file(std::string text);

// What the page shows.
const std::string& accessible_controls();  // the last set_accessible_controls JSON
const std::string& screen_name();          // data-screen
const std::string& live_text();            // #live
const std::string& document_language();    // <html lang>
const std::string& document_theme();       // <html data-theme>
int frames_drawn();
bool fonts_built();  // the font atlas has been built since the last restyle

struct Download
{
    std::string file_name;
    std::string mime_type;
    std::string content;
};
const std::vector<Download>& downloads();
const std::string& clipboard_text();
const std::string& printable_html();  // the last document opened for printing

// A fetch the app started (platform::fetch_text) and its answer.
const std::string& fetched_url();  // "" when none is waiting
void answer_fetch(platform::FetchResult result);

}  // namespace leerregie::headless
