// The error screen: what went wrong, in the person's language, as a list; nothing saved is lost.
// When a trainer's own questionnaire failed, a button leads to the built-in scan.
#include "imgui.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

std::string draw_error(App& app)
{
    begin_screen("##error");
    heading(app.text("ui.error.title"));
    const std::string& lead = app.error_lead.empty() ? app.text("ui.error.lead") : app.error_lead;
    paragraph(lead);
    std::string live = app.text("ui.error.title") + ". " + lead;
    begin_list(app.text("ui.error.title"));
    for (const std::string& error : app.errors)
    {
        list_item();
        // The bullet apart, so a long message wraps under its own first word.
        ImGui::TextUnformatted("•");
        ImGui::SameLine();
        paragraph(error);
        live += " " + error;
    }
    end_list();
    if (!app.own_questionnaire.empty())
    {
        spacer(8.0f);
        paragraph(app.text("ui.own.lead"));
        live += " " + app.text("ui.own.lead");
        if (primary_button("to-builtin", app.text("ui.own.to_builtin")))
            app.use_builtin_questionnaire();
    }
    end_screen();
    return live;
}

}  // namespace leerregie::ui
