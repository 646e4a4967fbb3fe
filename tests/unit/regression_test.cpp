// Inputs that once broke a parser (found by the fuzzers in tests/fuzz or by review); each must now
// give a clean list of problems.
#include <doctest/doctest.h>

#include "core/advice.h"
#include "core/answers.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "fixtures.h"

using namespace leerregie;

TEST_SUITE("regressions")
{
    TEST_CASE("numbers far outside a field's range are reported without converting them to an integer")
    {
        // Converting 1e300 to int is undefined behaviour; these were once cast before the check.
        CHECK(messages(load_advice(R"({"format": "leerregie-advice", "advice": [{"id": "x", "theme": "t",
            "priority": 1e300, "title": {}, "explanation": {}, "first_step": {}, "source": "s"}]})",
                                   {})
                           .problems) == std::vector<std::string>{"advice[0].priority: 1e+300 is out of range 1..100"});
        CHECK(messages(load_profiles(R"({"format": "leerregie-profiles", "threshold": -1e300,
            "profiles": []})",
                                     {})
                           .problems)
                  .front() == "threshold: -1e+300 is out of range 0..100");
        CHECK(messages(parse_answers(R"({"format": "leerregie-answers", "version": 1e300, "questionnaire": "q",
            "answers": {"a": 1e300, "b": 18446744073709551615}})")
                           .problems) ==
              std::vector<std::string>{"version: 1e+300 is out of range 0..1000000",
                                       "answers.a: expected an option number from 1, null or \"not_applicable\"",
                                       "answers.b: expected an option number from 1, null or \"not_applicable\""});
    }

    TEST_CASE("a syntax error quoting broken UTF-8 gives a message that is clean text")
    {
        const auto problems = load_questionnaire("{\"id\": \"\xff\xfe\"}").problems;
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].code == "syntax");
        for (const std::string& arg : problems[0].args)
            CHECK(arg.find('\xff') == std::string::npos);
    }

    TEST_CASE("a huge weight cannot make scores infinite")
    {
        CHECK(messages(load_questionnaire(R"({"id": "x", "version": "1",
            "scales": [{"id": "s", "options": [{"label": {"nl": "a"}}, {"label": {"nl": "b"}}]}],
            "dimensions": [{"id": "d", "group": "work", "name": {"nl": "d"}, "description": {"nl": "d"}}],
            "items": [{"id": "i", "dimension": "d", "scale": "s", "weight": 1e308, "text": {"nl": "i"}}]})")
                           .problems) == std::vector<std::string>{"items[0].weight: 1e+308 is out of range 0..1000"});
    }
}
