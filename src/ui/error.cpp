// The error screen: what went wrong, in the person's language, without losing anything saved.
#include "platform/platform.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

void draw_error(App& app)
{
    begin_screen("##error");
    heading(app.text("ui.error.title"));
    paragraph(app.error_message);
    end_screen();
    platform::set_live_text(app.text("ui.error.title") + ". " + app.error_message);
}

} // namespace leerregie::ui
