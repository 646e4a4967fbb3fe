// The profile rule with the shipped thresholds (position 55, participation 50), checked at and
// just below each boundary with scores chosen by hand.
#include <doctest/doctest.h>

#include "core/profile.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{
std::vector<DimensionScore> scores(std::optional<double> pot, std::optional<double> agn, std::optional<double> wrk,
                                   std::optional<double> env, std::optional<double> par)
{
    return {{"pot", pot, 1, 1}, {"agn", agn, 1, 1}, {"wrk", wrk, 1, 1}, {"env", env, 1, 1}, {"par", par, 1, 1}};
}
} // namespace

TEST_SUITE("profile")
{
    TEST_CASE("the four groups and their boundaries")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        REQUIRE(profiles.position_threshold == 55.0);
        REQUIRE(profiles.participation_threshold == 50.0);

        SUBCASE("agency 55, conversion 55: position exactly 55 is high; participation 50 is high")
        {
            const ProfileResult result = determine_profile(questionnaire, scores(60, 50, 50, 60, 50), profiles);
            CHECK(result.id == "in_control");
            CHECK(*result.agency == doctest::Approx(55.0));
            CHECK(*result.conversion == doctest::Approx(55.0));
            CHECK(*result.position == doctest::Approx(55.0));
        }
        SUBCASE("participation just below 50 is low")
        {
            CHECK(determine_profile(questionnaire, scores(60, 50, 50, 60, 49.9), profiles).id == "ready");
        }
        SUBCASE("position just below 55 is low: (55 + 54.95) / 2 = 54.975")
        {
            const ProfileResult result = determine_profile(questionnaire, scores(60, 50, 50, 59.9, 80), profiles);
            CHECK(*result.position == doctest::Approx(54.975));
            CHECK(result.id == "against_odds");
        }
        SUBCASE("both low")
        {
            CHECK(determine_profile(questionnaire, scores(10, 20, 30, 40, 0), profiles).id == "needs_room");
        }
        SUBCASE("high agency cannot make up for no conversion score")
        {
            CHECK(determine_profile(questionnaire, scores(100, 100, std::nullopt, std::nullopt, 100), profiles).id ==
                  "undetermined");
        }
        SUBCASE("no participation score, no profile")
        {
            CHECK(determine_profile(questionnaire, scores(90, 90, 90, 90, std::nullopt), profiles).id == "undetermined");
        }
        SUBCASE("a missing dimension inside a group is left out of its mean")
        {
            // agency = mean(80) = 80, conversion = mean(30, 30) = 30, position = 55.
            const ProfileResult result = determine_profile(questionnaire, scores(80, std::nullopt, 30, 30, 50), profiles);
            CHECK(*result.agency == doctest::Approx(80.0));
            CHECK(result.id == "in_control");
        }
    }

    TEST_CASE("a score that is a threshold on paper reaches it despite rounding in floating point")
    {
        // 100 x 0.57 is 56.99999999999999 in binary floating point.
        CHECK(100.0 * 0.57 < 57.0);
        CHECK(reaches(100.0 * 0.57, 57.0));
        CHECK_FALSE(reaches(56.99, 57.0));
        ProfileCatalogue profiles = shipped_profiles();
        profiles.participation_threshold = 57.0;
        CHECK(determine_profile(mini_questionnaire(), scores(60, 50, 50, 60, 100.0 * 0.57), profiles).id == "in_control");
    }

    TEST_CASE("a profiles file must name all four groups and the undetermined profile")
    {
        const auto loaded = load_profiles(R"({"format": "leerregie-profiles", "position_threshold": 55,
            "participation_threshold": 50, "profiles": [
              {"id": "a", "position": "high", "participation": "high",
               "name": {"nl": "a"}, "summary": {"nl": "a"}, "explanation": {"nl": "a"}},
              {"id": "b", "position": "sideways", "participation": "low",
               "name": {"nl": "b"}, "summary": {"nl": "b"}, "explanation": {"nl": "b"}}]})",
                                          {"nl"});
        REQUIRE_FALSE(loaded.ok());
        std::vector<std::string> messages;
        for (const Problem& problem : loaded.problems)
            messages.push_back(describe(problem));
        CHECK(messages == std::vector<std::string>{
                              "profiles[1].position: unknown value \"sideways\" (expected one of: high, low)",
                              "profiles: no profile has id \"undetermined\" (used when answers are too few to place someone)",
                              "profiles: no profile has position \"high\" and participation \"low\"",
                              "profiles: no profile has position \"low\" and participation \"high\"",
                              "profiles: no profile has position \"low\" and participation \"low\""});
    }
}
