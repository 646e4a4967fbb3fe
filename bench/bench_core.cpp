// How long the core takes on the shipped files: parsing and validating the full questionnaire, then
// the advice and profiles files, then scoring a full set of answers with profile, advice and
// comparisons. Prints the median and spread of N runs per phase, and plain JSON parsing of the
// questionnaire for comparison (the floor any validation sits on). The app loads once and scores
// on every result screen (the targets for both parts are in docs/performance.md).
// Then the trainer's group view on 100,000 pasted lines, read once per edit: lines that are not
// codes, and codes of 100,000 different scans (duplicates found in linear time), the latter also
// summed up into the group overview.
//
//   bench_core [RUNS]     (default 200)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/advice.h"
#include "core/answers.h"
#include "core/assessment.h"
#include "core/group.h"
#include "core/profile.h"
#include "core/questionnaire.h"

namespace
{

using namespace leerregie;
using Clock = std::chrono::steady_clock;

std::string read_asset(const char* name)
{
    const std::string path = std::string(LEERREGIE_ASSETS_DIR) + "/" + name;
    std::ifstream file(path, std::ios::binary);
    if (!file)
    {
        std::fprintf(stderr, "bench_core: cannot read %s\n", path.c_str());
        std::exit(2);
    }
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

double microseconds_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

struct Spread
{
    double median, fastest, slowest;
};

Spread spread(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.front(), samples.back()};
}

// Every item answered with its middle option: all dimensions scored, a profile, some advice.
Answers full_answers(const Questionnaire& questionnaire)
{
    Answers answers;
    answers.questionnaire = questionnaire.id;
    answers.variant = Variant::Full;
    for (const Item& item : questionnaire.items)
        if (const Scale* scale = questionnaire.find_scale(item.scale))
            answers.answers[item.id] = int(scale->options.size() + 1) / 2;
    return answers;
}

// 100,000 lines as a trainer might paste them: junk, or result codes of different scans.
std::string pasted_junk()
{
    std::string text;
    for (int line = 0; line < 100000; ++line)
        text += "=cmd|' /C calc'!A" + std::to_string(line) + "\n";
    return text;
}

std::string pasted_codes(const Questionnaire& questionnaire, const ProfileCatalogue& profiles, const Assessment& result)
{
    std::string text;
    for (uint32_t scan = 0; scan < 100000; ++scan)
        text +=
            encode_result_code(questionnaire, profiles,
                               make_result_code(questionnaire, result.scores, result.profile.id, Variant::Full, scan)) +
            "\n";
    return text;
}

double milliseconds_of(const std::function<void()>& work)
{
    const Clock::time_point start = Clock::now();
    work();
    return microseconds_since(start) / 1000.0;
}

}  // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const std::string questionnaire_text = read_asset("questionnaire.json");
    const std::string advice_text = read_asset("advice.json");
    const std::string profiles_text = read_asset("profiles.json");

    std::vector<double> parse_times, questionnaire_times, catalogue_times, assess_times, total_times;
    size_t advice_shown = 0;
    for (int run = 0; run < runs; ++run)
    {
        const Clock::time_point parse_start = Clock::now();
        {
            const nlohmann::json plain = nlohmann::json::parse(questionnaire_text, nullptr, false);
        }  // built and freed, as the loader does
        parse_times.push_back(microseconds_since(parse_start));

        const Clock::time_point start = Clock::now();
        const Loaded<Questionnaire> questionnaire = load_questionnaire(questionnaire_text);
        questionnaire_times.push_back(microseconds_since(start));
        const Clock::time_point catalogue_start = Clock::now();
        const Loaded<AdviceCatalogue> advice = load_advice(advice_text, {"nl", "en"});
        const Loaded<ProfileCatalogue> profiles = load_profiles(profiles_text, {"nl", "en"});
        if (!questionnaire.ok() || !advice.ok() || !profiles.ok())
        {
            std::fprintf(stderr, "bench_core: the shipped files do not load; run leerregie-cli validate on them\n");
            return 1;
        }
        catalogue_times.push_back(microseconds_since(catalogue_start));
        const Answers answers = full_answers(*questionnaire.value);

        const Clock::time_point assess_start = Clock::now();
        const Assessment assessment = assess(*questionnaire.value, *advice.value, *profiles.value, answers);
        assess_times.push_back(microseconds_since(assess_start));
        total_times.push_back(questionnaire_times.back() + assess_times.back());
        advice_shown = assessment.advice.size();
    }

    std::printf("leerregie core on the shipped files, %d runs (%zu bytes of JSON, %zu advice items shown)\n", runs,
                questionnaire_text.size() + advice_text.size() + profiles_text.size(), advice_shown);
    std::printf("%-52s %10s %10s %10s\n", "phase", "median", "fastest", "slowest");
    const auto row = [](const char* phase, const std::vector<double>& samples) {
        const Spread s = spread(samples);
        std::printf("%-52s %8.1f us %8.1f us %8.1f us\n", phase, s.median, s.fastest, s.slowest);
    };
    row("questionnaire: parse + validate", questionnaire_times);
    row("  (for comparison: JSON parsing alone)", parse_times);
    row("advice + profiles: parse + validate", catalogue_times);
    row("score + profile + advice + comparisons", assess_times);
    row("questionnaire + scoring (one run of the CLI's work)", total_times);

    // The group view, once: these are long runs, not microbenchmarks.
    const Questionnaire questionnaire = *load_questionnaire(questionnaire_text).value;
    const AdviceCatalogue advice = *load_advice(advice_text, {"nl", "en"}).value;
    const ProfileCatalogue profiles = *load_profiles(profiles_text, {"nl", "en"}).value;
    const Assessment result = assess(questionnaire, advice, profiles, full_answers(questionnaire));
    const std::string junk = pasted_junk();
    const std::string codes = pasted_codes(questionnaire, profiles, result);
    CodeList junk_list, code_list;
    const double junk_ms = milliseconds_of([&] { junk_list = read_code_list(questionnaire, profiles, junk); });
    const double codes_ms = milliseconds_of([&] { code_list = read_code_list(questionnaire, profiles, codes); });
    const double summary_ms =
        milliseconds_of([&] { summarize_group(questionnaire, advice, profiles, code_list.codes); });
    std::printf("\ngroup view, 100,000 pasted lines (%.1f MB of codes)\n", double(codes.size()) / 1e6);
    std::printf("%-52s %8.1f ms (%zu problems)\n", "read 100,000 lines that are not codes", junk_ms,
                junk_list.problems.size());
    std::printf("%-52s %8.1f ms (%zu codes, %d duplicates)\n", "read 100,000 codes of different scans", codes_ms,
                code_list.codes.size(), code_list.duplicates);
    std::printf("%-52s %8.1f ms\n", "sum up 100,000 codes into the group overview", summary_ms);
    return 0;
}
