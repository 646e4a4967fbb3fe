// leerregie-cli: the core on the command line, for trainers who write their own questionnaire
// and for checking scores outside the browser (PRODUCT.md, "Command-line tool").
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/answers.h"
#include "core/questionnaire.h"
#include "core/scoring.h"

namespace
{

using namespace leerregie;

constexpr const char* usage = R"(leerregie-cli: check questionnaires and score answers for Leerregie

Usage:
  leerregie-cli validate QUESTIONNAIRE.json
      Checks a questionnaire file. Prints "ok" (exit 0), or one line per problem as
      "<json path>: <message>" (exit 1). Exit 2 when the file cannot be read.
  leerregie-cli score QUESTIONNAIRE.json ANSWERS.json
      Scores an answers file and prints the result as JSON (exit 0). Exit 1 when the answers
      do not fit the questionnaire, exit 2 when a file cannot be read.
  leerregie-cli --help
      Shows this text.
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

int validate(const std::string& path)
{
    const std::optional<std::string> text = read_file(path);
    if (!text)
    {
        std::cerr << path << ": cannot read the file\n";
        return exit_unreadable;
    }
    const Loaded<Questionnaire> loaded = load_questionnaire(*text);
    if (!loaded.ok())
    {
        print_problems(loaded.problems, std::cout);
        return exit_problems;
    }
    std::cout << "ok\n";
    return exit_ok;
}

int score(const std::string& questionnaire_path, const std::string& answers_path)
{
    int exit = exit_ok;
    const std::optional<Questionnaire> questionnaire = load_or_report(questionnaire_path, exit);
    if (!questionnaire)
        return exit;
    const std::optional<std::string> answers_text = read_file(answers_path);
    if (!answers_text)
    {
        std::cerr << answers_path << ": cannot read the file\n";
        return exit_unreadable;
    }
    const Loaded<Answers> answers = parse_answers(*answers_text);
    std::vector<Problem> problems = answers.problems;
    if (answers.value)
        problems = check_answers(*questionnaire, *answers.value);
    if (!problems.empty())
    {
        std::cerr << answers_path << ": these answers do not fit " << questionnaire_path << ":\n";
        print_problems(problems, std::cerr);
        return exit_problems;
    }

    nlohmann::json dimensions = nlohmann::json::array();
    for (const DimensionScore& dimension : score_answers(*questionnaire, *answers.value))
    {
        nlohmann::json score = nullptr;
        if (dimension.score)
            score = std::round(*dimension.score * 10.0) / 10.0;
        dimensions.push_back(
            {{"id", dimension.id}, {"score", score}, {"answered", dimension.answered}, {"items", dimension.items}});
    }
    nlohmann::json output = {{"questionnaire", questionnaire->id},
                             {"variant", variant_name(answers.value->variant)},
                             {"dimensions", dimensions}};
    std::cout << output.dump(2) << '\n';
    return exit_ok;
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
    if (args[0] == "score" && args.size() == 3)
        return score(args[1], args[2]);
    std::cerr << usage;
    return exit_problems;
}
