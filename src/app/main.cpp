// Leerregie in the browser: (1) read the settings from the URL, (2) load the embedded texts,
// (3) set up WebGL2 and Dear ImGui, (4) draw a screen whenever something changed.
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

} // namespace

int main()
{
    app.language = choose_language();
    app.theme = choose_theme();
    if (!app.strings.load(leerregie::embedded_file("strings.json")))
    {
        app.screen = leerregie::Screen::Error;
        app.error_message = "strings.json";
    }
    leerregie::platform::set_document_language(app.language);

    const leerregie::platform::FontSource fonts{leerregie::embedded_file("ui-regular.ttf"),
                                                leerregie::embedded_file("ui-bold.ttf")};
    if (!leerregie::platform::init(fonts))
        return 1;
    leerregie::platform::run({[] { leerregie::ui::draw_app(app); }, [] { leerregie::ui::apply_theme(app.theme); }});
    return 0;
}
