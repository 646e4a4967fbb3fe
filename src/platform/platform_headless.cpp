// The platform without a browser (platform.h), for native tests: Dear ImGui makes its frames and
// builds its font atlas with stb_truetype, but nothing is rendered; the page's services are kept in
// memory (headless.h). Sections: state, frames, public functions, test-facing functions.
#include <algorithm>
#include <deque>
#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/glyph_set.h"
#include "platform/headless.h"

namespace leerregie::platform
{
namespace
{

// [SECTION] State

// More frames than any screen asks for to settle (a chosen answer's confirmation, scroll inertia).
constexpr int most_frames_until_idle = 2000;

struct State
{
    AppHooks hooks;
    GlyphSet glyphs;  // the font atlas's characters, as in the browser
    bool restyle_needed = true;
    bool fonts_built = false;
    int frames_pending = 0;
    int frames_drawn = 0;
    float css_width = 390.0f, css_height = 844.0f, pixel_ratio = 1.0f;

    std::map<std::string, std::string> query;
    std::string browser_language = "nl-NL";
    std::map<std::string, std::string> storage;
    bool storage_full = false;
    std::function<void(std::string)> storage_changed;
    SystemPreferences system_preferences;
    std::function<void()> system_preferences_changed;
    std::string today = "2026-11-24";

    std::deque<void (*)()> tasks;
    std::deque<std::function<void()>> answers;  // to copy requests and file picks, on a later frame
    std::string next_picked_file;
    std::vector<headless::Download> downloads;
    std::string clipboard;
    std::string printable;
    std::string fetched_url;
    std::function<void(FetchResult)> fetch_done;

    std::string controls_json;
    std::vector<AccessibleEvent> accessible_events;
    std::string keyboard_focus;
    std::string link_fragment;
    std::function<void(std::string)> link_fragment_changed;
    std::function<void(ScannerStatus)> scanner_status;
    std::function<void(std::string)> scanner_read;
    bool scanner_on = false;
    bool preview_placed = false;
    std::vector<bool> scans_shown;
    std::string screen_name;
    std::string live_text;
    std::string document_language;
    std::string document_theme;
};

State state;

// [SECTION] Frames

// As in the browser: the app's fonts on a cleared atlas, built with stb_truetype directly.
void rebuild_fonts_and_style()
{
    ImGui::GetIO().Fonts->Clear();
    state.hooks.restyle(state.pixel_ratio, state.glyphs.ranges());
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(ImGui::GetIO().Fonts);
    state.restyle_needed = false;
    state.fonts_built = true;
}

void render()
{
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    io.DisplaySize = ImVec2(state.css_width * state.pixel_ratio, state.css_height * state.pixel_ratio);
    if (state.restyle_needed)
        rebuild_fonts_and_style();
    ImGui::NewFrame();
    state.preview_placed = false;
    state.hooks.draw();
    ImGui::Render();
    ++state.frames_drawn;
}

bool has_control(std::string_view id)
{
    const nlohmann::json controls = nlohmann::json::parse(state.controls_json, nullptr, false);
    if (!controls.is_array())
        return false;
    return std::any_of(controls.begin(), controls.end(), [&](const nlohmann::json& control) {
        return control.is_object() && control.value("id", "") == id;
    });
}

}  // namespace

// [SECTION] Public functions

void init(std::string_view characters)
{
    state.glyphs.add(characters);
    if (ImGui::GetCurrentContext())
        ImGui::DestroyContext();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight | ImFontAtlasFlags_NoMouseCursors;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;
    io.BackendRendererName = "headless";
    state.restyle_needed = true;
}

// As in the browser: the font atlas, then the first frame, each in a task of its own.
void run(AppHooks hooks)
{
    state.hooks = std::move(hooks);
    post_task([] {
        if (state.restyle_needed)
            rebuild_fonts_and_style();
        post_task([] {
            render();
            request_frames(2);
        });
    });
}

void post_task(void (*task)()) { state.tasks.push_back(task); }

void request_frames(int count) { state.frames_pending = std::max(state.frames_pending, count); }

void add_glyphs(std::string_view text)
{
    if (state.glyphs.add(text))
        request_restyle();
}

void set_text_field_font_size(float) {}

void request_restyle()
{
    state.restyle_needed = true;
    state.fonts_built = false;
    request_frames();
}

float device_pixel_ratio() { return state.pixel_ratio; }

std::string query_parameter(std::string_view name)
{
    const auto found = state.query.find(std::string(name));
    if (found == state.query.end())
        return {};
    add_glyphs(found->second);
    return found->second;
}

bool has_query_parameter(std::string_view name) { return state.query.count(std::string(name)) > 0; }

std::string browser_language() { return state.browser_language; }

std::optional<std::string> storage_get(std::string_view key)
{
    const auto found = state.storage.find(std::string(key));
    if (found == state.storage.end())
        return std::nullopt;
    add_glyphs(found->second);
    return found->second;
}

bool storage_set(std::string_view key, std::string_view value)
{
    if (state.storage_full)
        return false;
    state.storage[std::string(key)] = std::string(value);
    return true;
}

void storage_remove(std::string_view key) { state.storage.erase(std::string(key)); }

void set_live_text(std::string_view text) { state.live_text = std::string(text); }
void set_screen_name(std::string_view screen) { state.screen_name = std::string(screen); }
void set_document_language(std::string_view language) { state.document_language = std::string(language); }
void set_document_theme(std::string_view theme) { state.document_theme = std::string(theme); }
std::string today() { return state.today; }

void download_file(std::string_view file_name, std::string_view mime_type, std::string_view content)
{
    state.downloads.push_back({std::string(file_name), std::string(mime_type), std::string(content)});
}

void pick_text_file(std::function<void(std::string)> on_loaded)
{
    state.answers.push_back([on_loaded = std::move(on_loaded)] {
        add_glyphs(state.next_picked_file);
        on_loaded(state.next_picked_file);
    });
}

void copy_text(std::string_view text, std::function<void(bool copied)> done)
{
    state.clipboard = std::string(text);
    state.answers.push_back([done = std::move(done)] { done(true); });
}

void open_printable(std::string_view html) { state.printable = std::string(html); }

void fetch_text(std::string_view url, int, std::function<void(FetchResult)> on_done)
{
    state.fetched_url = std::string(url);
    state.fetch_done = std::move(on_done);
}

void on_storage_change(std::function<void(std::string key)> changed) { state.storage_changed = std::move(changed); }

SystemPreferences system_preferences() { return state.system_preferences; }

void on_system_preferences_change(std::function<void()> changed)
{
    state.system_preferences_changed = std::move(changed);
}

void clear_offline_copy() {}

void remove_query_parameter(std::string_view name) { state.query.erase(std::string(name)); }

std::string take_link_fragment() { return std::exchange(state.link_fragment, {}); }

void on_link_fragment(std::function<void(std::string fragment)> changed)
{
    state.link_fragment_changed = std::move(changed);
}

std::string page_address() { return "https://leerregie.test/"; }

void start_scanner(std::function<void(ScannerStatus)> status, std::function<void(std::string text)> read)
{
    state.scanner_status = std::move(status);
    state.scanner_read = std::move(read);
    state.scanner_on = true;
}

void stop_scanner()
{
    state.scanner_status = nullptr;
    state.scanner_read = nullptr;
    state.scanner_on = false;
}

void place_scanner_preview(float, float, float width, float height) { state.preview_placed = width > 0 && height > 0; }

void show_scan_taken(bool taken) { state.scans_shown.push_back(taken); }

void set_accessible_controls(const std::string& controls_json) { state.controls_json = controls_json; }

std::vector<AccessibleEvent> take_accessible_events() { return std::exchange(state.accessible_events, {}); }

// As in a browser, focus given after a click or tap is not shown as keyboard focus.
void focus_accessible_control(std::string_view) {}

std::string keyboard_focused_control() { return state.keyboard_focus; }

}  // namespace leerregie::platform

// [SECTION] Test-facing functions

namespace leerregie::headless
{
using platform::state;

void open_page()
{
    if (ImGui::GetCurrentContext())
        ImGui::DestroyContext();
    state = {};
}

void set_query_parameter(std::string name, std::string value) { state.query[std::move(name)] = std::move(value); }
void set_browser_language(std::string language) { state.browser_language = std::move(language); }
std::map<std::string, std::string>& storage() { return state.storage; }
void set_storage_full(bool full) { state.storage_full = full; }

void storage_changed_elsewhere(const std::string& key)
{
    if (state.storage_changed)
        state.storage_changed(key);
    platform::request_frames();
}

void set_system_preferences(platform::SystemPreferences preferences)
{
    state.system_preferences = preferences;
    if (state.system_preferences_changed)
        state.system_preferences_changed();
    platform::request_frames();
}

void set_display(float css_width, float css_height, float pixel_ratio)
{
    state.css_width = css_width;
    state.css_height = css_height;
    if (pixel_ratio != state.pixel_ratio)
    {
        state.pixel_ratio = pixel_ratio;
        platform::request_restyle();
    }
    platform::request_frames();
}

void set_today(std::string date) { state.today = std::move(date); }

bool run_next()
{
    if (!state.tasks.empty())
    {
        const auto task = state.tasks.front();
        state.tasks.pop_front();
        task();
    }
    else if (!state.answers.empty() && state.hooks.draw)
    {
        const auto answer = std::move(state.answers.front());
        state.answers.pop_front();
        answer();
        platform::request_frames();
    }
    else if (state.frames_pending > 0 && state.hooks.draw)
    {
        --state.frames_pending;
        platform::render();
    }
    else
        return false;
    return true;
}

bool run_until_idle()
{
    for (int round = 0; round < platform::most_frames_until_idle; ++round)
        if (!run_next())
            return true;
    return false;
}

void draw_frame() { platform::render(); }

bool activate(std::string_view id)
{
    if (!platform::has_control(id))
        return false;
    state.accessible_events.push_back({std::string(id), false, {}});
    platform::render();  // at once, as the browser does inside the person's event
    platform::request_frames();
    return run_until_idle();
}

void set_link_fragment(std::string fragment) { state.link_fragment = std::move(fragment); }

bool follow_link_fragment(std::string fragment)
{
    platform::add_glyphs(fragment);
    if (state.link_fragment_changed)
        state.link_fragment_changed(std::move(fragment));
    platform::request_frames();
    return run_until_idle();
}

bool camera_on() { return state.scanner_on; }

bool camera_picture_shown() { return state.scanner_on && state.preview_placed; }

bool camera_says(platform::ScannerStatus status)
{
    if (!state.scanner_status)
        return false;
    state.scanner_status(status);
    platform::request_frames();
    return run_until_idle();
}

bool qr_code_in_view(std::string text)
{
    if (!state.scanner_read)
        return false;
    platform::add_glyphs(text);
    state.scanner_read(std::move(text));
    platform::request_frames();
    return run_until_idle();
}

const std::vector<bool>& scans_shown() { return state.scans_shown; }

bool check_by_arrow_key(std::string_view id)
{
    if (!platform::has_control(id))
        return false;
    state.keyboard_focus = std::string(id);
    state.accessible_events.push_back({std::string(id), false, {}, true});
    platform::render();
    platform::request_frames();
    return run_until_idle();
}

bool focus_by_keyboard(std::string_view id)
{
    if (!id.empty() && !platform::has_control(id))
        return false;
    state.keyboard_focus = std::string(id);
    platform::request_frames();
    return run_until_idle();
}

bool type_into(std::string_view id, std::string_view text)
{
    if (!platform::has_control(id))
        return false;
    platform::add_glyphs(text);
    state.accessible_events.push_back({std::string(id), true, std::string(text)});
    platform::render();
    platform::request_frames();
    return run_until_idle();
}

void pick_file(std::string text) { state.next_picked_file = std::move(text); }

const std::string& accessible_controls() { return state.controls_json; }
const std::string& screen_name() { return state.screen_name; }
const std::string& live_text() { return state.live_text; }
const std::string& document_language() { return state.document_language; }
const std::string& document_theme() { return state.document_theme; }
int frames_drawn() { return state.frames_drawn; }
bool fonts_built() { return state.fonts_built; }
const std::vector<Download>& downloads() { return state.downloads; }
const std::string& clipboard_text() { return state.clipboard; }
const std::string& printable_html() { return state.printable; }
const std::string& fetched_url() { return state.fetched_url; }

void answer_fetch(platform::FetchResult result)
{
    state.fetched_url.clear();
    platform::add_glyphs(result.text);
    if (const auto done = std::exchange(state.fetch_done, nullptr))
        done(std::move(result));
    platform::request_frames();
}

}  // namespace leerregie::headless
