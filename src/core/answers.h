// The answers file (docs/contracts.md): what a person answered, with their action plan. The same format
// is kept in local storage, downloaded, imported, and read by `leerregie-cli score`.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/condition.h"
#include "core/problem.h"
#include "core/questionnaire.h"

namespace leerregie
{

enum class Variant
{
    Short,
    Full,
};

std::string_view variant_name(Variant variant);

struct Plan
{
    std::string goal;
    std::string first_step;
    std::string helper;
    std::string when;

    bool empty() const { return goal.empty() && first_step.empty() && helper.empty() && when.empty(); }
};

// Version 2 added the "not_applicable" answer; version 1 files are read as they are.
constexpr int answers_format_version = 2;
constexpr int oldest_answers_format_version = 1;

struct Answers
{
    std::string questionnaire;
    Variant variant = Variant::Full;
    // item id -> chosen option (1-based); not_applicable_answer when the question does not apply
    // to the person (the scale's not-applicable choice, "not_applicable" in the file); nullopt for
    // "weet niet" (null in the file). Absent: unanswered.
    std::map<std::string, std::optional<int>> answers;
    std::string language;
    int position = 0;  // the question the person was at, so a reload resumes there
    std::string updated;
    Plan plan;
    nlohmann::json other_fields = nlohmann::json::object();  // kept as they came, so nothing is lost
};

// Reads an answers file; checks its own shape, not whether it fits a questionnaire.
Loaded<Answers> parse_answers(std::string_view json_text);
std::string serialize_answers(const Answers& answers);

// Problems that make `answers` unfit for `questionnaire`: another questionnaire, unknown items,
// options out of range, "weet niet" where the scale does not offer it.
std::vector<Problem> check_answers(const Questionnaire& questionnaire, const Answers& answers);

// Saved answers read against a questionnaire that changed since they were saved: the answers that
// still fit it (items it still has, options their scales still offer, "weet niet" only where it is
// offered), everything else of the file as it was, and how many answers were left out.
struct FittingAnswers
{
    Answers answers;
    int left_out = 0;
};
FittingAnswers keep_fitting_answers(const Questionnaire& questionnaire, const Answers& answers);

// Whether an item is asked in a variant: the short variant asks the items marked `short`.
bool in_variant(const Item& item, Variant variant);

// The answers to the questions the person is asked: answers to questions of the other variant,
// or that a later answer skips (a manager question answered before choosing "zelfstandige"), are
// kept in the file but count nowhere.
Answers asked_answers(const Questionnaire& questionnaire, const Answers& answers);

}  // namespace leerregie
