// libFuzzer target: load_profiles on any bytes; an accepted catalogue has a profile for every
// outcome of the rule.
#include <cstddef>
#include <cstdint>

#include "core/profile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace leerregie;
    const Loaded<ProfileCatalogue> loaded = load_profiles({reinterpret_cast<const char*>(data), size}, {"nl", "en"});
    for (const Problem& problem : loaded.problems)
        describe(problem);
    if (!loaded.value)
        return 0;
    if (!loaded.value->find(undetermined_profile))
        __builtin_trap();
    for (const char* agency : {"high", "low"})
        for (const char* conversion : {"high", "low"})
        {
            bool found = false;
            for (const Profile& profile : loaded.value->profiles)
                found = found || (profile.agency == agency && profile.conversion == conversion);
            if (!found)
                __builtin_trap();
        }
    return 0;
}
