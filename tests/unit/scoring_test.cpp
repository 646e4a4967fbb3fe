// Scores worked out by hand from the rule in docs/contracts.md, on tests/data/mini-questionnaire.json:
// dimension "pot" has p1 (short), p2 (reverse, weight 2) and p3 on a 5-point scale, so an answer
// v counts as s = (v-1)/4.
#include <doctest/doctest.h>

#include "core/scoring.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{
Answers answers_of(Variant variant, std::map<std::string, std::optional<int>> chosen)
{
    Answers answers;
    answers.questionnaire = "mini";
    answers.variant = variant;
    answers.answers = std::move(chosen);
    return answers;
}

const DimensionScore& score_of(const std::vector<DimensionScore>& scores, const std::string& id)
{
    for (const DimensionScore& score : scores)
        if (score.id == id)
            return score;
    FAIL("no score for " << id);
    return scores.front();
}
}  // namespace

TEST_SUITE("scoring")
{
    TEST_CASE("a reverse item with weight 2 counts twice, turned around")
    {
        // p1 = 5 -> 1.0; p2 = 2 reversed -> 1 - 0.25 = 0.75, weight 2; p3 = 3 -> 0.5.
        // (1.0 + 2 x 0.75 + 0.5) / (1 + 2 + 1) = 3.0 / 4 = 75 %.
        const auto scores =
            score_answers(mini_questionnaire(), answers_of(Variant::Full, {{"p1", 5}, {"p2", 2}, {"p3", 3}}));
        const DimensionScore& pot = score_of(scores, "pot");
        REQUIRE(pot.score);
        CHECK(*pot.score == doctest::Approx(75.0));
        CHECK(pot.answered == 3);
        CHECK(pot.items == 3);
    }

    TEST_CASE("a dimension needs ceil(n/2) answered items")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        SUBCASE("one of three is too few")
        {
            const auto scores = score_answers(questionnaire, answers_of(Variant::Full, {{"p1", 5}}));
            CHECK_FALSE(score_of(scores, "pot").score);
            CHECK(score_of(scores, "pot").answered == 1);
        }
        SUBCASE("two of three is enough: (1.0 + 0.5) / 2 = 75 %")
        {
            const auto scores = score_answers(questionnaire, answers_of(Variant::Full, {{"p1", 5}, {"p3", 3}}));
            REQUIRE(score_of(scores, "pot").score);
            CHECK(*score_of(scores, "pot").score == doctest::Approx(75.0));
        }
        SUBCASE("an item of one is needed when the dimension has one item")
        {
            const auto scores = score_answers(questionnaire, answers_of(Variant::Full, {}));
            CHECK_FALSE(score_of(scores, "agn").score);
            CHECK(score_of(scores, "agn").items == 1);
        }
    }

    TEST_CASE("\"weet niet\" counts as not answered")
    {
        const auto scores = score_answers(
            mini_questionnaire(), answers_of(Variant::Full, {{"p1", 5}, {"p2", std::nullopt}, {"p3", std::nullopt}}));
        CHECK_FALSE(score_of(scores, "pot").score);
        CHECK(score_of(scores, "pot").answered == 1);
    }

    TEST_CASE("the short variant scores only its own items")
    {
        // Short: "pot" has only p1. p1 = 2 -> 0.25 -> 25 %; p2 and p3 are ignored.
        const auto scores =
            score_answers(mini_questionnaire(), answers_of(Variant::Short, {{"p1", 2}, {"p2", 1}, {"p3", 5}}));
        const DimensionScore& pot = score_of(scores, "pot");
        REQUIRE(pot.score);
        CHECK(*pot.score == doctest::Approx(25.0));
        CHECK(pot.items == 1);
        CHECK(pot.answered == 1);
    }

    TEST_CASE("items on scales of different length share one dimension")
    {
        // t1 = yes (2 of 2) -> 1.0; t2 = sometimes (2 of 4) -> 1/3. Mean 2/3 -> 66.67 %.
        const auto scores = score_answers(mini_questionnaire(), answers_of(Variant::Full, {{"t1", 2}, {"t2", 2}}));
        REQUIRE(score_of(scores, "par").score);
        CHECK(*score_of(scores, "par").score == doctest::Approx(200.0 / 3.0));
    }

    TEST_CASE("lowest and highest answers give 0 and 100")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        // p2 is reversed, so its lowest option is the highest score.
        const auto low = score_answers(questionnaire, answers_of(Variant::Full, {{"p1", 1}, {"p2", 5}, {"p3", 1}}));
        const auto high = score_answers(questionnaire, answers_of(Variant::Full, {{"p1", 5}, {"p2", 1}, {"p3", 5}}));
        CHECK(*score_of(low, "pot").score == doctest::Approx(0.0));
        CHECK(*score_of(high, "pot").score == doctest::Approx(100.0));
    }

    TEST_CASE("unscored items belong to no dimension")
    {
        const auto scores = score_answers(mini_questionnaire(), answers_of(Variant::Full, {{"b1", 5}}));
        CHECK(scores.size() == 5);
        for (const DimensionScore& score : scores)
            CHECK(score.answered == 0);
    }

    TEST_CASE("a score's band is the last one whose minimum it reaches")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const Dimension& pot = *questionnaire.find_dimension("pot");
        CHECK(band_for(pot, 0.0)->text.in("en") == "low");
        CHECK(band_for(pot, 49.9)->text.in("en") == "low");
        CHECK(band_for(pot, 50.0)->text.in("en") == "high");
        CHECK(band_for(*questionnaire.find_dimension("agn"), 80.0) == nullptr);
    }
}
