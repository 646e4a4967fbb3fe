// Problem messages: the English text the CLI prints, and the translations in assets/strings.json.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/problem.h"
#include "fixtures.h"

using namespace leerregie;

TEST_SUITE("problem")
{
    TEST_CASE("every problem code has a Dutch text, and in English the CLI's message")
    {
        Strings strings;
        REQUIRE(strings.load(asset_text("strings.json")));
        for (std::string_view code : problem_codes())
        {
            CAPTURE(code);
            const Problem problem{"items[3].scale", std::string(code), {"A", "B", "C"}};
            const std::string key = "problem." + std::string(code);
            CHECK(strings.find("nl", key) != nullptr);
            CHECK(strings.find("en", key) == nullptr);
            CHECK(describe(problem, strings, "en") == describe(problem));
            CHECK(describe(problem, strings, "nl") != describe(problem));
        }
    }

    TEST_CASE("the strings file has the same keys in both languages (problem messages in Dutch alone), in sorted order")
    {
        const nlohmann::json document = nlohmann::json::parse(asset_text("strings.json"));
        REQUIRE(document.is_object());
        REQUIRE(document.contains("nl"));
        REQUIRE(document.contains("en"));
        std::vector<std::string> dutch, english;
        for (const auto& [key, text] : document["nl"].items())
            if (key.rfind("problem.", 0) != 0)
                dutch.push_back(key);
        for (const auto& [key, text] : document["en"].items())
            english.push_back(key);
        CHECK(dutch == english);
        // nlohmann sorts keys on reading; the file itself must list them in that order too.
        const std::string text = asset_text("strings.json");
        size_t last = 0;
        for (const std::string& key : dutch)
        {
            const size_t at = text.find("\"" + key + "\"", last);
            CHECK_MESSAGE(at != std::string::npos, key);
            if (at != std::string::npos)
                last = at;
        }
    }

    TEST_CASE("a message starts with its path unless the translation places the path itself")
    {
        Strings strings;
        REQUIRE(strings.load(
            R"({"nl": {"problem.missing": "bij {path} ontbreekt iets", "problem.too_long": "langer dan {0}"}})"));
        CHECK(describe(Problem{"items[0].id", "missing", {}}, strings, "nl") == "bij items[0].id ontbreekt iets");
        CHECK(describe(Problem{"title.nl", "too_long", {"4000"}}, strings, "nl") == "title.nl: langer dan 4000");
        CHECK(describe(Problem{"title.nl", "too_long", {"4000"}}) == "title.nl: text is longer than 4000 characters");
    }

    TEST_CASE("an unknown code is shown as itself rather than hidden")
    {
        CHECK(describe(Problem{"$", "no_such_code", {}}) == "$: no_such_code");
    }
}
