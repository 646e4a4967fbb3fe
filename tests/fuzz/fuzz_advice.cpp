// libFuzzer target: load_advice on any bytes; an accepted catalogue must be safe to select from,
// with and without scores.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

#include "core/advice.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace leerregie;
    const Loaded<AdviceCatalogue> loaded = load_advice({reinterpret_cast<const char*>(data), size}, {"nl", "en"});
    for (const Problem& problem : loaded.problems)
        describe(problem);
    if (!loaded.value)
        return 0;
    // No questionnaire: items the conditions name are unknown, so none of them is asked.
    const Questionnaire questionnaire;
    Answers answers;
    answers.answers = {{"barrier_time", 5}, {"bg_age", std::nullopt}, {"support_stimulates", not_applicable_answer}};
    const std::vector<DimensionScore> scores = {
        {"proactive", 10.0, 2, 2}, {"support", 90.0, 2, 2}, {"means", std::nullopt, 0, 1}};
    for (std::string_view profile : {"own_steam", "undetermined"})
    {
        const auto chosen = select_advice(*loaded.value, questionnaire, answers, scores, profile);
        std::set<std::string_view> themes;
        for (const ChosenAdvice& entry : chosen)
            if (!themes.insert(entry.advice->theme).second)
                __builtin_trap();
        if (chosen.size() > max_advice_shown)
            __builtin_trap();
    }
    return 0;
}
