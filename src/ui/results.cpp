// The results: the profile with its explanation, a bar per dimension with the value written out
// and what it means, and the national figures beside the person's own answers.
#include "core/report.h"
#include "core/text.h"
#include "imgui.h"
#include "platform/platform.h"
#include "ui/layout.h"
#include "ui/qr_code.h"
#include "ui/screens.h"

namespace leerregie::ui
{
namespace
{

// "Deel met je trainer": the result code in large type and as a QR code, shown only when the
// person asks for it. Returns what #live adds for it.
std::string share_panel(App& app)
{
    const std::string code = app.result_code();
    if (code.empty())
        return {};
    if (!app.share_open)
    {
        if (secondary_button("share", app.text("ui.share.open")))
            app.share_open = true;
        return {};
    }
    spacer(6.0f);
    subheading(app.text("ui.share.title"));
    display_text(code);
    spacer(4.0f);
    qr_code(code, 220.0f);
    spacer(4.0f);
    paragraph(app.text("ui.share.lead"));
    const std::string live = " " + format_text(app.text("ui.share.live"), {code}) + " " + app.text("ui.share.lead");
    if (secondary_button("copy-code", app.text("ui.share.copy")))
        platform::copy_text(code, [&app](bool copied) {
            app.share_status = app.text(copied ? "ui.share.copied" : "ui.share.copy_failed");
        });
    if (!app.share_status.empty())
        muted(app.share_status);
    if (secondary_button("hide-code", app.text("ui.share.hide")))
    {
        app.share_open = false;
        app.share_status.clear();
    }
    spacer(10.0f);
    return live;
}

} // namespace


std::string draw_results(App& app)
{
    if (!app.assessment)
        app.show_results();
    const Assessment& result = *app.assessment;
    std::string live = app.text("ui.results.title") + ".";

    begin_screen("##results");
    top_bar(app);
    heading(app.text("ui.results.title"));

    if (const Profile* profile = app.profiles.find(result.profile.id))
    {
        muted(app.text("ui.results.profile_label"));
        heading(app.local(profile->name));
        subheading(app.local(profile->summary));
        paragraph(app.local(profile->explanation));
        live += " " + app.text("ui.results.profile_label") + ": " + app.local(profile->name) + ".";
    }
    spacer(8.0f);
    heading(app.text("ui.results.scores_title"));
    muted(app.text("ui.results.scores_explanation"));
    for (const DimensionScore& score : result.scores)
    {
        const Dimension* dimension = app.questionnaire.find_dimension(score.id);
        if (!dimension || score.items == 0)
            continue;
        const std::string value =
            score.score ? format_score(*score.score, app.language) : app.text("ui.results.no_score");
        spacer(6.0f);
        label_value(app.local(dimension->name), value);
        score_bar(score.score ? float(*score.score) : 0.0f, score.score.has_value());
        if (score.score)
        {
            if (const Band* band = band_for(*dimension, *score.score))
                muted(app.local(band->text));
        }
        else
            muted(app.text("ui.results.no_score_meaning"));
        live += " " + app.local(dimension->name) + ": " + value + ".";
    }

    if (!result.comparisons.empty())
    {
        spacer(10.0f);
        heading(app.text("ui.results.national_title"));
        for (const Comparison& comparison : result.comparisons)
        {
            const Scale* scale = app.questionnaire.find_scale(comparison.item->scale);
            const std::string answer = comparison.answer && scale && *comparison.answer >= 1 &&
                                               *comparison.answer <= int(scale->options.size())
                                           ? app.local(scale->options[size_t(*comparison.answer - 1)])
                                           : app.text("ui.results.not_answered");
            const Reference& reference = *comparison.reference;
            subheading(app.local(comparison.item->text));
            paragraph(app.text("ui.results.your_answer") + ": " + answer);
            muted(format_text(app.text("ui.results.national_figure"),
                              {format_score(reference.value, app.language), app.local(reference.population),
                               app.local(reference.label), std::to_string(reference.year)}) +
                  " " + app.text("ui.results.source") + ": " + reference.source);
            spacer(4.0f);
        }
    }

    spacer(10.0f);
    live += " " + app.text("ui.results.advice_label") + ":";
    for (const Advice* advice : result.advice)
        live += " " + app.local(advice->title) + ".";
    if (primary_button("to-plan", app.text("ui.results.to_plan")))
        app.screen = Screen::Plan;
    if (secondary_button("to-report", app.text("ui.results.to_report")))
        app.screen = Screen::Report;
    live += share_panel(app);
    if (secondary_button("review", app.text("ui.results.review")))
        app.start(app.answers.variant);
    end_screen();
    return live;
}

} // namespace leerregie::ui
