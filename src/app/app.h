// The app's state and what a person can do with it: start a scan, answer, go back and forth,
// see results, write a plan, import and export, clear everything. Screens in src/ui draw from it
// and call these functions; the platform layer never sees it. Storage goes through a small
// interface, so the same logic could be tested without a browser.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/advice.h"
#include "core/answers.h"
#include "core/assessment.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/text.h"

namespace leerregie
{

enum class Screen
{
    Intro,
    Question,
    Results,
    Plan,
    Report,
    Error,
};

enum class Theme
{
    Light,
    Dark,
    Contrast,
};

// Body text sizes in CSS pixels that the settings step through.
constexpr float text_sizes[] = {16.0f, 19.0f, 22.0f, 26.0f};
constexpr int default_text_size = 1;

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
    // Settings
    std::string language = "nl";
    Theme theme = Theme::Light;
    int text_size = default_text_size;

    // Content
    Strings strings;
    Questionnaire questionnaire;
    AdviceCatalogue advice;
    ProfileCatalogue profiles;

    // Progress
    Screen screen = Screen::Intro;
    Answers answers;
    std::vector<Step> steps;
    int step = 0;
    std::optional<Assessment> assessment;
    // After a choice the chosen option stays visible briefly before the next question.
    double advance_at = -1.0;

    // Messages
    std::string notice;                // a calm one-line message on the current screen
    std::vector<std::string> errors;   // what the error screen lists
    bool settings_open = false;
    bool confirm_clear = false;

    Storage storage;

    const std::string& text(std::string_view key) const { return strings.get(language, key); }
    const std::string& local(const LocalText& value) const { return value.in(language); }

    // The scan
    void start(Variant variant);
    void choose(int option);  // 1-based; 0 is "weet niet / n.v.t."
    void next();
    void back();
    bool step_answered() const;
    int question_number() const;  // 1-based number of the current question
    int question_count() const;
    const Step& current() const { return steps[size_t(step)]; }
    const Section* current_section() const;

    // Results, plan and report
    void show_results();
    void save();
    // Reads saved answers at start-up. What cannot be used whole (damaged, another format version,
    // answers that no longer fit changed questions) is set aside under `<key>.damaged`, what still
    // fits is kept, and a calm notice says what happened.
    void resume();
    // Replaces the answers with an imported file when it fits; otherwise keeps them and says why.
    bool import_answers(const std::string& text);
    std::string export_answers() const;
    std::string report_html(const std::string& date) const;
    void clear_everything();
    void set_language(const std::string& new_language);

private:
    void build_steps();
};

// Name of a screen in the page's data-screen attribute (PRODUCT.md).
const char* screen_name(Screen screen);

// The local storage key for the answers to a questionnaire.
std::string storage_key(const std::string& questionnaire_id);

} // namespace leerregie
