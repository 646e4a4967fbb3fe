// One call from answers to everything the results show: dimension scores, the profile, the advice
// and the comparisons with national figures.
#pragma once

#include <optional>
#include <vector>

#include "core/advice.h"
#include "core/answers.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/scoring.h"

namespace leerregie
{

// A national figure beside the person's own answer to the same question.
struct Comparison
{
    const Reference* reference = nullptr;
    const Item* item = nullptr;
    std::optional<int> answer;  // none when the item was not answered or answered "weet niet"
    bool in_group = false;      // whether the answer is one of the options the figure counts
};

struct Assessment
{
    std::vector<DimensionScore> scores;
    ProfileResult profile;
    std::vector<ChosenAdvice> advice;
    // The national figures that fit the person: for questions they were asked and did not mark
    // as not applying to them, and not excluded for people like them (e.g. figures about
    // employees for someone self-employed).
    std::vector<Comparison> comparisons;
};

// Pointers in the result refer into the questionnaire and the advice catalogue, which must
// outlive it; passing temporaries is therefore refused at compile time.
Assessment assess(const Questionnaire& questionnaire, const AdviceCatalogue& advice, const ProfileCatalogue& profiles,
                  const Answers& answers);
Assessment assess(Questionnaire&&, const AdviceCatalogue&, const ProfileCatalogue&, const Answers&) = delete;
Assessment assess(const Questionnaire&, AdviceCatalogue&&, const ProfileCatalogue&, const Answers&) = delete;

}  // namespace leerregie
