// The trainer's group view: result codes pasted by the trainer, one per line, turned into a group
// profile — how many took part, the mean and spread of each dimension, how they spread over the
// profiles, and which advice themes come up most. Everything is computed from the codes alone,
// so it knows nothing a participant did not choose to show.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/advice.h"
#include "core/problem.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/result_code.h"
#include "core/text.h"

namespace leerregie
{

// The codes in a pasted text: one per line (blank lines skipped). A line that is not a valid
// code gives a problem whose path is its 1-based line number; a code given twice counts once.
struct CodeList
{
    std::vector<ResultCode> codes;
    std::vector<Problem> problems;
    int duplicates = 0;
};

CodeList read_code_list(const Questionnaire& questionnaire, const ProfileCatalogue& profiles, std::string_view text);

// A participant's link to the group view carries their code in the address's fragment, which a
// browser never sends to a server: `#add=CODE`, several joined by `&`. The codes in a fragment
// (without its `#`), as written; anything else in it is ignored.
std::vector<std::string> codes_in_link_fragment(std::string_view fragment);
// The fragment that adds `code`: "add=" and the code.
std::string link_fragment_adding(std::string_view code);

// The fewest participants the group view shows anything of, so that no one can be recognised;
// a trainer may lower it as far as group_minimum_lowest, never further.
constexpr int group_minimum_default = 5;
constexpr int group_minimum_lowest = 3;

struct GroupDimension
{
    std::string id;
    int count = 0;  // participants with a score for this dimension
    std::optional<double> mean;
    std::optional<double> spread;  // sample standard deviation (n - 1); 0 for one participant
    std::optional<int> lowest;
    std::optional<int> highest;
};

struct GroupCount
{
    std::string id;  // a profile id, or an advice theme
    int count = 0;
    const Advice* advice = nullptr;  // for a theme: the advice that stood for it most often
};

struct GroupSummary
{
    int participants = 0;
    int short_variant = 0;
    int full_variant = 0;
    std::vector<GroupDimension> dimensions;  // in the questionnaire's order
    std::vector<GroupCount> profiles;        // in the catalogue's order, zeros included
    // Advice themes chosen for the participants, most frequent first (ties by theme id). Advice
    // is chosen from the scores and profile in each code; conditions on single answers cannot
    // hold there, because a code carries no answers.
    std::vector<GroupCount> themes;
};

// Whether a part's figures may be shown to the group: it has a mean, and at least `minimum`
// participants have a score for it. With two scores, each of the two could work out the other's
// from their own and the mean; the view, the group picture and the printable page all ask this.
bool figures_shown(const GroupDimension& part, int minimum);

// The advice pointers in the result refer into `advice`, which must outlive it.
GroupSummary summarize_group(const Questionnaire& questionnaire, const AdviceCatalogue& advice,
                             const ProfileCatalogue& profiles, const std::vector<ResultCode>& codes);
GroupSummary summarize_group(const Questionnaire&, AdviceCatalogue&&, const ProfileCatalogue&,
                             const std::vector<ResultCode>&) = delete;

struct GroupReportInput
{
    const Questionnaire& questionnaire;
    const ProfileCatalogue& profiles;
    const GroupSummary& summary;
    const Strings& strings;  // the group.* texts
    std::string language;
    std::string date;
    // A part that fewer participants than this have a score for shows its count, not its figures,
    // as on the group view: with two scores, each of the two could work out the other's.
    int minimum = 0;
};

// One cell of a CSV table: control characters made visible (text.h), a cell that a spreadsheet
// would take for a formula (starting with =, +, -, @ or a tab) made text with a leading
// apostrophe, and quoted when it holds the separator, a quote or a line break.
std::string csv_field(std::string_view text, char separator);

// The summary as a table for a spreadsheet: in Dutch with ";" between fields and a decimal comma
// (what Dutch spreadsheet programs expect), in English with "," and a decimal point.
std::string render_group_csv(const GroupReportInput& input);
// The summary as a self-contained printable page.
std::string render_group_html(const GroupReportInput& input);

}  // namespace leerregie
