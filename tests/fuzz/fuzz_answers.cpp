// libFuzzer target: parse_answers on any bytes; an accepted file must survive a round trip through
// serialize_answers unchanged.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/answers.h"

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
    return 0;
}
