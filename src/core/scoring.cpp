#include "core/scoring.h"

namespace leerregie
{

std::vector<DimensionScore> score_answers(const Questionnaire& questionnaire, const Answers& answers)
{
    const Answers asked = asked_answers(questionnaire, answers);
    std::vector<DimensionScore> scores;
    scores.reserve(questionnaire.dimensions.size());
    for (const Dimension& dimension : questionnaire.dimensions)
    {
        DimensionScore result{dimension.id, std::nullopt, 0, 0};
        double weighted_sum = 0.0, weight_total = 0.0;
        for (const Item& item : questionnaire.items)
        {
            if (item.dimension != dimension.id || !is_asked(item, asked))
                continue;
            const auto answer = asked.answers.find(item.id);
            // A question that does not apply to the person counts as not asked.
            if (answer != asked.answers.end() && answer->second == not_applicable_answer)
                continue;
            ++result.items;
            const Scale* scale = questionnaire.find_scale(item.scale);
            if (answer == asked.answers.end() || !answer->second || !scale)
                continue;
            const int options = int(scale->options.size());
            const int chosen = *answer->second;
            if (options < 2 || chosen < 1 || chosen > options)
                continue;
            const double position = double(chosen - 1) / double(options - 1);
            weighted_sum += item.weight * (item.reverse ? 1.0 - position : position);
            weight_total += item.weight;
            ++result.answered;
        }
        const int needed = (result.items + 1) / 2;  // ceil(n/2)
        if (result.items > 0 && result.answered >= needed && weight_total > 0.0)
            result.score = 100.0 * weighted_sum / weight_total;
        scores.push_back(result);
    }
    return scores;
}

std::optional<double> shown_score(const DimensionScore& score)
{
    return score.answered >= min_answers_shown ? score.score : std::nullopt;
}

bool reaches(double score, double threshold) { return score >= threshold - 1e-9; }

const Band* band_for(const Dimension& dimension, double score)
{
    const Band* found = nullptr;
    for (const Band& band : dimension.bands)
        if (reaches(score, band.min))
            found = &band;
    return found ? found : (dimension.bands.empty() ? nullptr : &dimension.bands.front());
}

}  // namespace leerregie
