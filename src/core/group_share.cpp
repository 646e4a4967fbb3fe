#include "core/group_share.h"

#include <algorithm>
#include <cmath>

#include "core/checked_code.h"

namespace leerregie
{
namespace
{

using namespace checked_code;

constexpr int version_bits = 3;
constexpr int participants_bits = 12;
constexpr int mean_bits = 10;
constexpr int score_bits = 7;
constexpr int count_bits = 12;
constexpr unsigned no_mean = 1023;
constexpr unsigned no_score = 127;
// Shorter than this, a text with an unknown version is not taken for a share at all.
constexpr int shortest_share = 8;

int payload_bits(const Questionnaire& questionnaire, const ProfileCatalogue& profiles)
{
    return version_bits + participants_bits + (mean_bits + 2 * score_bits) * int(questionnaire.dimensions.size()) +
           count_bits * int(profiles.profiles.size());
}

int share_length(const Questionnaire& questionnaire, const ProfileCatalogue& profiles)
{
    return (payload_bits(questionnaire, profiles) + checksum_bits + symbol_bits - 1) / symbol_bits;
}

Problem share_problem(std::string code, std::vector<std::string> args = {})
{
    return {"$", "group_share." + std::move(code), std::move(args)};
}

// Whether the values are ones a group summary can give.
bool possible(const GroupShare& share)
{
    if (share.participants < group_minimum_lowest || share.participants > group_share_participants_limit)
        return false;
    for (const SharedDimension& dimension : share.dimensions)
        if (dimension.mean_tenths &&
            (dimension.lowest < 0 || dimension.lowest > dimension.highest || dimension.highest > 100 ||
             *dimension.mean_tenths < dimension.lowest * 10 || *dimension.mean_tenths > dimension.highest * 10))
            return false;
    int counted = 0;
    for (const GroupCount& profile : share.profiles)
        counted += profile.count;
    return counted == share.participants;
}

}  // namespace

int mean_in_tenths(double mean, int count)
{
    if (count <= 0)
        return int(std::lround(mean * 10.0));
    // sum / count in tenths, half up: floor((20 * sum + count) / (2 * count)) for a whole sum >= 0.
    const long long sum = std::llround(mean * count);
    return int((20 * sum + count) / (2LL * count));
}

std::optional<GroupShare> make_group_share(const GroupSummary& summary, int minimum)
{
    if (summary.participants < std::max(minimum, group_minimum_lowest) ||
        summary.participants > group_share_participants_limit)
        return std::nullopt;
    GroupShare share;
    share.participants = summary.participants;
    const int fewest = std::max(minimum, group_minimum_lowest);
    for (const GroupDimension& dimension : summary.dimensions)
    {
        SharedDimension shared;
        shared.id = dimension.id;
        if (figures_shown(dimension, fewest) && dimension.lowest && dimension.highest)
        {
            shared.mean_tenths = mean_in_tenths(*dimension.mean, dimension.count);
            shared.lowest = *dimension.lowest;
            shared.highest = *dimension.highest;
        }
        share.dimensions.push_back(std::move(shared));
    }
    for (const GroupCount& profile : summary.profiles)
        share.profiles.push_back({profile.id, profile.count, nullptr});
    return share;
}

std::string encode_group_share(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                               const GroupShare& share)
{
    if (share.dimensions.size() != questionnaire.dimensions.size() ||
        share.profiles.size() != profiles.profiles.size() || !possible(share))
        return {};
    for (size_t index = 0; index < share.profiles.size(); ++index)
        if (share.profiles[index].id != profiles.profiles[index].id)
            return {};

    Bits bits;
    put(bits, group_share_version, version_bits);
    put(bits, unsigned(share.participants), participants_bits);
    for (const SharedDimension& dimension : share.dimensions)
    {
        put(bits, dimension.mean_tenths ? unsigned(*dimension.mean_tenths) : no_mean, mean_bits);
        put(bits, dimension.mean_tenths ? unsigned(dimension.lowest) : no_score, score_bits);
        put(bits, dimension.mean_tenths ? unsigned(dimension.highest) : no_score, score_bits);
    }
    for (const GroupCount& profile : share.profiles)
        put(bits, unsigned(profile.count), count_bits);
    put(bits, checksum(fingerprint_crc(questionnaire, profiles), bits), checksum_bits);
    return symbols(bits);
}

Loaded<GroupShare> decode_group_share(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                                      std::string_view text)
{
    Loaded<GroupShare> result;
    const auto refuse = [&](std::string code, std::vector<std::string> args = {}) {
        result.problems.push_back(share_problem(std::move(code), std::move(args)));
        return result;
    };
    const int length = share_length(questionnaire, profiles);
    Bits bits;
    int characters = 0;
    for (char c : text)
    {
        if (c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n')
            continue;
        const int value = symbol_value(c);
        if (value < 0)
            return refuse("not_a_share");
        // The bits past a share's length are never read: only how many characters there are.
        if (characters < length)
            put(bits, unsigned(value), symbol_bits);
        ++characters;
    }
    if (characters == 0)
        return refuse("not_a_share");

    size_t position = 0;
    const unsigned version = take(bits, position, version_bits);
    if (version != unsigned(group_share_version))
        return characters < shortest_share ? refuse("not_a_share") : refuse("version", {std::to_string(version)});
    if (characters != length)
        return refuse("length", {std::to_string(characters), std::to_string(length)});

    const Bits payload(bits.begin(), bits.begin() + payload_bits(questionnaire, profiles));
    size_t checksum_position = payload.size();
    const unsigned stored = take(bits, checksum_position, checksum_bits);
    const bool padding_clear =
        std::none_of(bits.begin() + long(checksum_position), bits.end(), [](uint8_t bit) { return bit != 0; });
    if (stored != checksum(fingerprint_crc(questionnaire, profiles), payload) || !padding_clear)
        return refuse("checksum");

    GroupShare share;
    share.participants = int(take(bits, position, participants_bits));
    bool fits = true;
    for (const Dimension& definition : questionnaire.dimensions)
    {
        SharedDimension dimension;
        dimension.id = definition.id;
        const unsigned mean = take(bits, position, mean_bits);
        const unsigned lowest = take(bits, position, score_bits);
        const unsigned highest = take(bits, position, score_bits);
        if (mean == no_mean)
            fits = fits && lowest == no_score && highest == no_score;
        else
        {
            fits = fits && mean <= 1000;
            dimension.mean_tenths = int(mean);
            dimension.lowest = int(lowest);
            dimension.highest = int(highest);
        }
        share.dimensions.push_back(std::move(dimension));
    }
    for (const Profile& profile : profiles.profiles)
        share.profiles.push_back({profile.id, int(take(bits, position, count_bits)), nullptr});
    // A share whose checksum holds but whose content no group can give was not made by the app.
    if (!fits || !possible(share))
        return refuse("checksum");
    result.value = std::move(share);
    return result;
}

std::optional<std::string> group_share_in_link_fragment(std::string_view fragment)
{
    while (!fragment.empty())
    {
        const size_t end = std::min(fragment.find('&'), fragment.size());
        std::string_view part = fragment.substr(0, end);
        fragment.remove_prefix(std::min(end + 1, fragment.size()));
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        constexpr std::string_view name = "group=";
        if (part.size() <= name.size())
            continue;
        bool named = true;
        for (size_t index = 0; index < name.size(); ++index)
        {
            const char c = part[index] >= 'A' && part[index] <= 'Z' ? char(part[index] - 'A' + 'a') : part[index];
            named = named && c == name[index];
        }
        if (named)
            return std::string(part.substr(name.size()));
    }
    return std::nullopt;
}

std::string link_fragment_sharing(std::string_view encoded) { return "group=" + std::string(encoded); }

}  // namespace leerregie
