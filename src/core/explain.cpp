#include "core/explain.h"

#include <cmath>

#include "core/find_by_id.h"

namespace leerregie
{
std::string Explainer::whole_score(double score)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f", std::round(score));
    return buffer;
}

std::string_view Explainer::statement(const Item& item) const
{
    // A statement's own full stop would stand before the sentence's.
    std::string_view question = item.text.in(language);
    if (!question.empty() && question.back() == '.')
        question.remove_suffix(1);
    return question;
}

std::string Explainer::answer_label(const Item& item) const
{
    const auto answer = answers.answers.find(item.id);
    const Scale* scale = questionnaire.find_scale(item.scale);
    if (answer == answers.answers.end() || !scale)
        return {};
    if (!answer->second)
        return scale->dont_know_label.by_language.empty() ? text("ui.question.dont_know")
                                                          : scale->dont_know_label.in(language);
    if (*answer->second == not_applicable_answer)
        return scale->not_applicable.in(language);
    const int option = *answer->second;
    return option >= 1 && option <= int(scale->options.size()) ? scale->options[size_t(option - 1)].in(language)
                                                               : std::string();
}

std::string Explainer::meaning(const Dimension& dimension, double score) const
{
    const Band* band = band_for(dimension, score);
    if (!band)
        return {};
    std::string words = band->text.in(language);
    const Band* lowest = &dimension.bands.front();
    const Band* highest = &dimension.bands.back();
    if (lowest == highest || (band != lowest && band != highest))
        return words;
    const std::vector<AnswerScore> counted = answers_counted(questionnaire, answers, dimension);
    const AnswerScore* furthest = nullptr;
    for (const AnswerScore& answer : counted)
    {
        const Band* own = band_for(dimension, answer.score);
        const bool contrary = band == highest ? own == lowest : own == highest;
        if (contrary && (!furthest || std::abs(answer.score - score) > std::abs(furthest->score - score)))
            furthest = &answer;
    }
    if (furthest)
        words +=
            " " + format_text(text("explain.but_answer"), {statement(*furthest->item), answer_label(*furthest->item)});
    return words;
}

std::vector<std::string> Explainer::parts_against(const Profile& profile) const
{
    std::vector<std::string> sentences;
    const auto side = [&](std::string_view level, const auto& groups) {
        if (level != "high" && level != "low")
            return;
        const bool high = level == "high";
        std::vector<std::string> parts;
        for (const DimensionScore& score : assessment.scores)
        {
            const Dimension* dimension = questionnaire.find_dimension(score.id);
            const std::optional<double> shown = shown_score(score);
            if (!dimension || !shown || dimension->bands.size() < 2 || !in_groups(*dimension, groups))
                continue;
            if (band_for(*dimension, *shown) == (high ? &dimension->bands.front() : &dimension->bands.back()))
                parts.push_back(dimension->name.in(language) + " (" + whole_score(*shown) + ")");
        }
        if (parts.empty())
            return;
        const char* key = high ? (parts.size() == 1 ? "explain.low_part" : "explain.low_parts")
                               : (parts.size() == 1 ? "explain.high_part" : "explain.high_parts");
        sentences.push_back(format_text(text(key), {listed(parts)}));
    };
    side(profile.agency, agency_groups);
    side(profile.conversion, conversion_groups);
    return sentences;
}

std::string Explainer::listed(const std::vector<std::string>& parts) const
{
    std::string words;
    for (size_t i = 0; i < parts.size(); ++i)
    {
        if (i > 0)
            words += text(i + 1 == parts.size() ? "explain.and" : "explain.comma");
        words += parts[i];
    }
    return words;
}

std::string Explainer::because(const ChosenAdvice& chosen) const
{
    if (chosen.because.empty())
        return text("explain.because_general");
    std::vector<std::string> reasons;
    for (const Condition* condition : chosen.because)
    {
        switch (condition->kind)
        {
        case Condition::Kind::ItemAnswer:
            if (const Item* item = questionnaire.find_item(condition->subject))
                reasons.push_back(format_text(text("explain.because_answer"), {statement(*item), answer_label(*item)}));
            break;
        case Condition::Kind::DimensionBelow:
        case Condition::Kind::DimensionAtLeast:
        {
            const Dimension* dimension = questionnaire.find_dimension(condition->subject);
            const DimensionScore* score = find_by_id(assessment.scores, condition->subject);
            if (dimension && score && shown_score(*score))
                reasons.push_back(
                    format_text(text(condition->kind == Condition::Kind::DimensionBelow ? "explain.because_below"
                                                                                        : "explain.because_at_least"),
                                {dimension->name.in(language), whole_score(*shown_score(*score)),
                                 whole_score(condition->threshold)}));
            break;
        }
        case Condition::Kind::Profile:
            if (const Profile* profile = profiles.find(condition->subject))
                reasons.push_back(format_text(text("explain.because_profile"), {profile->name.in(language)}));
            break;
        }
    }
    return format_text(text("explain.because"), {listed(reasons)});
}

std::string Explainer::percentage(const Reference& reference) const
{
    return format_text(text(reference.approximate ? "explain.percent_about" : "explain.percent"),
                       {whole_score(reference.value)});
}

std::string Explainer::national(const Comparison& comparison) const
{
    const Reference& reference = *comparison.reference;
    return format_text(text("explain.national"), {percentage(reference), reference.population.in(language),
                                                  reference.label.in(language), std::to_string(reference.year)});
}

std::string Explainer::own_side(const Comparison& comparison) const
{
    if (!comparison.answer)
    {
        const std::string label = answer_label(*comparison.item);  // "Weet niet", or "" when unanswered
        return label.empty() ? text("explain.side_unanswered") : format_text(text("explain.side_dont_know"), {label});
    }
    const Reference& reference = *comparison.reference;
    const std::string answer = answer_label(*comparison.item);
    if (comparison.in_group)
        return format_text(text("explain.side_in"), {answer, percentage(reference)});
    Reference rest = reference;
    rest.value = 100.0 - reference.value;
    return format_text(text("explain.side_out"), {answer, percentage(reference), percentage(rest)});
}

std::string Explainer::scope_note(const Comparison& comparison) const
{
    const LocalText& construct = comparison.reference->construct;
    return construct.by_language.empty() ? std::string()
                                         : format_text(text("explain.construct"), {construct.in(language)});
}

}  // namespace leerregie
