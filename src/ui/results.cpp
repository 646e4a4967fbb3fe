// The results: the profile on a map of the person's own drive against the room around them, with
// which side holds them back; a bar per dimension with the value written out and what it means;
// and the national figures, each drawn as a share with the person's own side marked.
#include <algorithm>

#include "core/explain.h"
#include "core/find_by_id.h"
#include "core/report.h"
#include "core/text.h"
#include "imgui.h"
#include "platform/platform.h"
#include "ui/layout.h"
#include "ui/profile_map.h"
#include "ui/qr_code.h"
#include "ui/screens.h"
#include "ui/theme.h"

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
    // A link to the group view with the code in its fragment, which no server sees: a trainer's
    // phone camera opens it and the code joins that browser's list.
    qr_code("share-qr", platform::page_address() + "?view=group#" + link_fragment_adding(code), 220.0f,
            app.text("ui.share.qr"));
    spacer(4.0f);
    paragraph(app.text("ui.share.lead"));
    const std::string live = " " + format_text(app.text("ui.share.live"), {code}) + " " + app.text("ui.share.lead");
    if (secondary_button("copy-code", app.text("ui.share.copy")))
        platform::copy_text(code, [&app](bool copied) {
            app.share_status = app.text(copied ? "ui.share.copied" : "ui.share.copy_failed");
        });
    if (!app.share_status.empty())
    {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        status_message("share-status", app.share_status);
        ImGui::PopStyleColor();
    }
    if (secondary_button("hide-code", app.text("ui.share.hide")))
    {
        app.share_open = false;
        app.share_status.clear();
    }
    spacer(10.0f);
    return live;
}

// A national share as a bar: the share filled from the left, the rest empty, and "Jij" over the
// part the person's own answer belongs to.
void national_bar(const App& app, const Comparison& comparison, std::string_view description)
{
    const float height = css(16.0f);
    const float label_height = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 top_left = ImGui::GetCursorScreenPos() + ImVec2(0.0f, comparison.answer ? label_height : 0.0f);
    const float width = column_width();
    ImGui::Dummy(ImVec2(width, height + (comparison.answer ? label_height : 0.0f) + css(4.0f)));
    picture(("national-" + comparison.reference->id).c_str(), description);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float share = width * float(std::clamp(comparison.reference->value, 0.0, 100.0)) / 100.0f;
    const float rounding = height * 0.5f;
    draw->AddRectFilled(top_left, top_left + ImVec2(width, height), ImGui::GetColorU32(ImGuiCol_FrameBgHovered),
                        rounding);
    draw->AddRectFilled(top_left, top_left + ImVec2(share, height), ImGui::GetColorU32(ImGuiCol_PlotHistogram),
                        rounding, ImDrawFlags_RoundCornersLeft);
    draw->AddRect(top_left, top_left + ImVec2(width, height), ImGui::GetColorU32(ImGuiCol_Border), rounding);
    if (!comparison.answer)
        return;
    const std::string& you = app.text("ui.results.you");
    const ImVec2 you_size = ImGui::CalcTextSize(you.c_str());
    const float centre = comparison.in_group ? share * 0.5f : share + (width - share) * 0.5f;
    const float x = std::clamp(top_left.x + centre - you_size.x * 0.5f, top_left.x, top_left.x + width - you_size.x);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    draw->AddText(bold_font(), bold_font()->FontSize, ImVec2(x, top_left.y - label_height), text, you.c_str());
    const float marker = top_left.x + centre;
    draw->AddTriangleFilled(ImVec2(marker - css(5.0f), top_left.y - css(5.0f)),
                            ImVec2(marker + css(5.0f), top_left.y - css(5.0f)), ImVec2(marker, top_left.y), text);
}

// The person's own score as a bar, the group's range as a line under it and the group's mean as an
// upright mark across both, so the three read together at a glance.
void group_comparison_bar(double own, const SharedDimension& group)
{
    const ImVec2 top_left = ImGui::GetCursorScreenPos() + ImVec2(0.0f, css(4.0f));
    const float width = column_width();
    const float bar = css(14.0f), gap = css(5.0f), line = css(4.0f), overhang = css(4.0f);
    ImGui::Dummy(ImVec2(width, css(4.0f) + bar + gap + line + overhang + css(2.0f)));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto x_at = [&](double value) { return top_left.x + width * float(std::clamp(value, 0.0, 100.0) / 100.0); };
    const float rounding = bar * 0.5f;
    draw->AddRectFilled(top_left, top_left + ImVec2(width, bar), ImGui::GetColorU32(ImGuiCol_FrameBgHovered), rounding);
    if (own > 0.0)
        draw->AddRectFilled(top_left, ImVec2(std::max(x_at(own), top_left.x + bar), top_left.y + bar),
                            ImGui::GetColorU32(ImGuiCol_PlotHistogram), rounding);
    draw->AddRect(top_left, top_left + ImVec2(width, bar), ImGui::GetColorU32(ImGuiCol_Border), rounding);

    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const float line_top = top_left.y + bar + gap;
    const float low = x_at(group.lowest), high = std::max(x_at(group.highest), low + css(2.0f));
    draw->AddRectFilled(ImVec2(low, line_top), ImVec2(high, line_top + line), text, line * 0.5f);
    if (const std::optional<double> mean = group.mean())
    {
        // Edged in the background colour, so the mark stands out on the filled bar as on the empty one.
        const float x = std::clamp(x_at(*mean), top_left.x + css(2.0f), top_left.x + width - css(2.0f));
        const ImVec2 from(x, top_left.y - overhang), to(x, line_top + line + overhang);
        draw->AddLine(from, to, ImGui::GetColorU32(ImGuiCol_WindowBg), css(6.0f));
        draw->AddLine(from, to, text, css(3.0f));
    }
}

// "Jij en de groep": the trainer's group picture beside the person's own scores, for the parts
// both have. Returns what #live adds for it.
std::string group_comparison(App& app, const Assessment& result)
{
    if (!app.group_share)
        return {};
    const GroupShare& group = *app.group_share;
    spacer(10.0f);
    heading(app.text("ui.groupshare.title"));
    paragraph(app.text("ui.groupshare.lead"));
    const std::string participants =
        format_text(app.text("ui.groupshare.participants"), {std::to_string(group.participants)});
    muted(participants);
    muted(app.text("ui.groupshare.legend"));
    std::string live =
        " " + app.text("ui.groupshare.title") + ". " + app.text("ui.groupshare.lead") + " " + participants;
    int shown = 0;
    begin_list(app.text("ui.groupshare.title"));
    for (const SharedDimension& shared : group.dimensions)
    {
        const Dimension* dimension = app.questionnaire.find_dimension(shared.id);
        const DimensionScore* own = find_by_id(result.scores, shared.id);
        const std::optional<double> own_score = own ? shown_score(*own) : std::nullopt;
        if (!dimension || !own_score || !shared.mean_tenths)
            continue;
        ++shown;
        spacer(4.0f);
        list_item();
        const std::string& name = app.local(dimension->name);
        label_value(name, Explainer::whole_score(*own_score));
        group_comparison_bar(*own_score, shared);
        const std::string line =
            format_text(app.text("ui.groupshare.line"),
                        {Explainer::whole_score(*own_score), format_score(*shared.mean(), app.language),
                         std::to_string(shared.lowest), std::to_string(shared.highest)});
        muted(line);
        live += " " + name + ": " + line;
    }
    end_list();
    if (shown == 0)
    {
        muted(app.text("ui.groupshare.none"));
        live += " " + app.text("ui.groupshare.none");
    }
    if (secondary_button("group-share-forget", app.text("ui.groupshare.forget")))
        app.forget_group_share();
    return live;
}

}  // namespace

std::string group_share_waiting(App& app)
{
    if (!app.group_share)
        return {};
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    status_message("group-share-waiting", app.text("ui.groupshare.waiting"));
    ImGui::PopStyleColor();
    return " " + app.text("ui.groupshare.waiting");
}

std::string draw_results(App& app)
{
    if (!app.assessment)
        app.show_results();
    const Assessment& result = *app.assessment;
    const Explainer explain = app.explainer();
    std::string live = app.text("ui.results.title") + ".";

    begin_screen("##results");
    top_bar(app);
    heading(app.text("ui.results.title"));
    muted(app.text("ui.results.not_a_test"));

    if (const Profile* profile = app.profiles.find(result.profile.id))
    {
        muted(app.text("ui.results.profile_label"));
        heading(app.local(profile->name));
        bold_text(app.local(profile->summary));
        live += " " + app.text("ui.results.profile_label") + ": " + app.local(profile->name) + ".";
        if (result.profile.agency && result.profile.conversion)
        {
            spacer(4.0f);
            const std::string map =
                format_text(app.text("ui.results.map_summary"),
                            {Explainer::whole_score(*result.profile.agency),
                             Explainer::whole_score(*result.profile.conversion), app.local(profile->name)});
            draw_profile_map(app, result.profile.id, map, 300.0f, &result.profile);
            muted(map);
            live += " " + map;
        }
        paragraph(app.local(profile->explanation));
        for (const std::string& sentence : explain.parts_against(*profile))
            paragraph(sentence);
        if (result.profile.agency_near)
            paragraph(app.local(app.profiles.near_agency));
        if (result.profile.conversion_near)
            paragraph(app.local(app.profiles.near_conversion));
        for (const DimensionScore& score : result.scores)
        {
            const Dimension* dimension = app.questionnaire.find_dimension(score.id);
            if (dimension && dimension->group == "participation" && shown_score(score) && !dimension->bands.empty())
            {
                subheading(app.text("ui.results.participation_title"));
                paragraph(explain.meaning(*dimension, *shown_score(score)));
            }
        }
        muted(app.local(app.profiles.basis));
    }
    spacer(8.0f);
    heading(app.text("ui.results.scores_title"));
    muted(app.text("ui.results.scores_explanation"));
    begin_list(app.text("ui.results.scores_title"));
    for (const DimensionScore& score : result.scores)
    {
        const Dimension* dimension = app.questionnaire.find_dimension(score.id);
        if (!dimension || score.items == 0)
            continue;
        const std::optional<double> shown = shown_score(score);
        const std::string value = shown ? Explainer::whole_score(*shown) : app.text("ui.results.no_score");
        spacer(6.0f);
        list_item();
        label_value(app.local(dimension->name), value);
        score_bar(shown ? float(*shown) : 0.0f, shown.has_value());
        if (shown)
        {
            if (const std::string meaning = explain.meaning(*dimension, *shown); !meaning.empty())
                muted(meaning);
        }
        else
            muted(app.text("ui.results.no_score_meaning"));
        live += " " + app.local(dimension->name) + ": " + value + ".";
    }
    end_list();
    live += group_comparison(app, result);

    if (!result.comparisons.empty())
    {
        spacer(10.0f);
        heading(app.text("ui.results.national_title"));
        muted(app.text("ui.results.national_lead"));
        for (const Comparison& comparison : result.comparisons)
        {
            spacer(4.0f);
            subheading(app.local(comparison.item->text));
            const std::string national = explain.national(comparison);
            const std::string side = explain.own_side(comparison);
            paragraph(national);
            national_bar(app, comparison, national + " " + side);
            paragraph(side);
            if (const std::string note = explain.scope_note(comparison); !note.empty())
                muted(note);
            muted(app.text("ui.results.source") + ": " + app.cite(comparison.reference->source));
        }
    }

    spacer(10.0f);
    live += " " + app.text("ui.results.advice_label") + ":";
    for (const ChosenAdvice& chosen : result.advice)
        live += " " + app.local(chosen.advice->title) + ".";
    if (primary_button("to-plan", app.text("ui.results.to_plan")))
        app.screen = Screen::Plan;
    if (secondary_button("to-report", app.text("ui.results.to_report")))
        app.screen = Screen::Report;
    live += share_panel(app);
    if (secondary_button("review", app.text("ui.results.review")))
        app.start_scan(app.answers.variant);
    end_screen();
    return live;
}

}  // namespace leerregie::ui
