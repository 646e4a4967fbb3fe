// The advice catalogue (assets/advice.json) and the choice of the 3-5 items that fit a person
// best. Each item says when it fits, how much it matters, and gives one first step.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/answers.h"
#include "core/condition.h"
#include "core/problem.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/scoring.h"

namespace leerregie
{

struct Advice
{
    std::string id;
    std::string theme;            // at most one advice per theme is shown
    int priority = 50;            // 1..100
    std::vector<Condition> all;   // every one must hold
    std::vector<Condition> any;   // at least one must hold, when there are any
    std::vector<Condition> none;  // none may hold: the advice would not fit (e.g. no manager)
    LocalText title;
    LocalText explanation;
    LocalText first_step;
    std::string source;

    bool general() const { return all.empty() && any.empty() && none.empty(); }
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

// An advice chosen for a person, with why: the conditions of its `all` and `any` lists that hold
// for them (none for general advice). Pointers refer into the catalogue.
struct ChosenAdvice
{
    const Advice* advice = nullptr;
    std::vector<const Condition*> because;
};

// The fitting advice, best first, at most five:
// 1. Reach: each barrier or background group the person reports (an answer to a barrier or
//    background item that a fitting advice names) gets an advice that names it, the advice that
//    covers most of them first, then by rank.
// 2. Rank: the rest by priority plus, for each `below` condition that holds, half the distance
//    below its threshold; ties by id.
// Throughout, one advice per theme, and an advice only when one of its reasons is not already
// the reason of an advice shown, so one answer does not bring several near-identical items. When
// fewer than three fit, general advice (no conditions) fills up by priority.
std::vector<ChosenAdvice> select_advice(const AdviceCatalogue& catalogue, const Questionnaire& questionnaire,
                                        const Answers& answers, const std::vector<DimensionScore>& scores,
                                        std::string_view profile_id);
std::vector<ChosenAdvice> select_advice(AdviceCatalogue&&, const Questionnaire&, const Answers&,
                                        const std::vector<DimensionScore>&, std::string_view) = delete;

}  // namespace leerregie
