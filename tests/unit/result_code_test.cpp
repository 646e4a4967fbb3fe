// The result code: its bit layout worked out by hand, the round trip, and that the checksum
// catches every single mistyped character and every swap of two neighbours.
#include <doctest/doctest.h>

#include "core/result_code.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{

constexpr std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// The mini questionnaire has five dimensions: pot, agn, wrk, env, par.
ResultCode sample_code()
{
    ResultCode code;
    code.variant = Variant::Full;
    code.profile = "own_steam";
    code.scores = {100, 0, 50, std::nullopt, 7};
    code.scan = 0xABCDE;
    return code;
}

// A version 1 code of sample_code() made here from the layout documented in result_code.h (no
// scan part), with its own CRC-16/CCITT-FALSE, so the reader is checked against the document.
std::string version_1_code(const Questionnaire& questionnaire, const ProfileCatalogue& profiles)
{
    std::string fingerprint = questionnaire.id + "\n";
    for (const Dimension& dimension : questionnaire.dimensions)
        fingerprint += dimension.id + ",";
    fingerprint += "\n";
    for (const Profile& profile : profiles.profiles)
        fingerprint += profile.id + ",";
    // version 001, full 1, profile 001, then the scores 100, 0, 50, none, 7: 42 bits.
    const std::string payload = "001"
                                "1"
                                "001"
                                "1100100"
                                "0000000"
                                "0110010"
                                "1111111"
                                "0000111";
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
    std::string bits = payload;
    for (int bit = 15; bit >= 0; --bit)
        bits += ((crc >> bit) & 1) ? '1' : '0';
    bits.resize(60, '0');  // 58 bits, padded to 12 characters
    std::string code;
    for (size_t start = 0; start < bits.size(); start += 5)
        code += alphabet[size_t(std::stoi(bits.substr(start, 5), nullptr, 2))];
    return code;
}

std::string symbols_only(const std::string& code)
{
    std::string symbols;
    for (char c : code)
        if (c != '-')
            symbols += c;
    return symbols;
}

}  // namespace

TEST_SUITE("result code")
{
    TEST_CASE("the code holds version, variant, profile, scores and scan in the documented bit layout")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const std::string code = encode_result_code(questionnaire, shipped_profiles(), sample_code());
        // 3 + 1 + 3 + 5 x 7 + 20 = 62 bits, 16 bits of checksum: 78 bits, so 16 characters in groups of 4.
        REQUIRE(code.size() == 19);
        CHECK(code[4] == '-');
        CHECK(code[9] == '-');
        CHECK(code[14] == '-');
        // version 010, full 1, profile "own_steam" (second in the catalogue) 001, then 100 = 1100100,
        // 0 = 0000000, 50 = 0110010, no score = 1111111, 7 = 0000111, scan 0xABCDE =
        // 10101011110011011110. In fives: 01010 01110 01000 00000 00110 01011 11111 00001 11101
        // 01011 11001 10111 = A E 8 0 6 B Z 1 X B S Q.
        CHECK(code.substr(0, 14) == "AE80-6BZ1-XBSQ");
    }

    TEST_CASE("a version 1 code, made before the scan part, is still read")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string old = version_1_code(questionnaire, profiles);
        REQUIRE(old.size() == 12);
        CHECK(old.substr(0, 8) == "6E806BZ1");  // 00110 01110 01000 00000 00110 01011 11111 00001
        const Loaded<ResultCode> read = decode_result_code(questionnaire, profiles, old);
        REQUIRE(read.ok());
        CHECK(read.value->variant == Variant::Full);
        CHECK(read.value->profile == "own_steam");
        CHECK(read.value->scores == sample_code().scores);
        CHECK_FALSE(read.value->scan.has_value());
    }

    TEST_CASE("a code reads back as it was made, however it is typed")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string code = encode_result_code(questionnaire, profiles, sample_code());
        std::string typed;
        for (char c : symbols_only(code))
            typed += char(c == '0' ? 'o' : c == '1' ? 'l' : std::tolower(c));
        typed = "  " + typed.substr(0, 5) + " " + typed.substr(5) + "\t";

        for (const std::string& text : {code, typed})
        {
            CAPTURE(text);
            const Loaded<ResultCode> read = decode_result_code(questionnaire, profiles, text);
            REQUIRE(read.ok());
            CHECK(read.value->variant == Variant::Full);
            CHECK(read.value->profile == "own_steam");
            CHECK(read.value->scores == sample_code().scores);
            CHECK(read.value->scan == 0xABCDEu);
        }
    }

    TEST_CASE("scores are rounded to whole numbers; missing ones, and ones on one answer, stay missing")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const std::vector<DimensionScore> scores = {{"pot", 62.5, 3, 3},
                                                    {"agn", 33.3, 2, 2},
                                                    {"wrk", std::nullopt, 0, 1},
                                                    {"env", 99.6, 1, 1},
                                                    {"par", 0.4, 2, 2}};
        const ResultCode code = make_result_code(questionnaire, scores, "little_room", Variant::Short, 0x12345);
        CHECK(code.scores == std::vector<std::optional<int>>{63, 33, std::nullopt, std::nullopt, 0});
        CHECK(code.scan == 0x12345u);
        CHECK(code.profile == "little_room");
        CHECK(code.variant == Variant::Short);

        const Loaded<ResultCode> read = decode_result_code(questionnaire, shipped_profiles(),
                                                           encode_result_code(questionnaire, shipped_profiles(), code));
        REQUIRE(read.ok());
        CHECK(read.value->scores == code.scores);
        CHECK(read.value->scan == 0x12345u);
    }

    TEST_CASE("the scan part keeps only its 20 bits")
    {
        CHECK(make_result_code(mini_questionnaire(), {}, "ready", Variant::Full, 0xFFFFFFFF).scan == 0xFFFFFu);
    }

    TEST_CASE("every single mistyped character is caught")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string code = symbols_only(encode_result_code(questionnaire, profiles, sample_code()));
        int tried = 0;
        for (size_t position = 0; position < code.size(); ++position)
            for (char replacement : alphabet)
            {
                if (replacement == code[position])
                    continue;
                std::string typo = code;
                typo[position] = replacement;
                const Loaded<ResultCode> read = decode_result_code(questionnaire, profiles, typo);
                INFO("typo: " << typo);
                REQUIRE_FALSE(read.ok());
                ++tried;
            }
        CHECK(tried == 16 * 31);
    }

    TEST_CASE("every swap of two different neighbours is caught")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        ResultCode code;
        code.variant = Variant::Short;
        code.profile = "room_waiting";
        code.scan = 0x5A5A5;
        for (int index = 0; index < int(questionnaire.dimensions.size()); ++index)
            code.scores.push_back(index * 9);
        const std::string symbols = symbols_only(encode_result_code(questionnaire, profiles, code));
        REQUIRE(symbols.size() == 26);  // 3 + 1 + 3 + 12 x 7 + 20 + 16 = 127 bits
        for (size_t position = 0; position + 1 < symbols.size(); ++position)
        {
            if (symbols[position] == symbols[position + 1])
                continue;
            std::string swapped = symbols;
            std::swap(swapped[position], swapped[position + 1]);
            INFO("swapped: " << swapped);
            CHECK_FALSE(decode_result_code(questionnaire, profiles, swapped).ok());
        }
    }

    TEST_CASE("a code that cannot be read says why")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::string code = encode_result_code(questionnaire, profiles, sample_code());

        SUBCASE("a character that base32 does not have: not a code at all")
        {
            CHECK(messages(decode_result_code(questionnaire, profiles, "AE80-6BU1-XBSQ-0000").problems) ==
                  std::vector<std::string>{"$: this is not a result code"});
            CHECK(messages(decode_result_code(questionnaire, profiles, "=HYPERLINK(\"x\")").problems) ==
                  std::vector<std::string>{"$: this is not a result code"});
        }
        SUBCASE("a character left out")
        {
            CHECK(messages(decode_result_code(questionnaire, profiles, code.substr(0, 18)).problems) ==
                  std::vector<std::string>{"$: the code has 15 characters; a code for this questionnaire has 16"});
        }
        SUBCASE("nothing at all")
        {
            CHECK(messages(decode_result_code(questionnaire, profiles, " - ").problems) ==
                  std::vector<std::string>{"$: this is not a result code"});
        }
        SUBCASE("words of code characters, neither as long as a code nor starting like one")
        {
            // 'H' is 17 = 10001: version 4, and "hello there" has 10 code characters.
            CHECK(messages(decode_result_code(questionnaire, profiles, "hello there").problems) ==
                  std::vector<std::string>{"$: this is not a result code"});
            CHECK(messages(decode_result_code(questionnaire, profiles, std::string(100000, 'A')).problems) ==
                  std::vector<std::string>{"$: this is not a result code"});
        }
        SUBCASE("another format version, at a code's length: the first character holds it")
        {
            // 'W' is 28 = 11100: version 7.
            CHECK(messages(decode_result_code(questionnaire, profiles, "W" + code.substr(1)).problems) ==
                  std::vector<std::string>{"$: the code was made by another version of Leerregie (code version 7)"});
        }
        SUBCASE("a score for a part the short scan does not ask about cannot come from a scan")
        {
            Questionnaire fewer = questionnaire;
            for (Item& item : fewer.items)
                if (item.dimension == "wrk")
                    item.in_short = false;
            ResultCode impossible = sample_code();
            impossible.variant = Variant::Short;
            const std::string code_for_fewer = encode_result_code(fewer, profiles, impossible);
            CHECK(messages(decode_result_code(fewer, profiles, code_for_fewer).problems) ==
                  std::vector<std::string>{
                      "$: the code does not add up: check it for a typo (or it was made for another questionnaire)"});
        }
        SUBCASE("a code made for another questionnaire with the same shape")
        {
            Questionnaire other = questionnaire;
            other.id = "mini-2";
            CHECK(messages(decode_result_code(other, profiles, code).problems) ==
                  std::vector<std::string>{
                      "$: the code does not add up: check it for a typo (or it was made for another questionnaire)"});
        }
        SUBCASE("a code for a questionnaire with more dimensions")
        {
            CHECK(decode_result_code(shipped_questionnaire(), profiles, code).problems.front().code ==
                  "result_code.length");
        }
    }

    TEST_CASE("a profile the catalogue does not have cannot be put in a code")
    {
        ResultCode code = sample_code();
        code.profile = "nobody";
        CHECK(encode_result_code(mini_questionnaire(), shipped_profiles(), code).empty());
    }

    TEST_CASE("scores_of gives the code's scores as the scoring names them")
    {
        const std::vector<DimensionScore> scores = scores_of(mini_questionnaire(), sample_code());
        REQUIRE(scores.size() == 5);
        CHECK(scores[0].id == "pot");
        CHECK(scores[0].score == 100.0);
        CHECK(scores[3].id == "env");
        CHECK_FALSE(scores[3].score.has_value());
    }
}
