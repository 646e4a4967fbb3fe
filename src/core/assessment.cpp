#include "core/assessment.h"

#include <algorithm>

namespace leerregie
{

Assessment assess(const Questionnaire& questionnaire, const AdviceCatalogue& advice, const ProfileCatalogue& profiles,
                  const Answers& answers)
{
    Assessment result;
    result.scores = score_answers(questionnaire, answers);
    result.profile = determine_profile(questionnaire, result.scores, profiles);
    result.advice = select_advice(advice, questionnaire, answers, result.scores, result.profile.id);
    const Answers asked = asked_answers(questionnaire, answers);
    for (const Reference& reference : questionnaire.references)
    {
        Comparison comparison;
        comparison.reference = &reference;
        comparison.item = questionnaire.find_item(reference.item);
        if (!comparison.item || !is_asked(*comparison.item, asked) ||
            any_holds(reference.excluded_when, Situation{asked}))
            continue;
        if (const auto answer = asked.answers.find(reference.item); answer != asked.answers.end())
        {
            if (answer->second == not_applicable_answer)
                continue;
            comparison.answer = answer->second;
        }
        comparison.in_group = comparison.answer && std::find(reference.options.begin(), reference.options.end(),
                                                             *comparison.answer) != reference.options.end();
        result.comparisons.push_back(comparison);
    }
    return result;
}

}  // namespace leerregie
