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
    result.advice = select_advice(advice, answers, result.scores, result.profile.id);
    for (const Reference& reference : questionnaire.references)
    {
        Comparison comparison;
        comparison.reference = &reference;
        comparison.item = questionnaire.find_item(reference.item);
        if (!comparison.item || !in_variant(*comparison.item, answers.variant))
            continue;
        if (const auto answer = answers.answers.find(reference.item); answer != answers.answers.end())
            comparison.answer = answer->second;
        comparison.in_group = comparison.answer && std::find(reference.options.begin(), reference.options.end(),
                                                             *comparison.answer) != reference.options.end();
        result.comparisons.push_back(comparison);
    }
    return result;
}

} // namespace leerregie
