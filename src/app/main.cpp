// Leerregie in the browser: (1) read the settings from the URL, (2) load the embedded content,
// (3) fetch a trainer's own questionnaire when the URL names one, (4) resume saved progress,
// (5) set up Dear ImGui, (6) draw whenever something changed. From (2) on, start-up runs in short
// steps, each a task of its own, so that a slow phone's page is never held up long.
#include <iterator>
#include <string>

#include "app/app.h"
#include "app/embedded.h"
#include "platform/platform.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace
{

leerregie::App app;

// The person's language: the URL's `lang`, else the browser's, else Dutch.
std::string choose_language()
{
    for (const std::string& candidate : {leerregie::platform::query_parameter("lang"),
                                         leerregie::platform::browser_language().substr(0, 2)})
        if (candidate == "nl" || candidate == "en")
            return candidate;
    return "nl";
}

leerregie::Theme choose_theme()
{
    const std::string theme = leerregie::platform::query_parameter("theme");
    if (theme == "dark")
        return leerregie::Theme::Dark;
    if (theme == "contrast")
        return leerregie::Theme::Contrast;
    return leerregie::Theme::Light;
}

// The built-in content, a file or two a step: each returns false, listing what is wrong, when its
// files do not load.
bool read_strings()
{
    if (app.strings.load(leerregie::embedded_file("strings.json")))
        return true;
    app.errors.push_back("strings.json");
    return false;
}

bool read_questionnaire()
{
    using namespace leerregie;
    Loaded<Questionnaire> questionnaire = load_questionnaire(embedded_file("questionnaire.json"));
    for (const Problem& problem : questionnaire.problems)
        app.errors.push_back(describe(problem, app.strings, app.language));
    if (!questionnaire.ok())
        return false;
    app.questionnaire = std::move(*questionnaire.value);
    return true;
}

bool read_catalogues()
{
    using namespace leerregie;
    Loaded<ProfileCatalogue> profiles = load_profiles(embedded_file("profiles.json"), app.questionnaire.languages);
    Loaded<AdviceCatalogue> advice = load_advice(embedded_file("advice.json"), app.questionnaire.languages);
    Loaded<References> references = load_references(embedded_file("references.json"), app.questionnaire.languages);
    for (const auto* problems : {&profiles.problems, &advice.problems, &references.problems})
        for (const Problem& problem : *problems)
            app.errors.push_back(describe(problem, app.strings, app.language));
    if (!profiles.ok() || !advice.ok() || !references.ok())
        return false;
    app.profiles = std::move(*profiles.value);
    app.advice = std::move(*advice.value);
    app.references = std::move(*references.value);
    return true;
}

// How long a trainer's questionnaire may take to arrive before the error screen offers the
// built-in scan instead: long enough for a slow phone connection, short enough not to give up on.
constexpr int own_questionnaire_timeout_ms = 15000;

// `?questionnaire=<relative URL>`: refused addresses and failed fetches say why on the error
// screen; a file that arrives is checked there too (App::own_questionnaire_loaded).
void load_own_questionnaire(const std::string& url)
{
    using namespace leerregie;
    app.own_questionnaire = url;
    app.forget_own_questionnaire = [] { platform::remove_query_parameter("questionnaire"); };
    // The address as shown in messages: the person's own text, cut short when very long, its
    // control characters (a NUL from %00) shown rather than dropped.
    const std::string shown_url(first_characters(url, 120));
    const std::string shown =
        "\"" + escape_control_characters(shown_url, false) + (shown_url.size() < url.size() ? "…" : "") + "\"";
    switch (check_questionnaire_url(url))
    {
    case UrlRefusal::None: break;
    case UrlRefusal::Empty: app.own_questionnaire_failed(app.text("ui.own.refused_empty")); return;
    case UrlRefusal::OtherSite: app.own_questionnaire_failed(format_text(app.text("ui.own.refused_site"), {shown})); return;
    case UrlRefusal::BadCharacter:
        app.own_questionnaire_failed(format_text(app.text("ui.own.refused_characters"), {shown}));
        return;
    }
    app.screen = Screen::Loading;
    platform::fetch_text(url, own_questionnaire_timeout_ms, [shown](platform::FetchResult result) {
        if (result.status >= 200 && result.status < 300)
            app.own_questionnaire_loaded(result.text);
        else if (result.status == -1)
            app.own_questionnaire_failed(format_text(app.text("ui.own.refused_site"), {shown}));
        else if (result.status == 404 || result.status == 410)
            app.own_questionnaire_failed(format_text(app.text("ui.own.not_found"), {shown, std::to_string(result.status)}));
        else
        {
            const std::string reason = result.status == platform::fetch_timed_out ? app.text("ui.own.timed_out")
                                       : result.status == 0 ? app.text("ui.own.no_connection")
                                                            : format_text(app.text("ui.own.error_code"), {std::to_string(result.status)});
            app.own_questionnaire_failed(format_text(app.text("ui.own.fetch_failed"), {shown, reason}));
        }
    });
}

void show_app()
{
    namespace platform = leerregie::platform;
    using leerregie::embedded_file;
    leerregie::ui::set_font_files({embedded_file("ui-regular.ttf"), embedded_file("ui-bold.ttf")});
    platform::init(embedded_file("characters.txt"));
    platform::run({[] { leerregie::ui::draw_app(app); },
                   [](float pixel_ratio, const ImWchar* glyph_ranges) {
                       leerregie::ui::apply_typography_and_theme(app, pixel_ratio, glyph_ranges);
                   }});
}

void begin()
{
    namespace platform = leerregie::platform;
    app.asked_variant = platform::query_parameter("variant") == "full" ? leerregie::Variant::Full
                                                                        : leerregie::Variant::Short;
    app.asked_language = platform::query_parameter("lang");
    app.builtin_questionnaire = app.questionnaire;
    app.builtin_text = leerregie::embedded_file("questionnaire.json");
    if (platform::has_query_parameter("questionnaire"))
        load_own_questionnaire(platform::query_parameter("questionnaire"));
    else
        app.begin();
}

// Start-up from the settings on: the content, each step a task of its own (platform::post_task),
// then the app's first screen.
void start()
{
    static constexpr bool (*content_steps[])() = {read_strings, read_questionnaire, read_catalogues};
    static size_t step = 0;
    if (step == std::size(content_steps))
    {
        begin();
        show_app();
    }
    else if (!content_steps[step++]())
    {
        app.screen = leerregie::Screen::Error;
        show_app();
    }
    else
        leerregie::platform::post_task(start);
}

} // namespace

int main()
{
    namespace platform = leerregie::platform;
    app.language = choose_language();
    app.theme = choose_theme();
    app.embed = platform::query_parameter("embed") == "1";
    // The trainer's group view starts in the largest type, for a projector.
    app.group_view = platform::query_parameter("view") == "group";
    if (app.group_view)
        app.text_size_step = leerregie::text_size_steps - 1;
    app.storage = {[](const std::string& key) { return platform::storage_get(key); },
                   [](const std::string& key, const std::string& value) { return platform::storage_set(key, value); },
                   [](const std::string& key) { platform::storage_remove(key); }};
    app.clear_offline_copy = [] { platform::clear_offline_copy(); };
    platform::on_storage_change([](const std::string& key) { app.storage_changed(key); });
    start();
    return 0;
}
