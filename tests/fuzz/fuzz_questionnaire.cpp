// libFuzzer target: load_questionnaire on any bytes must return problems or a questionnaire, and
// a questionnaire it accepts must be safe to score and to describe.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/answers.h"
#include "core/problem.h"
#include "core/questionnaire.h"
#include "core/scoring.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace leerregie;
    const Loaded<Questionnaire> loaded = load_questionnaire({reinterpret_cast<const char*>(data), size});
    for (const Problem& problem : loaded.problems)
        describe(problem);
    if (!loaded.value)
        return 0;
    // Answer every item with its highest option, then score both variants.
    Answers answers;
    for (const Item& item : loaded.value->items)
        if (const Scale* scale = loaded.value->find_scale(item.scale))
            answers.answers[item.id] = int(scale->options.size());
    for (Variant variant : {Variant::Short, Variant::Full})
    {
        answers.variant = variant;
        for (const DimensionScore& score : score_answers(*loaded.value, answers))
            if (score.score && (*score.score < -1e-9 || *score.score > 100.0 + 1e-9))
                __builtin_trap();
    }
    return 0;
}
