// The group picture a trainer shares as a QR code: its bit layout worked out by hand from
// group_share.h, the round trip, the rounding of means, and that a damaged, cut, lengthened,
// foreign or future share is refused with the problem that says why.
#include <doctest/doctest.h>

#include "core/group_share.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{

constexpr std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string binary(unsigned value, int count)
{
    std::string bits;
    for (int bit = count - 1; bit >= 0; --bit)
        bits += ((value >> bit) & 1u) ? '1' : '0';
    return bits;
}

// A share made here from a payload written out bit by bit, with its own CRC-16/CCITT-FALSE over
// the fingerprint and the payload, so the reader and writer are checked against the document.
std::string share_from_bits(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                            const std::string& payload)
{
    std::string fingerprint = questionnaire.id + "\n";
    for (const Dimension& dimension : questionnaire.dimensions)
        fingerprint += dimension.id + ",";
    fingerprint += "\n";
    for (const Profile& profile : profiles.profiles)
        fingerprint += profile.id + ",";
    std::vector<uint8_t> bytes(fingerprint.begin(), fingerprint.end());
    for (size_t start = 0; start < payload.size(); start += 8)
    {
        std::string byte = payload.substr(start, 8);
        byte.resize(8, '0');
        bytes.push_back(uint8_t(std::stoi(byte, nullptr, 2)));
    }
    uint16_t crc = 0xFFFF;
    for (uint8_t byte : bytes)
    {
        crc ^= uint16_t(byte << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? uint16_t((crc << 1) ^ 0x1021) : uint16_t(crc << 1);
    }
    std::string bits = payload + binary(crc, 16);
    bits.resize((bits.size() + 4) / 5 * 5, '0');
    std::string share;
    for (size_t start = 0; start < bits.size(); start += 5)
        share += alphabet[size_t(std::stoi(bits.substr(start, 5), nullptr, 2))];
    return share;
}

// Six participants on the mini questionnaire (pot, agn, wrk, env, par) and the shipped profiles
// (strong_base, own_steam, room_waiting, little_room, undetermined).
GroupShare sample_share()
{
    GroupShare share;
    share.participants = 6;
    share.dimensions = {{"pot", 703, 60, 80},
                        {"agn", std::nullopt, 0, 0},
                        {"wrk", 333, 0, 100},
                        {"env", 0, 0, 0},
                        {"par", 1000, 100, 100}};
    share.profiles = {{"strong_base", 1, nullptr},
                      {"own_steam", 2, nullptr},
                      {"room_waiting", 0, nullptr},
                      {"little_room", 3, nullptr},
                      {"undetermined", 0, nullptr}};
    return share;
}

// sample_share() in the documented layout, with `version` in its first three bits.
std::string sample_payload(unsigned version = 1)
{
    return binary(version, 3) + binary(6, 12) +                                            // version, participants
           binary(703, 10) + binary(60, 7) + binary(80, 7) +                               // pot: 70.3, 60..80
           binary(1023, 10) + binary(127, 7) + binary(127, 7) +                            // agn: no score
           binary(333, 10) + binary(0, 7) + binary(100, 7) +                               // wrk: 33.3, 0..100
           binary(0, 10) + binary(0, 7) + binary(0, 7) +                                   // env: 0.0, 0..0
           binary(1000, 10) + binary(100, 7) + binary(100, 7) +                            // par: 100.0, 100..100
           binary(1, 12) + binary(2, 12) + binary(0, 12) + binary(3, 12) + binary(0, 12);  // profiles
}

void check_same(const GroupShare& read, const GroupShare& made)
{
    CHECK(read.participants == made.participants);
    REQUIRE(read.dimensions.size() == made.dimensions.size());
    for (size_t index = 0; index < made.dimensions.size(); ++index)
    {
        CAPTURE(index);
        CHECK(read.dimensions[index].id == made.dimensions[index].id);
        CHECK(read.dimensions[index].mean_tenths == made.dimensions[index].mean_tenths);
        if (made.dimensions[index].mean_tenths)
        {
            CHECK(read.dimensions[index].lowest == made.dimensions[index].lowest);
            CHECK(read.dimensions[index].highest == made.dimensions[index].highest);
        }
    }
    REQUIRE(read.profiles.size() == made.profiles.size());
    for (size_t index = 0; index < made.profiles.size(); ++index)
    {
        CHECK(read.profiles[index].id == made.profiles[index].id);
        CHECK(read.profiles[index].count == made.profiles[index].count);
    }
}

std::string problem_code(const Loaded<GroupShare>& read)
{
    REQUIRE_FALSE(read.ok());
    REQUIRE(read.problems.size() == 1);
    return read.problems.front().code;
}

}  // namespace

TEST_SUITE("group share")
{
    TEST_CASE("the share holds participants, means, ranges and profile counts in the documented bit layout")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string share = encode_group_share(questionnaire, profiles, sample_share());
        // 3 + 12 + 5 x (10 + 7 + 7) + 5 x 12 = 195 bits and 16 of checksum: 211 bits, 43 characters.
        CHECK(share.size() == 43);
        CHECK(share == share_from_bits(questionnaire, profiles, sample_payload()));
        // 001 000000000110 1010111111 0111100 1010000 ...: in fives 00100 00000 00110 10101 11111
        // 01111 00101 0000 = 4 0 6 N Z F 5.
        CHECK(share.substr(0, 7) == "406NZF5");

        const Loaded<GroupShare> read = decode_group_share(questionnaire, profiles, share);
        REQUIRE(read.ok());
        check_same(*read.value, sample_share());
        CHECK(read.value->dimensions[0].mean() == doctest::Approx(70.3));
        CHECK_FALSE(read.value->dimensions[1].mean().has_value());
    }

    TEST_CASE("for the built-in questionnaire a share is 76 characters, so its link makes a small QR code")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        GroupShare share;
        share.participants = 4095;
        for (const Dimension& dimension : questionnaire.dimensions)
            share.dimensions.push_back({dimension.id, 500, 0, 100});
        for (const Profile& profile : profiles.profiles)
            share.profiles.push_back({profile.id, 0, nullptr});
        share.profiles.front().count = 4095;
        const std::string encoded = encode_group_share(questionnaire, profiles, share);
        // 3 + 12 + 12 x 24 + 5 x 12 + 16 = 379 bits.
        CHECK(encoded.size() == 76);
        const Loaded<GroupShare> read = decode_group_share(questionnaire, profiles, encoded);
        REQUIRE(read.ok());
        check_same(*read.value, share);
    }

    TEST_CASE("a share reads back however the link was changed in case, spacing and look-alike letters")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string share = encode_group_share(questionnaire, profiles, sample_share());
        std::string typed;
        for (size_t index = 0; index < share.size(); ++index)
        {
            const char c = share[index];
            typed += char(c == '0' ? 'o' : c == '1' ? 'L' : std::tolower(c));
            if (index % 4 == 3)
                typed += index % 8 == 3 ? "-" : " ";
        }
        const Loaded<GroupShare> read = decode_group_share(questionnaire, profiles, typed);
        REQUIRE(read.ok());
        check_same(*read.value, sample_share());
    }

    TEST_CASE("means go in tenths, rounded half up, from the sum of whole scores")
    {
        CHECK(mean_in_tenths(70.25, 4) == 703);       // 60, 70, 71, 80: 281 / 4
        CHECK(mean_in_tenths(7.05, 20) == 71);        // 141 / 20, half up
        CHECK(mean_in_tenths(31.0 / 3.0, 3) == 103);  // 10, 10, 11: 10.33
        CHECK(mean_in_tenths(32.0 / 3.0, 3) == 107);  // 10, 11, 11: 10.67
        CHECK(mean_in_tenths(0.0, 5) == 0);
        CHECK(mean_in_tenths(100.0, 5) == 1000);
    }

    TEST_CASE("a share is made from the group's summary only at or above the group minimum")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const AdviceCatalogue advice = shipped_advice();
        // Four participants: proactive 60, 70, 71, 80 (mean 70.25); motivation only for the first
        // two (40 and 45); no one has a score for the rest.
        std::vector<ResultCode> codes;
        const int proactive[] = {60, 70, 71, 80};
        const char* profile_of[] = {"strong_base", "own_steam", "own_steam", "little_room"};
        for (int person = 0; person < 4; ++person)
        {
            ResultCode code{Variant::Short, profile_of[person], {}, uint32_t(person)};
            code.scores.assign(questionnaire.dimensions.size(), std::nullopt);
            code.scores[0] = proactive[person];
            if (person < 2)
                code.scores[1] = person == 0 ? 40 : 45;
            codes.push_back(code);
        }
        const GroupSummary summary = summarize_group(questionnaire, advice, profiles, codes);
        CHECK_FALSE(make_group_share(summary, 5).has_value());
        const std::optional<GroupShare> share = make_group_share(summary, 4);
        REQUIRE(share.has_value());
        CHECK(share->participants == 4);
        CHECK(share->dimensions[0].id == "proactive");
        CHECK(share->dimensions[0].mean_tenths == 703);  // 70.25 -> 70.3
        CHECK(share->dimensions[0].lowest == 60);
        CHECK(share->dimensions[0].highest == 80);
        // Only two of the four have a score for motivation: each could work out the other's.
        CHECK_FALSE(share->dimensions[1].mean_tenths.has_value());
        // With the minimum lowered to two... never: three at least, so still none.
        const std::optional<GroupShare> lowered = make_group_share(summary, 2);
        REQUIRE(lowered.has_value());
        CHECK_FALSE(lowered->dimensions[1].mean_tenths.has_value());
        CHECK(lowered->dimensions[0].mean_tenths == 703);
        CHECK_FALSE(share->dimensions[2].mean_tenths.has_value());
        REQUIRE(share->profiles.size() == 5);
        CHECK(share->profiles[0].count == 1);  // strong_base
        CHECK(share->profiles[1].count == 2);  // own_steam
        CHECK(share->profiles[3].count == 1);  // little_room

        const Loaded<GroupShare> read =
            decode_group_share(questionnaire, profiles, encode_group_share(questionnaire, profiles, *share));
        REQUIRE(read.ok());
        check_same(*read.value, *share);

        // Never below three, whatever minimum is asked for.
        const GroupSummary three = summarize_group(questionnaire, advice, profiles, {codes[0], codes[1], codes[2]});
        CHECK(make_group_share(three, 3).has_value());
        const GroupSummary two = summarize_group(questionnaire, advice, profiles, {codes[0], codes[1]});
        CHECK_FALSE(make_group_share(two, 2).has_value());
        CHECK_FALSE(make_group_share(two, 0).has_value());
    }

    TEST_CASE("every single changed character is refused: the version, or else the checksum, says so")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string share = encode_group_share(questionnaire, profiles, sample_share());
        int tried = 0;
        for (size_t position = 0; position < share.size(); ++position)
            for (char replacement : alphabet)
            {
                if (replacement == share[position])
                    continue;
                std::string changed = share;
                changed[position] = replacement;
                INFO("changed: " << changed);
                // The first character's top three bits are the version.
                const bool other_version = position == 0 && (alphabet.find(replacement) >> 2) != 1;
                CHECK(problem_code(decode_group_share(questionnaire, profiles, changed)) ==
                      (other_version ? "group_share.version" : "group_share.checksum"));
                ++tried;
            }
        CHECK(tried == 43 * 31);
    }

    TEST_CASE("a cut or lengthened share is refused for its length")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string share = encode_group_share(questionnaire, profiles, sample_share());
        for (size_t length = 1; length < share.size(); ++length)
        {
            CAPTURE(length);
            const Loaded<GroupShare> read = decode_group_share(questionnaire, profiles, share.substr(0, length));
            CHECK(problem_code(read) == "group_share.length");
        }
        CHECK(messages(decode_group_share(questionnaire, profiles, share.substr(0, 40)).problems) ==
              std::vector<std::string>{"$: the group picture has 40 characters, not 43: the link is cut short or too "
                                       "long, or made for another questionnaire"});
        for (const std::string& extra : {std::string("0"), std::string("A"), std::string("ZZZZ"), share})
        {
            CAPTURE(extra);
            CHECK(problem_code(decode_group_share(questionnaire, profiles, share + extra)) == "group_share.length");
        }
    }

    TEST_CASE("what is not a share at all says so")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string share = encode_group_share(questionnaire, profiles, sample_share());
        for (const std::string& text :
             {std::string(), std::string(" - "), share + "!", "group=" + share, "%20" + share, std::string("hi")})
        {
            CAPTURE(text);
            CHECK(messages(decode_group_share(questionnaire, profiles, text).problems) ==
                  std::vector<std::string>{"$: this is not a link to a group picture"});
        }
    }

    TEST_CASE("a share made for another questionnaire or other profiles is refused")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string share = encode_group_share(questionnaire, profiles, sample_share());

        Questionnaire same_shape = questionnaire;
        same_shape.id = "mini-2";
        CHECK(messages(decode_group_share(same_shape, profiles, share).problems) ==
              std::vector<std::string>{
                  "$: the group picture does not add up: the link is damaged, or made for another questionnaire"});
        ProfileCatalogue renamed = profiles;
        renamed.profiles[2].id = "waiting_room";
        CHECK(problem_code(decode_group_share(questionnaire, renamed, share)) == "group_share.checksum");
        // The built-in questionnaire has twelve dimensions: a share for it is longer.
        CHECK(problem_code(decode_group_share(shipped_questionnaire(), profiles, share)) == "group_share.length");
    }

    TEST_CASE("a share from a future version is refused as such")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        for (unsigned version : {0u, 2u, 7u})
        {
            CAPTURE(version);
            const std::string future = share_from_bits(questionnaire, profiles, sample_payload(version));
            CHECK(messages(decode_group_share(questionnaire, profiles, future).problems) ==
                  std::vector<std::string>{"$: the group picture was made by another version of Leerregie (version " +
                                           std::to_string(version) + ")"});
            // Longer, as a later version may well be: still its version that says why.
            CHECK(problem_code(decode_group_share(questionnaire, profiles, future + "0000")) == "group_share.version");
        }
    }

    TEST_CASE("values no group can give are refused even when the checksum holds")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string payload = sample_payload();
        const auto with = [&](size_t at, const std::string& bits) {
            std::string changed = payload;
            changed.replace(at, bits.size(), bits);
            return share_from_bits(questionnaire, profiles, changed);
        };
        REQUIRE(decode_group_share(questionnaire, profiles, with(0, "001")).ok());
        // Two participants (fewer than any group view shows), and the profile counts still six.
        CHECK(problem_code(decode_group_share(questionnaire, profiles, with(3, binary(2, 12)))) ==
              "group_share.checksum");
        // pot's mean 85.0 above its highest score, 80.
        CHECK(problem_code(decode_group_share(questionnaire, profiles, with(15, binary(850, 10)))) ==
              "group_share.checksum");
        // pot's mean 1010 tenths.
        CHECK(problem_code(decode_group_share(questionnaire, profiles, with(15, binary(1010, 10)))) ==
              "group_share.checksum");
        // agn without a mean but with a lowest score.
        CHECK(problem_code(decode_group_share(questionnaire, profiles, with(49, binary(3, 7)))) ==
              "group_share.checksum");
        // The profile counts add up to seven.
        CHECK(problem_code(decode_group_share(questionnaire, profiles, with(135, binary(2, 12)))) ==
              "group_share.checksum");
    }

    TEST_CASE("a share that does not fit the questionnaire or profiles is not made")
    {
        GroupShare share = sample_share();
        share.dimensions.pop_back();
        CHECK(encode_group_share(mini_questionnaire(), shipped_profiles(), share).empty());
        share = sample_share();
        share.profiles[0].id = "nobody";
        CHECK(encode_group_share(mini_questionnaire(), shipped_profiles(), share).empty());
        share = sample_share();
        share.participants = 4096;
        share.profiles[0].count = 4091;
        CHECK(encode_group_share(mini_questionnaire(), shipped_profiles(), share).empty());
    }

    TEST_CASE("the link's fragment carries the share under group=, among other parts")
    {
        CHECK(link_fragment_sharing("406NZF5") == "group=406NZF5");
        CHECK(group_share_in_link_fragment("group=406NZF5") == "406NZF5");
        CHECK(group_share_in_link_fragment("add=X&group=406nzf5&lang=en") == "406nzf5");
        CHECK(group_share_in_link_fragment("GROUP=406NZF5") == "406NZF5");
        CHECK(group_share_in_link_fragment(" Group=406N-ZF5") == "406N-ZF5");
        CHECK_FALSE(group_share_in_link_fragment("").has_value());
        CHECK_FALSE(group_share_in_link_fragment("group=").has_value());
        CHECK_FALSE(group_share_in_link_fragment("groups=406NZF5").has_value());
        CHECK_FALSE(group_share_in_link_fragment("add=406NZF5").has_value());
    }
}
