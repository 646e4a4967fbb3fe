// libFuzzer target: parse_answers on any bytes; an accepted file must survive a round trip through
// serialize_answers unchanged, and against the shipped questionnaire keep_fitting_answers must leave
// out exactly the answers check_answers objects to, keeping only answers that fit.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "core/answers.h"

namespace
{

const leerregie::Questionnaire& shipped_questionnaire()
{
    static const leerregie::Questionnaire questionnaire = [] {
        std::ifstream file(LEERREGIE_ASSETS_DIR "/questionnaire.json", std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        leerregie::Loaded<leerregie::Questionnaire> loaded = leerregie::load_questionnaire(text.str());
        if (!loaded.ok())
            __builtin_trap();  // the fuzzer needs the shipped questionnaire to compare against
        return *loaded.value;
    }();
    return questionnaire;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace leerregie;
    const Loaded<Answers> first = parse_answers({reinterpret_cast<const char*>(data), size});
    for (const Problem& problem : first.problems)
        describe(problem);
    if (!first.value)
        return 0;
    const std::string written = serialize_answers(*first.value);
    const Loaded<Answers> second = parse_answers(written);
    if (!second.ok() || serialize_answers(*second.value) != written || second.value->answers != first.value->answers)
        __builtin_trap();

    Answers answers = *first.value;
    answers.questionnaire = shipped_questionnaire().id;
    const FittingAnswers fitting = keep_fitting_answers(shipped_questionnaire(), answers);
    if (fitting.left_out != int(check_answers(shipped_questionnaire(), answers).size()) ||
        !check_answers(shipped_questionnaire(), fitting.answers).empty() ||
        fitting.answers.answers.size() + size_t(fitting.left_out) != answers.answers.size())
        __builtin_trap();
    return 0;
}
