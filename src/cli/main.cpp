// leerregie-cli: the core on the command line, for trainers who write their own questionnaire
// and for checking scores outside the browser (docs/contracts.md, "Command-line tool").
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/advice.h"
#include "core/answers.h"
#include "core/assessment.h"
#include "core/find_by_id.h"
#include "core/group.h"
#include "core/own_questionnaire.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/report.h"
#include "core/result_code.h"
#include "core/scoring.h"
#include "core/text.h"

namespace
{

using namespace leerregie;

constexpr const char* usage = R"(leerregie-cli: check questionnaires and score answers for Leerregie

Usage:
  leerregie-cli validate FILE.json
      Checks a questionnaire file, or an advice, profiles or answers file (told apart by its
      "format"). Prints "ok" (exit 0), or one line per problem as "<json path>: <message>"
      (exit 1). Exit 2 when the file cannot be read. An advice file is also checked against
      the questionnaire and profiles in the assets folder. A questionnaire that changes the
      built-in one must have an id of its own, as the app asks of a trainer's questionnaire.
  leerregie-cli score QUESTIONNAIRE.json ANSWERS.json [--lang nl|en]
      Scores an answers file and prints the dimension scores, the profile and the advice as
      JSON (exit 0). Exit 1 when the answers do not fit the questionnaire, exit 2 when a file
      cannot be read.
  leerregie-cli report QUESTIONNAIRE.json ANSWERS.json [--format html|text] [--lang nl|en]
                       [--date YYYY-MM-DD]
      Prints the person's report as plain text (the default) or as a printable HTML page, in
      Dutch (the default) or English, dated today unless --date is given.
  leerregie-cli code QUESTIONNAIRE.json ANSWERS.json
      Prints the result code a participant can show their trainer: the dimension scores
      (rounded), the profile and the variant, with a checksum.
  leerregie-cli group QUESTIONNAIRE.json CODES.txt [--format csv|html] [--lang nl|en]
      Reads result codes, one per line, and prints the group overview as a CSV table (the
      default) or a printable HTML page. Lines that are not valid codes are reported on stderr
      as "<file>:<line>: <message>" and make the exit code 1; the others still count.
  leerregie-cli --help
      Shows this text.

Options for every command:
  --assets DIR   where advice.json, profiles.json, strings.json and questionnaire.json are
                 read from (default: the assets folder of this build)
)";

enum Exit
{
    exit_ok = 0,
    exit_problems = 1,
    exit_unreadable = 2,
};

// The languages the shipped advice, profiles and strings are written in.
const std::vector<std::string> catalogue_languages = {"nl", "en"};

// Reads at most `limit` bytes and one more, so what is too large is told from what is not without
// reading it whole (`validate /dev/zero` never ends otherwise); the parsers refuse the rest.
std::optional<std::string> read_file(const std::string& path, size_t limit = max_file_bytes)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        return std::nullopt;
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    std::string content(limit + 1, '\0');
    file.read(content.data(), std::streamsize(content.size()));
    if (file.bad())
        return std::nullopt;
    content.resize(size_t(file.gcount()));
    return content;
}

// Reads a file, or says why not on stderr and sets the exit code.
std::optional<std::string> read_or_report(const std::string& path, int& exit, size_t limit = max_file_bytes)
{
    std::optional<std::string> text = read_file(path, limit);
    if (!text)
    {
        std::cerr << path << ": cannot read the file\n";
        exit = exit_unreadable;
    }
    return text;
}

// Text from the files goes to a terminal: its control characters (an escape sequence, a clipboard
// write) are shown, not acted on. One line a problem, so line breaks are shown too.
std::string terminal_text(std::string_view text, bool keep_lines = true)
{
    return escape_control_characters(text, keep_lines);
}

void print_problems(const std::vector<Problem>& problems, std::ostream& out)
{
    for (const Problem& problem : problems)
        out << terminal_text(describe(problem), false) << '\n';
}

// The "format" field of a JSON document, or "" when there is none.
std::string format_of(const std::string& text)
{
    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_object())
        if (const auto format = document.find("format"); format != document.end() && format->is_string())
            return format->get<std::string>();
    return {};
}

// Advice conditions name dimensions, items and profiles: check them against the shipped ones.
std::vector<Problem> check_advice_against_assets(const AdviceCatalogue& advice, const std::string& assets, int& exit)
{
    const std::optional<std::string> questionnaire_text = read_or_report(assets + "/questionnaire.json", exit);
    const std::optional<std::string> profiles_text = read_or_report(assets + "/profiles.json", exit);
    if (!questionnaire_text || !profiles_text)
        return {};
    const Loaded<Questionnaire> questionnaire = load_questionnaire(*questionnaire_text);
    const Loaded<ProfileCatalogue> profiles = load_profiles(*profiles_text, catalogue_languages);
    if (!questionnaire.ok() || !profiles.ok())
    {
        std::cerr << assets
                  << ": the questionnaire or profiles file is not valid, so the advice conditions were not checked\n";
        exit = exit_problems;
        return {};
    }
    return check_advice_references(advice, *questionnaire.value, *profiles.value);
}

// A questionnaire is checked as the app checks a trainer's own: on its own, and then beside the
// built-in questionnaire in the assets folder, so both give the same messages.
std::vector<Problem> check_questionnaire(const std::string& text, const std::string& assets, int& exit)
{
    Loaded<Questionnaire> loaded = load_questionnaire(text);
    if (!loaded.ok())
        return loaded.problems;
    const std::optional<std::string> builtin_text = read_or_report(assets + "/questionnaire.json", exit);
    if (!builtin_text)
        return {};
    const Loaded<Questionnaire> builtin = load_questionnaire(*builtin_text);
    if (!builtin.ok())
    {
        std::cerr << assets << ": the built-in questionnaire is not valid, so the id was not checked against it\n";
        exit = exit_problems;
        return {};
    }
    return check_against_builtin(text, *loaded.value, {*builtin_text, *builtin.value});
}

int validate(const std::string& path, const std::string& assets)
{
    int exit = exit_ok;
    const std::optional<std::string> text = read_or_report(path, exit);
    if (!text)
        return exit;
    const std::string format = format_of(*text);
    std::vector<Problem> problems;
    if (format == "leerregie-advice")
    {
        const Loaded<AdviceCatalogue> advice = load_advice(*text, catalogue_languages);
        problems = advice.ok() ? check_advice_against_assets(*advice.value, assets, exit) : advice.problems;
    }
    else if (format == "leerregie-profiles")
        problems = load_profiles(*text, catalogue_languages).problems;
    else if (format == "leerregie-answers")
        problems = parse_answers(*text).problems;
    else
        problems = check_questionnaire(*text, assets, exit);
    if (!problems.empty())
    {
        print_problems(problems, std::cout);
        return exit_problems;
    }
    if (exit != exit_ok)
        return exit;
    std::cout << "ok\n";
    return exit_ok;
}

// Everything `score`, `report`, `code` and `group` need, loaded and checked.
struct Inputs
{
    Questionnaire questionnaire;
    Answers answers;
    std::string answers_text;
    AdviceCatalogue advice;
    ProfileCatalogue profiles;
    Strings strings;
    References references;
};

// The questionnaire and the shipped advice, profiles and texts.
std::optional<Inputs> load_catalogues(const std::string& questionnaire_path, const std::string& assets, int& exit)
{
    const std::optional<std::string> questionnaire_text = read_or_report(questionnaire_path, exit);
    const std::optional<std::string> advice_text = read_or_report(assets + "/advice.json", exit);
    const std::optional<std::string> profiles_text = read_or_report(assets + "/profiles.json", exit);
    const std::optional<std::string> strings_text = read_or_report(assets + "/strings.json", exit);
    const std::optional<std::string> references_text = read_or_report(assets + "/references.json", exit);
    if (exit != exit_ok)
        return std::nullopt;

    Inputs inputs;
    exit = exit_problems;
    Loaded<Questionnaire> questionnaire = load_questionnaire(*questionnaire_text);
    if (!questionnaire.ok())
    {
        std::cerr << questionnaire_path << ": the questionnaire is not valid:\n";
        print_problems(questionnaire.problems, std::cerr);
        return std::nullopt;
    }
    inputs.questionnaire = std::move(*questionnaire.value);

    Loaded<AdviceCatalogue> advice = load_advice(*advice_text, catalogue_languages);
    Loaded<ProfileCatalogue> profiles = load_profiles(*profiles_text, catalogue_languages);
    Loaded<References> references = load_references(*references_text, catalogue_languages);
    if (!advice.ok() || !profiles.ok() || !references.ok() || !inputs.strings.load(*strings_text))
    {
        std::cerr << assets << ": the advice, profiles, references or strings file is not valid:\n";
        print_problems(advice.problems, std::cerr);
        print_problems(profiles.problems, std::cerr);
        print_problems(references.problems, std::cerr);
        return std::nullopt;
    }
    inputs.advice = std::move(*advice.value);
    inputs.profiles = std::move(*profiles.value);
    inputs.references = std::move(*references.value);
    exit = exit_ok;
    return inputs;
}

// The catalogues and an answers file that fits the questionnaire.
std::optional<Inputs> load_inputs(const std::string& questionnaire_path, const std::string& answers_path,
                                  const std::string& assets, int& exit)
{
    const std::optional<std::string> answers_text = read_or_report(answers_path, exit);
    std::optional<Inputs> inputs = load_catalogues(questionnaire_path, assets, exit);
    if (!inputs || !answers_text)
        return std::nullopt;

    Loaded<Answers> answers = parse_answers(*answers_text);
    const std::vector<Problem> answer_problems =
        answers.ok() ? check_answers(inputs->questionnaire, *answers.value) : answers.problems;
    if (!answer_problems.empty())
    {
        std::cerr << answers_path << ": these answers do not fit questionnaire \"" << inputs->questionnaire.id
                  << "\":\n";
        print_problems(answer_problems, std::cerr);
        exit = exit_problems;
        return std::nullopt;
    }
    inputs->answers = std::move(*answers.value);
    inputs->answers_text = *answers_text;
    return inputs;
}

// A score with one decimal (the contract asks for at least one), or null.
nlohmann::json score_json(const std::optional<double>& value)
{
    return value ? nlohmann::json(std::round(*value * 10.0) / 10.0) : nlohmann::json(nullptr);
}

// Why an advice was given: {"item": id, "answer": 1 | null | "not_applicable"},
// {"dimension": id, "score": 32.5, "below": 50} (or "at_least"), or {"profile": id}.
nlohmann::json reasons_json(const ChosenAdvice& chosen, const Assessment& assessment, const Answers& answers)
{
    nlohmann::json reasons = nlohmann::json::array();
    for (const Condition* condition : chosen.because)
    {
        switch (condition->kind)
        {
        case Condition::Kind::ItemAnswer:
        {
            const std::optional<int>& answer = answers.answers.at(condition->subject);
            reasons.push_back({{"item", condition->subject},
                               {"answer", !answer                            ? nlohmann::json(nullptr)
                                          : *answer == not_applicable_answer ? nlohmann::json("not_applicable")
                                                                             : nlohmann::json(*answer)}});
            break;
        }
        case Condition::Kind::DimensionBelow:
        case Condition::Kind::DimensionAtLeast:
            if (const DimensionScore* score = find_by_id(assessment.scores, condition->subject))
                reasons.push_back({{"dimension", score->id},
                                   {"score", score_json(shown_score(*score))},
                                   {condition->kind == Condition::Kind::DimensionBelow ? "below" : "at_least",
                                    condition->threshold}});
            break;
        case Condition::Kind::Profile: reasons.push_back({{"profile", condition->subject}}); break;
        }
    }
    return reasons;
}

int score(const Inputs& in, const std::string& language)
{
    const Assessment assessment = assess(in.questionnaire, in.advice, in.profiles, in.answers);
    nlohmann::json dimensions = nlohmann::json::array();
    for (const DimensionScore& dimension : assessment.scores)
        dimensions.push_back({{"id", dimension.id},
                              {"score", score_json(dimension.score)},
                              {"shown", shown_score(dimension).has_value()},
                              {"answered", dimension.answered},
                              {"items", dimension.items}});
    nlohmann::json advice = nlohmann::json::array();
    for (const ChosenAdvice& chosen : assessment.advice)
        advice.push_back({{"id", chosen.advice->id},
                          {"theme", chosen.advice->theme},
                          {"title", chosen.advice->title.in(language)},
                          {"because", reasons_json(chosen, assessment, in.answers)}});
    const ProfileResult& profile = assessment.profile;
    const Profile* described = in.profiles.find(profile.id);
    const nlohmann::json output = {{"questionnaire", in.questionnaire.id},
                                   {"variant", variant_name(in.answers.variant)},
                                   {"dimensions", dimensions},
                                   {"profile",
                                    {{"id", profile.id},
                                     {"name", described ? described->name.in(language) : std::string()},
                                     {"agency", score_json(profile.agency)},
                                     {"conversion", score_json(profile.conversion)},
                                     {"participation", score_json(profile.participation)},
                                     {"agency_near_boundary", profile.agency_near},
                                     {"conversion_near_boundary", profile.conversion_near}}},
                                   {"advice", advice}};
    std::cout << output.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return exit_ok;
}

int report(const Inputs& in, const std::string& format, const std::string& language, const std::string& date)
{
    const Assessment assessment = assess(in.questionnaire, in.advice, in.profiles, in.answers);
    const ReportInput input{in.questionnaire, in.profiles,   in.answers, assessment,
                            in.strings,       in.references, language,   date};
    std::cout << terminal_text(format == "html" ? render_report_html(input) : render_report_text(input));
    return exit_ok;
}

// An answers file made before codes had a scan part: a number from its whole text, so the same
// file gives the same code and files that differ in anything (a date, a plan) almost never do.
uint32_t scan_from_text(std::string_view text)
{
    uint32_t hash = 2166136261u;  // FNV-1a
    for (const char c : text)
        hash = (hash ^ uint8_t(c)) * 16777619u;
    return hash % result_code_scan_limit;
}

int code(const Inputs& in)
{
    const Assessment assessment = assess(in.questionnaire, in.advice, in.profiles, in.answers);
    const ResultCode result =
        make_result_code(in.questionnaire, assessment.scores, assessment.profile.id, in.answers.variant,
                         scan_of(in.answers).value_or(scan_from_text(in.answers_text)));
    const std::string text = encode_result_code(in.questionnaire, in.profiles, result);
    if (text.empty())
    {
        std::cerr << "these results cannot be put in a code (the profile catalogue has too many profiles)\n";
        return exit_problems;
    }
    std::cout << text << '\n';
    return exit_ok;
}

int group(const Inputs& in, const std::string& codes_path, const std::string& format, const std::string& language,
          const std::string& date)
{
    int exit = exit_ok;
    const std::optional<std::string> text = read_or_report(codes_path, exit, max_pasted_codes_length);
    if (!text)
        return exit;
    if (text->size() > max_pasted_codes_length)
    {
        std::cerr << codes_path << ": the file is larger than " << max_pasted_codes_length << " bytes\n";
        return exit_problems;
    }
    const CodeList list = read_code_list(in.questionnaire, in.profiles, *text);
    for (const Problem& problem : list.problems)
        std::cerr << codes_path << ":" << terminal_text(describe(problem), false) << '\n';
    const GroupSummary summary = summarize_group(in.questionnaire, in.advice, in.profiles, list.codes);
    const GroupReportInput input{in.questionnaire, in.profiles, summary, in.strings, language, date};
    std::cout << (format == "html" ? terminal_text(render_group_html(input)) : render_group_csv(input));
    return list.problems.empty() ? exit_ok : exit_problems;
}

// Today as YYYY-MM-DD, for a report without --date.
std::string today()
{
    const std::time_t now = std::time(nullptr);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::localtime(&now));
    return buffer;
}

}  // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help")
    {
        std::cout << usage;
        return args.empty() ? exit_problems : exit_ok;
    }
    // Options may stand anywhere after the command; what remains are the file names.
    std::string assets = LEERREGIE_ASSETS_DIR, format = "text", language = "nl", date;
    std::vector<std::string> files;
    for (size_t i = 1; i < args.size(); ++i)
    {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--assets" && has_value)
            assets = args[++i];
        else if (args[i] == "--format" && has_value &&
                 (args[i + 1] == "html" || args[i + 1] == "text" || args[i + 1] == "csv"))
            format = args[++i];
        else if (args[i] == "--lang" && has_value && (args[i + 1] == "nl" || args[i + 1] == "en"))
            language = args[++i];
        else if (args[i] == "--date" && has_value)
            date = args[++i];
        else if (args[i].rfind("--", 0) == 0)
        {
            std::cerr << "unknown or incomplete option " << terminal_text(args[i], false) << "\n\n" << usage;
            return exit_problems;
        }
        else
            files.push_back(args[i]);
    }
    const std::string& command = args[0];
    if (command == "validate" && files.size() == 1)
        return validate(files[0], assets);
    if (date.empty())
        date = today();
    if ((command == "score" || command == "report" || command == "code") && files.size() == 2)
    {
        int exit = exit_ok;
        const std::optional<Inputs> inputs = load_inputs(files[0], files[1], assets, exit);
        if (!inputs)
            return exit;
        if (command == "code")
            return code(*inputs);
        return command == "score" ? score(*inputs, language) : report(*inputs, format, language, date);
    }
    if (command == "group" && files.size() == 2)
    {
        int exit = exit_ok;
        const std::optional<Inputs> inputs = load_catalogues(files[0], assets, exit);
        return inputs ? group(*inputs, files[1], format, language, date) : exit;
    }
    std::cerr << usage;
    return exit_problems;
}
