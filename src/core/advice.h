// The advice catalogue (assets/advice.json) and the choice of the 3-5 items that fit a person
// best. Each item says when it fits, how much it matters, and gives one first step.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/answers.h"
#include "core/problem.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/scoring.h"

namespace leerregie
{

struct Condition
{
    enum class Kind
    {
        DimensionBelow,    // {"dimension": id, "below": n}
        DimensionAtLeast,  // {"dimension": id, "at_least": n}
        ItemAnswer,        // {"item": id, "answer_in": [options]}
        Profile,           // {"profile": id}
    };
    Kind kind = Kind::DimensionBelow;
    std::string subject;  // dimension, item or profile id
    double threshold = 0.0;
    std::vector<int> options;
};

struct Advice
{
    std::string id;
    std::string theme;  // at most one advice per theme is shown
    int priority = 50;  // 1..100
    std::vector<Condition> all;  // every one must hold
    std::vector<Condition> any;  // at least one must hold, when there are any
    LocalText title;
    LocalText explanation;
    LocalText first_step;
    std::string source;

    bool general() const { return all.empty() && any.empty(); }
};

struct AdviceCatalogue
{
    std::vector<Advice> advice;

    const Advice* find(std::string_view id) const;
};

constexpr size_t min_advice_shown = 3;
constexpr size_t max_advice_shown = 5;

Loaded<AdviceCatalogue> load_advice(std::string_view json_text, const std::vector<std::string>& languages);

// Conditions that refer to dimensions, items, options or profiles that do not exist.
std::vector<Problem> check_advice_references(const AdviceCatalogue& catalogue, const Questionnaire& questionnaire,
                                             const ProfileCatalogue& profiles);

// The fitting advice, best first: ranked by priority plus, for each `below` condition that holds,
// half the distance below its threshold; ties by id; one per theme; at most five. When fewer
// than three fit, general advice (no conditions) fills up by priority.
// The pointers refer into `catalogue`.
std::vector<const Advice*> select_advice(const AdviceCatalogue& catalogue, const Answers& answers,
                                         const std::vector<DimensionScore>& scores,
                                         std::string_view profile_id);
std::vector<const Advice*> select_advice(AdviceCatalogue&&, const Answers&, const std::vector<DimensionScore>&,
                                         std::string_view) = delete;

} // namespace leerregie
