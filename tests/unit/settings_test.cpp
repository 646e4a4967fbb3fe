// The person's settings: what they chose is kept under "leerregie.settings" and wins; what they did
// not choose follows the URL's `theme`, then the system's settings (dark scheme, high contrast,
// reduced motion), then the built-in default; and automatic advance after a choice can be turned
// off. First the app's state on its own, then the screens on the headless platform.
#include <map>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/startup.h"
#include "fixtures.h"
#include "memory_storage.h"
#include "page.h"
#include "platform/headless.h"

using namespace leerregie;
namespace headless = leerregie::headless;

namespace
{

const std::string answers_key = "leerregie.answers.leerregie";

// An app with its storage in `stored`, as the page sets it up before reading the settings.
struct TestApp
{
    App app;
    std::map<std::string, std::string>& stored;

    explicit TestApp(std::map<std::string, std::string>& storage, SystemSettings system = {},
                     std::optional<Theme> asked_theme = std::nullopt)
        : stored(storage)
    {
        app.language = "en";
        app.system = system;
        app.asked_theme = asked_theme;
        app.storage = memory_storage(stored);
        REQUIRE(load_builtin_content(app));
        app.restore_settings();
    }
};

nlohmann::json kept_settings(const std::map<std::string, std::string>& stored)
{
    REQUIRE(stored.count(settings_key) == 1);
    return nlohmann::json::parse(stored.at(settings_key));
}

}  // namespace

TEST_CASE("a first visit has the built-in settings and keeps nothing")
{
    std::map<std::string, std::string> stored;
    TestApp page(stored);
    CHECK(page.app.theme == Theme::Light);
    CHECK(page.app.text_size_step == default_text_size_step);
    CHECK(page.app.auto_advance);
    CHECK_FALSE(page.app.system.reduced_motion);
    CHECK(stored.empty());
}

TEST_CASE("the person's own settings are kept and come back on the next visit")
{
    std::map<std::string, std::string> stored;
    {
        TestApp page(stored);
        page.app.choose_theme(Theme::Dark);
        page.app.choose_text_size(3);
        page.app.choose_auto_advance(false);
        CHECK(page.app.theme == Theme::Dark);
        CHECK(page.app.text_size_step == 3);
        CHECK_FALSE(page.app.auto_advance);
    }
    CHECK(kept_settings(stored) == nlohmann::json::parse(R"({"format": "leerregie-settings", "version": 1,
        "theme": "dark", "text_size": 3, "auto_advance": false})"));

    TestApp next_visit(stored);
    CHECK(next_visit.app.theme == Theme::Dark);
    CHECK(next_visit.app.text_size_step == 3);
    CHECK_FALSE(next_visit.app.auto_advance);
}

TEST_CASE("only what the person chose is kept, so the rest keeps following the system")
{
    std::map<std::string, std::string> stored;
    {
        TestApp page(stored);
        page.app.choose_auto_advance(false);
    }
    const nlohmann::json kept = kept_settings(stored);
    CHECK_FALSE(kept.contains("theme"));
    CHECK_FALSE(kept.contains("text_size"));
    CHECK(kept["auto_advance"] == false);

    TestApp dark_system(stored, {true, false, false});
    CHECK(dark_system.app.theme == Theme::Dark);
    CHECK(dark_system.app.text_size_step == default_text_size_step);
    CHECK_FALSE(dark_system.app.auto_advance);
}

TEST_CASE("the person's choice wins over the URL, the URL over the system, the system over the default")
{
    struct Case
    {
        const char* what;
        std::optional<Theme> own;
        std::optional<Theme> url;
        SystemSettings system;
        Theme expected;
    };
    const SystemSettings none{}, dark{true, false, false}, contrast{false, true, false}, both{true, true, false};
    const Case cases[] = {
        {"nothing asked", std::nullopt, std::nullopt, none, Theme::Light},
        {"a dark system", std::nullopt, std::nullopt, dark, Theme::Dark},
        {"a high-contrast system", std::nullopt, std::nullopt, contrast, Theme::Contrast},
        {"high contrast in a dark system", std::nullopt, std::nullopt, both, Theme::Contrast},
        {"the URL over a dark system", std::nullopt, Theme::Light, dark, Theme::Light},
        {"the URL over a high-contrast system", std::nullopt, Theme::Dark, contrast, Theme::Dark},
        {"the URL alone", std::nullopt, Theme::Contrast, none, Theme::Contrast},
        {"own choice over URL and system", Theme::Light, Theme::Dark, both, Theme::Light},
        {"own choice over the system", Theme::Dark, std::nullopt, contrast, Theme::Dark},
    };
    for (const Case& c : cases)
    {
        CAPTURE(c.what);
        std::map<std::string, std::string> stored;
        if (c.own)
        {
            TestApp earlier(stored);
            earlier.app.choose_theme(*c.own);
        }
        TestApp page(stored, c.system, c.url);
        CHECK(page.app.theme == c.expected);
    }
}

TEST_CASE("reduced motion comes from the system")
{
    std::map<std::string, std::string> stored;
    TestApp page(stored, {false, false, true});
    CHECK(page.app.system.reduced_motion);
    CHECK(page.app.theme == Theme::Light);
}

TEST_CASE("damaged or foreign settings are ignored, and nothing else is lost")
{
    const std::string answers = R"({"format": "leerregie-answers", "version": 2, "questionnaire": "leerregie",
        "variant": "short", "answers": {"proactive_find": 4}, "position": 1})";
    const char* damaged[] = {
        "",
        "{\"format\": \"leerregie-settings\", \"version\": 1, \"theme\": \"dark\"",  // cut short
        "null",
        "[\"dark\"]",
        R"({"theme": "dark", "text_size": 3, "auto_advance": false})",  // no format
        R"({"format": "other-app", "version": 1, "theme": "dark"})",
        R"({"format": "leerregie-settings", "version": 2, "theme": "dark"})",
        R"({"format": "leerregie-settings", "version": "1", "theme": "dark"})",
        R"({"format": "leerregie-settings", "version": 1, "theme": "purple", "text_size": 9, "auto_advance": "no"})",
        R"({"format": "leerregie-settings", "version": 1, "theme": 2, "text_size": -1, "auto_advance": 0})",
        R"({"format": "leerregie-settings", "version": 1, "text_size": 1.5, "theme": null})",
    };
    for (const char* text : damaged)
    {
        CAPTURE(text);
        std::map<std::string, std::string> stored{{settings_key, text}, {answers_key, answers}};
        TestApp page(stored, {false, false, false});
        CHECK(page.app.theme == Theme::Light);
        CHECK(page.app.text_size_step == default_text_size_step);
        CHECK(page.app.auto_advance);
        CHECK(stored.at(answers_key) == answers);
        page.app.open_first_screen();
        CHECK(page.app.answers.answers.at("proactive_find") == 4);
    }

    // A setting out of range leaves the others as chosen.
    std::map<std::string, std::string> stored{
        {settings_key,
         R"({"format": "leerregie-settings", "version": 1, "theme": "purple", "text_size": 2, "auto_advance": false})"}};
    TestApp page(stored, {true, false, false});
    CHECK(page.app.theme == Theme::Dark);  // the system's, as no valid theme was chosen
    CHECK(page.app.text_size_step == 2);
    CHECK_FALSE(page.app.auto_advance);
}

TEST_CASE("\"Alles wissen\" removes the kept settings, and the system's apply again")
{
    std::map<std::string, std::string> stored;
    TestApp page(stored, {true, false, true});
    page.app.choose_theme(Theme::Contrast);
    page.app.choose_text_size(0);
    page.app.choose_auto_advance(false);
    REQUIRE(stored.count(settings_key) == 1);
    page.app.clear_everything();
    CHECK(stored.count(settings_key) == 0);
    CHECK(page.app.theme == Theme::Dark);
    CHECK(page.app.text_size_step == default_text_size_step);
    CHECK(page.app.auto_advance);
    CHECK(page.app.system.reduced_motion);
}

TEST_CASE("settings chosen or cleared in another tab apply here too")
{
    std::map<std::string, std::string> stored;
    TestApp here(stored);
    TestApp there(stored);
    there.app.choose_theme(Theme::Contrast);
    there.app.choose_auto_advance(false);
    here.app.storage_changed(settings_key);
    CHECK(here.app.theme == Theme::Contrast);
    CHECK_FALSE(here.app.auto_advance);

    there.app.clear_everything();
    here.app.storage_changed(settings_key);
    CHECK(here.app.theme == Theme::Light);
    CHECK(here.app.auto_advance);
}

TEST_CASE("the group view starts in the largest text, unless the person chose a size")
{
    std::map<std::string, std::string> stored;
    {
        TestApp page(stored);
        page.app.group_view = true;
        page.app.apply_settings();
        CHECK(page.app.text_size_step == text_size_steps - 1);
        page.app.choose_text_size(1);
    }
    TestApp page(stored);
    page.app.group_view = true;
    page.app.apply_settings();
    CHECK(page.app.text_size_step == 1);
}

TEST_CASE("the trainer's group minimum is kept for the next visit; one out of range is left out")
{
    std::map<std::string, std::string> stored;
    {
        TestApp page(stored);
        CHECK(page.app.group_minimum == 5);
        page.app.choose_group_minimum(3);
        CHECK(page.app.group_minimum == 3);
    }
    CHECK(kept_settings(stored) ==
          nlohmann::json::parse(R"({"format": "leerregie-settings", "version": 1, "group_minimum": 3})"));
    CHECK(TestApp(stored).app.group_minimum == 3);

    for (const char* minimum : {"2", "6", "0", "\"4\"", "4.0", "null"})
    {
        CAPTURE(minimum);
        stored[settings_key] =
            std::string(R"({"format": "leerregie-settings", "version": 1, "theme": "dark", "group_minimum": )") +
            minimum + "}";
        TestApp page(stored);
        CHECK(page.app.group_minimum == 5);
        CHECK(page.app.theme == Theme::Dark);
    }
}

TEST_CASE("turning automatic advance off stops a step already on its way")
{
    std::map<std::string, std::string> stored;
    TestApp page(stored);
    page.app.advance_at = 12.0;  // a choice made just before
    page.app.choose_auto_advance(false);
    CHECK(page.app.advance_at < 0.0);
}

// [SECTION] The screens, started as the browser starts them

namespace
{

using test::Texts;

// Opens the page with these system settings, address parameters and local storage (test::open_app_page).
App& open_page(const std::string& language, platform::SystemPreferences system = {},
               std::map<std::string, std::string> parameters = {}, std::map<std::string, std::string> stored = {})
{
    return test::open_app_page(language, {std::move(parameters), std::move(stored), system, {}});
}

nlohmann::json control(const std::string& id) { return test::mirror_control(id); }

// The window background the style now draws, as 0xRRGGBB.
unsigned background()
{
    const ImVec4 colour = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const auto channel = [](float value) { return unsigned(value * 255.0f + 0.5f); };
    return channel(colour.x) << 16 | channel(colour.y) << 8 | channel(colour.z);
}

// The themes' backgrounds, from src/ui/theme.cpp.
constexpr unsigned light_background = 0xF7F5F0, dark_background = 0x14181F, contrast_background = 0xFFFFFF;

void press(ImGuiKey key)
{
    ImGui::GetIO().AddKeyEvent(key, true);
    platform::request_frames();
    REQUIRE(headless::run_until_idle());
    ImGui::GetIO().AddKeyEvent(key, false);
    platform::request_frames();
    REQUIRE(headless::run_until_idle());
}

// Goes past a section's introduction, if one is shown, to its first question.
const Item& to_question(App& app)
{
    if (!app.current().item)
        REQUIRE(headless::activate("next"));
    REQUIRE(app.current().item);
    return *app.current().item;
}

}  // namespace

TEST_CASE("the system's dark scheme, high contrast and reduced motion are the start-up defaults")
{
    CHECK(open_page("en").theme == Theme::Light);
    CHECK(background() == light_background);

    CHECK(open_page("en", {true, false, false, false}).theme == Theme::Dark);
    CHECK(background() == dark_background);

    for (const platform::SystemPreferences contrast : {platform::SystemPreferences{false, true, false, false},
                                                       platform::SystemPreferences{true, false, true, false}})
    {
        CHECK(open_page("en", contrast).theme == Theme::Contrast);
        CHECK(background() == contrast_background);
    }

    const App& still = open_page("en", {false, false, false, true});
    CHECK(still.system.reduced_motion);
    CHECK(still.theme == Theme::Light);

    // The URL's theme goes before the system's.
    CHECK(open_page("en", {true, false, false, false}, {{"theme", "light"}}).theme == Theme::Light);
    CHECK(background() == light_background);
}

TEST_CASE("the system's settings followed while the page is open, until the person chooses")
{
    App& app = open_page("nl");
    CHECK(background() == light_background);
    headless::set_system_preferences({true, false, false, true});
    REQUIRE(headless::run_until_idle());
    CHECK(app.theme == Theme::Dark);
    CHECK(app.system.reduced_motion);
    CHECK(background() == dark_background);

    REQUIRE(headless::activate("settings"));
    REQUIRE(headless::activate("ui.settings.theme_light"));
    CHECK(background() == light_background);
    headless::set_system_preferences({false, true, false, false});
    REQUIRE(headless::run_until_idle());
    CHECK(app.theme == Theme::Light);
    CHECK(background() == light_background);
    CHECK(headless::storage().count(settings_key) == 1);
}

TEST_CASE("automatic advance: said on the intro, set in the settings, and off a choice only selects")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        App& app = open_page(language);
        CHECK(headless::live_text().find(text("ui.intro.auto_advance_on")) != std::string::npos);

        REQUIRE(headless::activate("settings"));
        CHECK(control("auto-advance-on").value("role", "") == "radio");
        CHECK(control("auto-advance-on").value("label", "") == text("ui.settings.auto_advance_on"));
        CHECK(control("auto-advance-on").value("group", "") == text("ui.settings.after_choice"));
        CHECK(control("auto-advance-on").value("checked", false));
        CHECK(control("auto-advance-off").value("label", "") == text("ui.settings.auto_advance_off"));
        CHECK_FALSE(control("auto-advance-off").value("checked", false));
        REQUIRE(headless::activate("auto-advance-off"));
        CHECK_FALSE(app.auto_advance);
        CHECK(control("auto-advance-off").value("checked", false));
        REQUIRE(headless::activate("settings-close"));
        CHECK(headless::live_text().find(text("ui.intro.auto_advance_off")) != std::string::npos);
        CHECK(headless::live_text().find(text("ui.intro.auto_advance_on")) == std::string::npos);

        REQUIRE(headless::activate("start-short"));
        const Item& item = to_question(app);
        CHECK(headless::live_text().find(text("ui.question.live_then_next")) != std::string::npos);
        // A choice by tap and one by number key: both stay on the question (run_until_idle lets
        // every frame the app asks for run, long past the confirmation time).
        REQUIRE(headless::activate("option-2"));
        CHECK(app.current().item == &item);
        CHECK(app.answers.answers.at(item.id) == 2);
        CHECK(control("option-2").value("checked", false));
        press(ImGuiKey_3);
        CHECK(app.current().item == &item);
        CHECK(app.answers.answers.at(item.id) == 3);

        // Enter, "Volgende" and ArrowRight move on.
        press(ImGuiKey_Enter);
        CHECK(app.current().item != &item);
        const Item* second = &to_question(app);
        REQUIRE(headless::activate("option-1"));
        CHECK(app.current().item == second);
        REQUIRE(headless::activate("next"));
        CHECK(app.current().item != second);
        const Item* third = &to_question(app);
        REQUIRE(headless::activate("option-1"));
        CHECK(app.current().item == third);
        press(ImGuiKey_RightArrow);
        CHECK(app.current().item != third);
    }
}

TEST_CASE("the kept settings apply from the first frame of the next visit")
{
    App& app = open_page("en");
    REQUIRE(headless::activate("settings"));
    REQUIRE(headless::activate("ui.settings.theme_contrast"));
    REQUIRE(headless::activate("text-size-3"));
    REQUIRE(headless::activate("auto-advance-off"));
    CHECK(app.theme == Theme::Contrast);
    std::map<std::string, std::string> kept = headless::storage();

    // A dark system does not change what the person chose.
    App& next_visit = open_page("en", {true, false, false, false}, {}, kept);
    CHECK(next_visit.theme == Theme::Contrast);
    CHECK(headless::document_theme() == "contrast");  // the page's own text fields follow it
    CHECK(next_visit.text_size_step == 3);
    CHECK_FALSE(next_visit.auto_advance);
    CHECK(background() == contrast_background);
    CHECK(headless::live_text().find(Texts("en")("ui.intro.auto_advance_off")) != std::string::npos);
}

TEST_CASE("choosing the theme already shown is a choice too, kept against a later dark system")
{
    App& app = open_page("en");
    REQUIRE(app.theme == Theme::Light);
    REQUIRE(headless::activate("settings"));
    REQUIRE(headless::activate("ui.settings.theme_light"));
    headless::set_system_preferences({true, false, false, false});
    REQUIRE(headless::run_until_idle());
    CHECK(app.theme == Theme::Light);
    CHECK(nlohmann::json::parse(headless::storage().at(settings_key))["theme"] == "light");
}

TEST_CASE("the number keys can be turned off, for speech input that types digits, and that is kept")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        App& app = open_page(language);
        REQUIRE(headless::activate("settings"));
        CHECK(control("number-keys-on").value("checked", false));
        CHECK(control("number-keys-off").value("group", "") == text("ui.settings.number_keys"));
        REQUIRE(headless::activate("number-keys-off"));
        CHECK_FALSE(app.number_keys);
        REQUIRE(headless::activate("settings-close"));

        REQUIRE(headless::activate("start-short"));
        const Item& item = to_question(app);
        CHECK(headless::live_text().find(text("ui.question.live_options_without_keys")) != std::string::npos);
        CHECK(headless::live_text().find(text("ui.question.live_options")) == std::string::npos);
        press(ImGuiKey_2);
        CHECK(app.answers.answers.count(item.id) == 0);
        CHECK(app.current().item == &item);
        // Choosing by tap or through the mirror still works.
        REQUIRE(headless::activate("option-2"));
        CHECK(app.answers.answers.at(item.id) == 2);

        CHECK(nlohmann::json::parse(headless::storage().at(settings_key))["number_keys"] == false);
        App& next_visit = open_page(language, {}, {}, headless::storage());
        CHECK_FALSE(next_visit.number_keys);
    }
}
