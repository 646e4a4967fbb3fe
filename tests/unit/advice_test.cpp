// Advice selection for personas on a small catalogue whose ranks are worked out by hand:
// rank = priority + (threshold - score) / 2 for each `below` condition that holds; barriers and
// groups first reached, then by rank, one advice per theme and per reason.
#include <doctest/doctest.h>

#include <set>

#include "core/advice.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{
constexpr const char* catalogue_json = R"({"format": "leerregie-advice", "advice": [
  {"id": "A", "theme": "t1", "priority": 50, "when": {"all": [{"dimension": "pot", "below": 60}]}, "title": {"nl": "A"}, "explanation": {"nl": "a"}, "first_step": {"nl": "a"}, "source": "s"},
  {"id": "B", "theme": "t1", "priority": 40, "when": {"all": [{"dimension": "pot", "below": 60}]}, "title": {"nl": "B"}, "explanation": {"nl": "b"}, "first_step": {"nl": "b"}, "source": "s"},
  {"id": "C", "theme": "t2", "priority": 45, "when": {"any": [{"item": "b1", "answer_in": [4, 5]}, {"profile": "little_room"}]}, "title": {"nl": "C"}, "explanation": {"nl": "c"}, "first_step": {"nl": "c"}, "source": "s"},
  {"id": "D", "theme": "t3", "priority": 60, "when": {"all": [{"dimension": "wrk", "at_least": 70}]}, "title": {"nl": "D"}, "explanation": {"nl": "d"}, "first_step": {"nl": "d"}, "source": "s"},
  {"id": "E", "theme": "t4", "priority": 30, "when": {"all": [{"dimension": "par", "below": 50}]}, "title": {"nl": "E"}, "explanation": {"nl": "e"}, "first_step": {"nl": "e"}, "source": "s"},
  {"id": "F", "theme": "t5", "priority": 20, "when": {"all": [{"dimension": "env", "below": 90}]}, "title": {"nl": "F"}, "explanation": {"nl": "f"}, "first_step": {"nl": "f"}, "source": "s"},
  {"id": "G", "theme": "t6", "priority": 10, "when": {"all": [{"dimension": "agn", "below": 100}]}, "title": {"nl": "G"}, "explanation": {"nl": "g"}, "first_step": {"nl": "g"}, "source": "s"},
  {"id": "G1", "theme": "g1", "priority": 30, "title": {"nl": "G1"}, "explanation": {"nl": "g"}, "first_step": {"nl": "g"}, "source": "s"},
  {"id": "G2", "theme": "g2", "priority": 20, "title": {"nl": "G2"}, "explanation": {"nl": "g"}, "first_step": {"nl": "g"}, "source": "s"},
  {"id": "G3", "theme": "g3", "priority": 25, "title": {"nl": "G3"}, "explanation": {"nl": "g"}, "first_step": {"nl": "g"}, "source": "s"}]})";

AdviceCatalogue catalogue()
{
    auto loaded = load_advice(catalogue_json, {"nl"});
    REQUIRE(loaded.ok());
    return *loaded.value;
}

std::vector<DimensionScore> scores(std::optional<double> pot, std::optional<double> agn, std::optional<double> wrk,
                                   std::optional<double> env, std::optional<double> par)
{
    // Two answers behind each, so every score counts (min_answers_shown).
    return {{"pot", pot, 2, 3}, {"agn", agn, 2, 2}, {"wrk", wrk, 2, 2}, {"env", env, 2, 2}, {"par", par, 2, 2}};
}

std::vector<std::string> ids(const std::vector<ChosenAdvice>& chosen)
{
    std::vector<std::string> result;
    for (const ChosenAdvice& entry : chosen)
        result.push_back(entry.advice->id);
    return result;
}

// The reasons of one chosen advice as "subject" strings.
std::vector<std::string> reasons(const std::vector<ChosenAdvice>& chosen, std::string_view id)
{
    std::vector<std::string> result;
    for (const ChosenAdvice& entry : chosen)
        if (entry.advice->id == id)
            for (const Condition* condition : entry.because)
                result.push_back(condition->subject);
    return result;
}

std::vector<ChosenAdvice> choose(const AdviceCatalogue& advice, const Answers& answers,
                                 const std::vector<DimensionScore>& scores, std::string_view profile)
{
    static const Questionnaire questionnaire = mini_questionnaire();
    return select_advice(advice, questionnaire, answers, scores, profile);
}

Answers answering(std::map<std::string, std::optional<int>> chosen)
{
    Answers answers;
    answers.questionnaire = "mini";
    answers.answers = std::move(chosen);
    return answers;
}
}  // namespace

TEST_SUITE("advice")
{
    TEST_CASE("persona: many things fit, so five are shown, one per theme")
    {
        // A 50+20=70, B 40+20=60 (theme of A: left out), D 60, C 45, E 30+5=35, G 10+25=35,
        // F 20+2.5=22.5 (sixth: left out). Ties by id: E before G.
        const AdviceCatalogue advice = catalogue();
        const auto chosen = choose(advice, answering({{"b1", 5}}), scores(20, 50, 80, 85, 40), "little_room");
        CHECK(ids(chosen) == std::vector<std::string>{"A", "D", "C", "E", "G"});
        CHECK(reasons(chosen, "C") == std::vector<std::string>{"b1", "little_room"});
        CHECK(reasons(chosen, "A") == std::vector<std::string>{"pot"});
    }

    TEST_CASE("persona: nothing fits, so three general items fill in by priority")
    {
        const AdviceCatalogue advice = catalogue();
        const auto chosen = choose(advice, answering({}), scores(90, 100, 50, 95, 80), "in_control");
        CHECK(ids(chosen) == std::vector<std::string>{"G1", "G3", "G2"});
    }

    TEST_CASE("persona: one fits, two general items fill up to three")
    {
        const AdviceCatalogue advice = catalogue();
        const auto chosen = choose(advice, answering({}), scores(55, 100, 50, 95, 80), "ready");
        CHECK(ids(chosen) == std::vector<std::string>{"A", "G1", "G3"});
    }

    TEST_CASE("persona: no scores at all, but a barrier answer")
    {
        const AdviceCatalogue advice = catalogue();
        const auto chosen =
            choose(advice, answering({{"b1", 4}}),
                   scores(std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt), "undetermined");
        CHECK(ids(chosen) == std::vector<std::string>{"C", "G1", "G3"});
    }

    TEST_CASE("persona: the profile alone makes advice fit")
    {
        // C fits through its profile condition (b1 = 2 is not in [4, 5]); F: 20 + 2.5.
        const AdviceCatalogue advice = catalogue();
        const auto chosen = choose(advice, answering({{"b1", 2}}), scores(90, 100, 50, 85, 80), "little_room");
        CHECK(ids(chosen) == std::vector<std::string>{"C", "F", "G1"});
    }

    TEST_CASE("\"weet niet\" does not satisfy an answer condition")
    {
        const AdviceCatalogue advice = catalogue();
        const auto chosen = choose(advice, answering({{"b1", std::nullopt}}), scores(90, 100, 50, 95, 80), "ready");
        CHECK(ids(chosen) == std::vector<std::string>{"G1", "G3", "G2"});
    }

    TEST_CASE("general advice says it has no reason of its own")
    {
        const AdviceCatalogue advice = catalogue();
        const auto chosen = choose(advice, answering({}), scores(90, 100, 50, 95, 80), "strong_base");
        for (const ChosenAdvice& entry : chosen)
            CHECK(entry.because.empty());
    }
}

TEST_SUITE("advice: answers that must and must not be given")
{
    // H needs a "weet niet" on b1; I fits a low pot unless b1 is 1; J fits the same low pot as I
    // for the same reason, with a lower priority; K is for a barrier, with the lowest priority.
    constexpr const char* conditional_json = R"({"format": "leerregie-advice", "advice": [
      {"id": "H", "theme": "h", "priority": 50, "when": {"all": [{"item": "b1", "answer_in": ["dont_know"]}]}, "title": {"nl": "H"}, "explanation": {"nl": "h"}, "first_step": {"nl": "h"}, "source": "s"},
      {"id": "I", "theme": "i", "priority": 60, "when": {"all": [{"dimension": "pot", "below": 50}], "none": [{"item": "b1", "answer_in": [1]}]}, "title": {"nl": "I"}, "explanation": {"nl": "i"}, "first_step": {"nl": "i"}, "source": "s"},
      {"id": "J", "theme": "j", "priority": 55, "when": {"all": [{"dimension": "pot", "below": 50}]}, "title": {"nl": "J"}, "explanation": {"nl": "j"}, "first_step": {"nl": "j"}, "source": "s"},
      {"id": "K", "theme": "k", "priority": 1, "when": {"all": [{"item": "b1", "answer_in": [5]}]}, "title": {"nl": "K"}, "explanation": {"nl": "k"}, "first_step": {"nl": "k"}, "source": "s"},
      {"id": "L1", "theme": "l1", "priority": 90, "when": {"all": [{"dimension": "agn", "below": 50}]}, "title": {"nl": "L"}, "explanation": {"nl": "l"}, "first_step": {"nl": "l"}, "source": "s"},
      {"id": "L2", "theme": "l2", "priority": 90, "when": {"all": [{"dimension": "wrk", "below": 50}]}, "title": {"nl": "L"}, "explanation": {"nl": "l"}, "first_step": {"nl": "l"}, "source": "s"},
      {"id": "L3", "theme": "l3", "priority": 90, "when": {"all": [{"dimension": "env", "below": 50}]}, "title": {"nl": "L"}, "explanation": {"nl": "l"}, "first_step": {"nl": "l"}, "source": "s"},
      {"id": "L4", "theme": "l4", "priority": 90, "when": {"all": [{"dimension": "par", "below": 50}]}, "title": {"nl": "L"}, "explanation": {"nl": "l"}, "first_step": {"nl": "l"}, "source": "s"},
      {"id": "G1", "theme": "g1", "priority": 30, "title": {"nl": "G1"}, "explanation": {"nl": "g"}, "first_step": {"nl": "g"}, "source": "s"}]})";

    AdviceCatalogue conditional()
    {
        auto loaded = load_advice(conditional_json, {"nl"});
        REQUIRE(loaded.ok());
        return *loaded.value;
    }

    TEST_CASE("an advice can require \"weet niet\", and a none condition keeps it away")
    {
        const AdviceCatalogue advice = conditional();
        // b1 unknown: H fits; pot 40: I 60+5 and J 55+5 share their one reason, so only I shows.
        CHECK(ids(choose(advice, answering({{"b1", std::nullopt}}), scores(40, 90, 90, 90, 90), "")) ==
              std::vector<std::string>{"I", "H", "G1"});
        // b1 = 1: I must not show; J, with the same reason, takes its place.
        CHECK(ids(choose(advice, answering({{"b1", 1}}), scores(40, 90, 90, 90, 90), "")) ==
              std::vector<std::string>{"J", "G1"});
    }

    TEST_CASE("a barrier the person reports is reached even when five higher-ranked advice fit")
    {
        const AdviceCatalogue advice = conditional();
        // L1-L4 rank 90 + 10 = 100, I 60 + 10 = 70, J shares I's reason; K ranks 1 but reaches b1.
        const auto chosen = choose(advice, answering({{"b1", 5}}), scores(30, 30, 30, 30, 30), "");
        CHECK(ids(chosen) == std::vector<std::string>{"L1", "L2", "L3", "L4", "K"});
        CHECK(reasons(chosen, "K") == std::vector<std::string>{"b1"});
    }
}

TEST_SUITE("advice")
{
    TEST_CASE("conditions are checked against the questionnaire")
    {
        auto loaded = load_advice(R"({"format": "leerregie-advice", "advice": [
          {"id": "x", "theme": "t", "priority": 5, "when": {"all": [{"dimension": "nope", "below": 5}],
           "any": [{"item": "t1", "answer_in": [3]}, {"profile": "dreamer"}]},
           "title": {"nl": "x"}, "explanation": {"nl": "x"}, "first_step": {"nl": "x"}, "source": "s"}]})",
                                  {"nl"});
        REQUIRE(loaded.ok());
        std::vector<std::string> messages;
        for (const Problem& problem : check_advice_references(*loaded.value, mini_questionnaire(), shipped_profiles()))
            messages.push_back(describe(problem));
        CHECK(messages == std::vector<std::string>{"advice[0].when.all[0]: unknown dimension \"nope\"",
                                                   "advice[0].when.any[0].answer_in[0]: 3 is out of range 1..2",
                                                   "advice[0].when.any[1]: unknown profile \"dreamer\""});
    }

    TEST_CASE("each value of answer_in is checked at its own place")
    {
        // t1 has two options and no "weet niet" or "not applicable".
        auto loaded = load_advice(R"({"format": "leerregie-advice", "advice": [
          {"id": "x", "theme": "t", "priority": 5, "when": {"all": [{"item": "t1", "answer_in": ["dont_know", 7, "not_applicable", 2]}]},
           "title": {"nl": "x"}, "explanation": {"nl": "x"}, "first_step": {"nl": "x"}, "source": "s"}]})",
                                  {"nl"});
        REQUIRE(loaded.ok());
        CHECK(messages(check_advice_references(*loaded.value, mini_questionnaire(), shipped_profiles())) ==
              std::vector<std::string>{
                  "advice[0].when.all[0].answer_in[0]: \"don't know\" (null) is not offered for this item",
                  "advice[0].when.all[0].answer_in[1]: 7 is out of range 1..2",
                  "advice[0].when.all[0].answer_in[2]: \"not_applicable\" is not offered for this item"});
    }

    TEST_CASE("a condition must say what it tests")
    {
        const auto loaded = load_advice(R"({"format": "leerregie-advice", "advice": [
          {"id": "x", "theme": "t", "priority": 500, "when": {"all": [{"dimension": "pot", "item": "p1"}, {"dimension": "pot"}]},
           "title": {"nl": "x"}, "explanation": {"nl": "x"}, "first_step": {"nl": "x"}, "source": "s"}]})",
                                        {"nl"});
        std::vector<std::string> messages;
        for (const Problem& problem : loaded.problems)
            messages.push_back(describe(problem));
        CHECK(messages == std::vector<std::string>{
                              "advice[0].priority: 500 is out of range 1..100",
                              "advice[0].when.all[0]: a condition needs exactly one of dimension, item or profile",
                              "advice[0].when.all[1]: a dimension condition needs exactly one of below or at_least"});
    }
}

TEST_SUITE("shipped advice")
{
    TEST_CASE("every condition refers to something in the shipped questionnaire and profiles")
    {
        const AdviceCatalogue advice = shipped_advice();
        CHECK(advice.advice.size() >= 25);
        const auto problems = check_advice_references(advice, shipped_questionnaire(), shipped_profiles());
        for (const Problem& problem : problems)
            FAIL_CHECK(describe(problem));
    }

    TEST_CASE("every profile, and very low and very high scores, get three to five distinct advice items")
    {
        const Questionnaire questionnaire = shipped_questionnaire();
        const AdviceCatalogue advice = shipped_advice();
        for (double level : {0.0, 25.0, 50.0, 75.0, 100.0})
        {
            for (const char* profile : {"strong_base", "own_steam", "room_waiting", "little_room", "undetermined"})
            {
                CAPTURE(level);
                CAPTURE(profile);
                std::vector<DimensionScore> scores;
                for (const Dimension& dimension : questionnaire.dimensions)
                    scores.push_back({dimension.id, level, 2, 2});
                const auto chosen = select_advice(advice, questionnaire, Answers{}, scores, profile);
                CHECK(chosen.size() >= min_advice_shown);
                CHECK(chosen.size() <= max_advice_shown);
                std::set<std::string> themes;
                for (const ChosenAdvice& item : chosen)
                    CHECK(themes.insert(item.advice->theme).second);
            }
        }
    }
}
