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
        CHECK_FALSE(strings.load(R"("een")"));
        CHECK_FALSE(strings.load(R"({"nl": "een"})"));
        CHECK_FALSE(strings.load(R"({"nl": {"a": {"b": "een"}}})"));
        CHECK_FALSE(strings.load(R"({"nl": {"a": ["een"]}})"));
        CHECK_FALSE(strings.load(R"({"nl": {"b": "twee", "a": null}})"));
        CHECK(strings.get("nl", "a") == "een");
        CHECK(strings.find("nl", "b") == nullptr);
    }

    TEST_CASE("placeholders are replaced in order and unknown ones are kept")
    {
        CHECK(format_text("Vraag {0} van {1}", {"3", "15"}) == "Vraag 3 van 15");
        CHECK(format_text("{1}{0}", {"a", "b"}) == "ba");
        CHECK(format_text("{2} stays", {"a"}) == "{2} stays");
        CHECK(format_text("{", {}) == "{");
    }
}

TEST_SUITE("text limits and control characters")
{
    TEST_CASE("characters are counted as people see them, not as bytes")
    {
        CHECK(character_count("") == 0);
        CHECK(character_count("abc") == 3);
        CHECK(character_count("café") == 4);              // é is two bytes
        CHECK(character_count("€ 5") == 3);               // € is three bytes
        CHECK(character_count("\xF0\x9F\x98\x80") == 1);  // an emoji, four bytes
    }

    TEST_CASE("a text is cut at a number of characters, never inside one")
    {
        CHECK(first_characters("café au lait", 4) == "café");
        CHECK(first_characters("€€€", 2) == "€€");
        CHECK(first_characters("abc", 10) == "abc");
        CHECK(first_characters("abc", 0).empty());
    }

    TEST_CASE("control characters are made visible; tab and line feed stay when lines are kept")
    {
        CHECK(escape_control_characters("plain text, é", true) == "plain text, é");
        CHECK(escape_control_characters(std::string("a\0b", 3), true) == "a\\u0000b");
        // An OSC 52 clipboard write and a colour change, as a hostile file might hold them.
        CHECK(escape_control_characters("\x1B]52;c;ZXZpbA==\x07", true) == "\\u001B]52;c;ZXZpbA==\\u0007");
        CHECK(escape_control_characters("\x1B[31mred", false) == "\\u001B[31mred");
        CHECK(escape_control_characters("one\ntwo\tthree\r", true) == "one\ntwo\tthree\\u000D");
        CHECK(escape_control_characters("one\ntwo\t", false) == "one\\u000Atwo\\u0009");
        CHECK(escape_control_characters("\x7F", true) == "\\u007F");
        // U+009B (CSI in one character) is the C1 control terminals act on; U+00A0 is a character.
        CHECK(escape_control_characters("\xC2\x9B"
                                        "2J \xC2\xA0",
                                        true) == "\\u009B2J \xC2\xA0");
    }
}
