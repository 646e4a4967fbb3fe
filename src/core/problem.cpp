#include "core/problem.h"

#include <string_view>

namespace leerregie
{
namespace
{

// The English messages; the codes are stable, so tests and translations can rely on them.
struct Message
{
    std::string_view code;
    std::string_view text;
};

constexpr Message messages[] = {
    {"too_large", "the file is larger than {0} bytes"},
    {"too_deep", "the JSON is nested deeper than {0} levels"},
    {"syntax", "invalid JSON at line {0}, column {1}: {2}"},
    {"wrong_type", "expected {0}"},
    {"missing", "required field is missing"},
    {"wrong_format", "format must be \"{0}\", not \"{1}\""},
    {"empty", "must not be empty"},
    {"too_long", "text is longer than {0} characters"},
    {"id_too_long", "an id is longer than {0} characters"},
    {"too_many", "more than {0} entries"},
    {"duplicate_id", "duplicate id \"{0}\""},
    {"unknown_scale", "unknown scale \"{0}\""},
    {"unknown_dimension", "unknown dimension \"{0}\""},
    {"unknown_section", "unknown section \"{0}\""},
    {"unknown_item", "unknown item \"{0}\""},
    {"unknown_profile", "unknown profile \"{0}\""},
    {"unknown_value", "unknown value \"{0}\" (expected one of: {1})"},
    {"too_few_options", "a scale needs at least 2 options"},
    {"missing_translation", "missing the \"{0}\" text"},
    {"not_positive", "must be a number greater than 0"},
    {"out_of_range", "{0} is out of range {1}..{2}"},
    {"no_items", "there are no items"},
    {"dimension_without_items", "dimension \"{0}\" has no items"},
    {"version_too_old", "version {0} is older than this program can read; it reads version {1}"},
    {"version_too_new", "version {0} was made by a newer program; this one reads version {1}"},
    {"other_questionnaire", "these answers belong to questionnaire \"{0}\", not \"{1}\""},
    {"no_dont_know", "\"don't know\" (null) is not offered for this item"},
    {"duplicate_profile", "another profile already has agency \"{0}\" and conversion \"{1}\""},
    {"missing_profile", "no profile has agency \"{0}\" and conversion \"{1}\""},
    {"missing_undetermined", "no profile has id \"{0}\" (used when answers are too few to place someone)"},
    {"bad_condition", "a condition needs exactly one of dimension, item or profile"},
    {"bad_answer_condition", "a condition here must name an item: {\"item\": id, \"answer_in\": [...]}"},
    {"no_not_applicable", "\"not_applicable\" is not offered for this item"},
    {"skip_not_earlier", "a skip rule may only name an item asked earlier, not \"{0}\""},
    {"bad_threshold", "a dimension condition needs exactly one of below or at_least"},
    {"result_code.not_a_code", "this is not a result code"},
    {"result_code.length", "the code has {0} characters; a code for this questionnaire has {1}"},
    {"result_code.version", "the code was made by another version of Leerregie (code version {0})"},
    {"result_code.checksum",
     "the code does not add up: check it for a typo (or it was made for another questionnaire)"},
    {"group_share.not_a_share", "this is not a link to a group picture"},
    {"group_share.length", "the group picture has {0} characters, not {1}: the link is cut short or too long, or made "
                           "for another questionnaire"},
    {"group_share.version", "the group picture was made by another version of Leerregie (version {0})"},
    {"group_share.checksum",
     "the group picture does not add up: the link is damaged, or made for another questionnaire"},
    {"builtin_id", "\"{0}\" is the id of the built-in questionnaire; give yours an id of its own"},
    {"bad_id", "an id may only hold letters, digits, \"-\" and \"_\""},
    {"unknown_reference", "unknown reference \"{0}\""},
    {"no_reference", "names no reference from the reference list; write its id, e.g. [003]"},
};

std::string_view english_text(std::string_view code)
{
    for (const Message& message : messages)
        if (message.code == code)
            return message.text;
    return code;
}

std::string fill(std::string_view pattern, const Problem& problem)
{
    std::string result;
    for (size_t i = 0; i < pattern.size(); ++i)
    {
        if (pattern.substr(i, 6) == "{path}")
        {
            result += problem.path;
            i += 5;
            continue;
        }
        const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                                 pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
        if (placeholder && size_t(pattern[i + 1] - '0') < problem.args.size())
        {
            result += problem.args[size_t(pattern[i + 1] - '0')];
            i += 2;
            continue;
        }
        result += pattern[i];
    }
    return result;
}

}  // namespace

std::string describe(const Problem& problem) { return problem.path + ": " + fill(english_text(problem.code), problem); }

std::string describe(const Problem& problem, const Strings& strings, std::string_view language)
{
    // English is the messages' own language (the CLI's), so only translations live in strings.json.
    const std::string* pattern = strings.find(language, "problem." + problem.code);
    if (!pattern)
        return describe(problem);
    if (pattern->find("{path}") != std::string::npos)
        return fill(*pattern, problem);
    return problem.path + ": " + fill(*pattern, problem);
}

std::vector<std::string_view> problem_codes()
{
    std::vector<std::string_view> codes;
    for (const Message& message : messages)
        codes.push_back(message.code);
    return codes;
}

}  // namespace leerregie
