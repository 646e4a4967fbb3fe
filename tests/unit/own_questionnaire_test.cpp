// A trainer's own questionnaire: the addresses the app loads it from, and the checks against the
// built-in advice that the app and `leerregie-cli validate` share.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/own_questionnaire.h"
#include "fixtures.h"

using namespace leerregie;

TEST_SUITE("own questionnaire address")
{
    TEST_CASE("relative addresses on the app's own site are accepted")
    {
        for (const char* url : {"q.json", "my.json", "files/q.json", "./q.json", "../q.json", "../trainers/q.json",
                                "/trainers/q.json", "q.json?v=2", "q.json#top", "./a:b.json", "files/a:b.json",
                                "%2F%2Fhost/q.json", "vragenlijst-ĳsselmeer.json"})
        {
            CAPTURE(url);
            CHECK(check_questionnaire_url(url) == UrlRefusal::None);
        }
    }

    TEST_CASE("addresses with a scheme or a host are refused")
    {
        for (const char* url : {"https://example.org/q.json", "http://127.0.0.1:8080/q.json", "//evil/q.json",
                                "//evil", "data:application/json,{}", "javascript:alert(1)", "JavaScript:alert(1)",
                                "file:///etc/passwd", "blob:https://x/1", "a:b.json", "localhost:8080/q.json",
                                "mailto:x@y", "https:q.json"})
        {
            CAPTURE(url);
            CHECK(check_questionnaire_url(url) == UrlRefusal::OtherSite);
        }
    }

    TEST_CASE("backslashes, spaces and control characters are refused, since browsers bend them")
    {
        for (const char* url : {"\\\\evil\\q.json", "/\\evil/q.json", "files\\q.json", " //evil/q.json", "q .json",
                                "java\tscript:alert(1)", "q.json\n", "\x7Fq.json"})
        {
            CAPTURE(url);
            CHECK(check_questionnaire_url(url) == UrlRefusal::BadCharacter);
        }
    }

    TEST_CASE("an empty address is refused") { CHECK(check_questionnaire_url("") == UrlRefusal::Empty); }
}

TEST_SUITE("own questionnaire content")
{
    TEST_CASE("the built-in questionnaire itself passes")
    {
        const std::string text = asset_text("questionnaire.json");
        const Questionnaire questionnaire = shipped_questionnaire();
        const AdviceCatalogue advice = shipped_advice();
        const Loaded<Questionnaire> loaded = load_own_questionnaire(text, {text, questionnaire, advice});
        CHECK(loaded.ok());
        CHECK(messages(loaded.problems).empty());
    }

    TEST_CASE("a copy with its own id and changed texts passes")
    {
        nlohmann::json copy = nlohmann::json::parse(asset_text("questionnaire.json"));
        copy["id"] = "workshop-zorg";
        copy["items"][0]["text"]["nl"] = "Ik zoek zelf kansen om te leren op de afdeling.";
        const std::string builtin_text = asset_text("questionnaire.json");
        const Questionnaire questionnaire = shipped_questionnaire();
        const AdviceCatalogue advice = shipped_advice();
        const Loaded<Questionnaire> loaded = load_own_questionnaire(copy.dump(), {builtin_text, questionnaire, advice});
        REQUIRE(loaded.ok());
        CHECK(loaded.value->id == "workshop-zorg");
    }

    TEST_CASE("a changed copy that keeps the built-in id is refused, so saved answers never mix")
    {
        nlohmann::json copy = nlohmann::json::parse(asset_text("questionnaire.json"));
        copy["items"][0]["text"]["nl"] = "Anders gevraagd.";
        const std::string builtin_text = asset_text("questionnaire.json");
        const Questionnaire questionnaire = shipped_questionnaire();
        const AdviceCatalogue advice = shipped_advice();
        const Loaded<Questionnaire> loaded = load_own_questionnaire(copy.dump(), {builtin_text, questionnaire, advice});
        CHECK_FALSE(loaded.value.has_value());
        CHECK(messages(loaded.problems) ==
              std::vector<std::string>{"id: \"leerregie\" is the id of the built-in questionnaire; give yours an id of its own"});
    }

    TEST_CASE("dimensions, items and options the built-in advice uses must be there, each named once")
    {
        const auto advice = load_advice(R"({"format": "leerregie-advice", "advice": [
          {"id": "x", "theme": "t", "priority": 5, "when": {"all": [{"dimension": "nope", "below": 5}],
           "any": [{"item": "t1", "answer_in": [2, 3]}, {"item": "gone", "answer_in": [1]}, {"profile": "ready"}]},
           "title": {"nl": "x"}, "explanation": {"nl": "x"}, "first_step": {"nl": "x"}, "source": "s"},
          {"id": "y", "theme": "u", "priority": 5, "when": {"all": [{"dimension": "nope", "at_least": 5},
           {"item": "gone", "answer_in": [2]}, {"item": "t1", "answer_in": [3]}, {"dimension": "pot", "below": 50}]},
           "title": {"nl": "y"}, "explanation": {"nl": "y"}, "first_step": {"nl": "y"}, "source": "s"}]})",
                                        {"nl"});
        REQUIRE(advice.ok());
        const std::string builtin_text = asset_text("questionnaire.json");
        const Questionnaire builtin = shipped_questionnaire();
        const std::string text = test_data("mini-questionnaire.json");
        const Loaded<Questionnaire> loaded = load_own_questionnaire(text, {builtin_text, builtin, *advice.value});
        CHECK_FALSE(loaded.value.has_value());
        CHECK(messages(loaded.problems) ==
              std::vector<std::string>{"dimensions: the built-in advice uses dimension \"nope\"; keep it in your questionnaire",
                                       "items: the built-in advice uses item \"gone\"; keep it in your questionnaire",
                                       "items[6].scale: the built-in advice uses option 3 of item \"t1\", but its scale has 2 options"});
    }

    TEST_CASE("a file that does not load reports only its own problems")
    {
        const std::string builtin_text = asset_text("questionnaire.json");
        const Questionnaire builtin = shipped_questionnaire();
        const AdviceCatalogue advice = shipped_advice();
        const Loaded<Questionnaire> loaded =
            load_own_questionnaire(test_data("broken/unknown-scale.json"), {builtin_text, builtin, advice});
        CHECK(messages(loaded.problems) == messages(load_questionnaire(test_data("broken/unknown-scale.json")).problems));
    }
}
