// The intro: what the scan is and gives, how long it takes, the privacy promise, and the choice
// between the short and the full scan. Enter starts the variant the URL asked for (short by
// default), or continues a scan in progress.
#include "core/text.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

std::string draw_intro(App& app)
{
    begin_screen("##intro");
    top_bar(app);
    heading(app.text("ui.intro.title"));
    paragraph(app.text("ui.intro.lead"));
    muted(app.text("ui.intro.gives"));
    spacer(6.0f);
    subheading(app.text("ui.intro.privacy_title"));
    paragraph(app.text("ui.intro.privacy"));
    spacer(10.0f);

    const bool in_progress = !app.answers.answers.empty();
    if (in_progress && primary_button("continue", app.text("ui.intro.continue")))
        app.start(app.answers.variant);
    const bool short_first = app.answers.variant == Variant::Short || !in_progress;
    const auto variant_button = [&](const char* id, std::string_view label, bool primary) {
        return primary && !in_progress ? primary_button(id, label) : secondary_button(id, label);
    };
    if (variant_button("start-short", app.text("ui.intro.start_short"), short_first))
        app.start(Variant::Short);
    muted(app.text("ui.intro.short_time"));
    if (variant_button("start-full", app.text("ui.intro.start_full"), !short_first))
        app.start(Variant::Full);
    muted(app.text("ui.intro.full_time"));
    end_screen();

    if (!app.settings_open && ImGui::IsKeyPressed(ImGuiKey_Enter, false))
        app.start(app.answers.variant);

    return app.text("ui.intro.title") + ". " + app.text("ui.intro.lead") + " " + app.text("ui.intro.privacy") + " " +
           app.text(in_progress ? "ui.intro.live_continue" : "ui.intro.live_keys");
}

} // namespace leerregie::ui
