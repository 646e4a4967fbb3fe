// libFuzzer target: a trainer's pasted text, read as result codes one per line against the
// shipped questionnaire and profiles. Every line is either a code or has a problem; every code
// read is one the app could make (scores 0..100 or none, a known profile, a scan part in range),
// encodes to a code that reads back the same, and counts once however often it is pasted.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/group.h"
#include "core/result_code.h"

#include "shipped.h"

using leerregie::fuzz::shipped;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace leerregie;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Questionnaire& questionnaire = shipped().questionnaire;
    const ProfileCatalogue& profiles = shipped().profiles;

    const CodeList list = read_code_list(questionnaire, profiles, text);
    for (const Problem& problem : list.problems)
        describe(problem);
    for (const ResultCode& code : list.codes)
    {
        if (code.scores.size() != questionnaire.dimensions.size() || !profiles.find(code.profile) ||
            (code.scan && *code.scan >= result_code_scan_limit))
            __builtin_trap();
        for (const std::optional<int>& score : code.scores)
            if (score && (*score < 0 || *score > 100))
                __builtin_trap();
        if (!code.scan)
            continue;  // a version 1 code: the app no longer makes those
        const std::string again = encode_result_code(questionnaire, profiles, code);
        const Loaded<ResultCode> read = decode_result_code(questionnaire, profiles, again);
        if (!read.ok() || read.value->scores != code.scores || read.value->profile != code.profile ||
            read.value->variant != code.variant || read.value->scan != code.scan)
            __builtin_trap();
        // Pasted twice, it counts once.
        const CodeList twice = read_code_list(questionnaire, profiles, again + "\n" + again);
        if (twice.codes.size() != 1 || twice.duplicates != 1)
            __builtin_trap();
    }
    return 0;
}
