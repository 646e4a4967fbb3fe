// People the issue of honest results named, on the shipped questionnaire and advice: what they
// are told must fit their own answers. The answer files are tests/data/personas/*.json; every
// figure below is worked out by hand from those answers and the scoring rule.
//   agree5: 1..5 -> 0, 25, 50, 75, 100 (reversed: 100, 75, 50, 25, 0); nea_frequency 1..4 -> 0,
//   33.3, 66.7, 100; three-point scales -> 0, 50, 100; yes/no -> 0, 100.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/assessment.h"
#include "core/explain.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{

struct Persona
{
    Questionnaire questionnaire = shipped_questionnaire();
    AdviceCatalogue advice = shipped_advice();
    ProfileCatalogue profiles = shipped_profiles();
    Answers answers;
    Assessment result;

    explicit Persona(const std::string& name)
    {
        Loaded<Answers> loaded = parse_answers(test_data("personas/" + name + ".json"));
        REQUIRE(loaded.ok());
        REQUIRE(check_answers(questionnaire, *loaded.value).empty());
        answers = std::move(*loaded.value);
        result = assess(questionnaire, advice, profiles, answers);
    }

    std::vector<std::string> advice_ids() const
    {
        std::vector<std::string> ids;
        for (const ChosenAdvice& chosen : result.advice)
            ids.push_back(chosen.advice->id);
        return ids;
    }
    bool gets(std::string_view id) const
    {
        const std::vector<std::string> ids = advice_ids();
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    }
    const ChosenAdvice& chosen(std::string_view id) const
    {
        for (const ChosenAdvice& entry : result.advice)
            if (entry.advice->id == id)
                return entry;
        FAIL("not chosen: " << id);
        return result.advice.front();
    }
    const DimensionScore& score(std::string_view id) const
    {
        for (const DimensionScore& entry : result.scores)
            if (entry.id == id)
                return entry;
        FAIL("no dimension " << id);
        return result.scores.front();
    }
    bool compared_on(std::string_view reference) const
    {
        return std::any_of(result.comparisons.begin(), result.comparisons.end(),
                           [&](const Comparison& c) { return c.reference->id == reference; });
    }
    // The first steps of the advice shown, in one string, to look for words in.
    std::string first_steps(std::string_view language) const
    {
        std::string words;
        for (const ChosenAdvice& entry : result.advice)
            words += entry.advice->first_step.in(language) + "\n";
        return words;
    }
};

}  // namespace

TEST_SUITE("personas")
{
    TEST_CASE("steady: agrees with most, a budget, a manager who helps a little")
    {
        const Persona person("steady");
        // Every agree5 answer "Eens" (75); variation "Vaak" (66.7); autonomy "Ja, soms" (50);
        // support (50 + 75) / 2 = 62.5; means (75 + 75 + 100) / 3 = 83.3.
        CHECK(*shown_score(person.score("proactive")) == doctest::Approx(75.0));
        CHECK(*shown_score(person.score("variation")) == doctest::Approx(200.0 / 3.0));
        CHECK(*shown_score(person.score("support")) == doctest::Approx(62.5));
        CHECK(*shown_score(person.score("means")) == doctest::Approx(250.0 / 3.0));
        // agency 75; room to learn (66.7 + 50 + 62.5 + 75 + 83.3) / 5 = 67.5: both high.
        CHECK(*person.result.profile.agency == doctest::Approx(75.0));
        CHECK(*person.result.profile.conversion == doctest::Approx(67.5));
        CHECK(person.result.profile.id == "strong_base");
        CHECK(person.gets("learning_budget"));
    }

    TEST_CASE("no budget: told how to get time or money, never to use a budget they do not have")
    {
        const Persona person("no-budget");
        CHECK_FALSE(person.gets("learning_budget"));
        CHECK_FALSE(person.gets("find_out_budget"));
        REQUIRE(person.gets("no_budget"));
        const ChosenAdvice& advice = person.chosen("no_budget");
        REQUIRE(advice.because.size() == 1);
        CHECK(advice.because[0]->subject == "means_budget");
        // means (75 + 75 + 0) / 3 = 50.
        CHECK(*shown_score(person.score("means")) == doctest::Approx(50.0));
    }

    TEST_CASE("unsure about a budget: told to find out whether there is one")
    {
        const Persona person("unsure-budget");
        CHECK_FALSE(person.gets("learning_budget"));
        CHECK_FALSE(person.gets("no_budget"));
        REQUIRE(person.gets("find_out_budget"));
        // "Weet niet" counts as not answered: means (75 + 75) / 2 on 2 of 3 answers.
        CHECK(person.score("means").answered == 2);
        CHECK(*shown_score(person.score("means")) == doctest::Approx(75.0));
        const Explainer explain{person.questionnaire, person.answers,    person.result,
                                person.profiles,      shipped_strings(), "nl"};
        CHECK(explain.because(person.chosen("find_out_budget")) ==
              "Waarom deze tip: je antwoordde ‘Weet niet / n.v.t.’ op ‘Heb je een eigen budget om te leren? Dat is "
              "geld dat voor jouw cursussen of opleiding klaarstaat’.");
    }

    TEST_CASE("no manager: no manager questions after that, no manager score, no step that needs one")
    {
        const Persona person("no-manager");
        // support_stimulates "Ik heb geen leidinggevende": the other support question is skipped and
        // support is not a score at all.
        CHECK(person.score("support").items == 0);
        CHECK_FALSE(person.score("support").score);
        CHECK_FALSE(person.compared_on("supervisor_stimulates"));
        // direction "Oneens" twice: 25 < 50, so a conversation fits, with someone else.
        CHECK_FALSE(person.gets("good_conversation"));
        CHECK(person.gets("good_conversation_other"));
        CHECK(person.first_steps("nl").find("leidinggevende") == std::string::npos);
        CHECK(person.first_steps("en").find("manager") == std::string::npos);
        // agency (75 x 5 + 25) / 6 = 66.7; room (66.7 + 50 + 75 + 83.3) / 4 = 68.75.
        CHECK(*person.result.profile.agency == doctest::Approx(400.0 / 6.0));
        CHECK(*person.result.profile.conversion == doctest::Approx(68.75));
    }

    TEST_CASE("58, little schooling, doubts about learning: the advice written for exactly that")
    {
        const Persona person("older-practical-doubts");
        // 55+, practical education, "I doubt I can learn" (Eens), "I don't see what it gives me"
        // (Helemaal eens): four things the sources single out, each reached.
        for (const char* id : {"doubt_learning", "own_drive", "older_workers", "practical_education"})
        {
            CAPTURE(id);
            CHECK(person.gets(id));
        }
        CHECK(person.result.advice.size() == max_advice_shown);
    }

    TEST_CASE("flexible contract: the advice for temporary and agency workers")
    {
        const Persona person("flexible-contract");
        CHECK(person.gets("flexible_contract"));
        CHECK(person.compared_on("nea_course"));
    }

    TEST_CASE("self-employed: no manager questions, no employee figures presented as theirs")
    {
        const Persona person("self-employed");
        CHECK(person.score("support").items == 0);
        CHECK(person.result.comparisons.empty());
        CHECK(person.first_steps("nl").find("leidinggevende") == std::string::npos);
        CHECK(person.first_steps("en").find("manager") == std::string::npos);
        // room (66.7 + 50 + 75 + 83.3) / 4 = 68.75: work and means, no manager.
        CHECK(*person.result.profile.conversion == doctest::Approx(68.75));
    }

    TEST_CASE("low agency in a supportive workplace: told that their own side is the one to work on")
    {
        const Persona person("low-agency-supportive-work");
        // Own questions all "Oneens" (25); work and surroundings all at the top (100).
        CHECK(*person.result.profile.agency == doctest::Approx(25.0));
        CHECK(*person.result.profile.conversion == doctest::Approx(100.0));
        CHECK(person.result.profile.id == "room_waiting");
        CHECK(person.gets("take_initiative"));
    }

    TEST_CASE("high agency in a poor workplace: told that their work is what holds them back")
    {
        const Persona person("high-agency-poor-work");
        // variation "Nooit" 0; autonomy "Nee" 0; support (0 + 25) / 2 = 12.5; climate 25;
        // means (25 + 25 + 0) / 3 = 16.7: room (0 + 0 + 12.5 + 25 + 16.7) / 5 = 10.8.
        CHECK(*person.result.profile.agency == doctest::Approx(100.0));
        CHECK(*person.result.profile.conversion == doctest::Approx((12.5 + 25.0 + 50.0 / 3.0) / 5.0));
        CHECK(person.result.profile.id == "own_steam");
        CHECK(person.gets("jobcrafting"));
        CHECK(person.gets("no_budget"));
        // The profile's own advice says which profile it is for.
        REQUIRE(person.gets("profile_own_steam"));
        const Explainer explain{person.questionnaire, person.answers,    person.result,
                                person.profiles,      shipped_strings(), "nl"};
        CHECK(explain.because(person.chosen("profile_own_steam")) ==
              "Waarom deze tip: je profiel is ‘Op eigen kracht’.");
    }
}
