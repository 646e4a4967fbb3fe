// The person's report, in their language: plain text (for the CLI and the clipboard) and a
// self-contained, printable, accessible HTML page (headings, a score table, the profile, the
// advice with first steps, the action plan, national comparisons, sources and the date).
#pragma once

#include <string>
#include <string_view>

#include "core/assessment.h"
#include "core/references.h"
#include "core/text.h"

namespace leerregie
{

struct ReportInput
{
    const Questionnaire& questionnaire;
    const ProfileCatalogue& profiles;
    const Answers& answers;
    const Assessment& assessment;
    const Strings& strings;  // the report.* texts
    const References& references;
    std::string language;
    std::string date;  // as it should be printed, e.g. "2026-11-24"
};

std::string render_report_text(const ReportInput& input);
std::string render_report_html(const ReportInput& input);

// What the printable pages share: HTML escaping, and the page up to and including <main>, with
// the one stylesheet they all use.
std::string escape_html(std::string_view text);
std::string printable_page_head(std::string_view language, std::string_view title);

// A score with one decimal, with a decimal comma in Dutch: "62,5" / "62.5".
std::string format_score(double score, std::string_view language);

}  // namespace leerregie
