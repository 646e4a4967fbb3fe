// The app's state and what a person can do with it: start a scan, answer, go back and forth,
// see results, write a plan, import and export, clear everything. Screens in src/ui draw from it
// and call these functions; the platform layer never sees it. Storage goes through a small
// interface, so the same logic is tested without a browser (tests/unit/app_test.cpp).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/advice.h"
#include "core/answers.h"
#include "core/assessment.h"
#include "core/explain.h"
#include "core/group.h"
#include "core/group_share.h"
#include "core/own_questionnaire.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/references.h"
#include "core/text.h"

namespace leerregie
{

enum class Screen
{
    Loading,  // a trainer's own questionnaire is on its way
    Intro,
    Question,
    Results,
    Plan,
    Report,
    Group,  // the trainer's group view (view=group)
    Error,
};

enum class Theme
{
    Light,
    Dark,
    Contrast,
};

// The text sizes the settings step through, smallest first (ui::text_size_pixels gives each).
constexpr int text_size_steps = 4;
constexpr int default_text_size_step = 1;

// What the person chose themselves in the settings screen, kept between visits under
// settings_key; a setting they did not choose follows the URL and the system (App::apply_settings).
struct OwnSettings
{
    std::optional<Theme> theme;
    std::optional<int> text_size_step;
    std::optional<bool> auto_advance;
    std::optional<bool> number_keys;
    std::optional<int> group_minimum;  // the trainer's, on the group view
};

// What the person's system asks for (platform::system_preferences).
struct SystemSettings
{
    bool dark = false;
    bool contrast = false;  // forced colours (Windows high contrast) or more contrast
    bool reduced_motion = false;
};

// The group view's scanner, as the camera reports it (platform::start_scanner).
enum class ScannerState
{
    Off,
    Starting,  // asked for the camera, which the browser may first ask the person about
    Scanning,
    Denied,
    NoCamera,
    Failed,
};

// One step of the scan: a section's introduction, or a question.
struct Step
{
    const Section* section = nullptr;  // set for a section introduction
    const Item* item = nullptr;        // set for a question
};

// Where answers are kept between visits (the browser's local storage in the app).
struct Storage
{
    std::function<std::optional<std::string>(const std::string& key)> get;
    std::function<bool(const std::string& key, const std::string& value)> set;
    std::function<void(const std::string& key)> remove;
};

struct App
{
    // Settings, as apply_settings works them out: the person's own choice wins, then the URL's
    // `theme`, then the system's, then the built-in default. The language is kept with the answers.
    std::string language = "nl";
    Theme theme = Theme::Light;
    int text_size_step = default_text_size_step;
    bool auto_advance = true;  // a choice moves on to the next question by itself
    bool number_keys = true;   // the keys 0-9 choose an answer (off for speech input, WCAG 2.1.4)
    bool embed = false;        // `?embed=1`: compact chrome for an iframe
    OwnSettings own_settings;
    std::optional<Theme> asked_theme;  // `?theme=`
    SystemSettings system;

    // Content
    Strings strings;
    Questionnaire questionnaire;
    // The catalogues: loaded after the first frame or when first needed (load_catalogues).
    AdviceCatalogue advice;
    ProfileCatalogue profiles;
    References references;
    bool catalogues_loaded = false;

    // Progress
    Screen screen = Screen::Intro;
    Answers answers;
    std::vector<Step> steps;
    int step = 0;
    std::optional<Assessment> assessment;
    // After a choice the chosen option stays visible briefly before the next question.
    double advance_at = -1.0;

    // Sharing with a trainer: the result code is shown only when the person asks for it.
    bool share_open = false;
    std::string share_status;  // whether copying the code worked

    // The trainer's group view: the pasted codes and what they add up to.
    // The codes are kept on this device (group_storage_key), so codes that participants' links
    // add in other tabs join one list, until the trainer clears it.
    std::string group_codes;
    CodeList group_list;
    GroupSummary group;
    // Where each code in group_list places its participant on the profile map, in the same order.
    std::vector<ProfileResult> group_places;
    // Nothing of the group shows below this many participants (group_minimum_lowest at least).
    int group_minimum = group_minimum_default;
    std::vector<std::string> linked_codes;  // from a link, until the group view is open
    // "Codes scannen": the camera reads the QR codes participants hold up (code_scanned).
    ScannerState scanner = ScannerState::Off;
    int codes_scanned = 0;             // codes the scanner added since it was turned on
    bool reveal_scan_picture = false;  // scroll the camera's picture into view once, as it starts
    std::string scan_message;          // what became of the last code read, "" before the first
    bool scan_refused = false;         // the last code read is not valid here (one already counted is)
    bool group_share_open = false;     // the QR code of the group picture is shown

    // A participant's copy of the trainer's group picture (`#group=`, group_share.h), kept on this
    // device (group_share_storage_key) to show beside their own results.
    std::optional<GroupShare> group_share;
    std::string linked_group_share;  // from a link, until the questionnaire is open

    // Messages
    std::string notice;               // a calm one-line message on the current screen
    std::vector<std::string> errors;  // what the error screen lists
    bool settings_open = false;
    bool confirm_clear = false;

    Storage storage;
    // The answers as this tab last read them from storage or wrote them there: what another tab's
    // newer copy is merged against (save, storage_changed).
    Answers synced;
    // The saved copy could not be read nor set aside (storage full): it stays as it is, and
    // nothing is saved over it until "Alles wissen".
    bool saved_copy_kept = false;
    // Removes the service worker's copy of the app's files ("Alles wissen").
    std::function<void()> clear_offline_copy;

    // Asked for in the URL: the variant the intro offers first, and the language, which wins over
    // the one saved with the answers.
    Variant asked_variant = Variant::Short;
    std::string asked_language;
    // A trainer's own questionnaire (`?questionnaire=`): its address while it loads, is in use or
    // failed; empty for the built-in one, which is kept to go back to and to check against.
    std::string own_questionnaire;
    std::string_view builtin_text;
    // The built-in questionnaire: `questionnaire` until a trainer's replaces it, then kept aside
    // (moved, never copied: a copy of every text would cost start-up its time).
    const Questionnaire& builtin_questionnaire() const
    {
        return own_questionnaire_in_use ? kept_builtin_questionnaire : questionnaire;
    }
    std::function<void()> forget_own_questionnaire;  // takes the address out of the page's URL
    std::string error_lead;                          // above the error list; empty: the default
    bool group_view = false;                         // `?view=group`: the trainer's group view
    // The group view on a wide screen, as a projector is: its type is larger (ui::presentation_scale).
    bool presenting = false;

    // What the fonts and colours are built for. The platform's restyle builds them for look() and
    // keeps it in styled_look; whatever changes the look (a setting, another tab, the system, a
    // projector) shows in look_changed(), which asks for a restyle.
    struct Look
    {
        Theme theme;
        int text_size_step;
        bool presenting;
        bool operator==(const Look& other) const
        {
            return theme == other.theme && text_size_step == other.text_size_step && presenting == other.presenting;
        }
    };
    Look look() const { return {theme, text_size_step, presenting}; }
    std::optional<Look> styled_look;
    bool look_changed() const { return !(styled_look == look()); }

    const std::string& text(std::string_view key) const { return strings.get(language, key); }
    const std::string& local(const LocalText& value) const { return value.in(language); }

    // The scan: starts the variant, or goes on with the answers given so far (in either variant).
    void start_scan(Variant variant);
    // The answer as Answers keeps it: an option (1-based), not_applicable_answer, or nullopt for
    // "weet niet".
    void choose(std::optional<int> answer);
    void next();
    void back();
    bool step_answered() const;
    int question_number() const;  // 1-based number of the current question
    int question_count() const;
    const Step& current() const { return steps[size_t(step)]; }
    const Section* current_section() const;

    // Results, plan and report
    void show_results();
    // A content `source` field as a person reads it: "TNO en SER, 2025".
    std::string cite(const std::string& source) const { return cite_source_short(source, references, language); }
    // Words for the current results; valid while the assessment and answers stay as they are.
    Explainer explainer() const { return {questionnaire, answers, *assessment, profiles, strings, language}; }
    // Saves the answers with the next revision. When another tab saved newer answers meanwhile,
    // those are kept and this tab's changes since it last synced are put on top of them.
    void save();
    // Another tab changed local storage under `key`: newer answers for these questions are taken
    // over (with a notice), answers cleared there are cleared here too.
    void storage_changed(const std::string& key);
    // Reads saved answers at start-up. What cannot be used whole (damaged, another format version,
    // answers that no longer fit changed questions) is set aside under `<key>.damaged`, what still
    // fits is kept, and a calm notice says what happened.
    void resume();
    // Replaces the answers with an imported file when it fits; otherwise keeps them and says why.
    // The answers it replaced are kept for undo_import until the person answers or clears again.
    bool import_answers(const std::string& text);
    void undo_import();
    std::optional<Answers> answers_before_import;
    std::string export_answers() const;
    std::string report_html(const std::string& date) const;
    void clear_everything();
    // The code for the current results, or "" when they cannot be put in one.
    std::string result_code() const;
    // Reads group_codes (the pasted text) into group_list, group, group_places and the group
    // picture.
    void read_group_codes();
    // group_codes changed (typed, pasted, cleared): read and kept.
    void group_codes_changed();
    // The text of a QR code the scanner read: a participant's link (`...?view=group#add=CODE`) or a
    // code alone. A valid code not in the list yet is added; scan_message says what became of it.
    // Returns whether it was added.
    bool code_scanned(std::string_view text);
    // Codes from participants' links: each one not in the list yet goes on a line of its own.
    void add_group_codes(const std::vector<std::string>& codes);
    // Takes the list's last line off: the code just added by mistake.
    void remove_last_group_code();
    // The list as this device keeps it.
    void restore_group_codes();
    // Codes a participant's link brought (`#add=`): added once the group view is open.
    void codes_linked(std::vector<std::string> codes);
    // The link the trainer's QR code holds: this page's `address` with the group picture in its
    // fragment; "" while the group is below the minimum.
    std::string group_share_link(const std::string& address) const;
    bool can_share_group() const { return !group_share_code.empty(); }
    // A group picture from a link: checked against the questionnaire in use and kept on this
    // device, or, when it is damaged or foreign, a notice says so and nothing kept changes.
    void group_share_linked(const std::string& encoded);
    // The group picture this device keeps for the questionnaire, read once the catalogues are
    // (it names profiles); a damaged one is left unused.
    void restore_group_share();
    void forget_group_share();
    std::string group_csv(const std::string& date) const;
    std::string group_html(const std::string& date) const;
    void set_language(const std::string& new_language);
    // The person's own choices in the settings screen: used at once and kept for later visits.
    void choose_theme(Theme chosen);
    void choose_text_size(int step);
    void choose_auto_advance(bool on);
    void choose_number_keys(bool on);
    // On the group view: below `minimum` participants (group_minimum_lowest at least), nothing
    // of the group shows.
    void choose_group_minimum(int minimum);
    // Reads the person's kept settings (settings_key); what is damaged or foreign there is left
    // out, and the rest applies.
    void restore_settings();
    // Works out the settings in use from own_settings, asked_theme and system.
    void apply_settings();

    // Opens the current questionnaire: saved answers for it resume, else the intro.
    void open_first_screen();
    // Loads the built-in profiles, advice and references once. False, with the error screen
    // listing what is wrong, when they do not load.
    bool load_catalogues();
    // The own questionnaire's file arrived: checked like `leerregie-cli validate` does; the scan
    // uses it when it passes, else the error screen lists why.
    void own_questionnaire_loaded(std::string_view text);
    // The own questionnaire cannot be had (refused address, not found): the error screen says why.
    void own_questionnaire_failed(std::string message);
    // Back to the built-in questionnaire, from the error screen; the URL loses the parameter.
    void use_builtin_questionnaire();

private:
    Questionnaire kept_builtin_questionnaire;  // while a trainer's is in use
    bool own_questionnaire_in_use = false;
    std::string group_share_code;  // the group picture's encoding, "" below the minimum
    void encode_group_picture();
    void build_steps();
    // `newer` (from storage) with this tab's own changes since `synced` on top.
    void merge_newer(const Answers& newer);
    void save_settings();
    void setting_chosen();  // own_settings changed: applied and kept
};

// Name of a screen in the page's data-screen attribute (docs/contracts.md).
const char* screen_name(Screen screen);

// The local storage key of the person's own settings, a JSON object:
// {"format": "leerregie-settings", "version": 1, "theme": "light"|"dark"|"contrast",
//  "text_size": 0..text_size_steps-1, "auto_advance": true|false, "number_keys": true|false}, each
//  setting only when chosen.
extern const char* const settings_key;
// "light", "dark" or "contrast" as in the URL and the kept settings; nullopt for anything else.
std::optional<Theme> theme_named(std::string_view name);
const char* theme_name(Theme theme);

// The local storage key for the answers to a questionnaire.
std::string storage_key(const std::string& questionnaire_id);
// The local storage key for the group view's list of codes for a questionnaire.
std::string group_storage_key(const std::string& questionnaire_id);

// The local storage key for the group picture a participant keeps for a questionnaire: the share
// as group_share.h writes it.
std::string group_share_storage_key(const std::string& questionnaire_id);

// The answers file's extra field "revision" (the contract allows extra fields, docs/contracts.md): it counts the saves,
// so a tab never writes older answers over newer ones. 0 when absent.
long long answers_revision(const Answers& answers);

}  // namespace leerregie
