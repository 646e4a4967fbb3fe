#include "core/own_questionnaire.h"

#include <string>

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

std::vector<Problem> check_against_builtin(std::string_view text, const Questionnaire& questionnaire,
                                           const BuiltIn& built_in)
{
    std::vector<Problem> problems;
    if (questionnaire.id == built_in.questionnaire.id && text != built_in.questionnaire_text)
        problems.push_back({"id", "builtin_id", {questionnaire.id}});
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

}  // namespace leerregie
