// The profile rule with the shipped threshold (50 for agency and for room to learn, near within
// 5), checked at and just below each boundary with scores chosen by hand.
#include <doctest/doctest.h>

#include "core/profile.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{
std::vector<DimensionScore> scores(std::optional<double> pot, std::optional<double> agn, std::optional<double> wrk,
                                   std::optional<double> env, std::optional<double> par, int answered = 2)
{
    return {{"pot", pot, answered, 3},
            {"agn", agn, answered, 2},
            {"wrk", wrk, answered, 2},
            {"env", env, answered, 2},
            {"par", par, answered, 2}};
}
}  // namespace

TEST_SUITE("profile")
{
    TEST_CASE("agency and room to learn are kept apart, so the profile names the low side")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        REQUIRE(profiles.threshold == 50.0);
        REQUIRE(profiles.near_margin == 5.0);

        SUBCASE("agency 50 and conversion 50 are both exactly high")
        {
            const ProfileResult result = determine_profile(questionnaire, scores(60, 40, 50, 50, 0), profiles);
            CHECK(result.id == "strong_base");
            CHECK(*result.agency == doctest::Approx(50.0));
            CHECK(*result.conversion == doctest::Approx(50.0));
            CHECK(result.agency_near);
            CHECK(result.conversion_near);
        }
        SUBCASE("low agency in a very supportive workplace: agency is the low side, not averaged away")
        {
            // agency (30 + 34) / 2 = 32, conversion (85 + 91) / 2 = 88; their mean, 60, would be "high".
            const ProfileResult result = determine_profile(questionnaire, scores(30, 34, 85, 91, 60), profiles);
            CHECK(*result.agency == doctest::Approx(32.0));
            CHECK(*result.conversion == doctest::Approx(88.0));
            CHECK(result.id == "room_waiting");
            CHECK_FALSE(result.agency_near);
            CHECK_FALSE(result.conversion_near);
        }
        SUBCASE("high agency in a poor workplace")
        {
            CHECK(determine_profile(questionnaire, scores(90, 80, 20, 30, 60), profiles).id == "own_steam");
        }
        SUBCASE("both low")
        {
            CHECK(determine_profile(questionnaire, scores(10, 20, 30, 40, 0), profiles).id == "little_room");
        }
        SUBCASE("just below the threshold is low, and near it")
        {
            const ProfileResult result = determine_profile(questionnaire, scores(60, 39.8, 80, 80, 50), profiles);
            CHECK(*result.agency == doctest::Approx(49.9));
            CHECK(result.id == "room_waiting");
            CHECK(result.agency_near);
        }
        SUBCASE("5 away from the threshold is no longer near")
        {
            const ProfileResult result = determine_profile(questionnaire, scores(55, 55, 45, 45, 50), profiles);
            CHECK_FALSE(result.agency_near);
            CHECK_FALSE(result.conversion_near);
            CHECK(result.id == "own_steam");
        }
        SUBCASE("high agency cannot make up for no conversion score")
        {
            CHECK(determine_profile(questionnaire, scores(100, 100, std::nullopt, std::nullopt, 100), profiles).id ==
                  "undetermined");
        }
        SUBCASE("participation is shown beside the profile, not part of it")
        {
            const ProfileResult result =
                determine_profile(questionnaire, scores(90, 90, 90, 90, std::nullopt), profiles);
            CHECK(result.id == "strong_base");
            CHECK_FALSE(result.participation);
        }
        SUBCASE("scores resting on one answer do not count")
        {
            CHECK(determine_profile(questionnaire, scores(90, 90, 90, 90, 90, 1), profiles).id == "undetermined");
        }
        SUBCASE("a missing dimension inside a group is left out of its mean")
        {
            const ProfileResult result =
                determine_profile(questionnaire, scores(80, std::nullopt, 30, 30, 50), profiles);
            CHECK(*result.agency == doctest::Approx(80.0));
            CHECK(result.id == "own_steam");
        }
    }

    TEST_CASE("a score that is a threshold on paper reaches it despite rounding in floating point")
    {
        // 100 x 0.57 is 56.99999999999999 in binary floating point.
        CHECK(100.0 * 0.57 < 57.0);
        CHECK(reaches(100.0 * 0.57, 57.0));
        CHECK_FALSE(reaches(56.99, 57.0));
        ProfileCatalogue profiles = shipped_profiles();
        profiles.threshold = 57.0;
        CHECK(determine_profile(mini_questionnaire(), scores(100.0 * 0.57, 100.0 * 0.57, 60, 60, 0), profiles).id ==
              "strong_base");
    }

    TEST_CASE("a profiles file must name all four groups and the undetermined profile")
    {
        const auto loaded = load_profiles(R"({"format": "leerregie-profiles", "threshold": 50,
            "basis": {"nl": "b"}, "near_boundary": {"agency": {"nl": "a"}, "conversion": {"nl": "c"}},
            "profiles": [
              {"id": "a", "agency": "high", "conversion": "high",
               "name": {"nl": "a"}, "summary": {"nl": "a"}, "explanation": {"nl": "a"}},
              {"id": "b", "agency": "sideways", "conversion": "low",
               "name": {"nl": "b"}, "summary": {"nl": "b"}, "explanation": {"nl": "b"}}]})",
                                          {"nl"});
        REQUIRE_FALSE(loaded.ok());
        CHECK(messages(loaded.problems) ==
              std::vector<std::string>{
                  "profiles[1].agency: unknown value \"sideways\" (expected one of: high, low)",
                  "profiles: no profile has id \"undetermined\" (used when answers are too few to place someone)",
                  "profiles: no profile has agency \"high\" and conversion \"low\"",
                  "profiles: no profile has agency \"low\" and conversion \"high\"",
                  "profiles: no profile has agency \"low\" and conversion \"low\""});
    }
}
