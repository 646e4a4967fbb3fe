// The intro: what the scan is and gives, how long it takes, the privacy promise, that a choice
// moves on by itself (or not, as set), and the choice between the short and the full scan. Enter
// starts the variant the URL asked for (short by default), or continues a scan in progress.
#include <algorithm>
#include <cmath>

#include "core/text.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{
namespace
{

// About ten seconds a question: most are one short sentence with a few answers.
constexpr double seconds_per_question = 10.0;

// "Ongeveer 5 minuten, 31 vragen." from the questionnaire in use, a trainer's own too. Questions
// that an answer skips are counted: the most a person can be asked.
std::string duration(const App& app, Variant variant, std::string_view key)
{
    const int questions = int(std::count_if(app.questionnaire.items.begin(), app.questionnaire.items.end(),
                                            [&](const Item& item) { return in_variant(item, variant); }));
    const long minutes = std::max(1L, std::lround(questions * seconds_per_question / 60.0));
    return format_text(app.text(key), {std::to_string(questions), std::to_string(minutes)});
}

}  // namespace

std::string draw_intro(App& app)
{
    begin_screen("##intro");
    top_bar(app);
    const std::string waiting = group_share_waiting(app);
    heading(app.text("ui.intro.title"));
    paragraph(app.text("ui.intro.lead"));
    muted(app.text("ui.intro.gives"));
    spacer(6.0f);
    subheading(app.text("ui.intro.privacy_title"));
    paragraph(app.text("ui.intro.privacy"));
    muted(app.text("ui.intro.not_a_test"));
    const std::string& advance = app.text(app.auto_advance ? "ui.intro.auto_advance_on" : "ui.intro.auto_advance_off");
    paragraph(advance);
    spacer(10.0f);

    const bool in_progress = !app.answers.answers.empty();
    if (in_progress && primary_button("continue", app.text("ui.intro.continue")))
        app.start_scan(app.answers.variant);
    const bool short_first = app.answers.variant == Variant::Short || !in_progress;
    const auto variant_button = [&](const char* id, std::string_view label, bool primary) {
        return primary && !in_progress ? primary_button(id, label) : secondary_button(id, label);
    };
    if (variant_button("start-short", app.text("ui.intro.start_short"), short_first))
        app.start_scan(Variant::Short);
    muted(duration(app, Variant::Short, "ui.intro.short_time"));
    if (variant_button("start-full", app.text("ui.intro.start_full"), !short_first))
        app.start_scan(Variant::Full);
    muted(duration(app, Variant::Full, "ui.intro.full_time"));
    end_screen();

    if (!app.settings_open && ImGui::IsKeyPressed(ImGuiKey_Enter, false))
        app.start_scan(app.answers.variant);

    return app.text("ui.intro.title") + ". " + app.text("ui.intro.lead") + " " + app.text("ui.intro.privacy") + " " +
           app.text("ui.intro.not_a_test") + " " + advance + " " +
           app.text(in_progress ? "ui.intro.live_continue" : "ui.intro.live_keys") + waiting;
}

}  // namespace leerregie::ui
