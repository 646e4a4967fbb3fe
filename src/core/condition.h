// Conditions on a person's answers, scores and profile: when an advice fits, when a question is
// skipped, when a national figure does not apply. One reader and one rule for all of them, so a
// condition means the same wherever content uses it (docs/questionnaire-format.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_reader.h"

namespace leerregie
{

struct Answers;
struct DimensionScore;
struct Item;
struct Questionnaire;

// The answer value that says a question does not apply to the person (answers.h).
constexpr int not_applicable_answer = 0;
// In a condition's `answer_in`, the place of "dont_know" ("weet niet", null in answers).
constexpr int dont_know_in_condition = -1;

struct Condition
{
    enum class Kind
    {
        DimensionBelow,    // {"dimension": id, "below": n}
        DimensionAtLeast,  // {"dimension": id, "at_least": n}
        ItemAnswer,        // {"item": id, "answer_in": [option numbers, "dont_know", "not_applicable"]}
        Profile,           // {"profile": id}
    };
    Kind kind = Kind::DimensionBelow;
    std::string subject;  // dimension, item or profile id
    double threshold = 0.0;
    // `answer_in` in its order: option numbers, not_applicable_answer, dont_know_in_condition.
    std::vector<int> options;

    bool is_answer() const { return kind == Kind::ItemAnswer; }
};

// What a condition can be checked against. Scores and profile may be absent (a question's skip
// rule is checked while the person is still answering).
struct Situation
{
    const Answers& answers;
    const std::vector<DimensionScore>* scores = nullptr;
    std::string_view profile_id = {};
};

namespace detail
{
// Reads one condition at `path`; `answers_only` refuses dimension and profile conditions.
std::optional<Condition> read_condition(Reader& reader, const nlohmann::json& entry, const std::string& path,
                                        bool answers_only = false);
// Reads the array `key` of `object` (absent: none).
std::vector<Condition> read_conditions(Reader& reader, const nlohmann::json& object, const std::string& path,
                                       const char* key, bool answers_only = false);
}  // namespace detail

// Problems with a condition's subject: an unknown dimension, item or option, "dont_know" or
// "not_applicable" where the item's scale does not offer it.
std::vector<Problem> check_condition(const Condition& condition, const Questionnaire& questionnaire,
                                     const std::string& path);

bool holds(const Condition& condition, const Situation& situation);
bool any_holds(const std::vector<Condition>& conditions, const Situation& situation);

// Whether the person is asked `item`: it is in their variant and none of its skip rules holds.
bool is_asked(const Item& item, const Answers& answers);

}  // namespace leerregie
