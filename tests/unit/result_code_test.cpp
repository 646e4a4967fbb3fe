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

} // namespace

TEST_SUITE("result code")
{
    TEST_CASE("the code holds version, variant, profile and scores in the documented bit layout")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const std::string code = encode_result_code(questionnaire, shipped_profiles(), sample_code());
        // 3 + 1 + 3 + 5 x 7 = 42 bits, 16 bits of checksum: 58 bits, so 12 characters in groups of 4.
        REQUIRE(code.size() == 14);
        CHECK(code[4] == '-');
        CHECK(code[9] == '-');
        // version 001, full 1, profile "own_steam" (second in the catalogue) 001, then 100 = 1100100,
        // 0 = 0000000, 50 = 0110010, no score = 1111111, 7 = 0000111. In fives:
        // 00110 01110 01000 00000 00110 01011 11111 00001 = 6 E 8 0 6 B Z 1.
        CHECK(code.substr(0, 9) == "6E80-6BZ1");
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
        }
    }

    TEST_CASE("scores are rounded to whole numbers; missing ones, and ones on one answer, stay missing")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const std::vector<DimensionScore> scores = {
            {"pot", 62.5, 3, 3}, {"agn", 33.3, 2, 2}, {"wrk", std::nullopt, 0, 1}, {"env", 99.6, 1, 1}, {"par", 0.4, 2, 2}};
        const ResultCode code = make_result_code(questionnaire, scores, "little_room", Variant::Short);
        CHECK(code.scores == std::vector<std::optional<int>>{63, 33, std::nullopt, std::nullopt, 0});
        CHECK(code.profile == "little_room");
        CHECK(code.variant == Variant::Short);

        const Loaded<ResultCode> read =
            decode_result_code(questionnaire, shipped_profiles(), encode_result_code(questionnaire, shipped_profiles(), code));
        REQUIRE(read.ok());
        CHECK(read.value->scores == code.scores);
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
        CHECK(tried == 12 * 31);
    }

    TEST_CASE("every swap of two different neighbours is caught")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        ResultCode code;
        code.variant = Variant::Short;
        code.profile = "room_waiting";
        for (int index = 0; index < int(questionnaire.dimensions.size()); ++index)
            code.scores.push_back(index * 9);
        const std::string symbols = symbols_only(encode_result_code(questionnaire, profiles, code));
        REQUIRE(symbols.size() == 22);  // 3 + 1 + 3 + 12 x 7 + 16 = 107 bits
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

        SUBCASE("a character that base32 does not have")
        {
            CHECK(messages(decode_result_code(questionnaire, profiles, "6E80-6BU1-0000").problems) ==
                  std::vector<std::string>{"$: the code has a character that cannot be in a code: \"U\""});
        }
        SUBCASE("a character left out")
        {
            CHECK(messages(decode_result_code(questionnaire, profiles, code.substr(0, 13)).problems) ==
                  std::vector<std::string>{"$: the code has 11 characters; a code for this questionnaire has 12"});
        }
        SUBCASE("nothing at all")
        {
            CHECK(messages(decode_result_code(questionnaire, profiles, " - ").problems) ==
                  std::vector<std::string>{"$: the code has 0 characters; a code for this questionnaire has 12"});
        }
        SUBCASE("another format version: the first character holds it")
        {
            // 'W' is 28 = 11100: version 7.
            CHECK(messages(decode_result_code(questionnaire, profiles, "W" + code.substr(1)).problems) ==
                  std::vector<std::string>{"$: the code was made by another version of Leerregie (code version 7)"});
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
            CHECK(decode_result_code(shipped_questionnaire(), profiles, code).problems.front().code == "result_code.length");
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
