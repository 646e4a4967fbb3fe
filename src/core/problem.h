// A problem found in an input file: where (a JSON path such as `items[12].scale`), what (a stable
// code) and the details. The same problem reads in English on the command line and in the
// person's language in the app, from the `problem.<code>` texts of assets/strings.json.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace leerregie
{

struct Problem
{
    std::string path;  // "$" for the document as a whole
    std::string code;
    std::vector<std::string> args;
};

// `items[12].scale: unknown scale "agree7"` — the form the CLI prints.
std::string describe(const Problem& problem);
// The same in `language`, from the `problem.<code>` text with its {0}, {1}, ... filled in. The
// line starts with the path and ": ", unless the text places {path} itself. Falls back to English.
std::string describe(const Problem& problem, const Strings& strings, std::string_view language);

// Every code the core reports, so a test can check that each has a translation.
std::vector<std::string_view> problem_codes();

// The outcome of reading a file: a value when it could be used, and every problem found.
template <typename T> struct Loaded
{
    std::optional<T> value;
    std::vector<Problem> problems;

    bool ok() const { return value.has_value() && problems.empty(); }
};

}  // namespace leerregie
