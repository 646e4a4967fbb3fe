#include "core/report.h"
#include "core/explain.h"
#include "core/report_style.h"

#include <cmath>
#include <cstdio>
#include <set>

namespace leerregie
{
namespace
{

// Everything the two renderings share, in the order both show it.
struct Sections
{
    const ReportInput& in;
    Explainer explain{in.questionnaire, in.answers, in.assessment, in.profiles, in.strings, in.language};

    const std::string& text(std::string_view key) const { return in.strings.get(in.language, key); }
    const std::string& local(const LocalText& value) const { return value.in(in.language); }

    const Profile* profile() const { return in.profiles.find(in.assessment.profile.id); }

    std::string variant() const
    {
        return text(in.answers.variant == Variant::Short ? "report.variant_short" : "report.variant_full");
    }

    std::string score_text(const DimensionScore& score) const
    {
        return shown_score(score) ? Explainer::whole_score(*shown_score(score)) : text("report.no_score");
    }

    std::string meaning(const DimensionScore& score) const
    {
        const Dimension* dimension = in.questionnaire.find_dimension(score.id);
        if (!dimension || !shown_score(score))
            return text("report.no_score_meaning");
        return explain.meaning(*dimension, *shown_score(score));
    }

    // The profile's explanation, what is near a boundary, and where the model comes from.
    std::vector<std::string> profile_notes() const
    {
        std::vector<std::string> notes;
        const ProfileResult& result = in.assessment.profile;
        if (result.agency_near)
            notes.push_back(local(in.profiles.near_agency));
        if (result.conversion_near)
            notes.push_back(local(in.profiles.near_conversion));
        notes.push_back(local(in.profiles.basis));
        return notes;
    }

    std::string comparison(const Comparison& comparison) const
    {
        std::string words = explain.national(comparison) + " " + explain.own_side(comparison);
        if (const std::string note = explain.scope_note(comparison); !note.empty())
            words += " " + note;
        return words;
    }

    // The works behind the advice shown, the profile model and the national figures, as full
    // citations, each once.
    std::vector<std::string> sources() const
    {
        std::set<std::string> seen;
        std::vector<std::string> list;
        const auto add = [&](const std::string& source) {
            for (std::string& citation : cite_source(source, in.references, in.language))
                if (seen.insert(citation).second)
                    list.push_back(std::move(citation));
        };
        for (const ChosenAdvice& chosen : in.assessment.advice)
            add(chosen.advice->source);
        add(in.profiles.source);
        for (const Comparison& comparison : in.assessment.comparisons)
            add(comparison.reference->source);
        return list;
    }

    std::vector<std::pair<std::string, std::string>> plan() const
    {
        const Plan& plan = in.answers.plan;
        return {{text("report.plan_goal"), plan.goal},
                {text("report.plan_first_step"), plan.first_step},
                {text("report.plan_helper"), plan.helper},
                {text("report.plan_when"), plan.when}};
    }
};

}  // namespace

std::string escape_html(std::string_view text)
{
    std::string result;
    result.reserve(text.size());
    for (char c : text)
    {
        switch (c)
        {
        case '&': result += "&amp;"; break;
        case '<': result += "&lt;"; break;
        case '>': result += "&gt;"; break;
        case '"': result += "&quot;"; break;
        case '\'': result += "&#39;"; break;
        default: result += c;
        }
    }
    return result;
}

std::string printable_page_head(std::string_view language, std::string_view title)
{
    std::string out =
        "<!doctype html>\n<html lang=\"" + escape_html(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + escape_html(title) + "</title>\n";
    // Exactly the stylesheet's text between the tags: the web shell's CSP allows it by its hash.
    out += "<style>" + std::string(report_stylesheet) + "</style>\n</head>\n<body>\n<main>\n";
    return out;
}

std::string format_score(double score, std::string_view language)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::round(score * 10.0) / 10.0);
    std::string text = buffer;
    if (language == "nl")
        for (char& c : text)
            if (c == '.')
                c = ',';
    return text;
}

std::string render_report_text(const ReportInput& input)
{
    const Sections s{input};
    std::string out;
    const auto line = [&](const std::string& text) { out += text + "\n"; };
    line(s.text("report.title"));
    line(s.local(input.questionnaire.title) + " · " + s.variant() + " · " + input.date);
    line(s.text("report.not_a_test"));
    line("");
    line(s.text("report.scores_heading"));
    for (const DimensionScore& score : input.assessment.scores)
    {
        const Dimension* dimension = input.questionnaire.find_dimension(score.id);
        if (score.items == 0 || !dimension)
            continue;
        line("- " + s.local(dimension->name) + ": " + s.score_text(score));
        line("  " + s.meaning(score));
    }
    line("");
    line(s.text("report.profile_heading"));
    if (const Profile* profile = s.profile())
    {
        line(s.local(profile->name) + ": " + s.local(profile->summary));
        line(s.local(profile->explanation));
        for (const std::string& sentence : s.explain.parts_against(*profile))
            line(sentence);
        for (const std::string& note : s.profile_notes())
            line(note);
    }
    if (!input.assessment.comparisons.empty())
    {
        line("");
        line(s.text("report.comparison_heading"));
        for (const Comparison& comparison : input.assessment.comparisons)
        {
            line("- " + s.local(comparison.item->text));
            line("  " + s.comparison(comparison));
        }
    }
    line("");
    line(s.text("report.advice_heading"));
    int number = 0;
    for (const ChosenAdvice& chosen : input.assessment.advice)
    {
        line(std::to_string(++number) + ". " + s.local(chosen.advice->title));
        line("   " + s.explain.because(chosen));
        line("   " + s.local(chosen.advice->explanation));
        line("   " + s.text("report.first_step") + ": " + s.local(chosen.advice->first_step));
    }
    line("");
    line(s.text("report.plan_heading"));
    for (const auto& [label, value] : s.plan())
        line("- " + label + ": " + (value.empty() ? s.text("report.plan_open") : value));
    line("");
    line(s.text("report.sources_heading"));
    for (const std::string& source : s.sources())
        line("- " + source);
    line("");
    line(s.text("report.organisations"));
    line(s.text("report.privacy_note"));
    return out;
}

std::string render_report_html(const ReportInput& input)
{
    const Sections s{input};
    const auto e = [](const std::string& text) { return escape_html(text); };
    std::string out;
    out += printable_page_head(input.language, s.text("report.title") + " · " + input.date);
    out += "<h1>" + e(s.text("report.title")) + "</h1>\n";
    out += "<p class=\"meta\">" + e(s.local(input.questionnaire.title)) + " · " + e(s.variant()) + " · <time>" +
           e(input.date) + "</time></p>\n";
    out += "<p class=\"meta\">" + e(s.text("report.not_a_test")) + "</p>\n";

    out += "<h2>" + e(s.text("report.profile_heading")) + "</h2>\n";
    if (const Profile* profile = s.profile())
    {
        out += "<p><strong>" + e(s.local(profile->name)) + "</strong>: " + e(s.local(profile->summary)) + "</p>\n<p>" +
               e(s.local(profile->explanation)) + "</p>\n";
        for (const std::string& sentence : s.explain.parts_against(*profile))
            out += "<p>" + e(sentence) + "</p>\n";
        for (const std::string& note : s.profile_notes())
            out += "<p class=\"meta\">" + e(note) + "</p>\n";
    }

    out += "<h2>" + e(s.text("report.scores_heading")) + "</h2>\n<table>\n<thead><tr><th scope=\"col\">" +
           e(s.text("report.dimension")) + "</th><th scope=\"col\">" + e(s.text("report.score")) +
           "</th><th scope=\"col\">" + e(s.text("report.meaning")) + "</th></tr></thead>\n<tbody>\n";
    for (const DimensionScore& score : input.assessment.scores)
    {
        const Dimension* dimension = input.questionnaire.find_dimension(score.id);
        if (score.items == 0 || !dimension)
            continue;
        out += "<tr><th scope=\"row\">" + e(s.local(dimension->name)) + "</th><td class=\"score\">" +
               e(s.score_text(score)) + "</td><td>" + e(s.meaning(score)) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n<p class=\"meta\">" + e(s.text("report.score_explanation")) + "</p>\n";

    if (!input.assessment.comparisons.empty())
    {
        out += "<h2>" + e(s.text("report.comparison_heading")) + "</h2>\n<dl>\n";
        for (const Comparison& comparison : input.assessment.comparisons)
            out += "<dt>" + e(s.local(comparison.item->text)) + "</dt>\n<dd>" + e(s.comparison(comparison)) + "</dd>\n";
        out += "</dl>\n";
    }

    out += "<h2>" + e(s.text("report.advice_heading")) + "</h2>\n<ol>\n";
    for (const ChosenAdvice& chosen : input.assessment.advice)
        out += "<li><h3>" + e(s.local(chosen.advice->title)) + "</h3>\n<p class=\"meta\">" +
               e(s.explain.because(chosen)) + "</p>\n<p>" + e(s.local(chosen.advice->explanation)) +
               "</p>\n<p class=\"step\"><strong>" + e(s.text("report.first_step")) + ":</strong> " +
               e(s.local(chosen.advice->first_step)) + "</p></li>\n";
    out += "</ol>\n";

    out += "<h2>" + e(s.text("report.plan_heading")) + "</h2>\n<dl>\n";
    for (const auto& [label, value] : s.plan())
        out += "<dt>" + e(label) + "</dt><dd>" + e(value.empty() ? s.text("report.plan_open") : value) + "</dd>\n";
    out += "</dl>\n";

    out += "<h2>" + e(s.text("report.sources_heading")) + "</h2>\n<ul>\n";
    for (const std::string& source : s.sources())
        out += "<li>" + e(source) + "</li>\n";
    out += "</ul>\n<p>" + e(s.text("report.organisations")) + "</p>\n<p class=\"meta\">" +
           e(s.text("report.privacy_note")) + "</p>\n</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace leerregie
