#include "core/condition.h"

#include <algorithm>

#include "core/answers.h"
#include "core/find_by_id.h"
#include "core/questionnaire.h"
#include "core/scoring.h"

namespace leerregie
{

using nlohmann::json;

namespace detail
{

std::optional<Condition> read_condition(Reader& reader, const json& entry, const std::string& path, bool answers_only)
{
    if (!reader.object(entry, path))
        return std::nullopt;
    const int kinds = int(entry.contains("dimension")) + int(entry.contains("item")) + int(entry.contains("profile"));
    if (kinds != 1 || (answers_only && !entry.contains("item")))
    {
        reader.add(path, answers_only ? "bad_answer_condition" : "bad_condition");
        return std::nullopt;
    }
    Condition condition;
    if (entry.contains("dimension"))
    {
        condition.subject = reader.string(entry, path, "dimension");
        const bool below = entry.contains("below");
        if (below == entry.contains("at_least"))
        {
            reader.add(path, "bad_threshold");
            return std::nullopt;
        }
        condition.kind = below ? Condition::Kind::DimensionBelow : Condition::Kind::DimensionAtLeast;
        condition.threshold = reader.number(entry, path, below ? "below" : "at_least", 0.0, true);
    }
    else if (entry.contains("item"))
    {
        condition.kind = Condition::Kind::ItemAnswer;
        condition.subject = reader.string(entry, path, "item");
        if (const json* values = reader.array(entry, path, "answer_in"))
        {
            const std::string values_path = field_path(path, "answer_in");
            for (size_t i = 0; i < values->size(); ++i)
            {
                const json& value = (*values)[i];
                if (value == "dont_know")
                    condition.options.push_back(dont_know_in_condition);
                else if (value == "not_applicable")
                    condition.options.push_back(not_applicable_answer);
                else if (value.is_string())
                    reader.add(element_path(values_path, i), "unknown_value",
                               {value.get<std::string>(), "an option number, dont_know, not_applicable"});
                // The upper bound is the item's scale, checked by check_condition.
                else if (const auto option = reader.option_number(value, element_path(values_path, i), 0))
                    condition.options.push_back(*option);
            }
        }
    }
    else
    {
        condition.kind = Condition::Kind::Profile;
        condition.subject = reader.string(entry, path, "profile");
    }
    return condition;
}

std::vector<Condition> read_conditions(Reader& reader, const json& object, const std::string& path, const char* key,
                                       bool answers_only)
{
    std::vector<Condition> conditions;
    if (const json* list = reader.array(object, path, key, false))
        for (size_t i = 0; i < list->size(); ++i)
            if (auto condition =
                    read_condition(reader, (*list)[i], element_path(field_path(path, key), i), answers_only))
                conditions.push_back(std::move(*condition));
    return conditions;
}

}  // namespace detail

std::vector<Problem> check_condition(const Condition& condition, const Questionnaire& questionnaire,
                                     const std::string& path)
{
    std::vector<Problem> problems;
    switch (condition.kind)
    {
    case Condition::Kind::DimensionBelow:
    case Condition::Kind::DimensionAtLeast:
        if (!questionnaire.find_dimension(condition.subject))
            problems.push_back({path, "unknown_dimension", {condition.subject}});
        break;
    case Condition::Kind::Profile: break;  // profiles are checked against the profile catalogue
    case Condition::Kind::ItemAnswer:
    {
        const Item* item = questionnaire.find_item(condition.subject);
        const Scale* scale = item ? questionnaire.find_scale(item->scale) : nullptr;
        if (!item)
            problems.push_back({path, "unknown_item", {condition.subject}});
        if (!scale)
            break;
        for (size_t k = 0; k < condition.options.size(); ++k)
        {
            const int option = condition.options[k];
            const std::string option_path = detail::element_path(path + ".answer_in", k);
            if (option == dont_know_in_condition && !scale->dont_know)
                problems.push_back({option_path, "no_dont_know", {}});
            else if (option == not_applicable_answer && !scale->offers_not_applicable())
                problems.push_back({option_path, "no_not_applicable", {}});
            else if (option > int(scale->options.size()))
                problems.push_back({option_path,
                                    "out_of_range",
                                    {std::to_string(option), "1", std::to_string(scale->options.size())}});
        }
        break;
    }
    }
    return problems;
}

bool holds(const Condition& condition, const Situation& situation)
{
    switch (condition.kind)
    {
    case Condition::Kind::DimensionBelow:
    case Condition::Kind::DimensionAtLeast:
    {
        if (!situation.scores)
            return false;
        const DimensionScore* score = find_by_id(*situation.scores, condition.subject);
        if (!score || !shown_score(*score))
            return false;
        const bool reached = reaches(*shown_score(*score), condition.threshold);
        return condition.kind == Condition::Kind::DimensionBelow ? !reached : reached;
    }
    case Condition::Kind::ItemAnswer:
    {
        const auto answer = situation.answers.answers.find(condition.subject);
        if (answer == situation.answers.answers.end())
            return false;
        const int value = answer->second.value_or(dont_know_in_condition);
        return std::find(condition.options.begin(), condition.options.end(), value) != condition.options.end();
    }
    case Condition::Kind::Profile: return condition.subject == situation.profile_id;
    }
    return false;
}

bool any_holds(const std::vector<Condition>& conditions, const Situation& situation)
{
    return std::any_of(conditions.begin(), conditions.end(),
                       [&](const Condition& condition) { return holds(condition, situation); });
}

bool is_asked(const Item& item, const Answers& answers)
{
    return in_variant(item, answers.variant) && !any_holds(item.skip_if, Situation{answers});
}

}  // namespace leerregie
