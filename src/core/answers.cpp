#include "core/answers.h"

#include <algorithm>
#include <cmath>

#include "core/json_reader.h"

namespace leerregie
{
namespace
{
using nlohmann::json;

constexpr const char* known_fields[] = {"format",   "version",  "questionnaire", "variant", "answers",
                                        "language", "position", "updated",       "plan"};

// 1, 2, 3, ...; the bound keeps the conversion to int safe, far above any scale's length.
bool is_option_number(double value) { return value >= 1.0 && value <= 1000000.0 && value == std::floor(value); }

// A plan text is read whatever its length (text.h: a saved copy is never refused for a long text;
// the field stops at max_text_length where it is typed).
std::string plan_field(detail::Reader& reader, const json& plan, const char* key)
{
    const auto found = plan.find(key);
    if (found == plan.end() || found->is_null())
        return {};
    if (found->is_string())
        return found->get<std::string>();
    reader.add(detail::field_path("plan", key), "wrong_type", {"a string"});
    return {};
}

}  // namespace

std::string_view variant_name(Variant variant) { return variant == Variant::Short ? "short" : "full"; }

bool in_variant(const Item& item, Variant variant) { return variant == Variant::Full || item.in_short; }

namespace
{

Answers read_answers(detail::Reader& reader, const json& document)
{
    Answers answers;
    const long long version = reader.whole_number(document, "$", "version", 0, 1000000, answers_format_version, true);
    if (version < oldest_answers_format_version)
        reader.add("version", "version_too_old", {std::to_string(version), std::to_string(answers_format_version)});
    else if (version > answers_format_version)
        reader.add("version", "version_too_new", {std::to_string(version), std::to_string(answers_format_version)});
    answers.questionnaire = reader.id(document, "$", "questionnaire");
    const std::string variant = reader.string(document, "$", "variant", false);
    if (variant == "short")
        answers.variant = Variant::Short;
    else if (!variant.empty() && variant != "full")
        reader.add("variant", "unknown_value", {variant, "short, full"});

    const auto chosen = document.find("answers");
    if (chosen == document.end())
        reader.add("answers", "missing");
    else if (!chosen->is_object())
        reader.add("answers", "wrong_type", {"an object of item id to option number, null or \"not_applicable\""});
    else if (chosen->size() > detail::max_entries)
        reader.add("answers", "too_many", {std::to_string(detail::max_entries)});
    else
    {
        for (const auto& [item, value] : chosen->items())
        {
            // Whether the number is one of the item's options is for check_answers, which knows the scale.
            // An id too long to be one is not quoted: it would make the message as long.
            if (character_count(item) > max_id_length)
            {
                reader.add("answers", "id_too_long", {std::to_string(max_id_length)});
                continue;
            }
            const std::string path = "answers." + item;
            if (value.is_null())
                answers.answers[item] = std::nullopt;
            else if (version >= 2 && value == "not_applicable")
                answers.answers[item] = not_applicable_answer;
            else if (!value.is_number() || !is_option_number(value.get<double>()))
                reader.add(path, "wrong_type", {"an option number from 1, null or \"not_applicable\""});
            else
                answers.answers[item] = int(value.get<double>());
        }
    }

    answers.language = reader.string(document, "$", "language", false);
    answers.position = int(std::max(0.0, std::min(reader.number(document, "$", "position", 0.0), 1000.0)));
    answers.updated = reader.string(document, "$", "updated", false);
    if (const auto plan = document.find("plan"); plan != document.end() && !plan->is_null())
    {
        if (reader.object(*plan, "plan"))
        {
            answers.plan.goal = plan_field(reader, *plan, "goal");
            answers.plan.first_step = plan_field(reader, *plan, "first_step");
            answers.plan.helper = plan_field(reader, *plan, "helper");
            answers.plan.when = plan_field(reader, *plan, "when");
        }
    }
    for (const auto& [key, value] : document.items())
        if (std::find(std::begin(known_fields), std::end(known_fields), key) == std::end(known_fields))
            answers.other_fields[key] = value;

    return answers;
}

}  // namespace

Loaded<Answers> parse_answers(std::string_view json_text)
{
    return detail::load_document<Answers>(json_text, "leerregie-answers", true, read_answers);
}

std::string serialize_answers(const Answers& answers)
{
    json document = answers.other_fields.is_object() ? answers.other_fields : json::object();
    document["format"] = "leerregie-answers";
    document["version"] = answers_format_version;
    document["questionnaire"] = answers.questionnaire;
    document["variant"] = variant_name(answers.variant);
    json chosen = json::object();
    for (const auto& [item, option] : answers.answers)
        chosen[item] = !option                            ? json(nullptr)
                       : *option == not_applicable_answer ? json("not_applicable")
                                                          : json(*option);
    document["answers"] = std::move(chosen);
    if (!answers.language.empty())
        document["language"] = answers.language;
    document["position"] = answers.position;
    if (!answers.updated.empty())
        document["updated"] = answers.updated;
    document["plan"] = {{"goal", answers.plan.goal},
                        {"first_step", answers.plan.first_step},
                        {"helper", answers.plan.helper},
                        {"when", answers.plan.when}};
    return document.dump(2, ' ', false, json::error_handler_t::replace);
}

namespace
{

// Why one answer does not fit the questionnaire, or nothing when it fits. check_answers and
// keep_fitting_answers share it, so what one reports is exactly what the other leaves out.
std::optional<Problem> answer_problem(const Questionnaire& questionnaire, const std::string& id,
                                      const std::optional<int>& option)
{
    const std::string path = "answers." + id;
    const Item* item = questionnaire.find_item(id);
    if (!item)
        return Problem{path, "unknown_item", {id}};
    const Scale* scale = questionnaire.find_scale(item->scale);
    if (!scale)
        return std::nullopt;
    if (!option && !scale->dont_know)
        return Problem{path, "no_dont_know", {}};
    if (option == not_applicable_answer)
        return scale->offers_not_applicable() ? std::nullopt : std::optional(Problem{path, "no_not_applicable", {}});
    if (option && (*option < 1 || *option > int(scale->options.size())))
        return Problem{path, "out_of_range", {std::to_string(*option), "1", std::to_string(scale->options.size())}};
    return std::nullopt;
}

}  // namespace

std::vector<Problem> check_answers(const Questionnaire& questionnaire, const Answers& answers)
{
    std::vector<Problem> problems;
    if (answers.questionnaire != questionnaire.id)
        problems.push_back({"questionnaire", "other_questionnaire", {answers.questionnaire, questionnaire.id}});
    for (const auto& [id, option] : answers.answers)
        if (std::optional<Problem> problem = answer_problem(questionnaire, id, option))
            problems.push_back(std::move(*problem));
    return problems;
}

Answers asked_answers(const Questionnaire& questionnaire, const Answers& answers)
{
    Answers asked = answers;
    asked.answers.clear();
    // In the questionnaire's order: skip rules name earlier items, whose answers are settled.
    for (const Item& item : questionnaire.items)
        if (const auto answer = answers.answers.find(item.id); answer != answers.answers.end() && is_asked(item, asked))
            asked.answers.insert(*answer);
    return asked;
}

FittingAnswers keep_fitting_answers(const Questionnaire& questionnaire, const Answers& answers)
{
    FittingAnswers result{answers, 0};
    result.answers.answers.clear();
    for (const auto& [id, option] : answers.answers)
    {
        if (answer_problem(questionnaire, id, option))
            ++result.left_out;
        else
            result.answers.answers.emplace(id, option);
    }
    return result;
}

}  // namespace leerregie
