// The intro: what the scan is and gives, how long it takes, the privacy promise, and the choice
// between the short and the full scan.
#include <string>

#include "platform/platform.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

void draw_intro(App& app)
{
    begin_screen("##intro");
    heading(app.text("ui.intro.title"));
    paragraph(app.text("ui.intro.lead"));
    muted(app.text("ui.intro.gives"));
    ImGui::Dummy(ImVec2(0.0f, css(4.0f)));
    subheading(app.text("ui.intro.privacy_title"));
    paragraph(app.text("ui.intro.privacy"));
    ImGui::Dummy(ImVec2(0.0f, css(8.0f)));
    primary_button(app.text("ui.intro.start_short").c_str());
    muted(app.text("ui.intro.short_time"));
    secondary_button(app.text("ui.intro.start_full").c_str());
    muted(app.text("ui.intro.full_time"));
    end_screen();

    platform::set_live_text(app.text("ui.intro.title") + ". " + app.text("ui.intro.lead") + " " +
                            app.text("ui.intro.privacy") + " " + app.text("ui.intro.live_keys"));
}

} // namespace leerregie::ui
