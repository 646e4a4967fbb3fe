// libFuzzer target: a link's fragment read for the trainer's group picture against the shipped
// questionnaire and profiles. Whatever it holds, reading it gives a share or a problem; every share
// read is one a group summary can give (participants in range, each mean within its lowest and
// highest score, profile counts adding up), and writes back to a share that reads the same.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/group_share.h"

#include "shipped.h"

using leerregie::fuzz::shipped;

namespace
{

void check(const leerregie::Loaded<leerregie::GroupShare>& read)
{
    using namespace leerregie;
    const Questionnaire& questionnaire = shipped().questionnaire;
    const ProfileCatalogue& profiles = shipped().profiles;
    if (!read.ok())
    {
        if (read.problems.size() != 1 || read.value)
            __builtin_trap();
        describe(read.problems.front());
        return;
    }
    const GroupShare& share = *read.value;
    if (share.participants < group_minimum_lowest || share.participants > group_share_participants_limit ||
        share.dimensions.size() != questionnaire.dimensions.size() || share.profiles.size() != profiles.profiles.size())
        __builtin_trap();
    int counted = 0;
    for (const GroupCount& profile : share.profiles)
        counted += profile.count;
    if (counted != share.participants)
        __builtin_trap();
    for (const SharedDimension& dimension : share.dimensions)
        if (dimension.mean_tenths &&
            (dimension.lowest < 0 || dimension.highest > 100 || *dimension.mean_tenths < dimension.lowest * 10 ||
             *dimension.mean_tenths > dimension.highest * 10))
            __builtin_trap();
    const std::string again = encode_group_share(questionnaire, profiles, share);
    const Loaded<GroupShare> reread = decode_group_share(questionnaire, profiles, again);
    if (!reread.ok() || reread.value->participants != share.participants)
        __builtin_trap();
    for (size_t index = 0; index < share.dimensions.size(); ++index)
    {
        const SharedDimension& before = share.dimensions[index];
        const SharedDimension& after = reread.value->dimensions[index];
        if (before.mean_tenths != after.mean_tenths ||
            (before.mean_tenths && (before.lowest != after.lowest || before.highest != after.highest)))
            __builtin_trap();
    }
    for (size_t index = 0; index < share.profiles.size(); ++index)
        if (share.profiles[index].count != reread.value->profiles[index].count)
            __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace leerregie;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // The text as a share, and as a fragment that may hold one.
    check(decode_group_share(shipped().questionnaire, shipped().profiles, text));
    if (const std::optional<std::string> share = group_share_in_link_fragment(text))
        check(decode_group_share(shipped().questionnaire, shipped().profiles, *share));
    return 0;
}
