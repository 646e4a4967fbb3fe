#include "core/advice.h"

#include <algorithm>
#include <set>

#include "core/json_reader.h"

namespace leerregie
{
namespace
{

using nlohmann::json;

std::optional<Condition> read_condition(detail::Reader& reader, const json& entry, const std::string& path)
{
    if (!reader.object(entry, path))
        return std::nullopt;
    const int kinds = int(entry.contains("dimension")) + int(entry.contains("item")) + int(entry.contains("profile"));
    if (kinds != 1)
    {
        reader.add(path, "bad_condition");
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
        if (const json* options = reader.array(entry, path, "answer_in"))
        {
            // The upper bound is the item's scale, checked by check_advice_references.
            for (size_t i = 0; i < options->size(); ++i)
                if (const auto option = reader.option_number(
                        (*options)[i], detail::element_path(detail::field_path(path, "answer_in"), i), 0))
                    condition.options.push_back(*option);
        }
    }
    else
    {
        condition.kind = Condition::Kind::Profile;
        condition.subject = reader.string(entry, path, "profile");
    }
    return condition;
}

std::vector<Condition> read_conditions(detail::Reader& reader, const json& when, const std::string& path,
                                       const char* key)
{
    std::vector<Condition> conditions;
    if (const json* list = reader.array(when, path, key, false))
        for (size_t i = 0; i < list->size(); ++i)
            if (auto condition = read_condition(reader, (*list)[i], detail::element_path(detail::field_path(path, key), i)))
                conditions.push_back(std::move(*condition));
    return conditions;
}

const DimensionScore* find_score(const std::vector<DimensionScore>& scores, std::string_view id)
{
    for (const DimensionScore& score : scores)
        if (score.id == id)
            return &score;
    return nullptr;
}

struct Context
{
    const Answers& answers;
    const std::vector<DimensionScore>& scores;
    std::string_view profile_id;
};

bool holds(const Condition& condition, const Context& context)
{
    switch (condition.kind)
    {
    case Condition::Kind::DimensionBelow:
    case Condition::Kind::DimensionAtLeast:
    {
        const DimensionScore* score = find_score(context.scores, condition.subject);
        if (!score || !score->score)
            return false;
        const bool reached = reaches(*score->score, condition.threshold);
        return condition.kind == Condition::Kind::DimensionBelow ? !reached : reached;
    }
    case Condition::Kind::ItemAnswer:
    {
        const auto answer = context.answers.answers.find(condition.subject);
        if (answer == context.answers.answers.end() || !answer->second)
            return false;
        return std::find(condition.options.begin(), condition.options.end(), *answer->second) != condition.options.end();
    }
    case Condition::Kind::Profile: return condition.subject == context.profile_id;
    }
    return false;
}

bool fits(const Advice& advice, const Context& context)
{
    const auto holds_here = [&](const Condition& condition) { return holds(condition, context); };
    return std::all_of(advice.all.begin(), advice.all.end(), holds_here) &&
           (advice.any.empty() || std::any_of(advice.any.begin(), advice.any.end(), holds_here));
}

// How far below their thresholds the person is, for the `below` conditions that hold.
double relevance(const Advice& advice, const Context& context)
{
    double total = advice.priority;
    for (const auto* list : {&advice.all, &advice.any})
    {
        for (const Condition& condition : *list)
        {
            if (condition.kind != Condition::Kind::DimensionBelow || !holds(condition, context))
                continue;
            total += (condition.threshold - *find_score(context.scores, condition.subject)->score) / 2.0;
        }
    }
    return total;
}

struct Ranked
{
    const Advice* advice;
    double rank;
};

void sort_ranked(std::vector<Ranked>& ranked)
{
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return a.rank != b.rank ? a.rank > b.rank : a.advice->id < b.advice->id;
    });
}

} // namespace

const Advice* AdviceCatalogue::find(std::string_view id) const
{
    for (const Advice& entry : advice)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

Loaded<AdviceCatalogue> load_advice(std::string_view json_text, const std::vector<std::string>& languages)
{
    Loaded<AdviceCatalogue> result;
    const json document = detail::parse_object(json_text, result.problems);
    if (document.is_discarded())
        return result;
    detail::Reader reader(result.problems);

    AdviceCatalogue catalogue;
    reader.format(document, "leerregie-advice", true);
    std::set<std::string> ids;
    if (const json* list = reader.array(document, "$", "advice"))
    {
        for (size_t i = 0; i < list->size(); ++i)
        {
            const std::string path = detail::element_path("advice", i);
            const json& entry = (*list)[i];
            if (!reader.object(entry, path))
                continue;
            Advice advice;
            advice.id = reader.string(entry, path, "id");
            if (!advice.id.empty() && !ids.insert(advice.id).second)
                reader.add(detail::field_path(path, "id"), "duplicate_id", {advice.id});
            advice.theme = reader.string(entry, path, "theme");
            advice.priority = int(reader.whole_number(entry, path, "priority", 1, 100, 50, true));
            if (const auto when = entry.find("when"); when != entry.end() && !when->is_null())
            {
                const std::string when_path = detail::field_path(path, "when");
                if (reader.object(*when, when_path))
                {
                    advice.all = read_conditions(reader, *when, when_path, "all");
                    advice.any = read_conditions(reader, *when, when_path, "any");
                }
            }
            advice.title = reader.local_text(entry, path, "title", languages);
            advice.explanation = reader.local_text(entry, path, "explanation", languages);
            advice.first_step = reader.local_text(entry, path, "first_step", languages);
            advice.source = reader.string(entry, path, "source");
            catalogue.advice.push_back(std::move(advice));
        }
    }

    if (result.problems.empty())
        result.value = std::move(catalogue);
    return result;
}

std::vector<Problem> check_advice_references(const AdviceCatalogue& catalogue, const Questionnaire& questionnaire,
                                             const ProfileCatalogue& profiles)
{
    std::vector<Problem> problems;
    for (size_t i = 0; i < catalogue.advice.size(); ++i)
    {
        const Advice& advice = catalogue.advice[i];
        for (const auto& [key, list] : {std::pair{"all", &advice.all}, std::pair{"any", &advice.any}})
        {
            for (size_t j = 0; j < list->size(); ++j)
            {
                const Condition& condition = (*list)[j];
                const std::string path = detail::element_path("advice", i) + ".when." + key + "[" + std::to_string(j) + "]";
                switch (condition.kind)
                {
                case Condition::Kind::DimensionBelow:
                case Condition::Kind::DimensionAtLeast:
                    if (!questionnaire.find_dimension(condition.subject))
                        problems.push_back({path, "unknown_dimension", {condition.subject}});
                    break;
                case Condition::Kind::Profile:
                    if (!profiles.find(condition.subject))
                        problems.push_back({path, "unknown_profile", {condition.subject}});
                    break;
                case Condition::Kind::ItemAnswer:
                {
                    const Item* item = questionnaire.find_item(condition.subject);
                    const Scale* scale = item ? questionnaire.find_scale(item->scale) : nullptr;
                    if (!item)
                        problems.push_back({path, "unknown_item", {condition.subject}});
                    else if (scale)
                        for (size_t k = 0; k < condition.options.size(); ++k)
                            if (condition.options[k] > int(scale->options.size()))
                                problems.push_back({detail::element_path(path + ".answer_in", k), "out_of_range",
                                                    {std::to_string(condition.options[k]), "1",
                                                     std::to_string(scale->options.size())}});
                    break;
                }
                }
            }
        }
    }
    return problems;
}

std::vector<const Advice*> select_advice(const AdviceCatalogue& catalogue, const Answers& answers,
                                         const std::vector<DimensionScore>& scores,
                                         std::string_view profile_id)
{
    const Context context{answers, scores, profile_id};
    std::vector<Ranked> fitting, general;
    for (const Advice& advice : catalogue.advice)
    {
        if (advice.general())
            general.push_back({&advice, double(advice.priority)});
        else if (fits(advice, context))
            fitting.push_back({&advice, relevance(advice, context)});
    }
    sort_ranked(fitting);
    sort_ranked(general);

    std::vector<const Advice*> chosen;
    std::set<std::string_view> themes;
    const auto take = [&](const std::vector<Ranked>& ranked, size_t limit) {
        for (const Ranked& entry : ranked)
            if (chosen.size() < limit && themes.insert(entry.advice->theme).second)
                chosen.push_back(entry.advice);
    };
    take(fitting, max_advice_shown);
    take(general, min_advice_shown);
    return chosen;
}

} // namespace leerregie
