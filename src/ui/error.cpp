// The error screen: what went wrong, in the person's language, as a list; nothing saved is lost.
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

std::string draw_error(App& app)
{
    begin_screen("##error");
    heading(app.text("ui.error.title"));
    paragraph(app.text("ui.error.lead"));
    std::string live = app.text("ui.error.title") + ". " + app.text("ui.error.lead");
    for (const std::string& error : app.errors)
    {
        paragraph("•  " + error);
        live += " " + error;
    }
    end_screen();
    return live;
}

} // namespace leerregie::ui
