// Advice and action plan: the 3-5 advice items the core chose, each with its first step, and four
// plan fields (goal, first step, who can help, when) saved with the answers as they are typed.
#include "core/explain.h"
#include "core/text.h"
#include "imgui.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

std::string draw_plan(App& app)
{
    if (!app.assessment)
        app.show_results();
    std::string live = app.text("ui.plan.advice_title") + ".";

    begin_screen("##plan");
    top_bar(app);
    heading(app.text("ui.plan.advice_title"));
    muted(app.text("ui.plan.advice_lead"));
    const Explainer explain = app.explainer();
    int number = 0;
    for (const ChosenAdvice& chosen : app.assessment->advice)
    {
        spacer(6.0f);
        subheading(std::to_string(++number) + ". " + app.local(chosen.advice->title));
        muted(explain.because(chosen));
        paragraph(app.local(chosen.advice->explanation));
        callout(app.text("ui.plan.first_step"), app.local(chosen.advice->first_step));
        live += " " + app.local(chosen.advice->title) + ".";
    }

    spacer(10.0f);
    heading(app.text("ui.plan.plan_title"));
    muted(app.text("ui.plan.plan_lead"));
    Plan& plan = app.answers.plan;
    const std::string limit = format_text(app.text("ui.field.limit"), {std::to_string(max_text_length)});
    bool changed = false;
    changed |= text_field("plan-goal", app.text("ui.plan.goal"), plan.goal, 88.0f, max_text_length, limit);
    changed |= text_field("plan-first-step", app.text("ui.plan.step"), plan.first_step, 88.0f, max_text_length, limit);
    changed |= text_field("plan-helper", app.text("ui.plan.helper"), plan.helper, 56.0f, max_text_length, limit);
    changed |= text_field("plan-when", app.text("ui.plan.when"), plan.when, 56.0f, max_text_length, limit);
    if (changed)
        app.save();

    spacer(12.0f);
    const int pressed =
        button_pair("back", app.text("ui.plan.back"), true, "to-report", app.text("ui.plan.to_report"), true);
    if (pressed == 1)
        app.screen = Screen::Results;
    else if (pressed == 2)
        app.screen = Screen::Report;
    end_screen();
    return live + " " + app.text("ui.plan.plan_title") + ".";
}

}  // namespace leerregie::ui
