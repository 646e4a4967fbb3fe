// leerregie-cli: the core on the command line, for trainers who write their own questionnaire
// and for checking scores outside the browser (PRODUCT.md, "Command-line tool").
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/advice.h"
#include "core/answers.h"
#include "core/assessment.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/report.h"
#include "core/scoring.h"

namespace
{

using namespace leerregie;

constexpr const char* usage = R"(leerregie-cli: check questionnaires and score answers for Leerregie

Usage:
  leerregie-cli validate FILE.json
      Checks a questionnaire file (or an advice or profiles file, told apart by its "format").
      Prints "ok" (exit 0), or one line per problem as "<json path>: <message>" (exit 1).
      Exit 2 when the file cannot be read.
  leerregie-cli score QUESTIONNAIRE.json ANSWERS.json
      Scores an answers file and prints the dimension scores, the profile and the advice as
      JSON (exit 0). Exit 1 when the answers do not fit the questionnaire, exit 2 when a file
      cannot be read.
  leerregie-cli report QUESTIONNAIRE.json ANSWERS.json [--format html|text] [--lang nl|en]
                       [--date YYYY-MM-DD]
      Prints the person's report as plain text (the default) or as a printable HTML page.
  leerregie-cli --help
      Shows this text.

Options for score and report:
  --assets DIR   where advice.json, profiles.json and strings.json are read from
                 (default: the assets folder of this build)
)";

enum Exit
{
    exit_ok = 0,
    exit_problems = 1,
    exit_unreadable = 2,
};

std::optional<std::string> read_file(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad())
        return std::nullopt;
    return content.str();
}

void print_problems(const std::vector<Problem>& problems, std::ostream& out)
{
    for (const Problem& problem : problems)
        out << describe(problem) << '\n';
}

// Loads a questionnaire or prints why it cannot be used; `exit` tells the caller's exit code.
std::optional<Questionnaire> load_or_report(const std::string& path, int& exit)
{
    const std::optional<std::string> text = read_file(path);
    if (!text)
    {
        std::cerr << path << ": cannot read the file\n";
        exit = exit_unreadable;
        return std::nullopt;
    }
    Loaded<Questionnaire> loaded = load_questionnaire(*text);
    if (!loaded.ok())
    {
        print_problems(loaded.problems, std::cerr);
        exit = exit_problems;
        return std::nullopt;
    }
    return std::move(loaded.value);
}

std::string format_of(const std::string& text)
{
    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_object() && document.contains("format") && document["format"].is_string())
        return document["format"].get<std::string>();
    return {};
}

int validate(const std::string& path)
{
    const std::optional<std::string> text = read_file(path);
    if (!text)
    {
        std::cerr << path << ": cannot read the file\n";
        return exit_unreadable;
    }
    const std::string format = format_of(*text);
    const std::vector<std::string> languages = {"nl", "en"};
    std::vector<Problem> problems;
    if (format == "leerregie-advice")
        problems = load_advice(*text, languages).problems;
    else if (format == "leerregie-profiles")
        problems = load_profiles(*text, languages).problems;
    else
        problems = load_questionnaire(*text).problems;
    if (!problems.empty())
    {
        print_problems(problems, std::cout);
        return exit_problems;
    }
    std::cout << "ok\n";
    return exit_ok;
}

// The advice, profiles and texts that go with every questionnaire.
struct Catalogues
{
    AdviceCatalogue advice;
    ProfileCatalogue profiles;
    Strings strings;
};

std::optional<Catalogues> load_catalogues(const std::string& folder, const Questionnaire& questionnaire, int& exit)
{
    Catalogues catalogues;
    const auto read = [&](const char* name) -> std::optional<std::string> {
        std::optional<std::string> text = read_file(folder + "/" + name);
        if (!text)
        {
            std::cerr << folder << "/" << name << ": cannot read the file\n";
            exit = exit_unreadable;
        }
        return text;
    };
    const std::optional<std::string> advice_text = read("advice.json");
    const std::optional<std::string> profiles_text = read("profiles.json");
    const std::optional<std::string> strings_text = read("strings.json");
    if (!advice_text || !profiles_text || !strings_text)
        return std::nullopt;
    Loaded<AdviceCatalogue> advice = load_advice(*advice_text, questionnaire.languages);
    Loaded<ProfileCatalogue> profiles = load_profiles(*profiles_text, questionnaire.languages);
    if (!advice.ok() || !profiles.ok() || !catalogues.strings.load(*strings_text))
    {
        std::cerr << folder << ": the advice, profiles or strings file is not valid\n";
        print_problems(advice.problems, std::cerr);
        print_problems(profiles.problems, std::cerr);
        exit = exit_problems;
        return std::nullopt;
    }
    catalogues.advice = std::move(*advice.value);
    catalogues.profiles = std::move(*profiles.value);
    return catalogues;
}

// Reads an answers file and checks that it fits the questionnaire.
std::optional<Answers> load_answers(const std::string& path, const Questionnaire& questionnaire, int& exit)
{
    const std::optional<std::string> text = read_file(path);
    if (!text)
    {
        std::cerr << path << ": cannot read the file\n";
        exit = exit_unreadable;
        return std::nullopt;
    }
    Loaded<Answers> answers = parse_answers(*text);
    std::vector<Problem> problems = answers.problems;
    if (answers.value)
        problems = check_answers(questionnaire, *answers.value);
    if (!problems.empty())
    {
        std::cerr << path << ": these answers do not fit questionnaire \"" << questionnaire.id << "\":\n";
        print_problems(problems, std::cerr);
        exit = exit_problems;
        return std::nullopt;
    }
    return std::move(answers.value);
}

int score(const std::string& questionnaire_path, const std::string& answers_path, const std::string& assets)
{
    int exit = exit_ok;
    const std::optional<Questionnaire> questionnaire = load_or_report(questionnaire_path, exit);
    if (!questionnaire)
        return exit;
    const std::optional<Answers> answers = load_answers(answers_path, *questionnaire, exit);
    if (!answers)
        return exit;
    const std::optional<Catalogues> catalogues = load_catalogues(assets, *questionnaire, exit);
    if (!catalogues)
        return exit;
    const Assessment assessment = assess(*questionnaire, catalogues->advice, catalogues->profiles, *answers);

    const auto rounded = [](const std::optional<double>& value) -> nlohmann::json {
        return value ? nlohmann::json(std::round(*value * 10.0) / 10.0) : nlohmann::json(nullptr);
    };
    nlohmann::json dimensions = nlohmann::json::array();
    for (const DimensionScore& dimension : assessment.scores)
        dimensions.push_back({{"id", dimension.id},
                              {"score", rounded(dimension.score)},
                              {"answered", dimension.answered},
                              {"items", dimension.items}});
    nlohmann::json advice = nlohmann::json::array();
    for (const Advice* item : assessment.advice)
        advice.push_back({{"id", item->id}, {"theme", item->theme}, {"title", item->title.in("nl")}});
    const ProfileResult& profile = assessment.profile;
    const nlohmann::json output = {{"questionnaire", questionnaire->id},
                                   {"variant", variant_name(answers->variant)},
                                   {"dimensions", dimensions},
                                   {"profile",
                                    {{"id", profile.id},
                                     {"agency", rounded(profile.agency)},
                                     {"conversion", rounded(profile.conversion)},
                                     {"position", rounded(profile.position)},
                                     {"participation", rounded(profile.participation)}}},
                                   {"advice", advice}};
    std::cout << output.dump(2) << '\n';
    return exit_ok;
}

int report(const std::string& questionnaire_path, const std::string& answers_path, const std::string& assets,
           const std::string& format, const std::string& language, const std::string& date)
{
    int exit = exit_ok;
    const std::optional<Questionnaire> questionnaire = load_or_report(questionnaire_path, exit);
    if (!questionnaire)
        return exit;
    const std::optional<Answers> answers = load_answers(answers_path, *questionnaire, exit);
    if (!answers)
        return exit;
    const std::optional<Catalogues> catalogues = load_catalogues(assets, *questionnaire, exit);
    if (!catalogues)
        return exit;
    const Assessment assessment = assess(*questionnaire, catalogues->advice, catalogues->profiles, *answers);
    const ReportInput input{*questionnaire, catalogues->profiles, *answers, assessment, catalogues->strings, language, date};
    std::cout << (format == "html" ? render_report_html(input) : render_report_text(input));
    return exit_ok;
}

// Today as YYYY-MM-DD, for a report without --date.
std::string today()
{
    const std::time_t now = std::time(nullptr);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::localtime(&now));
    return buffer;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help")
    {
        std::cout << usage;
        return args.empty() ? exit_problems : exit_ok;
    }
    if (args[0] == "validate" && args.size() == 2)
        return validate(args[1]);
    // Options may stand anywhere after the command; what remains are the file names.
    std::string assets = LEERREGIE_ASSETS_DIR, format = "text", language = "nl", date = today();
    std::vector<std::string> files;
    for (size_t i = 1; i < args.size(); ++i)
    {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--assets" && has_value)
            assets = args[++i];
        else if (args[i] == "--format" && has_value && (args[i + 1] == "html" || args[i + 1] == "text"))
            format = args[++i];
        else if (args[i] == "--lang" && has_value && (args[i + 1] == "nl" || args[i + 1] == "en"))
            language = args[++i];
        else if (args[i] == "--date" && has_value)
            date = args[++i];
        else if (args[i].rfind("--", 0) == 0)
        {
            std::cerr << "unknown or incomplete option " << args[i] << "\n\n" << usage;
            return exit_problems;
        }
        else
            files.push_back(args[i]);
    }
    if (args[0] == "score" && files.size() == 2)
        return score(files[0], files[1], assets);
    if (args[0] == "report" && files.size() == 2)
        return report(files[0], files[1], assets, format, language, date);
    std::cerr << usage;
    return exit_problems;
}
