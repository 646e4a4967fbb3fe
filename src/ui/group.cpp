// The trainer's group view (view=group): result codes pasted, typed or brought by participants'
// links (`#add=CODE`) one per line become a group profile — how many took part, the mean and
// spread per part, the profiles, and the advice that fits most often — in type large enough to
// project, once enough people are in that no one can be recognised. The list is kept on the
// trainer's device until they empty it.
#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

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

// Wider than the reading column: on a projector the bars need the room.
constexpr float group_column_width = 920.0f;
constexpr size_t max_problems_shown = 5;

// A bar filled to the mean, and under it one dot per participant at their score, so the spread
// reads at a glance from the back of a room. Dots fall in columns one dot wide; the dots of a
// column stack downwards, at most max_stacked_dots deep (the numbers under the bar say the rest).
constexpr int max_stacked_dots = 10;

void group_bar(double mean, const std::vector<int>& scores)
{
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const ImVec2 size(column_width(), css(18.0f));
    const float dot_radius = css(7.0f);
    const float dot_step = dot_radius * 2.0f + css(3.0f);
    const auto x_at = [&](double value) {
        return top_left.x + dot_radius + (size.x - 2.0f * dot_radius) * float(std::clamp(value, 0.0, 100.0) / 100.0);
    };
    const int columns = std::max(1, int((size.x - 2.0f * dot_radius) / dot_step) + 1);
    std::vector<int> stacked(size_t(columns), 0);
    int deepest = 1;
    for (int score : scores)
    {
        const size_t column = size_t(std::min(columns - 1, int((x_at(score) - x_at(0)) / dot_step + 0.5f)));
        deepest = std::max(deepest, std::min(max_stacked_dots, ++stacked[column]));
    }
    const float dots_height = dot_step * float(deepest) + css(6.0f);
    ImGui::Dummy(ImVec2(size.x, size.y + dots_height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = size.y * 0.5f;
    draw->AddRectFilled(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), rounding);
    draw->AddRect(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_Border), rounding);
    if (mean > 0.0)
        draw->AddRectFilled(top_left, ImVec2(std::max(x_at(mean), top_left.x + size.y), top_left.y + size.y),
                            ImGui::GetColorU32(ImGuiCol_PlotHistogram), rounding);
    const float baseline = top_left.y + size.y + css(6.0f) + dot_radius;
    const ImU32 dot = ImGui::GetColorU32(ImGuiCol_Text);
    for (size_t column = 0; column < stacked.size(); ++column)
        for (int level = 0; level < std::min(stacked[column], max_stacked_dots); ++level)
            draw->AddCircleFilled(ImVec2(x_at(0) + dot_step * float(column), baseline + dot_step * float(level)),
                                  dot_radius, dot);
}

// Each participant's score for a dimension, in the order of the list.
std::vector<int> scores_of(const App& app, const std::string& dimension_id)
{
    std::vector<int> scores;
    const auto& dimensions = app.questionnaire.dimensions;
    const auto found = std::find_if(dimensions.begin(), dimensions.end(),
                                    [&](const Dimension& dimension) { return dimension.id == dimension_id; });
    const size_t index = size_t(found - dimensions.begin());
    for (const ResultCode& code : app.group_list.codes)
        if (index < code.scores.size() && code.scores[index])
            scores.push_back(*code.scores[index]);
    return scores;
}

// A short bar for a count out of the group, e.g. a profile's share.
void share_bar(int count, int total)
{
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const ImVec2 size(column_width(), css(12.0f));
    ImGui::Dummy(size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = size.y * 0.5f;
    draw->AddRectFilled(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), rounding);
    if (count > 0 && total > 0)
        draw->AddRectFilled(
            top_left, ImVec2(top_left.x + std::max(size.y, size.x * float(count) / float(total)), top_left.y + size.y),
            ImGui::GetColorU32(ImGuiCol_PlotHistogram), rounding);
}

// The profile map with one dot per participant where their scores place them. A code's scores are
// rounded, so a dot could fall just across a line from the group its profile was worked out in;
// it is kept on its profile's side. Dots at one place are set around each other.
void participants_map(const App& app, std::string_view description)
{
    const ProfileMap map =
        draw_profile_map(app, "", description, 440.0f * (app.presenting ? presentation_scale : 1.0f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float radius = css(7.0f);
    const float step = radius * 2.0f + css(2.0f);
    const double threshold = app.profiles.threshold;
    std::map<std::pair<int, int>, int> taken;  // dots already at a place, by cell
    for (size_t index = 0; index < app.group_list.codes.size(); ++index)
    {
        const ProfileResult& place = app.group_places[index];
        const Profile* profile = app.profiles.find(app.group_list.codes[index].profile);
        if (!place.agency || !place.conversion || !profile || profile->agency.empty())
            continue;
        const auto on_side = [threshold](double value, const std::string& side) {
            return side == "high" ? std::max(value, threshold) : std::min(value, threshold - 1.0);
        };
        ImVec2 dot = map.at(on_side(*place.agency, profile->agency), on_side(*place.conversion, profile->conversion));
        const int others = taken[{int(dot.x / step), int(dot.y / step)}]++;
        if (others > 0)
        {
            const float angle = float(others) * 1.0472f;  // a sixth of a turn further each
            const float distance = step * float(1 + (others - 1) / 6);
            dot += ImVec2(std::cos(angle), std::sin(angle)) * distance;
        }
        draw->AddCircleFilled(dot, radius + css(2.0f), ImGui::GetColorU32(ImGuiCol_WindowBg));
        draw->AddCircleFilled(dot, radius, ImGui::GetColorU32(ImGuiCol_PlotHistogram));
        draw->AddCircle(dot, radius, ImGui::GetColorU32(ImGuiCol_Text), 0, css(1.0f));
    }
}

// Under the group: take the last code off, the fewest participants shown, and clearing the list.
void list_controls(App& app)
{
    spacer(10.0f);
    if (secondary_button("group-remove-last", app.text("ui.group.remove_last")))
        app.remove_last_group_code();
    spacer(6.0f);
    subheading(app.text("ui.group.minimum"));
    for (int minimum = group_minimum_default; minimum >= group_minimum_lowest; --minimum)
    {
        const std::string id = "group-minimum-" + std::to_string(minimum);
        if (option_button(id.c_str(), format_text(app.text("ui.group.minimum_option"), {std::to_string(minimum)}),
                          app.group_minimum == minimum, app.text("ui.group.minimum")))
            app.choose_group_minimum(minimum);
    }
    muted(app.text("ui.group.kept"));
    if (secondary_button("group-clear", app.text("ui.group.clear")))
    {
        app.group_codes.clear();
        app.group_codes_changed();
    }
}

// "Codes scannen": the camera's picture in a box the page shows it in, a running count, and what
// became of the last code read, with a green or orange frame on the picture for each (camera.js).
// Returns what #live adds for it.
std::string scanner_panel(App& app)
{
    if (app.scanner == ScannerState::Off)
    {
        if (primary_button("scan-start", app.text("ui.scanner.start")))
        {
            app.scanner = ScannerState::Starting;
            app.reveal_scan_picture = true;
            app.codes_scanned = 0;
            app.scan_message.clear();
            platform::start_scanner(
                [&app](platform::ScannerStatus status) {
                    using platform::ScannerStatus;
                    app.scanner = status == ScannerStatus::Scanning   ? ScannerState::Scanning
                                  : status == ScannerStatus::Denied   ? ScannerState::Denied
                                  : status == ScannerStatus::NoCamera ? ScannerState::NoCamera
                                                                      : ScannerState::Failed;
                },
                [&app](const std::string& text) { platform::show_scan_taken(app.code_scanned(text)); });
        }
        return {};
    }

    spacer(4.0f);
    subheading(app.text("ui.scanner.title"));
    std::string live;
    const bool camera_works = app.scanner == ScannerState::Starting || app.scanner == ScannerState::Scanning;
    // What became of the last code read: refusals in the colour of what went wrong.
    const auto last_code = [&app, &live] {
        if (app.scan_message.empty())
            return;
        if (app.scan_refused)
            ImGui::PushStyleColor(ImGuiCol_Text, error_text());
        status_message("scan-status", app.scan_message);
        if (app.scan_refused)
            ImGui::PopStyleColor();
        live += " " + app.scan_message;
    };
    if (camera_works)
    {
        paragraph(app.text("ui.scanner.lead"));
        live += " " + app.text("ui.scanner.lead");
        if (app.scanner == ScannerState::Starting)
            live += " " + app.text("ui.scanner.starting");
        // 4:3, as a webcam's picture is; the page draws the picture over this box. On a projector
        // the count stands beside it, so the group below stays in view.
        const bool beside = app.presenting;
        const float width = beside ? std::floor(column_width() * 0.4f) : std::min(column_width(), css(520.0f));
        const float indent = beside ? 0.0f : std::floor((column_width() - width) * 0.5f);
        const ImVec2 top_left = ImGui::GetCursorScreenPos() + ImVec2(indent, 0.0f);
        const ImVec2 size(width, std::floor(width * 0.75f));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
        ImGui::Dummy(size);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), css(12.0f));
        const std::string& waiting = app.text("ui.scanner.starting");
        const ImVec2 text_size = ImGui::CalcTextSize(waiting.c_str(), nullptr, false, size.x - css(32.0f));
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), top_left + (size - text_size) * 0.5f,
                      ImGui::GetColorU32(ImGuiCol_Text), waiting.c_str(), nullptr, size.x - css(32.0f));
        picture("scan-picture", app.text("ui.scanner.picture"));
        if (app.scanner == ScannerState::Scanning)
            platform::place_scanner_preview(top_left.x, top_left.y, size.x, size.y);
        const std::string count = format_text(app.text("ui.scanner.count"), {std::to_string(app.codes_scanned)});
        live += " " + count + ".";
        if (beside)
        {
            ImGui::SameLine(0.0f, css(24.0f));
            ImGui::BeginGroup();
            heading(count);
            last_code();
            ImGui::EndGroup();
        }
        else
        {
            spacer(6.0f);
            display_text(count);
            last_code();
        }
        // On a phone the picture starts below the fold: it and the count come into view.
        if (std::exchange(app.reveal_scan_picture, false))
            scroll_into_view(top_left.y);
    }
    else
    {
        const char* reason = app.scanner == ScannerState::Denied     ? "ui.scanner.denied"
                             : app.scanner == ScannerState::NoCamera ? "ui.scanner.no_camera"
                                                                     : "ui.scanner.failed";
        ImGui::PushStyleColor(ImGuiCol_Text, error_text());
        alert_message("scan-problem", app.text(reason));
        ImGui::PopStyleColor();
        live += " " + app.text(reason);
        last_code();
    }
    if (secondary_button("scan-stop", app.text(camera_works ? "ui.scanner.stop" : "ui.scanner.close")))
    {
        platform::stop_scanner();
        app.scanner = ScannerState::Off;
    }
    spacer(6.0f);
    return live;
}

// The group picture for participants' phones: a QR code of a link with the group's figures in its
// fragment (group_share.h), large enough to scan from the back of a room off a projector.
// Returns what #live adds for it.
constexpr float share_qr_size = 480.0f;

std::string share_group(App& app)
{
    if (!app.can_share_group())
        return {};
    if (!app.group_share_open)
    {
        if (primary_button("group-share", app.text("ui.group.share_open")))
            app.group_share_open = true;
        return {};
    }
    spacer(6.0f);
    subheading(app.text("ui.group.share_title"));
    qr_code("group-share-qr", app.group_share_link(platform::page_address()), share_qr_size,
            app.text("ui.group.share_qr"));
    spacer(4.0f);
    paragraph(app.text("ui.group.share_lead"));
    muted(app.text("ui.group.share_how"));
    if (secondary_button("group-share-hide", app.text("ui.group.share_hide")))
        app.group_share_open = false;
    spacer(6.0f);
    return " " + app.text("ui.group.share_title") + ". " + app.text("ui.group.share_lead") + " " +
           app.text("ui.group.share_how");
}

std::string line_problem(const App& app, Problem problem)
{
    problem.path = format_text(app.text("ui.group.line"), {problem.path});
    return describe(problem, app.strings, app.language);
}

}  // namespace

std::string draw_group(App& app)
{
    const GroupSummary& group = app.group;
    std::string live = app.text("ui.group.title") + ".";

    app.presenting = presentation_display(app, platform::device_pixel_ratio());  // a window resized
    begin_screen("##group", group_column_width * (app.presenting ? presentation_scale : 1.0f));
    top_bar(app);
    heading(app.text("ui.group.title"));
    paragraph(app.text("ui.group.lead"));
    muted(app.text("ui.group.not_signed"));
    live += scanner_panel(app);
    if (text_field("codes", app.text("ui.group.codes_label"), app.group_codes, 150.0f, max_pasted_codes_length,
                   format_text(app.text("ui.field.limit"), {std::to_string(max_pasted_codes_length)})))
        app.group_codes_changed();

    // The first few problems and how many more: a pasted text may hold thousands.
    const std::vector<Problem>& problems = app.group_list.problems;
    ImGui::PushStyleColor(ImGuiCol_Text, error_text());
    for (size_t index = 0; index < std::min(problems.size(), max_problems_shown); ++index)
    {
        const std::string message = line_problem(app, problems[index]);
        status_message(("problem-" + std::to_string(index)).c_str(), message);
        live += " " + message + ".";
    }
    if (problems.size() > max_problems_shown)
    {
        const std::string more =
            format_text(app.text("ui.group.more_problems"), {std::to_string(problems.size() - max_problems_shown)});
        paragraph(more);
        live += " " + more;
    }
    ImGui::PopStyleColor();
    if (app.group_list.duplicates > 0)
        muted(format_text(app.text("ui.group.duplicates"), {std::to_string(app.group_list.duplicates)}));

    if (group.participants == 0)
    {
        muted(app.text("ui.group.empty"));
        live += " " + app.text("ui.group.empty");
        end_screen();
        return live;
    }

    spacer(8.0f);
    const std::string participants = format_text(
        app.text("group.participants"),
        {std::to_string(group.participants), std::to_string(group.short_variant), std::to_string(group.full_variant)});
    heading(participants);
    live += " " + participants + ".";
    if (group.participants < app.group_minimum)
    {
        const std::string why = format_text(app.text("ui.group.below_minimum"),
                                            {std::to_string(app.group_minimum), std::to_string(group.participants)});
        paragraph(why);
        live += " " + why;
        list_controls(app);
        end_screen();
        return live;
    }

    spacer(6.0f);
    live += share_group(app);
    heading(app.text("group.dimensions_title"));
    muted(app.text("group.explanation"));
    muted(app.text("ui.group.dots"));
    begin_list(app.text("group.dimensions_title"));
    for (const GroupDimension& dimension : group.dimensions)
    {
        const Dimension* definition = app.questionnaire.find_dimension(dimension.id);
        if (!definition)
            continue;
        spacer(4.0f);
        list_item();
        const std::string& name = app.local(definition->name);
        const bool shown = figures_shown(dimension, app.group_minimum);
        const std::string mean = shown ? format_score(*dimension.mean, app.language) : "–";
        label_value(name, mean);
        if (!dimension.mean)
        {
            muted(app.text("ui.results.no_score_meaning"));
            live += " " + name + ": " + app.text("ui.results.no_score") + ".";
            continue;
        }
        if (!shown)
        {
            const std::string too_few =
                format_text(app.text("ui.group.too_few_scores"),
                            {std::to_string(dimension.count), std::to_string(app.group_minimum)});
            muted(too_few);
            live += " " + name + ": " + too_few;
            continue;
        }
        group_bar(*dimension.mean, scores_of(app, dimension.id));
        const std::string details =
            format_text(app.text("ui.group.dimension_line"),
                        {mean, format_score(*dimension.spread, app.language), std::to_string(*dimension.lowest),
                         std::to_string(*dimension.highest), std::to_string(dimension.count)});
        muted(details);
        live += " " + name + ": " + details + ".";
    }
    end_list();

    spacer(10.0f);
    heading(app.text("group.profiles_title"));
    participants_map(app, app.text("ui.group.map"));
    muted(app.text("ui.group.map"));
    live += " " + app.text("group.profiles_title") + ":";
    begin_list(app.text("group.profiles_title"));
    for (const GroupCount& count : group.profiles)
    {
        const Profile* profile = app.profiles.find(count.id);
        if (!profile)
            continue;
        list_item();
        const std::string share = format_text(
            app.text("ui.group.profile_line"),
            {std::to_string(count.count), std::to_string(int(std::lround(100.0 * count.count / group.participants)))});
        label_value(app.local(profile->name), share);
        share_bar(count.count, group.participants);
        spacer(4.0f);
        live += " " + app.local(profile->name) + " " + share + ".";
    }
    end_list();

    spacer(10.0f);
    heading(app.text("group.themes_title"));
    live += " " + app.text("group.themes_title") + ":";
    int number = 0;
    for (const GroupCount& theme : group.themes)
    {
        if (!theme.advice || number == int(max_advice_shown))
            continue;
        const std::string title = std::to_string(++number) + ". " + app.local(theme.advice->title);
        const std::string how_often = format_text(app.text("group.theme_count"),
                                                  {std::to_string(theme.count), std::to_string(group.participants)});
        subheading(title);
        muted(how_often);
        live += " " + title + ", " + how_often + ".";
    }
    muted(app.text("group.themes_note"));

    spacer(10.0f);
    if (primary_button("group-print", app.text("ui.group.print")))
        platform::open_printable(app.group_html(platform::today()));
    if (secondary_button("group-csv", app.text("ui.group.download_csv")))
        // The byte-order mark tells spreadsheet programs that the file is UTF-8.
        platform::download_file("leerregie-groep-" + platform::today() + ".csv", "text/csv;charset=utf-8",
                                "\xEF\xBB\xBF" + app.group_csv(platform::today()));
    list_controls(app);
    end_screen();
    return live;
}

}  // namespace leerregie::ui
