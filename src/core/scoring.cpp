#include "core/scoring.h"

namespace leerregie
{

namespace
{

// Calls `visit(item, position)` for each item of `dimension` the person is asked (in the variant,
// not skipped, not answered "not applicable"), with their answer's position on the scale, 0..1 and
// reversed where the item is, or none when it has no option chosen.
template <typename Visit>
void visit_asked_items(const Questionnaire& questionnaire, const Answers& asked, const Dimension& dimension,
                       Visit visit)
{
    for (const Item& item : questionnaire.items)
    {
        if (item.dimension != dimension.id || !is_asked(item, asked))
            continue;
        const auto answer = asked.answers.find(item.id);
        // A question that does not apply to the person counts as not asked.
        if (answer != asked.answers.end() && answer->second == not_applicable_answer)
            continue;
        const Scale* scale = questionnaire.find_scale(item.scale);
        const int options = scale ? int(scale->options.size()) : 0;
        const int chosen = answer != asked.answers.end() && answer->second ? *answer->second : 0;
        if (options < 2 || chosen < 1 || chosen > options)
        {
            visit(item, std::optional<double>());
            continue;
        }
        const double position = double(chosen - 1) / double(options - 1);
        visit(item, std::optional<double>(item.reverse ? 1.0 - position : position));
    }
}

}  // namespace

std::vector<DimensionScore> score_answers(const Questionnaire& questionnaire, const Answers& answers)
{
    const Answers asked = asked_answers(questionnaire, answers);
    std::vector<DimensionScore> scores;
    scores.reserve(questionnaire.dimensions.size());
    for (const Dimension& dimension : questionnaire.dimensions)
    {
        DimensionScore result{dimension.id, std::nullopt, 0, 0};
        double weighted_sum = 0.0, weight_total = 0.0;
        visit_asked_items(questionnaire, asked, dimension, [&](const Item& item, std::optional<double> position) {
            ++result.items;
            if (!position)
                return;
            weighted_sum += item.weight * *position;
            weight_total += item.weight;
            ++result.answered;
        });
        const int needed = (result.items + 1) / 2;  // ceil(n/2)
        if (result.items > 0 && result.answered >= needed && weight_total > 0.0)
            result.score = 100.0 * weighted_sum / weight_total;
        scores.push_back(result);
    }
    return scores;
}

std::vector<AnswerScore> answers_counted(const Questionnaire& questionnaire, const Answers& answers,
                                         const Dimension& dimension)
{
    std::vector<AnswerScore> counted;
    visit_asked_items(questionnaire, asked_answers(questionnaire, answers), dimension,
                      [&](const Item& item, std::optional<double> position) {
                          if (position)
                              counted.push_back({&item, 100.0 * *position});
                      });
    return counted;
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
