// Keeping the result: print or save as PDF (the core's HTML report in a new tab), download the
// answers file, load one back (checked; a bad file says what is wrong and keeps the answers).
#include "imgui.h"
#include "platform/platform.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

std::string draw_report(App& app)
{
    begin_screen("##report");
    top_bar(app);
    heading(app.text("ui.report.title"));
    paragraph(app.text("ui.report.lead"));
    spacer(6.0f);
    if (primary_button("print", app.text("ui.report.print")))
        platform::open_printable(app.report_html(platform::today()));
    muted(app.text("ui.report.print_hint"));
    if (secondary_button("download", app.text("ui.report.download")))
        platform::download_file("leerregie-" + platform::today() + ".json", "application/json", app.export_answers());
    muted(app.text("ui.report.download_hint"));
    if (secondary_button("import", app.text("ui.report.import")))
        platform::pick_text_file([&app](std::string text) { app.import_answers(text); });
    muted(app.text("ui.report.import_hint"));
    spacer(10.0f);
    if (secondary_button("back", app.text("ui.report.back")))
        app.screen = app.assessment ? Screen::Results : Screen::Intro;
    end_screen();
    return app.text("ui.report.title") + ". " + app.text("ui.report.lead") +
           (app.notice.empty() ? "" : " " + app.notice);
}

}  // namespace leerregie::ui
