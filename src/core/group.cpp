#include "core/group.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

#include "core/report.h"

namespace leerregie
{
namespace
{

std::string trim(std::string_view text)
{
    const size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const size_t last = text.find_last_not_of(" \t\r");
    return std::string(text.substr(first, last - first + 1));
}

// What makes two codes the same, however they were typed: their values and their scan part (a
// version 1 code has none, so its copies are told apart by their values alone).
std::string code_identity(const ResultCode& code)
{
    std::string identity = code.scan ? std::to_string(*code.scan) : "-";
    identity += code.variant == Variant::Full ? "F" : "S";
    identity += code.profile + ":";
    for (const std::optional<int>& score : code.scores)
        identity += char(score ? *score : 127);  // one byte a score: 0..100, 127 for none
    return identity;
}

// A part as the group sees it: its count, and its figures only when figures_shown.
GroupDimension as_shown(const GroupDimension& part, int minimum)
{
    if (figures_shown(part, minimum))
        return part;
    GroupDimension count_only;
    count_only.id = part.id;
    count_only.count = part.count;
    return count_only;
}

}  // namespace

bool figures_shown(const GroupDimension& part, int minimum) { return part.mean && part.count >= minimum; }

std::string csv_field(std::string_view text, char separator)
{
    // A cell starting with one of these is a formula to a spreadsheet program (or a DDE command;
    // a tab first is trimmed by some): a leading apostrophe makes it text, shown as it was.
    std::string cell = escape_control_characters(text, true);
    if (!cell.empty() && std::string_view("=+-@\t").find(cell.front()) != std::string_view::npos)
        cell.insert(0, 1, '\'');
    if (cell.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos)
        return cell;
    std::string quoted = "\"";
    for (char c : cell)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::vector<std::string> codes_in_link_fragment(std::string_view fragment)
{
    std::vector<std::string> codes;
    while (!fragment.empty())
    {
        const size_t end = std::min(fragment.find('&'), fragment.size());
        const std::string_view part = fragment.substr(0, end);
        fragment.remove_prefix(std::min(end + 1, fragment.size()));
        constexpr std::string_view prefix = "add=";
        if (part.size() > prefix.size() && part.substr(0, prefix.size()) == prefix)
            codes.emplace_back(part.substr(prefix.size()));
    }
    return codes;
}

std::string link_fragment_adding(std::string_view code) { return "add=" + std::string(code); }

CodeList read_code_list(const Questionnaire& questionnaire, const ProfileCatalogue& profiles, std::string_view text)
{
    CodeList list;
    std::unordered_set<std::string> seen;  // code_identity of the codes so far: linear in the lines
    const ResultCodeReader reader(questionnaire, profiles);
    int line_number = 0;
    size_t start = 0;
    while (start <= text.size())
    {
        const size_t end = std::min(text.find('\n', start), text.size());
        ++line_number;
        const std::string line = trim(text.substr(start, end - start));
        start = end + 1;
        if (line.empty())
            continue;
        Loaded<ResultCode> code = reader.read(line);
        if (!code.ok())
        {
            for (Problem& problem : code.problems)
            {
                problem.path = std::to_string(line_number);
                list.problems.push_back(std::move(problem));
            }
            continue;
        }
        if (!seen.insert(code_identity(*code.value)).second)
            ++list.duplicates;
        else
            list.codes.push_back(std::move(*code.value));
    }
    return list;
}

GroupSummary summarize_group(const Questionnaire& questionnaire, const AdviceCatalogue& advice,
                             const ProfileCatalogue& profiles, const std::vector<ResultCode>& codes)
{
    GroupSummary summary;
    summary.participants = int(codes.size());
    for (const ResultCode& code : codes)
        ++(code.variant == Variant::Short ? summary.short_variant : summary.full_variant);

    for (size_t index = 0; index < questionnaire.dimensions.size(); ++index)
    {
        GroupDimension dimension;
        dimension.id = questionnaire.dimensions[index].id;
        std::vector<int> values;
        for (const ResultCode& code : codes)
            if (index < code.scores.size() && code.scores[index])
                values.push_back(*code.scores[index]);
        dimension.count = int(values.size());
        if (!values.empty())
        {
            double sum = 0.0;
            for (int value : values)
                sum += value;
            const double mean = sum / double(values.size());
            double squares = 0.0;
            for (int value : values)
                squares += (value - mean) * (value - mean);
            dimension.mean = mean;
            dimension.spread = values.size() > 1 ? std::sqrt(squares / double(values.size() - 1)) : 0.0;
            dimension.lowest = *std::min_element(values.begin(), values.end());
            dimension.highest = *std::max_element(values.begin(), values.end());
        }
        summary.dimensions.push_back(std::move(dimension));
    }

    for (const Profile& profile : profiles.profiles)
    {
        const int count = int(std::count_if(codes.begin(), codes.end(),
                                            [&](const ResultCode& code) { return code.profile == profile.id; }));
        summary.profiles.push_back({profile.id, count, nullptr});
    }

    // Per theme: how many participants got advice in it, and which advice item that was most often.
    std::map<std::string, std::map<const Advice*, int>> by_theme;
    const Answers no_answers;
    for (const ResultCode& code : codes)
        for (const ChosenAdvice& chosen :
             select_advice(advice, questionnaire, no_answers, scores_of(questionnaire, code), code.profile))
            ++by_theme[chosen.advice->theme][chosen.advice];
    for (const auto& [theme, items] : by_theme)
    {
        GroupCount count{theme, 0, nullptr};
        int best = 0;
        for (const auto& [item, times] : items)
        {
            count.count += times;
            if (times > best || (times == best && count.advice && item->id < count.advice->id))
            {
                best = times;
                count.advice = item;
            }
        }
        summary.themes.push_back(count);
    }
    std::sort(summary.themes.begin(), summary.themes.end(), [](const GroupCount& a, const GroupCount& b) {
        return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
    return summary;
}

std::string render_group_csv(const GroupReportInput& input)
{
    const bool dutch = input.language == "nl";
    const char separator = dutch ? ';' : ',';
    const auto text = [&](std::string_view key) { return input.strings.get(input.language, key); };
    const auto row = [&](std::initializer_list<std::string> fields) {
        std::string line;
        for (const std::string& field : fields)
            line += csv_field(field, separator) + separator;
        line.back() = '\r';
        return line + "\n";
    };
    const auto optional_number = [&](const std::optional<double>& value) {
        return value ? format_score(*value, input.language) : std::string();
    };
    const auto optional_whole = [&](const std::optional<int>& value) {
        return value ? std::to_string(*value) : std::string();
    };

    std::string out =
        row({text("group.csv.kind"), text("group.csv.id"), text("group.csv.name"), text("group.csv.count"),
             text("group.csv.mean"), text("group.csv.spread"), text("group.csv.lowest"), text("group.csv.highest")});
    for (const GroupDimension& part : input.summary.dimensions)
    {
        const GroupDimension dimension = as_shown(part, input.minimum);
        const Dimension* definition = input.questionnaire.find_dimension(dimension.id);
        out +=
            row({text("group.csv.kind_dimension"), dimension.id, definition ? definition->name.in(input.language) : "",
                 std::to_string(dimension.count), optional_number(dimension.mean), optional_number(dimension.spread),
                 optional_whole(dimension.lowest), optional_whole(dimension.highest)});
    }
    for (const GroupCount& profile : input.summary.profiles)
    {
        const Profile* definition = input.profiles.find(profile.id);
        out += row({text("group.csv.kind_profile"), profile.id, definition ? definition->name.in(input.language) : "",
                    std::to_string(profile.count), "", "", "", ""});
    }
    for (const GroupCount& theme : input.summary.themes)
        out += row({text("group.csv.kind_theme"), theme.id, theme.advice ? theme.advice->title.in(input.language) : "",
                    std::to_string(theme.count), "", "", "", ""});
    return out;
}

std::string render_group_html(const GroupReportInput& input)
{
    const auto text = [&](std::string_view key) { return input.strings.get(input.language, key); };
    const auto e = [](const std::string& value) { return escape_html(value); };
    const GroupSummary& summary = input.summary;
    const int total = std::max(summary.participants, 1);

    std::string out = printable_page_head(input.language, text("group.report.title") + " · " + input.date);
    out += "<h1>" + e(text("group.report.title")) + "</h1>\n";
    out += "<p class=\"meta\">" + e(input.questionnaire.title.in(input.language)) + " · <time>" + e(input.date) +
           "</time></p>\n";
    out += "<p>" +
           e(format_text(text("group.participants"),
                         {std::to_string(summary.participants), std::to_string(summary.short_variant),
                          std::to_string(summary.full_variant)})) +
           "</p>\n";

    out += "<h2>" + e(text("group.dimensions_title")) + "</h2>\n<table>\n<thead><tr><th scope=\"col\">" +
           e(text("group.csv.name")) + "</th><th scope=\"col\">" + e(text("group.csv.mean")) +
           "</th><th scope=\"col\">" + e(text("group.csv.spread")) + "</th><th scope=\"col\">" +
           e(text("group.range")) + "</th><th scope=\"col\">" + e(text("group.csv.count")) +
           "</th></tr></thead>\n<tbody>\n";
    bool part_hidden = false;
    for (const GroupDimension& part : summary.dimensions)
    {
        const GroupDimension dimension = as_shown(part, input.minimum);
        part_hidden = part_hidden || (part.mean && !dimension.mean);
        const Dimension* definition = input.questionnaire.find_dimension(dimension.id);
        const std::string name = definition ? definition->name.in(input.language) : dimension.id;
        out += "<tr><th scope=\"row\">" + e(name);
        if (dimension.mean)
            out += "<br><meter min=\"0\" max=\"100\" value=\"" + format_score(*dimension.mean, "en") + "\">" +
                   e(format_score(*dimension.mean, input.language)) + "</meter>";
        out +=
            "</th><td class=\"score\">" + e(dimension.mean ? format_score(*dimension.mean, input.language) : "–") +
            "</td><td class=\"score\">" + e(dimension.spread ? format_score(*dimension.spread, input.language) : "–") +
            "</td><td class=\"score\">" +
            e(dimension.lowest ? std::to_string(*dimension.lowest) + "–" + std::to_string(*dimension.highest) : "–") +
            "</td><td class=\"score\">" + std::to_string(dimension.count) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n<p class=\"meta\">" + e(text("group.explanation")) + "</p>\n";
    if (part_hidden)
        out += "<p class=\"meta\">" + e(format_text(text("group.too_few_scores"), {std::to_string(input.minimum)})) +
               "</p>\n";

    out += "<h2>" + e(text("group.profiles_title")) + "</h2>\n<table>\n<tbody>\n";
    for (const GroupCount& profile : summary.profiles)
    {
        const Profile* definition = input.profiles.find(profile.id);
        out += "<tr><th scope=\"row\">" + e(definition ? definition->name.in(input.language) : profile.id) +
               "</th><td class=\"score\">" + std::to_string(profile.count) + "</td><td class=\"score\">" +
               std::to_string(int(std::lround(100.0 * profile.count / total))) + "%</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";

    out += "<h2>" + e(text("group.themes_title")) + "</h2>\n<ol>\n";
    for (const GroupCount& theme : summary.themes)
        if (theme.advice)
            out += "<li>" + e(theme.advice->title.in(input.language)) + " — " +
                   e(format_text(text("group.theme_count"),
                                 {std::to_string(theme.count), std::to_string(summary.participants)})) +
                   "</li>\n";
    out += "</ol>\n<p class=\"meta\">" + e(text("group.themes_note")) + "</p>\n";
    out += "<p class=\"meta\">" + e(text("group.privacy_note")) + "</p>\n</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace leerregie
