// Settings, reachable from every screen: language, text size, theme, whether a choice moves on to
// the next question by itself, and "Alles wissen" with a confirmation. Drawn as a full-window
// sheet so it is as easy to use on a phone as on a desktop. A choice here is the person's own
// and is kept, even one equal to what the system gave (App::choose_theme).
#include <optional>
#include <string>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

namespace
{

// A setting that is on or off, as a radio group titled `title_key`: its choices are
// `<id>-on`/`<id>-off` with the texts `<label_key>_on`/`<label_key>_off`. The choice made, if any.
std::optional<bool> on_or_off(const App& app, const char* title_key, const std::string& id,
                              const std::string& label_key, bool current)
{
    spacer(6.0f);
    const std::string& title = app.text(title_key);
    subheading(title);
    std::optional<bool> chosen;
    for (const bool on : {true, false})
    {
        const char* suffix = on ? "_on" : "_off";
        if (option_button((id + (on ? "-on" : "-off")).c_str(), app.text(label_key + suffix), current == on, title))
            chosen = on;
    }
    return chosen;
}

}  // namespace

void draw_settings(App& app)
{
    begin_screen("##settings");
    heading(app.text("ui.settings.title"));

    subheading(app.text("ui.settings.language"));
    if (option_button("language-nl", "Nederlands", app.language == "nl", app.text("ui.settings.language")))
        app.set_language("nl");
    in_language("nl");
    if (option_button("language-en", "English", app.language == "en", app.text("ui.settings.language")))
        app.set_language("en");
    in_language("en");

    spacer(6.0f);
    subheading(app.text("ui.settings.text_size"));
    const char* size_keys[] = {"ui.settings.size_small", "ui.settings.size_normal", "ui.settings.size_large",
                               "ui.settings.size_largest"};
    for (int size = 0; size < text_size_steps; ++size)
    {
        const std::string id = "text-size-" + std::to_string(size);
        if (option_button(id.c_str(), app.text(size_keys[size]), app.text_size_step == size,
                          app.text("ui.settings.text_size")))
            app.choose_text_size(size);
    }

    spacer(6.0f);
    subheading(app.text("ui.settings.theme"));
    const std::pair<Theme, const char*> themes[] = {{Theme::Light, "ui.settings.theme_light"},
                                                    {Theme::Dark, "ui.settings.theme_dark"},
                                                    {Theme::Contrast, "ui.settings.theme_contrast"}};
    for (const auto& [theme, key] : themes)
    {
        if (option_button(key, app.text(key), app.theme == theme, app.text("ui.settings.theme")))
            app.choose_theme(theme);
    }

    if (const std::optional<bool> chosen =
            on_or_off(app, "ui.settings.after_choice", "auto-advance", "ui.settings.auto_advance", app.auto_advance))
        app.choose_auto_advance(*chosen);
    if (const std::optional<bool> chosen =
            on_or_off(app, "ui.settings.number_keys", "number-keys", "ui.settings.number_keys", app.number_keys))
        app.choose_number_keys(*chosen);

    spacer(10.0f);
    subheading(app.text("ui.settings.clear_title"));
    muted(app.text("ui.settings.clear_lead"));
    if (!app.confirm_clear)
    {
        if (secondary_button("clear", app.text("ui.settings.clear")))
            app.confirm_clear = true;
    }
    else
    {
        paragraph(app.text("ui.settings.clear_confirm"));
        const int pressed = button_pair("clear-cancel", app.text("ui.settings.clear_no"), true, "clear-confirm",
                                        app.text("ui.settings.clear_yes"), true);
        if (pressed == 1)
            app.confirm_clear = false;
        else if (pressed == 2)
            app.clear_everything();
    }

    spacer(12.0f);
    if (primary_button("settings-close", app.text("ui.settings.close")) || ImGui::IsKeyPressed(ImGuiKey_Escape, false))
    {
        app.settings_open = false;
        app.confirm_clear = false;
    }
    end_screen();
}

}  // namespace leerregie::ui
