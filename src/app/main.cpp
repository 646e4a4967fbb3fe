// Leerregie in the browser: (1) read the settings from the URL, (2) load the embedded content,
// (3) resume saved progress, (4) set up WebGL2 and Dear ImGui, (5) draw whenever something changed.
#include <string>

#include "app/app.h"
#include "app/embedded.h"
#include "platform/platform.h"
#include "ui/screens.h"

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

// Loads the built-in questionnaire, advice and profiles; lists what is wrong when they do not load.
bool load_content()
{
    using namespace leerregie;
    if (!app.strings.load(embedded_file("strings.json")))
    {
        app.errors.push_back("strings.json");
        return false;
    }
    Loaded<Questionnaire> questionnaire = load_questionnaire(embedded_file("questionnaire.json"));
    for (const Problem& problem : questionnaire.problems)
        app.errors.push_back(describe(problem, app.strings, app.language));
    if (!questionnaire.ok())
        return false;
    app.questionnaire = std::move(*questionnaire.value);
    Loaded<ProfileCatalogue> profiles = load_profiles(embedded_file("profiles.json"), app.questionnaire.languages);
    Loaded<AdviceCatalogue> advice = load_advice(embedded_file("advice.json"), app.questionnaire.languages);
    for (const Problem& problem : profiles.problems)
        app.errors.push_back(describe(problem, app.strings, app.language));
    for (const Problem& problem : advice.problems)
        app.errors.push_back(describe(problem, app.strings, app.language));
    if (!profiles.ok() || !advice.ok())
        return false;
    app.profiles = std::move(*profiles.value);
    app.advice = std::move(*advice.value);
    return true;
}

} // namespace

int main()
{
    namespace platform = leerregie::platform;
    app.language = choose_language();
    app.theme = choose_theme();
    app.storage = {[](const std::string& key) { return platform::storage_get(key); },
                   [](const std::string& key, const std::string& value) { return platform::storage_set(key, value); },
                   [](const std::string& key) { platform::storage_remove(key); }};

    if (load_content())
    {
        app.answers.questionnaire = app.questionnaire.id;
        app.answers.variant = platform::query_parameter("variant") == "full" ? leerregie::Variant::Full
                                                                              : leerregie::Variant::Short;
        app.resume();
        // A language chosen in the URL wins over the one saved with the answers.
        if (const std::string asked = platform::query_parameter("lang"); asked == "nl" || asked == "en")
            app.language = asked;
    }
    else
        app.screen = leerregie::Screen::Error;

    using leerregie::embedded_file;
    const platform::FontSource fonts{embedded_file("ui-regular.ttf"), embedded_file("ui-bold.ttf"),
                                     {embedded_file("strings.json"), embedded_file("questionnaire.json"),
                                      embedded_file("advice.json"), embedded_file("profiles.json")}};
    if (!platform::init(fonts))
        return 1;
    platform::run({[] { leerregie::ui::draw_app(app); }, [] { leerregie::ui::apply_theme(app.theme); }});
    return 0;
}
