// Scoring (docs/contracts.md): a dimension's score is the weighted mean of its answered items' positions
// on their scales, as a percentage of the maximum, over the items of the chosen variant.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/answers.h"
#include "core/questionnaire.h"

namespace leerregie
{

struct DimensionScore
{
    std::string id;
    std::optional<double> score;  // 0..100, or none when too few items were answered
    int answered = 0;             // items with a chosen option ("weet niet" does not count)
    int items = 0;                // items of this dimension in the variant
};

// For an item with k options and chosen index v: s = (v-1)/(k-1), or 1-s when reversed. A
// dimension scores 100 x the weighted mean of s over its answered items that the person is asked
// (in the variant, not skipped, not answered "not applicable"), and has no score when fewer than
// ceil(n/2) of its n items were answered. One entry per dimension, in the questionnaire's order.
std::vector<DimensionScore> score_answers(const Questionnaire& questionnaire, const Answers& answers);

// A score is shown to a person, and used for the profile and advice, only when it rests on at
// least this many answers: one answer is an answer, not a measurement.
constexpr int min_answers_shown = 2;

// The score when it may be shown, else none.
std::optional<double> shown_score(const DimensionScore& score);

// Whether `score` reaches `threshold`. Scores are sums of fractions, so one that is exactly the
// threshold on paper can come out a hair below it in floating point; it still counts as reaching.
bool reaches(double score, double threshold);

// The band text that describes `score` for `dimension`, or nullptr when it has no bands.
const Band* band_for(const Dimension& dimension, double score);

// One answer as it counts in its dimension's score: 100 x its position on the scale (reversed
// where the item is).
struct AnswerScore
{
    const Item* item;
    double score;
};
// The answers behind `dimension`'s score, in the questionnaire's order: the items the person is
// asked and answered with an option.
std::vector<AnswerScore> answers_counted(const Questionnaire& questionnaire, const Answers& answers,
                                         const Dimension& dimension);

}  // namespace leerregie
