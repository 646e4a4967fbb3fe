// The questionnaire: scales, dimensions, items and national reference figures, read from a JSON
// file (docs/questionnaire-format.md) and checked so that scoring can trust it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/condition.h"
#include "core/problem.h"
#include "core/text.h"

namespace leerregie
{

struct Scale
{
    std::string id;
    std::vector<LocalText> options;  // ordered; answers give the 1-based index
    bool dont_know = false;          // whether "weet niet / n.v.t." is offered
    LocalText dont_know_label;       // empty: the app's default wording
    // A choice after the options for people the question does not fit ("Ik heb geen
    // leidinggevende"); empty when the scale has none. Kept apart from "weet niet".
    LocalText not_applicable;

    bool offers_not_applicable() const { return !not_applicable.by_language.empty(); }
};

struct Section
{
    std::string id;
    LocalText title;
    LocalText intro;
};

// What a score from `min` up to the next band's `min` means.
struct Band
{
    double min = 0.0;
    LocalText text;
};

struct Dimension
{
    std::string id;
    std::string group;  // potential, agency, work, environment or participation
    LocalText name;
    LocalText description;
    std::vector<Band> bands;  // ascending by min
};

struct Item
{
    std::string id;
    std::string dimension;  // empty for an unscored item (background, barrier)
    std::string scale;
    bool reverse = false;
    double weight = 1.0;
    bool in_short = false;
    std::string section;
    LocalText text;
    std::string source;
    std::string barrier;     // psychological, situational or institutional; empty if none
    std::string background;  // age, contract, education or company_size; empty if none
    // The question is not asked when one of these holds (answer conditions on earlier items only),
    // e.g. questions about a manager for someone who has none.
    std::vector<Condition> skip_if;
};

// A national figure: `value` percent of `population` chose one of `options` of `item`.
struct Reference
{
    std::string id;
    std::string item;
    std::vector<int> options;
    double value = 0.0;
    bool approximate = false;  // the source gives it as "about", so it is shown that way
    int year = 0;
    LocalText population;
    LocalText label;
    // What the figure measures when that is more than this one question (e.g. autonomy over five
    // questions); empty when the figure is about the same question.
    LocalText construct;
    // The figure is not shown when one of these holds: it describes people unlike this person.
    std::vector<Condition> excluded_when;
    std::string source;
};

struct Questionnaire
{
    std::string id;
    std::string version;
    std::vector<std::string> languages;
    LocalText title;
    std::vector<Scale> scales;
    std::vector<Section> sections;
    std::vector<Dimension> dimensions;
    std::vector<Item> items;
    std::vector<Reference> references;

    const Scale* find_scale(std::string_view id) const;
    const Section* find_section(std::string_view id) const;
    const Dimension* find_dimension(std::string_view id) const;
    const Item* find_item(std::string_view id) const;
};

// The dimension groups the profile rule uses.
constexpr std::string_view dimension_groups[] = {"potential", "agency", "work", "environment", "participation"};

// Reads and checks a questionnaire file. Reports every problem found, not only the first; the
// value is set only when there are none. Never throws, whatever the input.
Loaded<Questionnaire> load_questionnaire(std::string_view json_text);

}  // namespace leerregie
