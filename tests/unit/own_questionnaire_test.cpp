// A trainer's own questionnaire: the addresses the app loads it from, and the checks against the
// built-in advice that the app and `leerregie-cli validate` share.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/assessment.h"
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
        for (const char* url :
             {"https://example.org/q.json", "http://127.0.0.1:8080/q.json", "//evil/q.json", "//evil",
              "data:application/json,{}", "javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd",
              "blob:https://x/1", "a:b.json", "localhost:8080/q.json", "mailto:x@y", "https:q.json"})
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
        const Loaded<Questionnaire> loaded = load_own_questionnaire(text, {text, questionnaire});
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
        const Loaded<Questionnaire> loaded = load_own_questionnaire(copy.dump(), {builtin_text, questionnaire});
        REQUIRE(loaded.ok());
        CHECK(loaded.value->id == "workshop-zorg");
    }

    TEST_CASE("a changed copy that keeps the built-in id is refused, so saved answers never mix")
    {
        nlohmann::json copy = nlohmann::json::parse(asset_text("questionnaire.json"));
        copy["items"][0]["text"]["nl"] = "Anders gevraagd.";
        const std::string builtin_text = asset_text("questionnaire.json");
        const Questionnaire questionnaire = shipped_questionnaire();
        const Loaded<Questionnaire> loaded = load_own_questionnaire(copy.dump(), {builtin_text, questionnaire});
        CHECK_FALSE(loaded.value.has_value());
        CHECK(messages(loaded.problems) ==
              std::vector<std::string>{
                  "id: \"leerregie\" is the id of the built-in questionnaire; give yours an id of its own"});
    }

    TEST_CASE("a questionnaire without the dimensions and questions the advice looks at passes, and still gets advice")
    {
        const std::string builtin_text = asset_text("questionnaire.json");
        const Questionnaire builtin = shipped_questionnaire();
        const std::string text = test_data("mini-questionnaire.json");
        const Loaded<Questionnaire> loaded = load_own_questionnaire(text, {builtin_text, builtin});
        REQUIRE(loaded.ok());

        // Nothing of the built-in advice's dimensions or items is in the mini questionnaire: only
        // advice on the profile, and general advice, can fit. Three to five are still chosen.
        const AdviceCatalogue advice = shipped_advice();
        const ProfileCatalogue profiles = shipped_profiles();
        Answers answers;
        answers.questionnaire = "mini";
        answers.answers = {{"p1", 1}, {"p2", 1}, {"p3", 2}, {"a1", 1}, {"w1", 1}, {"e1", 1}, {"t1", 1}, {"t2", 1}};
        const Assessment assessment = assess(*loaded.value, advice, profiles, answers);
        CHECK(assessment.advice.size() >= min_advice_shown);
        CHECK(assessment.advice.size() <= max_advice_shown);
    }

    TEST_CASE("a file that does not load reports only its own problems")
    {
        const std::string builtin_text = asset_text("questionnaire.json");
        const Questionnaire builtin = shipped_questionnaire();
        const Loaded<Questionnaire> loaded =
            load_own_questionnaire(test_data("broken/unknown-scale.json"), {builtin_text, builtin});
        CHECK(messages(loaded.problems) ==
              messages(load_questionnaire(test_data("broken/unknown-scale.json")).problems));
    }
}
