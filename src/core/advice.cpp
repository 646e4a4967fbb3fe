#include "core/advice.h"

#include <algorithm>
#include <set>

#include "core/find_by_id.h"
#include "core/json_reader.h"

namespace leerregie
{
namespace
{

using nlohmann::json;

// The conditions of an advice's `all` and `any` lists that hold: why it is given.
std::vector<const Condition*> reasons(const Advice& advice, const Situation& situation)
{
    std::vector<const Condition*> held;
    for (const auto* list : {&advice.all, &advice.any})
        for (const Condition& condition : *list)
            if (holds(condition, situation))
                held.push_back(&condition);
    return held;
}

bool fits(const Advice& advice, const Situation& situation)
{
    const auto holds_here = [&](const Condition& condition) { return holds(condition, situation); };
    return std::all_of(advice.all.begin(), advice.all.end(), holds_here) &&
           (advice.any.empty() || std::any_of(advice.any.begin(), advice.any.end(), holds_here)) &&
           !any_holds(advice.none, situation);
}

// Priority plus, for each `below` condition among the reasons, half the distance below it.
double rank_of(const Advice& advice, const std::vector<const Condition*>& because,
               const std::vector<DimensionScore>& scores)
{
    double rank = advice.priority;
    for (const Condition* condition : because)
    {
        if (condition->kind != Condition::Kind::DimensionBelow)
            continue;
        if (const DimensionScore* score = find_by_id(scores, condition->subject))
            rank += (condition->threshold - *shown_score(*score)) / 2.0;
    }
    return rank;
}

struct Candidate
{
    ChosenAdvice chosen;
    double rank = 0.0;
};

bool ranks_before(const Candidate& a, const Candidate& b)
{
    return a.rank != b.rank ? a.rank > b.rank : a.chosen.advice->id < b.chosen.advice->id;
}

// What a reason is about, so that two advice with the same reason can be told apart from two
// with different ones.
std::string reason_key(const Condition& condition)
{
    return (condition.kind == Condition::Kind::Profile ? "profile:" : "") + condition.subject;
}

// The barrier and background items among an advice's reasons: the groups and barriers it reaches.
std::vector<std::string> reached(const ChosenAdvice& chosen, const Questionnaire& questionnaire)
{
    std::vector<std::string> items;
    for (const Condition* condition : chosen.because)
        if (condition->is_answer())
            if (const Item* item = questionnaire.find_item(condition->subject);
                item && (!item->barrier.empty() || !item->background.empty()))
                items.push_back(item->id);
    return items;
}

}  // namespace

const Advice* AdviceCatalogue::find(std::string_view id) const { return find_by_id(advice, id); }

namespace
{

AdviceCatalogue read_advice(detail::Reader& reader, const json& document, const std::vector<std::string>& languages)
{
    AdviceCatalogue catalogue;
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
                    advice.all = detail::read_conditions(reader, *when, when_path, "all");
                    advice.any = detail::read_conditions(reader, *when, when_path, "any");
                    advice.none = detail::read_conditions(reader, *when, when_path, "none");
                }
            }
            advice.title = reader.local_text(entry, path, "title", languages);
            advice.explanation = reader.local_text(entry, path, "explanation", languages);
            advice.first_step = reader.local_text(entry, path, "first_step", languages);
            advice.source = reader.string(entry, path, "source");
            catalogue.advice.push_back(std::move(advice));
        }
    }
    return catalogue;
}

}  // namespace

Loaded<AdviceCatalogue> load_advice(std::string_view json_text, const std::vector<std::string>& languages)
{
    const auto read = [&](detail::Reader& reader, const json& document) {
        return read_advice(reader, document, languages);
    };
    return detail::load_document<AdviceCatalogue>(json_text, "leerregie-advice", true, read);
}

std::vector<Problem> check_advice_references(const AdviceCatalogue& catalogue, const Questionnaire& questionnaire,
                                             const ProfileCatalogue& profiles)
{
    std::vector<Problem> problems;
    for (size_t i = 0; i < catalogue.advice.size(); ++i)
    {
        const Advice& advice = catalogue.advice[i];
        for (const auto& [key, list] :
             {std::pair{"all", &advice.all}, std::pair{"any", &advice.any}, std::pair{"none", &advice.none}})
        {
            for (size_t j = 0; j < list->size(); ++j)
            {
                const Condition& condition = (*list)[j];
                const std::string path =
                    detail::element_path("advice", i) + ".when." + key + "[" + std::to_string(j) + "]";
                if (condition.kind == Condition::Kind::Profile && !profiles.find(condition.subject))
                    problems.push_back({path, "unknown_profile", {condition.subject}});
                for (Problem& problem : check_condition(condition, questionnaire, path))
                    problems.push_back(std::move(problem));
            }
        }
    }
    return problems;
}

std::vector<ChosenAdvice> select_advice(const AdviceCatalogue& catalogue, const Questionnaire& questionnaire,
                                        const Answers& answers, const std::vector<DimensionScore>& scores,
                                        std::string_view profile_id)
{
    const Answers asked = asked_answers(questionnaire, answers);
    const Situation situation{asked, &scores, profile_id};
    std::vector<Candidate> fitting, general;
    for (const Advice& advice : catalogue.advice)
    {
        if (advice.general())
            general.push_back({{&advice, {}}, double(advice.priority)});
        else if (fits(advice, situation))
        {
            std::vector<const Condition*> because = reasons(advice, situation);
            const double rank = rank_of(advice, because, scores);
            fitting.push_back({{&advice, std::move(because)}, rank});
        }
    }
    std::sort(fitting.begin(), fitting.end(), ranks_before);
    std::sort(general.begin(), general.end(), ranks_before);

    std::vector<Candidate> shown;
    std::set<std::string> themes;
    std::set<std::string> used_reasons;
    const auto adds_a_reason = [&](const Candidate& candidate) {
        return std::any_of(candidate.chosen.because.begin(), candidate.chosen.because.end(),
                           [&](const Condition* condition) { return !used_reasons.count(reason_key(*condition)); });
    };
    const auto can_show = [&](const Candidate& candidate) {
        return shown.size() < max_advice_shown && !themes.count(candidate.chosen.advice->theme) &&
               std::none_of(shown.begin(), shown.end(),
                            [&](const Candidate& other) { return other.chosen.advice == candidate.chosen.advice; });
    };
    const auto show = [&](const Candidate& candidate) {
        shown.push_back(candidate);
        themes.insert(candidate.chosen.advice->theme);
        for (const Condition* condition : candidate.chosen.because)
            used_reasons.insert(reason_key(*condition));
    };

    // 1. Reach every barrier and group the person reports, covering the most at a time.
    std::set<std::string> unreached;
    for (const Candidate& candidate : fitting)
        for (std::string& item : reached(candidate.chosen, questionnaire))
            unreached.insert(std::move(item));
    while (!unreached.empty() && shown.size() < max_advice_shown)
    {
        const Candidate* best = nullptr;
        size_t best_count = 0;
        for (const Candidate& candidate : fitting)
        {
            if (!can_show(candidate))
                continue;
            const std::vector<std::string> items = reached(candidate.chosen, questionnaire);
            const size_t count = size_t(std::count_if(items.begin(), items.end(),
                                                      [&](const std::string& item) { return unreached.count(item); }));
            if (count > best_count)  // `fitting` is in rank order, so ties go to the better rank
            {
                best = &candidate;
                best_count = count;
            }
        }
        if (!best)
            break;
        for (const std::string& item : reached(best->chosen, questionnaire))
            unreached.erase(item);
        show(*best);
    }

    // 2. The rest by rank.
    for (const Candidate& candidate : fitting)
        if (can_show(candidate) && adds_a_reason(candidate))
            show(candidate);
    std::sort(shown.begin(), shown.end(), ranks_before);  // a total order: ids are unique

    // 3. General advice when too few fit.
    for (const Candidate& candidate : general)
        if (shown.size() < min_advice_shown && can_show(candidate))
            show(candidate);

    std::vector<ChosenAdvice> chosen;
    for (Candidate& candidate : shown)
        chosen.push_back(std::move(candidate.chosen));
    return chosen;
}

}  // namespace leerregie
