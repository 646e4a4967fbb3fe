// The group picture a trainer shows as a QR code in a workshop: what a participant needs to see
// themselves beside the group — how many took part, per dimension the group's mean, lowest and
// highest score, and how many fell in each profile — and nothing of any one participant. It
// travels in a link's fragment (`#group=...`), which a browser never sends to a server, and the
// participant's own browser keeps it beside their own answers.
//
// Layout (share version 1), most significant bit first, written in Crockford's base32 like the
// result code (result_code.h; reading ignores case, spaces and dashes, and takes O as 0 and I or
// L as 1):
//   3 bits  share version (1)
//  12 bits  participants: group_minimum_lowest .. group_share_participants_limit
//  per dimension, in the questionnaire's order:
//    10 bits  the mean in tenths, 0..1000, rounded half up (70.25 -> 702.5 -> 703, i.e. 70.3),
//             or 1023 when too few participants have a score for it
//     7 bits  the lowest score, 0..100 (127 with no score)
//     7 bits  the highest score, 0..100 (127 with no score)
//  12 bits  per profile, in the catalogue's order: how many participants it holds
//  16 bits  CRC-16/CCITT over a fingerprint of the questionnaire and profiles, then the bits above
// then zero bits up to a whole number of characters: 76 characters for 12 dimensions and 5
// profiles. As with result codes, the checksum catches every single wrong character and a share
// made for another questionnaire; values no group can give (a mean outside its range, profile
// counts that do not add up to the participants, fewer participants than the group view shows)
// are refused as well.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/group.h"
#include "core/problem.h"
#include "core/profile.h"
#include "core/questionnaire.h"

namespace leerregie
{

constexpr int group_share_version = 1;
constexpr int group_share_participants_limit = 4095;

struct SharedDimension
{
    std::string id;
    std::optional<int> mean_tenths;  // none: too few participants have a score for it
    int lowest = 0;
    int highest = 0;

    std::optional<double> mean() const
    {
        return mean_tenths ? std::optional<double>(*mean_tenths / 10.0) : std::nullopt;
    }
};

struct GroupShare
{
    int participants = 0;
    std::vector<SharedDimension> dimensions;  // in the questionnaire's order
    std::vector<GroupCount> profiles;         // in the catalogue's order, zeros included
};

// The mean of `count` whole scores in tenths, rounded half up, from the summary's mean: the sum of
// whole scores is whole, so this is exact where mean * 10 in floating point might not be.
int mean_in_tenths(double mean, int count);

// What the group picture holds of `summary`; none below `minimum` participants (never below
// group_minimum_lowest) or above group_share_participants_limit. A part that fewer than that many
// have a score for is held as "no score", so no one's own score can be worked out from it.
std::optional<GroupShare> make_group_share(const GroupSummary& summary, int minimum);

// The share as characters for a link: "" when it does not fit this questionnaire and profiles.
std::string encode_group_share(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                               const GroupShare& share);

// Reads a share from a link. Problems (path "$"): group_share.not_a_share (empty, or a character
// base32 does not have), group_share.version (made by another version of the app),
// group_share.length (cut short, too long, or for a questionnaire with other dimensions),
// group_share.checksum (damaged, made for another questionnaire, or values no group can give).
Loaded<GroupShare> decode_group_share(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                                      std::string_view text);

// The group picture in a link's fragment (without its `#`): the value of its `group=` part (the
// name in any case, among other parts joined by `&`), or none when it has none.
std::optional<std::string> group_share_in_link_fragment(std::string_view fragment);
// The fragment that carries `encoded`: "group=" and the share.
std::string link_fragment_sharing(std::string_view encoded);

}  // namespace leerregie
