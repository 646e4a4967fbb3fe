#include <doctest/doctest.h>

#include "core/assessment.h"
#include "core/explain.h"
#include "core/report.h"
#include "fixtures.h"

using namespace leerregie;

TEST_SUITE("report")
{
    TEST_CASE("scores are written with one decimal and a Dutch decimal comma")
    {
        CHECK(format_score(66.666, "nl") == "66,7");
        CHECK(format_score(66.666, "en") == "66.7");
        CHECK(format_score(100.0, "nl") == "100,0");
        CHECK(format_score(0.04, "en") == "0.0");
    }

    TEST_CASE("the HTML report holds every part and escapes what the person typed")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const AdviceCatalogue advice = shipped_advice();
        const Strings strings = shipped_strings();
        Answers answers;
        answers.questionnaire = "mini";
        answers.answers = {{"p1", 5}, {"p2", 2}, {"p3", 3}, {"a1", 1}, {"w1", 4}, {"e1", 5}, {"t1", 1}, {"t2", 1}};
        answers.plan.goal = "<script>alert('x')</script> & meer";
        const Assessment assessment = assess(questionnaire, advice, profiles, answers);
        const ReportInput input{questionnaire,        profiles, answers,     assessment, strings,
                                shipped_references(), "nl",     "2026-11-24"};

        const std::string html = render_report_html(input);
        CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; meer") != std::string::npos);
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("<time>2026-11-24</time>") != std::string::npos);
        // pot: (1 + 2 x 0.75 + 0.5) / 4 = 75 %, a whole number, in the score table.
        CHECK(html.find("<th scope=\"row\">Potentieel</th><td class=\"score\">75</td>") != std::string::npos);
        for (const char* heading :
             {"Je scores", "Je profiel", "Tips voor jou", "Je actieplan", "Bronnen", "Jij en heel Nederland"})
            CHECK_MESSAGE(html.find(std::string("<h2>") + heading + "</h2>") != std::string::npos, heading);
        CHECK(html.find("@media print") != std::string::npos);

        const std::string text = render_report_text(input);
        CHECK(text.find("- Potentieel: 75\n") != std::string::npos);
        // The national figure with its year, and on which side of it the person's own answer is.
        CHECK(text.find("In 2022: 52% van de werknemers cursus. Jij antwoordde ‘nee’. Daarmee hoor je niet bij "
                        "deze groep (52%), maar bij de rest (48%).") != std::string::npos);
    }

    TEST_CASE("the HTML report shows each advice with its first step, the whole plan and the sources")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const AdviceCatalogue advice = shipped_advice();
        const Strings strings = shipped_strings();
        Answers answers;
        answers.questionnaire = "leerregie";
        answers.variant = Variant::Short;
        answers.answers = {{"support_stimulates", 1}, {"direction_way", 1}};
        answers.plan = {"Excel \"echt\" leren", "Cursus <zoeken>", "Anouk & Sam", "voor 1 maart"};
        const Assessment assessment = assess(questionnaire, advice, profiles, answers);
        REQUIRE_FALSE(assessment.advice.empty());
        const std::string html = render_report_html(
            {questionnaire, profiles, answers, assessment, strings, shipped_references(), "en", "2026-11-24"});

        CHECK(html.find("<html lang=\"en\">") != std::string::npos);
        for (const ChosenAdvice& chosen : assessment.advice)
        {
            CHECK(html.find("<h3>" + chosen.advice->title.in("en") + "</h3>") != std::string::npos);
            // The works behind it as full citations, never as the content's file numbers.
            for (const std::string& citation : cite_source(chosen.advice->source, shipped_references(), "en"))
                CHECK(html.find(escape_html(citation)) != std::string::npos);
        }
        CHECK(html.find("<strong>First step this week:</strong>") != std::string::npos);
        for (const char* typed :
             {"Excel &quot;echt&quot; leren", "Cursus &lt;zoeken&gt;", "Anouk &amp; Sam", "voor 1 maart"})
            CHECK_MESSAGE(html.find(std::string("<dd>") + typed + "</dd>") != std::string::npos, typed);
        for (const std::string& citation : cite_source(profiles.source, shipped_references(), "en"))
            CHECK(html.find(escape_html(citation)) != std::string::npos);
        CHECK(html.find("003 (") == std::string::npos);
        // Only support and direction have a score, so there is no profile yet.
        CHECK(assessment.profile.id == "undetermined");
        CHECK(html.find("<td class=\"score\">no score</td>") != std::string::npos);
    }

    TEST_CASE("the report is in English when asked")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const AdviceCatalogue advice = shipped_advice();
        const Strings strings = shipped_strings();
        Answers answers;
        answers.questionnaire = "mini";
        const Assessment assessment = assess(questionnaire, advice, profiles, answers);
        const std::string text = render_report_text(
            {questionnaire, profiles, answers, assessment, strings, shipped_references(), "en", "2026-11-24"});
        CHECK(text.rfind("Your Leerregie report", 0) == 0);
        CHECK(text.find("- Potential: no score") != std::string::npos);
        CHECK(text.find("No profile yet") != std::string::npos);
    }
}

// The shipped content with a person's answers to the full scan, assessed as the app assesses them.
struct ShippedScan
{
    const Questionnaire questionnaire = shipped_questionnaire();
    const AdviceCatalogue advice = shipped_advice();
    const ProfileCatalogue profiles = shipped_profiles();
    const Strings strings = shipped_strings();
    Answers answers;

    Assessment assessed()
    {
        answers.questionnaire = questionnaire.id;
        answers.variant = Variant::Full;
        return assess(questionnaire, advice, profiles, answers);
    }
    Explainer explainer(const Assessment& assessment, const char* language) const
    {
        return {questionnaire, answers, assessment, profiles, strings, language};
    }
};

TEST_SUITE("what a score means")
{
    // The band texts of the shipped questionnaire for means and participation; the scores below
    // are worked out by hand from the scoring rule (docs/scoring.md).
    struct Meaning : ShippedScan
    {
        std::string of(const char* dimension_id, double expected_score, const char* language = "nl")
        {
            const Assessment assessment = assessed();
            const Dimension& dimension = *questionnaire.find_dimension(dimension_id);
            const DimensionScore* score = nullptr;
            for (const DimensionScore& each : assessment.scores)
                if (each.id == dimension_id)
                    score = &each;
            REQUIRE(score);
            REQUIRE(shown_score(*score));
            CHECK(*shown_score(*score) == doctest::Approx(expected_score));
            return explainer(assessment, language).meaning(dimension, *shown_score(*score));
        }
        std::string band(const char* dimension_id, size_t index, const char* language = "nl") const
        {
            return questionnaire.find_dimension(dimension_id)->bands.at(index).text.in(language);
        }
    };

    TEST_CASE("answers that agree with the band's text add nothing to it")
    {
        Meaning meaning;
        meaning.answers.answers = {{"means_time", 4}, {"means_money", 4}, {"means_budget", 2}};
        CHECK(meaning.of("means", (75.0 + 75.0 + 100.0) / 3) == meaning.band("means", 2));
        // A middle score: mixed answers are what it says ("soms").
        meaning.answers.answers = {{"means_time", 5}, {"means_money", 1}, {"means_budget", 1}};
        CHECK(meaning.of("means", 100.0 / 3) == meaning.band("means", 1));
    }

    TEST_CASE("a high score with an answer at the low end says which answer")
    {
        Meaning meaning;
        // "Oneens" (25) on time under 75: (25 + 100 + 100) / 3.
        meaning.answers.answers = {{"means_time", 2}, {"means_money", 5}, {"means_budget", 2}};
        CHECK(meaning.of("means", 75.0) ==
              meaning.band("means", 2) + " Maar op ‘Ik heb tijd om te leren onder werktijd’ antwoordde je ‘Oneens’.");
        CHECK(meaning.of("means", 75.0, "en") ==
              meaning.band("means", 2, "en") +
                  " But to ‘I have time to learn during working hours’ you answered ‘Disagree’.");
    }

    TEST_CASE("a low score with an answer at the high end says which answer; the furthest of two is named")
    {
        Meaning meaning;
        // "Eens" (75) on time under 25: (75 + 0 + 0) / 3.
        meaning.answers.answers = {{"means_time", 4}, {"means_money", 1}, {"means_budget", 1}};
        CHECK(meaning.of("means", 25.0) ==
              meaning.band("means", 0) + " Maar op ‘Ik heb tijd om te leren onder werktijd’ antwoordde je ‘Eens’.");
        // Participation 66.7, in the high band: a course (100), learning much from people (100),
        // little from tasks (0), the one at the low end.
        meaning.answers.answers = {
            {"participation_course", 2}, {"participation_tasks", 1}, {"participation_people", 3}};
        CHECK(meaning.of("participation", 200.0 / 3) ==
              meaning.band("participation", 2) +
                  " Maar op ‘Leer je veel of weinig van de taken die je doet voor je werk?’ antwoordde je ‘Weinig’.");
    }
}

TEST_SUITE("what a profile means")
{
    // A side of the map is high from a mean of 50; a part is low below 30 and high from 65 (the
    // shipped questionnaire's bands). "Eens" counts 75, "Oneens" 25, and the reverse for a reversed
    // item (docs/scoring.md); dimensions without answers count on no side.
    struct ProfileMeaning : ShippedScan
    {
        // The person's own answers, and Tijd en middelen 83 ("Eens", "Eens" and a budget) so that
        // room to learn has a score.
        void answer(std::map<std::string, std::optional<int>> own)
        {
            answers.answers = std::move(own);
            answers.answers.insert({{"means_time", 4}, {"means_money", 4}, {"means_budget", 2}});
        }
        std::vector<std::string> of(const char* language = "nl")
        {
            const Assessment assessment = assessed();
            const Profile* profile = profiles.find(assessment.profile.id);
            REQUIRE(profile);
            return explainer(assessment, language).parts_against(*profile);
        }
    };

    // Eigen regie 75 ("Eens" three times), Richting 25 ("Oneens", "Oneens", and "Eens" on the
    // reversed item): agency (75 + 25) / 2 = 50, high.
    const std::map<std::string, std::optional<int>> high_agency_low_direction{
        {"ownership_initiative", 4}, {"ownership_talk", 4},   {"ownership_routes", 4},
        {"direction_way", 2},        {"direction_skills", 2}, {"direction_unclear", 4}};

    TEST_CASE("a high side with one low part names it")
    {
        ProfileMeaning meaning;
        meaning.answer(high_agency_low_direction);
        CHECK(meaning.of() == std::vector<std::string>{"Let op: je score voor Richting (25) is laag."});
        CHECK(meaning.of("en") == std::vector<std::string>{"Note: your score for Direction (25) is low."});
    }

    TEST_CASE("a high side with two low parts names both")
    {
        ProfileMeaning meaning;
        // Zelf aan de slag 25, Richting 25, Eigen regie 100: agency (25 + 25 + 100) / 3 = 50, high.
        meaning.answer({{"proactive_find", 2},
                        {"proactive_new", 2},
                        {"proactive_wait", 4},
                        {"direction_way", 2},
                        {"direction_skills", 2},
                        {"direction_unclear", 4},
                        {"ownership_initiative", 5},
                        {"ownership_talk", 5},
                        {"ownership_routes", 5}});
        CHECK(meaning.of() ==
              std::vector<std::string>{"Let op: je scores voor Zelf aan de slag (25) en Richting (25) zijn laag."});
    }

    TEST_CASE("a low side with a high part names it; parts that fit the side add nothing")
    {
        ProfileMeaning meaning;
        // Zelf aan de slag 0, Richting 25, Eigen regie 100: agency (0 + 25 + 100) / 3 = 41.7, low.
        meaning.answer({{"proactive_find", 1},
                        {"proactive_new", 1},
                        {"proactive_wait", 5},
                        {"direction_way", 2},
                        {"direction_skills", 2},
                        {"direction_unclear", 4},
                        {"ownership_initiative", 5},
                        {"ownership_talk", 5},
                        {"ownership_routes", 5}});
        CHECK(meaning.of() == std::vector<std::string>{"Je score voor Eigen regie (100) is wel hoog."});
        // Only Eigen regie at 75: every part on each side fits it.
        meaning.answer({{"ownership_initiative", 4}, {"ownership_talk", 4}, {"ownership_routes", 4}});
        CHECK(meaning.of().empty());
    }

    TEST_CASE("the report gives such a sentence a paragraph of its own, after the explanation")
    {
        ProfileMeaning meaning;
        meaning.answer(high_agency_low_direction);
        const Assessment assessment = meaning.assessed();
        const std::string explanation = meaning.profiles.find(assessment.profile.id)->explanation.in("nl");
        const ReportInput input{meaning.questionnaire,
                                meaning.profiles,
                                meaning.answers,
                                assessment,
                                meaning.strings,
                                shipped_references(),
                                "nl",
                                "2026-12-03"};
        CHECK(render_report_text(input).find("\n" + explanation + "\nLet op: je score voor Richting (25) is laag.\n") !=
              std::string::npos);
        CHECK(render_report_html(input).find("<p>" + explanation +
                                             "</p>\n<p>Let op: je score voor Richting (25) is laag.</p>\n") !=
              std::string::npos);
    }
}
