#include <doctest/doctest.h>

#include <set>

#include "core/questionnaire.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{
std::vector<std::string> messages(std::string_view text)
{
    std::vector<std::string> result;
    for (const Problem& problem : load_questionnaire(text).problems)
        result.push_back(describe(problem));
    return result;
}
}  // namespace

TEST_SUITE("questionnaire")
{
    TEST_CASE("the shipped questionnaire covers every dimension in both variants")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        int full = 0, in_short = 0, background = 0;
        for (const Item& item : questionnaire.items)
        {
            background += !item.background.empty();
            full += item.background.empty();
            in_short += item.in_short;
        }
        CHECK(full >= 35);
        CHECK(full <= 45);
        // About five minutes at ten seconds a question.
        CHECK(in_short >= 26);
        CHECK(in_short <= 32);
        CHECK(background == 4);
        for (const Dimension& dimension : questionnaire.dimensions)
        {
            CAPTURE(dimension.id);
            int short_items = 0;
            for (const Item& item : questionnaire.items)
                short_items += item.dimension == dimension.id && item.in_short;
            // Every score shown rests on at least two answers, in the short scan too.
            CHECK(short_items >= min_answers_shown);
            CHECK(dimension.bands.size() == 3);
        }
        std::set<std::string> barriers;
        for (const Item& item : questionnaire.items)
            if (!item.barrier.empty())
                barriers.insert(item.barrier);
        CHECK(barriers == std::set<std::string>{"institutional", "psychological", "situational"});
    }

    TEST_CASE("national figures are the ones in the seed documents")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        std::map<std::string, std::pair<double, int>> figures;
        for (const Reference& reference : questionnaire.references)
            figures[reference.id] = {reference.value, reference.year};
        // 003, table 1: 52% took a course in the last 2 years (2022). 004: 57% high autonomy,
        // 60% much variation (2020), 80% supervisor stimulates (2022), 28% learning budget (2020).
        CHECK(figures["nea_course"] == std::pair{52.0, 2022});
        CHECK(figures["autonomy_high"] == std::pair{57.0, 2020});
        CHECK(figures["variation_much"] == std::pair{60.0, 2020});
        CHECK(figures["supervisor_stimulates"] == std::pair{80.0, 2022});
        CHECK(figures["learning_budget"] == std::pair{28.0, 2020});
    }

    TEST_CASE("syntax errors say where")
    {
        CHECK(messages("{\n  \"id\": \"x\",\n  oops\n}") ==
              std::vector<std::string>{"$: invalid JSON at line 3, column 3: syntax error while parsing object key - "
                                       "invalid literal; last read: '\"x\",<U+000A>  o'; expected string literal"});
        CHECK(messages("").size() == 1);
    }

    TEST_CASE("absurd input is refused before it is parsed")
    {
        CHECK(messages(std::string(100, '[') + std::string(100, ']')) ==
              std::vector<std::string>{"$: the JSON is nested deeper than 32 levels"});
        CHECK(messages(std::string(3 * 1024 * 1024, ' ')) ==
              std::vector<std::string>{"$: the file is larger than 2097152 bytes"});
        // Brackets inside strings do not count as nesting.
        CHECK(messages(R"({"id": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["})").front() ==
              "version: required field is missing");
    }

    TEST_CASE("wrong types are named with their path")
    {
        CHECK(messages(R"({"id": 5, "version": "1", "scales": {}, "dimensions": [], "items": [7]})") ==
              std::vector<std::string>{"id: expected a string", "scales: expected an array",
                                       "items[0]: expected an object"});
    }

    TEST_CASE("too many items are refused")
    {
        std::string items;
        for (int i = 0; i < 501; ++i)
            items += std::string(i ? "," : "") + "{}";
        CHECK(messages(R"({"id": "x", "version": "1", "scales": [], "dimensions": [], "items": [)" + items + "]}") ==
              std::vector<std::string>{"items: more than 500 entries"});
    }

    TEST_CASE("messages read in Dutch with the problem texts")
    {
        Strings strings;
        REQUIRE(strings.load(asset_text("strings.json")));
        const Problem problem{"items[12].scale", "unknown_scale", {"agree7"}};
        CHECK(describe(problem) == "items[12].scale: unknown scale \"agree7\"");
        CHECK(describe(problem, strings, "nl") == "items[12].scale: onbekende schaal \"agree7\"");
        CHECK(describe(Problem{"x", "no_such_code", {}}, strings, "nl") == "x: no_such_code");
    }
}
