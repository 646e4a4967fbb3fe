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
    for (const ChosenAdvice& chosen : assessment.advice)
        ids.push_back(chosen.advice->id);
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
}  // namespace

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
        // Only pot (3 answers) and par (2) rest on two answers or more: agn, wrk and env are
        // scored but not shown, so agency is pot alone, conversion has nothing, and there is no
        // profile.
        CHECK_FALSE(shown_score(score_of(assessment, "agn")));
        CHECK_FALSE(shown_score(score_of(assessment, "wrk")));
        CHECK(*assessment.profile.agency == doctest::Approx(75.0));
        CHECK_FALSE(assessment.profile.conversion);
        CHECK(*assessment.profile.participation == doctest::Approx(0.0));
        CHECK(assessment.profile.id == "undetermined");
        // No shipped condition names these dimensions or items: the three general items of
        // highest priority fill in.
        CHECK(advice_ids(assessment).size() == 3);
        for (const ChosenAdvice& chosen : assessment.advice)
            CHECK(chosen.advice->general());
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
}
