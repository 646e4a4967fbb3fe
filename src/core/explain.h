// What a person reads about their results, in words: a score, why an advice was given, where
// their own answer stands beside a national figure. The results screen, the report and the CLI
// share these, so the three never tell a person different things. Texts come from
// assets/strings.json ("explain.*").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/advice.h"
#include "core/answers.h"
#include "core/assessment.h"
#include "core/questionnaire.h"
#include "core/text.h"

namespace leerregie
{

struct Explainer
{
    const Questionnaire& questionnaire;
    const Answers& answers;
    const Assessment& assessment;
    const ProfileCatalogue& profiles;
    const Strings& strings;
    std::string_view language;

    // A shown score as a whole number ("62"): with two to four answers behind it, a decimal would
    // suggest a precision the scan does not have.
    static std::string whole_score(double score);

    // The label of the person's answer to `item` ("Eens", "Weet niet", "Ik heb geen
    // leidinggevende"), or "" when unanswered.
    std::string answer_label(const Item& item) const;

    // What a dimension's shown score means: its band's text, and, when one of the answers behind
    // it lies at the other end (in the lowest band under a score in the highest, or the reverse),
    // "Maar op ‘…’ antwoordde je ‘…’." for the one furthest off, so the text never reads as if
    // it spoke for every answer. "" when the dimension has no bands.
    std::string meaning(const Dimension& dimension, double score) const;
    // The parts on a side of the profile that its level does not speak for: under a high side, the
    // dimensions whose score is in their lowest band ("Let op: je score voor Richting (25) is
    // laag."), under a low side those in their highest band. One sentence a side that has such
    // parts, agency first, each shown as a paragraph of its own after the profile's explanation;
    // none for the undetermined profile.
    std::vector<std::string> parts_against(const Profile& profile) const;
    // "Waarom deze tip: je antwoordde ‘Nee’ op ‘Heb je een eigen leerbudget?’." One sentence
    // naming every reason; for general advice, that it is a general tip.
    std::string because(const ChosenAdvice& chosen) const;

    // A national figure's percentage as the source gives it: "52%", "ongeveer 40%".
    std::string percentage(const Reference& reference) const;
    // "In 2022: 52% van de werknemers in Nederland volgde ... ."
    std::string national(const Comparison& comparison) const;
    // Whether the person's own answer is in the group the figure counts: "Jij antwoordde ‘Ja’:
    // daarmee hoor je bij deze groep (52%)." Unanswered or "weet niet": says so.
    std::string own_side(const Comparison& comparison) const;
    // For a figure about more than this one question: what it is about; else "".
    std::string scope_note(const Comparison& comparison) const;

private:
    // "a", "a en b", "a, b en c".
    std::string listed(const std::vector<std::string>& parts) const;
    // The item's text to quote inside a sentence: without its own full stop.
    std::string_view statement(const Item& item) const;
    const std::string& text(std::string_view key) const { return strings.get(language, key); }
};

}  // namespace leerregie
