// The whole chain from answers to scores, profile, advice and national comparisons, worked out by
// hand for one person on the small test questionnaire and one on the shipped questionnaire.
#include <doctest/doctest.h>

#include "core/assessment.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{
std::vector<std::string> advice_ids(const Assessment& assessment)
{
    std::vector<std::string> ids;
    for (const Advice* advice : assessment.advice)
        ids.push_back(advice->id);
    return ids;
}

const DimensionScore& score_of(const Assessment& assessment, std::string_view id)
{
    for (const DimensionScore& score : assessment.scores)
        if (score.id == id)
            return score;
    FAIL("no score for " << id);
    return assessment.scores.front();
}
} // namespace

TEST_SUITE("assessment")
{
    TEST_CASE("a full answer set on the small questionnaire: scores, profile, advice and comparison")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const AdviceCatalogue advice = shipped_advice();
        Answers answers;
        answers.questionnaire = "mini";
        answers.answers = {{"p1", 5}, {"p2", 2}, {"p3", 3}, {"a1", 1}, {"w1", 4}, {"e1", 5}, {"t1", 1}, {"t2", 1}};
        const Assessment assessment = assess(questionnaire, advice, shipped_profiles(), answers);

        // pot: p1 = 1.0, p2 reversed (1 - 0.25) = 0.75 with weight 2, p3 = 0.5 -> (1 + 1.5 + 0.5) / 4 = 75.
        CHECK(*score_of(assessment, "pot").score == doctest::Approx(75.0));
        CHECK(*score_of(assessment, "agn").score == doctest::Approx(0.0));
        CHECK(*score_of(assessment, "wrk").score == doctest::Approx(100.0));
        CHECK(*score_of(assessment, "env").score == doctest::Approx(100.0));
        CHECK(*score_of(assessment, "par").score == doctest::Approx(0.0));
        // agency (75 + 0) / 2 = 37.5, conversion 100, position 68.75 >= 55; participation 0 < 50.
        CHECK(*assessment.profile.position == doctest::Approx(68.75));
        CHECK(assessment.profile.id == "ready");
        // No shipped condition names these dimensions or items; only the profile advice fits, and
        // the two general items of highest priority fill up to three.
        CHECK(advice_ids(assessment) == std::vector<std::string>{"profile_ready", "general_curious", "general_review"});
        REQUIRE(assessment.comparisons.size() == 1);
        CHECK(assessment.comparisons[0].reference->id == "r1");
        CHECK(assessment.comparisons[0].answer == 1);
        CHECK_FALSE(assessment.comparisons[0].in_group);
    }

    TEST_CASE("a comparison leaves out items the variant does not ask and marks a matching answer")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const AdviceCatalogue advice = shipped_advice();
        Answers answers;
        answers.questionnaire = "mini";
        answers.variant = Variant::Short;
        answers.answers = {{"t1", 2}};
        const Assessment assessment = assess(questionnaire, advice, shipped_profiles(), answers);
        REQUIRE(assessment.comparisons.size() == 1);
        CHECK(assessment.comparisons[0].in_group);
        CHECK(assessment.profile.id == "undetermined");
    }

    TEST_CASE("a short-scan persona on the shipped questionnaire")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        const AdviceCatalogue advice = shipped_advice();
        const Loaded<Answers> answers = parse_answers(R"({"format": "leerregie-answers", "version": 1,
            "questionnaire": "leerregie", "variant": "short", "answers": {
            "proactive_find": 4, "motivation_enjoy": 5, "reflection_feedback": 2, "social_together": 3,
            "direction_way": 2, "ownership_initiative": 3, "variation_varied": 2, "autonomy_how": 1,
            "support_stimulates": 1, "climate_mistakes": 2, "means_time": 2, "participation_course": 1,
            "participation_tasks": 1, "participation_people": 2, "barrier_time": 5}})");
        REQUIRE(answers.ok());
        REQUIRE(check_answers(questionnaire, *answers.value).empty());
        const Assessment assessment = assess(questionnaire, advice, shipped_profiles(), *answers.value);

        // One item per dimension in the short variant, except participation (three).
        // agree5: 4 -> 75, 5 -> 100, 2 -> 25, 3 -> 50; nea_frequency 2 of 4 -> 33.3; 1 -> 0.
        CHECK(*score_of(assessment, "proactive").score == doctest::Approx(75.0));
        CHECK(*score_of(assessment, "reflection").score == doctest::Approx(25.0));
        CHECK(*score_of(assessment, "variation").score == doctest::Approx(100.0 / 3.0));
        CHECK(*score_of(assessment, "autonomy").score == doctest::Approx(0.0));
        // participation: course 1 of 2 -> 0, tasks 1 of 3 -> 0, people 2 of 3 -> 0.5; (0 + 0 + 0.5) / 3.
        CHECK(*score_of(assessment, "participation").score == doctest::Approx(50.0 / 3.0));
        CHECK(score_of(assessment, "participation").answered == 3);
        // agency mean(75, 100, 25, 50, 25, 50) = 54.17; conversion mean(33.3, 0, 0, 25, 25) = 16.67.
        CHECK(*assessment.profile.agency == doctest::Approx(325.0 / 6.0));
        CHECK(*assessment.profile.conversion == doctest::Approx((100.0 / 3.0 + 50.0) / 5.0));
        CHECK(assessment.profile.id == "needs_room");
        // Ranks (priority + (threshold - score) / 2 for each `below` that holds):
        //   good_conversation 75 + (50-0)/2 + (50-25)/2 = 112.5; ask_feedback 72 + 15 + 12.5 = 99.5;
        //   jobcrafting 66 + 8.33 + 25 = 99.33; today_learned 70 + 17.5 = 87.5;
        //   learning_budget 74 + 12.5 = 86.5; next would be small_steps_work 68 + 16.67 = 84.67.
        CHECK(advice_ids(assessment) ==
              std::vector<std::string>{"good_conversation", "ask_feedback", "jobcrafting", "today_learned", "learning_budget"});
        // Six references are on short items (not means_budget); the course answer "no" is not "yes".
        CHECK(assessment.comparisons.size() == 6);
        for (const Comparison& comparison : assessment.comparisons)
            CHECK_FALSE(comparison.in_group);
    }
}
