// One frame of the app: the current screen, and the page's data-screen and #live kept in step
// with it (PRODUCT.md: the accessible mirror).
#include "platform/platform.h"
#include "ui/screens.h"

namespace leerregie::ui
{

void draw_app(App& app)
{
    platform::set_screen_name(screen_name(app.screen));
    switch (app.screen)
    {
    case Screen::Intro: draw_intro(app); break;
    case Screen::Error: draw_error(app); break;
    }
}

} // namespace leerregie::ui
