#include "core/result_code.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/checked_code.h"
#include "core/find_by_id.h"

namespace leerregie
{
namespace
{

using namespace checked_code;

constexpr int version_bits = 3;
constexpr int profile_bits = 3;
constexpr int score_bits = 7;
constexpr int scan_bits = 20;
constexpr int no_score = 127;
constexpr int group_size = 4;

// The bits before the checksum in a code of `version` (1 or 2): version 1 has no scan part.
int payload_bits(const Questionnaire& questionnaire, unsigned version)
{
    return version_bits + 1 + profile_bits + score_bits * int(questionnaire.dimensions.size()) +
           (version >= 2 ? scan_bits : 0);
}

int code_length(const Questionnaire& questionnaire, unsigned version)
{
    return (payload_bits(questionnaire, version) + checksum_bits + 4) / 5;
}

Problem code_problem(std::string code, std::vector<std::string> args = {})
{
    return {"$", "result_code." + std::move(code), std::move(args)};
}

}  // namespace

ResultCode make_result_code(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                            std::string_view profile_id, Variant variant, uint32_t scan)
{
    ResultCode code;
    code.variant = variant;
    code.scan = scan % result_code_scan_limit;
    code.profile = std::string(profile_id);
    for (const Dimension& dimension : questionnaire.dimensions)
    {
        const DimensionScore* score = find_by_id(scores, dimension.id);
        if (score && shown_score(*score))
            code.scores.push_back(int(std::lround(std::clamp(*shown_score(*score), 0.0, 100.0))));
        else
            code.scores.push_back(std::nullopt);
    }
    return code;
}

std::optional<uint32_t> scan_of(const Answers& answers)
{
    const auto found = answers.other_fields.find("scan");
    if (found == answers.other_fields.end() || !found->is_number_unsigned() ||
        found->get<unsigned long long>() >= result_code_scan_limit)
        return std::nullopt;
    return uint32_t(found->get<unsigned long long>());
}

std::string encode_result_code(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                               const ResultCode& code)
{
    const Profile* profile = profiles.find(code.profile);
    const size_t profile_index = profile ? size_t(profile - profiles.profiles.data()) : 0;
    if (!profile || profile_index >= (1u << profile_bits) || code.scores.size() != questionnaire.dimensions.size() ||
        !code.scan)
        return {};

    Bits bits;
    put(bits, result_code_version, version_bits);
    put(bits, code.variant == Variant::Full ? 1 : 0, 1);
    put(bits, unsigned(profile_index), profile_bits);
    for (const std::optional<int>& score : code.scores)
        put(bits, score ? unsigned(std::clamp(*score, 0, 100)) : unsigned(no_score), score_bits);
    put(bits, *code.scan % result_code_scan_limit, scan_bits);
    put(bits, checksum(fingerprint_crc(questionnaire, profiles), bits), checksum_bits);
    const int length = code_length(questionnaire, result_code_version);
    bits.resize(size_t(length) * 5, 0);

    std::string text;
    size_t position = 0;
    for (int index = 0; index < length; ++index)
    {
        if (index > 0 && index % group_size == 0)
            text += '-';
        text += alphabet[take(bits, position, 5)];
    }
    return text;
}

Loaded<ResultCode> decode_result_code(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                                      std::string_view text)
{
    return ResultCodeReader(questionnaire, profiles).read(text);
}

struct ResultCodeReader::Checks
{
    uint16_t fingerprint = 0;                      // the checksum's state after the fingerprint
    std::vector<uint8_t> asked_short, asked_full;  // per dimension: whether the variant has an item of it
};

ResultCodeReader::ResultCodeReader(const Questionnaire& questionnaire, const ProfileCatalogue& profiles)
    : questionnaire_(questionnaire), profiles_(profiles)
{
    Checks checks;
    checks.fingerprint = fingerprint_crc(questionnaire, profiles).value();
    for (const Dimension& dimension : questionnaire.dimensions)
    {
        bool in_short = false, in_full = false;
        for (const Item& item : questionnaire.items)
            if (item.dimension == dimension.id)
            {
                in_short = in_short || in_variant(item, Variant::Short);
                in_full = true;
            }
        checks.asked_short.push_back(in_short);
        checks.asked_full.push_back(in_full);
    }
    checks_ = std::make_shared<const Checks>(std::move(checks));
}

Loaded<ResultCode> ResultCodeReader::read(std::string_view text) const
{
    const Questionnaire& questionnaire = questionnaire_;
    const ProfileCatalogue& profiles = profiles_;
    Loaded<ResultCode> result;
    const auto refuse = [&](std::string code, std::vector<std::string> args = {}) {
        result.problems.push_back(code_problem(std::move(code), std::move(args)));
        return result;
    };
    const int longest = code_length(questionnaire, result_code_version);
    Bits bits;
    int characters = 0;
    for (char c : text)
    {
        if (c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n')
            continue;
        const int value = symbol_value(c);
        // Past a code's length it is not one, however it goes on: the work stays bounded.
        if (value < 0 || characters > longest)
            return refuse("not_a_code");
        put(bits, unsigned(value), 5);
        ++characters;
    }
    if (characters == 0)
        return refuse("not_a_code");

    size_t position = 0;
    const unsigned version = take(bits, position, version_bits);
    const bool known_version = version == 1 || version == unsigned(result_code_version);
    const bool code_length_of_a_version = characters == code_length(questionnaire, 1) || characters == longest;
    if (!known_version)
        return code_length_of_a_version ? refuse("version", {std::to_string(version)}) : refuse("not_a_code");
    if (characters != code_length(questionnaire, version))
        return refuse("length", {std::to_string(characters), std::to_string(code_length(questionnaire, version))});

    const Bits payload(bits.begin(), bits.begin() + payload_bits(questionnaire, version));
    size_t checksum_position = payload.size();
    const unsigned stored = take(bits, checksum_position, checksum_bits);
    const bool padding_clear =
        std::none_of(bits.begin() + long(checksum_position), bits.end(), [](bool bit) { return bit; });
    if (stored != checksum(Crc16(checks_->fingerprint), payload) || !padding_clear)
        return refuse("checksum");

    ResultCode code;
    code.variant = take(bits, position, 1) ? Variant::Full : Variant::Short;
    const unsigned profile_index = take(bits, position, profile_bits);
    bool fits = profile_index < profiles.profiles.size();
    if (fits)
        code.profile = profiles.profiles[profile_index].id;
    const std::vector<uint8_t>& asked = code.variant == Variant::Short ? checks_->asked_short : checks_->asked_full;
    for (size_t index = 0; index < questionnaire.dimensions.size(); ++index)
    {
        const int value = int(take(bits, position, score_bits));
        // A score for a dimension the variant does not ask about cannot come from a scan.
        fits = fits && (value == no_score || (value <= 100 && asked[index]));
        code.scores.push_back(value == no_score ? std::nullopt : std::optional<int>(value));
    }
    if (version >= 2)
        code.scan = take(bits, position, scan_bits);
    // A code whose checksum holds but whose content cannot be right was not made by the app.
    if (!fits)
        return refuse("checksum");
    result.value = std::move(code);
    return result;
}

std::vector<DimensionScore> scores_of(const Questionnaire& questionnaire, const ResultCode& code)
{
    std::vector<DimensionScore> scores;
    for (size_t index = 0; index < questionnaire.dimensions.size(); ++index)
    {
        DimensionScore score;
        score.id = questionnaire.dimensions[index].id;
        if (index < code.scores.size() && code.scores[index])
        {
            score.score = double(*code.scores[index]);
            score.answered = min_answers_shown;  // a code holds only scores that were shown
        }
        scores.push_back(std::move(score));
    }
    return scores;
}

}  // namespace leerregie
