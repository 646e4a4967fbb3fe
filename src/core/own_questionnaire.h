// A trainer's own questionnaire, loaded by the app with `?questionnaire=<relative URL>` and checked
// by `leerregie-cli validate`: which addresses the app may load it from, and the checks it must
// pass on top of any questionnaire's, so the built-in advice and profiles still work with it.
#pragma once

#include <string_view>
#include <vector>

#include "core/problem.h"
#include "core/questionnaire.h"

namespace leerregie
{

// Why an address for a questionnaire is refused.
enum class UrlRefusal
{
    None,          // a relative address on the app's own site: `q.json`, `files/q.json`, `./q.json`,
                   // `../q.json`, `/trainers/q.json` (query and fragment allowed)
    Empty,         // nothing given
    OtherSite,     // has a scheme (`https:`, `data:`, `javascript:`, ...) or a host (`//host/q.json`)
    BadCharacter,  // a backslash, a space or a control character: browsers bend these into other
                   // addresses (`\\host` is `//host`, `java\tscript:` is `javascript:`)
};

// Only addresses that cannot leave the page's origin, whatever page they are resolved against,
// are accepted. The browser checks the resolved address once more before it fetches.
UrlRefusal check_questionnaire_url(std::string_view url);

// The built-in questionnaire, to check an own questionnaire against.
struct BuiltIn
{
    std::string_view questionnaire_text;
    const Questionnaire& questionnaire;
};

// Problems that keep a valid questionnaire from being used beside the built-in one: its id must
// differ from the built-in questionnaire's unless it is that very file (`builtin_id`), because
// saved answers are kept per questionnaire id. Dimensions and questions may be dropped or added:
// advice whose condition names one that is not there is simply not given.
std::vector<Problem> check_against_builtin(std::string_view text, const Questionnaire& questionnaire,
                                           const BuiltIn& built_in);

// load_questionnaire, then check_against_builtin when it loaded: the app and the CLI both use this.
Loaded<Questionnaire> load_own_questionnaire(std::string_view text, const BuiltIn& built_in);

}  // namespace leerregie
