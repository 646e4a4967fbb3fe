#include "app/startup.h"

#include <iterator>
#include <string>

#include "app/embedded.h"

namespace leerregie
{
namespace
{

// The person's language: the URL's `lang`, else the browser's, else Dutch.
std::string choose_language()
{
    for (const std::string& candidate : {platform::query_parameter("lang"), platform::browser_language().substr(0, 2)})
        if (candidate == "nl" || candidate == "en")
            return candidate;
    return "nl";
}

SystemSettings system_settings()
{
    const platform::SystemPreferences system = platform::system_preferences();
    return {system.dark_scheme, system.forced_colors || system.more_contrast, system.reduced_motion};
}

void apply_page_settings(App& app)
{
    app.language = choose_language();
    app.asked_theme = theme_named(platform::query_parameter("theme"));
    app.system = system_settings();
    app.embed = platform::query_parameter("embed") == "1";
    app.group_view = platform::query_parameter("view") == "group";
    app.asked_variant = platform::query_parameter("variant") == "full" ? Variant::Full : Variant::Short;
    app.asked_language = platform::query_parameter("lang");
    app.storage = {[](const std::string& key) { return platform::storage_get(key); },
                   [](const std::string& key, const std::string& value) { return platform::storage_set(key, value); },
                   [](const std::string& key) { platform::storage_remove(key); }};
    app.clear_offline_copy = [] { platform::clear_offline_copy(); };
    app.restore_settings();
}

bool load_builtin_strings(App& app)
{
    if (app.strings.load(embedded_file("strings.json")))
        return true;
    app.errors.push_back("strings.json");
    return false;
}

bool load_builtin_questionnaire(App& app)
{
    Loaded<Questionnaire> questionnaire = load_questionnaire(embedded_file("questionnaire.json"));
    for (const Problem& problem : questionnaire.problems)
        app.errors.push_back(describe(problem, app.strings, app.language));
    if (!questionnaire.ok())
        return false;
    app.questionnaire = std::move(*questionnaire.value);
    app.builtin_text = embedded_file("questionnaire.json");
    return true;
}

// How long a trainer's questionnaire may take to arrive before the error screen offers the
// built-in scan instead: long enough for a slow phone connection, short enough not to give up on.
constexpr int own_questionnaire_timeout_ms = 15000;

// `?questionnaire=<relative URL>`: refused addresses and failed fetches say why on the error
// screen; a file that arrives is checked there too (App::own_questionnaire_loaded).
void load_own_questionnaire(App& app, const std::string& url)
{
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
    case UrlRefusal::OtherSite:
        app.own_questionnaire_failed(format_text(app.text("ui.own.refused_site"), {shown}));
        return;
    case UrlRefusal::BadCharacter:
        app.own_questionnaire_failed(format_text(app.text("ui.own.refused_characters"), {shown}));
        return;
    }
    app.screen = Screen::Loading;
    platform::fetch_text(url, own_questionnaire_timeout_ms, [&app, shown](platform::FetchResult result) {
        if (result.status >= 200 && result.status < 300)
            app.own_questionnaire_loaded(result.text);
        else if (result.status == -1)
            app.own_questionnaire_failed(format_text(app.text("ui.own.refused_site"), {shown}));
        else if (result.status == 404 || result.status == 410)
            app.own_questionnaire_failed(
                format_text(app.text("ui.own.not_found"), {shown, std::to_string(result.status)}));
        else
        {
            const std::string reason =
                result.status == platform::fetch_timed_out ? app.text("ui.own.timed_out")
                : result.status == 0                       ? app.text("ui.own.no_connection")
                                     : format_text(app.text("ui.own.error_code"), {std::to_string(result.status)});
            app.own_questionnaire_failed(format_text(app.text("ui.own.fetch_failed"), {shown, reason}));
        }
    });
}

// The app being started, for the steps posted as tasks (plain functions).
App* started_app = nullptr;
platform::AppHooks started_screens;
size_t next_content_step = 0;
bool catalogues_posted = false;

void load_catalogues_after_first_frame()
{
    // The error screen, or a kept group picture read with the catalogues.
    if (!started_app->load_catalogues() || started_app->group_share)
        platform::request_frames();
}

void show_screens()
{
    platform::init(embedded_file("characters.txt"));
    platform::run({[] {
                       started_screens.draw();
                       if (!catalogues_posted)
                       {
                           catalogues_posted = true;
                           platform::post_task(load_catalogues_after_first_frame);
                       }
                   },
                   started_screens.restyle});
}

void open_requested_questionnaire()
{
    App& app = *started_app;
    if (platform::has_query_parameter("questionnaire"))
        load_own_questionnaire(app, platform::query_parameter("questionnaire"));
    else
        app.open_first_screen();
}

void run_startup_step()
{
    static constexpr bool (*content_steps[])(App&) = {load_builtin_strings, load_builtin_questionnaire};
    if (next_content_step == std::size(content_steps))
    {
        open_requested_questionnaire();
        show_screens();
    }
    else if (!content_steps[next_content_step++](*started_app))
    {
        started_app->screen = Screen::Error;
        show_screens();
    }
    else
        platform::post_task(run_startup_step);
}

}  // namespace

bool load_builtin_content(App& app) { return load_builtin_strings(app) && load_builtin_questionnaire(app); }

bool App::load_catalogues()
{
    if (catalogues_loaded)
        return true;
    Loaded<ProfileCatalogue> loaded_profiles =
        load_profiles(embedded_file("profiles.json"), builtin_questionnaire().languages);
    Loaded<AdviceCatalogue> loaded_advice =
        load_advice(embedded_file("advice.json"), builtin_questionnaire().languages);
    Loaded<References> loaded_references =
        load_references(embedded_file("references.json"), builtin_questionnaire().languages);
    if (!loaded_profiles.ok() || !loaded_advice.ok() || !loaded_references.ok())
    {
        errors.clear();
        for (const auto* problems : {&loaded_profiles.problems, &loaded_advice.problems, &loaded_references.problems})
            for (const Problem& problem : *problems)
                errors.push_back(describe(problem, strings, language));
        error_lead.clear();
        screen = Screen::Error;
        return false;
    }
    profiles = std::move(*loaded_profiles.value);
    advice = std::move(*loaded_advice.value);
    references = std::move(*loaded_references.value);
    catalogues_loaded = true;
    restore_group_share();  // it is read against the profiles
    return true;
}

void start_app(App& app, platform::AppHooks screens)
{
    started_app = &app;
    started_screens = std::move(screens);
    next_content_step = 0;
    catalogues_posted = false;
    apply_page_settings(app);
    // Settings chosen in another tab, and the system's settings, apply while the page is open.
    platform::on_storage_change([](const std::string& key) {
        started_app->storage_changed(key);
        if (started_app->look_changed())
            platform::request_restyle();
    });
    platform::on_system_preferences_change([] {
        started_app->system = system_settings();
        started_app->apply_settings();
        if (started_app->look_changed())
            platform::request_restyle();
    });
    // A participant's link (`?view=group#add=CODE`), opened by the trainer's camera app or pasted in
    // the address bar, adds the code to this device's list, now or in this tab later on.
    if (app.group_view)
    {
        app.codes_linked(codes_in_link_fragment(platform::take_link_fragment()));
        platform::on_link_fragment(
            [](const std::string& fragment) { started_app->codes_linked(codes_in_link_fragment(fragment)); });
    }
    // The trainer's group picture (`#group=...`), opened by a participant's camera app or later in
    // this tab: checked and kept once the questionnaire is open, beside the person's own results.
    else
    {
        app.linked_group_share = group_share_in_link_fragment(platform::take_link_fragment()).value_or("");
        platform::on_link_fragment([](const std::string& fragment) {
            if (const std::optional<std::string> share = group_share_in_link_fragment(fragment))
                started_app->group_share_linked(*share);
        });
    }
    run_startup_step();
}

}  // namespace leerregie
