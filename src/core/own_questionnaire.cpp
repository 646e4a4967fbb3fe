#include "core/own_questionnaire.h"

#include <set>
#include <string>

#include "core/json_reader.h"

namespace leerregie
{

UrlRefusal check_questionnaire_url(std::string_view url)
{
    if (url.empty())
        return UrlRefusal::Empty;
    for (const char c : url)
        if (c == '\\' || static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
            return UrlRefusal::BadCharacter;
    // `//host/...` names another host with the page's scheme.
    if (url.substr(0, 2) == "//")
        return UrlRefusal::OtherSite;
    // A colon before the first `/`, `?` or `#` makes the start a scheme (`https:`, `data:`). A
    // relative path whose first part holds a colon would be read the same way, so it is refused
    // too; `./a:b.json` is the way to write such a name.
    const size_t end_of_first_part = url.find_first_of("/?#");
    if (url.substr(0, end_of_first_part).find(':') != std::string_view::npos)
        return UrlRefusal::OtherSite;
    return UrlRefusal::None;
}

std::vector<Problem> check_against_builtin(std::string_view text, const Questionnaire& questionnaire, const BuiltIn& built_in)
{
    std::vector<Problem> problems;
    if (questionnaire.id == built_in.questionnaire.id && text != built_in.questionnaire_text)
        problems.push_back({"id", "builtin_id", {questionnaire.id}});

    // Listed by kind (dimensions, items, options), each once, in the order the advice names them.
    std::vector<Problem> dimensions, items, options;
    std::set<std::string> named;
    std::set<std::pair<std::string, int>> options_named;
    for (const Advice& advice : built_in.advice.advice)
    {
        for (const std::vector<Condition>* conditions : {&advice.all, &advice.any})
        {
            for (const Condition& condition : *conditions)
            {
                switch (condition.kind)
                {
                case Condition::Kind::DimensionBelow:
                case Condition::Kind::DimensionAtLeast:
                    if (!questionnaire.find_dimension(condition.subject) && named.insert("d:" + condition.subject).second)
                        dimensions.push_back({"dimensions", "advice_needs_dimension", {condition.subject}});
                    break;
                case Condition::Kind::ItemAnswer:
                {
                    const Item* item = questionnaire.find_item(condition.subject);
                    if (!item)
                    {
                        if (named.insert("i:" + condition.subject).second)
                            items.push_back({"items", "advice_needs_item", {condition.subject}});
                        break;
                    }
                    const Scale* scale = questionnaire.find_scale(item->scale);
                    const size_t index = size_t(item - questionnaire.items.data());
                    for (const int option : condition.options)
                        if (scale && option > int(scale->options.size()) &&
                            options_named.insert({item->id, option}).second)
                            options.push_back({detail::element_path("items", index) + ".scale", "advice_needs_option",
                                                {std::to_string(option), item->id, std::to_string(scale->options.size())}});
                    break;
                }
                case Condition::Kind::Profile:
                    break;  // profiles are built in too, and checked with the advice
                }
            }
        }
    }
    for (std::vector<Problem>* kind : {&dimensions, &items, &options})
        problems.insert(problems.end(), kind->begin(), kind->end());
    return problems;
}

Loaded<Questionnaire> load_own_questionnaire(std::string_view text, const BuiltIn& built_in)
{
    Loaded<Questionnaire> loaded = load_questionnaire(text);
    if (!loaded.ok())
        return loaded;
    loaded.problems = check_against_builtin(text, *loaded.value, built_in);
    if (!loaded.problems.empty())
        loaded.value.reset();
    return loaded;
}

} // namespace leerregie
