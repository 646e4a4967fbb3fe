#include <doctest/doctest.h>

#include "core/answers.h"
#include "fixtures.h"

using namespace leerregie;

TEST_SUITE("answers file")
{
    TEST_CASE("a file in the contract's format is read, written and read again without loss")
    {
        const char* text = R"({"format": "leerregie-answers", "version": 1, "questionnaire": "mini",
            "variant": "short", "answers": {"p1": 3, "b1": null}, "language": "en", "position": 4,
            "updated": "2026-11-24T10:00:00Z", "plan": {"goal": "Beter leren plannen", "first_step": "Agenda",
            "helper": "Anouk", "when": "vrijdag"}, "note": {"kept": [1, 2]}})";
        const Loaded<Answers> first = parse_answers(text);
        REQUIRE(first.ok());
        const Answers& answers = *first.value;
        CHECK(answers.questionnaire == "mini");
        CHECK(answers.variant == Variant::Short);
        CHECK(answers.answers.at("p1") == 3);
        CHECK_FALSE(answers.answers.at("b1").has_value());
        CHECK(answers.answers.count("p2") == 0);
        CHECK(answers.position == 4);
        CHECK(answers.plan.helper == "Anouk");

        const Loaded<Answers> second = parse_answers(serialize_answers(answers));
        REQUIRE(second.ok());
        CHECK(second.value->answers == answers.answers);
        CHECK(second.value->plan.goal == "Beter leren plannen");
        CHECK(second.value->plan.when == "vrijdag");
        CHECK(second.value->language == "en");
        CHECK(second.value->updated == "2026-11-24T10:00:00Z");
        CHECK(second.value->other_fields == nlohmann::json::parse(R"({"note": {"kept": [1, 2]}})"));
        CHECK(serialize_answers(*second.value) == serialize_answers(answers));
    }

    TEST_CASE("files of another kind or version are refused with a clear message")
    {
        CHECK(messages(
                  parse_answers(R"({"format": "leerregie-answers", "version": 3, "questionnaire": "q", "answers": {}})")
                      .problems) ==
              std::vector<std::string>{"version: version 3 was made by a newer program; this one reads version 2"});
        CHECK(messages(
                  parse_answers(R"({"format": "leerregie-answers", "version": 0, "questionnaire": "q", "answers": {}})")
                      .problems) ==
              std::vector<std::string>{"version: version 0 is older than this program can read; it reads version 2"});
        CHECK(messages(parse_answers(
                           R"({"format": "leerregie-answers", "version": "1", "questionnaire": "q", "answers": {}})")
                           .problems) == std::vector<std::string>{"version: expected a whole number"});
        CHECK(
            messages(
                parse_answers(R"({"format": "other", "version": 1, "questionnaire": "q", "answers": {}})").problems) ==
            std::vector<std::string>{"format: format must be \"leerregie-answers\", not \"other\""});
        CHECK(
            messages(
                parse_answers(
                    R"({"format": "leerregie-answers", "version": 1, "questionnaire": "q", "variant": "long", "answers": []})")
                    .problems) ==
            std::vector<std::string>{
                "variant: unknown value \"long\" (expected one of: short, full)",
                "answers: expected an object of item id to option number, null or \"not_applicable\""});
        CHECK(
            messages(
                parse_answers(
                    R"({"format": "leerregie-answers", "version": 2, "questionnaire": "q", "answers": {"a": 0, "b": "3", "c": 2.5}})")
                    .problems) ==
            std::vector<std::string>{"answers.a: expected an option number from 1, null or \"not_applicable\"",
                                     "answers.b: expected an option number from 1, null or \"not_applicable\"",
                                     "answers.c: expected an option number from 1, null or \"not_applicable\""});
        // "not_applicable" came with version 2; in a version 1 file it is not an answer.
        CHECK(
            messages(
                parse_answers(
                    R"({"format": "leerregie-answers", "version": 1, "questionnaire": "q", "answers": {"a": "not_applicable"}})")
                    .problems) ==
            std::vector<std::string>{"answers.a: expected an option number from 1, null or \"not_applicable\""});
        CHECK(messages(parse_answers("[]").problems) == std::vector<std::string>{"$: expected an object"});
        CHECK(messages(parse_answers("").problems).size() == 1);
    }

    TEST_CASE("\"weet niet\" and \"not applicable\" are two different answers, and a version 1 file still reads")
    {
        const auto read = parse_answers(R"({"format": "leerregie-answers", "version": 2, "questionnaire": "q",
            "answers": {"manager": "not_applicable", "budget": null, "course": 2}})");
        REQUIRE(read.ok());
        CHECK(read.value->answers.at("manager") == not_applicable_answer);
        CHECK_FALSE(read.value->answers.at("budget").has_value());
        CHECK(read.value->answers.at("course") == 2);
        const nlohmann::json written = nlohmann::json::parse(serialize_answers(*read.value));
        CHECK(written["version"] == 2);
        CHECK(written["answers"] ==
              nlohmann::json::parse(R"({"manager": "not_applicable", "budget": null, "course": 2})"));

        const auto old = parse_answers(R"({"format": "leerregie-answers", "version": 1, "questionnaire": "q",
            "answers": {"budget": null, "course": 1}})");
        REQUIRE(old.ok());
        CHECK_FALSE(old.value->answers.at("budget").has_value());
        CHECK(old.value->answers.at("course") == 1);
    }

    TEST_CASE("answers that do not fit the questionnaire are named one by one")
    {
        Answers answers;
        answers.questionnaire = "other";
        answers.answers = {{"p1", 6}, {"zz", 1}, {"t1", std::nullopt}, {"p2", std::nullopt}, {"w1", 4}};
        CHECK(messages(check_answers(mini_questionnaire(), answers)) ==
              std::vector<std::string>{"questionnaire: these answers belong to questionnaire \"other\", not \"mini\"",
                                       "answers.p1: 6 is out of range 1..5",
                                       "answers.t1: \"don't know\" (null) is not offered for this item",
                                       "answers.zz: unknown item \"zz\""});
    }
    TEST_CASE("after the questionnaire changed, the answers that still fit are kept and the rest counted")
    {
        // In mini: a5 has 5 options and "weet niet", f4 has 4 options, yn has 2; neither offers "weet niet".
        Answers saved;
        saved.questionnaire = "mini";
        saved.variant = Variant::Short;
        saved.language = "en";
        saved.position = 6;
        saved.updated = "2026-11-24T10:00:00Z";
        saved.plan.goal = "Beter leren plannen";
        saved.other_fields = nlohmann::json{{"note", 1}};
        saved.answers = {{"p1", 3},             // fits
                         {"p2", std::nullopt},  // fits: a5 offers "weet niet"
                         {"w1", 5},             // f4 has 4 options now: left out
                         {"t1", std::nullopt},  // yn offers no "weet niet": left out
                         {"zz", 2},             // no such item any more: left out
                         {"t2", 4},             // fits: the last option of f4
                         {"b1", 1}};            // fits: an unscored item is still an item

        const FittingAnswers fitting = keep_fitting_answers(mini_questionnaire(), saved);
        CHECK(fitting.left_out == 3);
        const std::map<std::string, std::optional<int>> kept = {{"b1", 1}, {"p1", 3}, {"p2", std::nullopt}, {"t2", 4}};
        CHECK(fitting.answers.answers == kept);
        SUBCASE("everything else of the file stays as it was")
        {
            CHECK(fitting.answers.questionnaire == "mini");
            CHECK(fitting.answers.variant == Variant::Short);
            CHECK(fitting.answers.language == "en");
            CHECK(fitting.answers.position == 6);
            CHECK(fitting.answers.updated == "2026-11-24T10:00:00Z");
            CHECK(fitting.answers.plan.goal == "Beter leren plannen");
            CHECK(fitting.answers.other_fields == nlohmann::json{{"note", 1}});
        }
        SUBCASE("what is left out is exactly what check_answers reports, and what is kept fits")
        {
            CHECK(check_answers(mini_questionnaire(), saved).size() == 3);
            CHECK(check_answers(mini_questionnaire(), fitting.answers).empty());
        }
    }

    TEST_CASE("answers that all fit are kept whole, and no answers stay no answers")
    {
        Answers saved;
        saved.questionnaire = "mini";
        saved.answers = {{"p1", 1}, {"p3", 5}, {"w1", 4}, {"t1", 2}, {"e1", std::nullopt}};
        const FittingAnswers all = keep_fitting_answers(mini_questionnaire(), saved);
        CHECK(all.left_out == 0);
        CHECK(all.answers.answers == saved.answers);

        saved.answers.clear();
        const FittingAnswers none = keep_fitting_answers(mini_questionnaire(), saved);
        CHECK(none.left_out == 0);
        CHECK(none.answers.answers.empty());
    }

    TEST_CASE("a plan text longer than a field takes is read back whole: a saved copy is never refused for it")
    {
        // 4,002 characters, the last of two bytes: an older copy, saved before the field stopped.
        const std::string goal = std::string(3000, 'a') + std::string(1001, 'b') + "\xC3\xA9";
        REQUIRE(character_count(goal) == 4002);
        const std::string text =
            R"({"format": "leerregie-answers", "version": 1, "questionnaire": "mini", "answers": {},
            "plan": {"goal": ")" +
            goal + R"(", "first_step": "x\u0000y"}})";
        const Loaded<Answers> read = parse_answers(text);
        REQUIRE(read.ok());
        CHECK(read.value->plan.goal == goal);
        // A NUL in a text is kept, and written back escaped.
        CHECK(read.value->plan.first_step == std::string("x\0y", 3));
        CHECK(serialize_answers(*read.value).find(R"("first_step": "x\u0000y")") != std::string::npos);
    }

    TEST_CASE("an item id too long to be one is refused without being quoted")
    {
        const std::string id(max_id_length + 1, 'x');
        const auto file = [](const std::string& item) {
            return R"({"format": "leerregie-answers", "version": 1, "questionnaire": "mini", "answers": {")" + item +
                   R"(": 1}})";
        };
        CHECK(messages(parse_answers(file(id)).problems) ==
              std::vector<std::string>{"answers: an id is longer than 100 characters"});
        CHECK(parse_answers(file(id.substr(1))).ok());
    }
}
