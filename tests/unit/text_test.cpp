#include <doctest/doctest.h>

#include "core/text.h"

using namespace leerregie;

TEST_SUITE("text")
{
    TEST_CASE("a local text falls back to Dutch, then to any language")
    {
        LocalText text;
        text.by_language = {{"nl", "Hallo"}, {"en", "Hello"}};
        CHECK(text.in("en") == "Hello");
        CHECK(text.in("de") == "Hallo");
        LocalText english_only;
        english_only.by_language = {{"en", "Hello"}};
        CHECK(english_only.in("nl") == "Hello");
        CHECK(LocalText().in("nl").empty());
    }

    TEST_CASE("the strings table falls back to Dutch and then to the key")
    {
        Strings strings;
        REQUIRE(strings.load(R"({"nl": {"a": "een", "b": "twee"}, "en": {"a": "one"}})"));
        CHECK(strings.get("en", "a") == "one");
        CHECK(strings.get("en", "b") == "twee");
        CHECK(strings.get("en", "missing.key") == "missing.key");
    }

    TEST_CASE("the key shown for a missing text stays valid while other keys are looked up")
    {
        Strings strings;
        REQUIRE(strings.load(R"({"nl": {}})"));
        const std::string& first = strings.get("nl", "report.one");
        const std::string& second = strings.get("nl", "report.two");
        CHECK(first == "report.one");
        CHECK(second == "report.two");
    }

    TEST_CASE("a strings table that is not an object of objects of strings is refused whole")
    {
        Strings strings;
        REQUIRE(strings.load(R"({"nl": {"a": "een"}})"));
        CHECK_FALSE(strings.load("[1, 2]"));
        CHECK_FALSE(strings.load(R"({"nl": {"a": 3}})"));
        CHECK_FALSE(strings.load("{not json"));
        CHECK(strings.get("nl", "a") == "een");
    }

    TEST_CASE("placeholders are replaced in order and unknown ones are kept")
    {
        CHECK(format_text("Vraag {0} van {1}", {"3", "15"}) == "Vraag 3 van 15");
        CHECK(format_text("{1}{0}", {"a", "b"}) == "ba");
        CHECK(format_text("{2} stays", {"a"}) == "{2} stays");
        CHECK(format_text("{", {}) == "{");
    }
}
