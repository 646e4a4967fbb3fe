// Reading untrusted JSON into the core's types: limits against absurd input, syntax errors with
// line and column, and typed field access that records a Problem with its path instead of
// throwing. Used by every loader in the core; not part of the core's public API.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"
#include "core/text.h"

namespace leerregie::detail
{

constexpr size_t max_input_bytes = max_file_bytes;
constexpr int max_depth = 32;
constexpr size_t max_string_length = max_text_length;
constexpr size_t max_entries = 500;

// Parses `text`; on failure records the problem and returns a discarded value.
nlohmann::json parse_limited(std::string_view text, std::vector<Problem>& problems);
// The same, for a document that must be a JSON object: anything else is a problem too.
nlohmann::json parse_object(std::string_view text, std::vector<Problem>& problems);

// A number as people write it: "3", "2.5", "1e+300"; for messages about out-of-range values.
std::string format_number(double value);

class Reader
{
public:
    // Checks the document's "format" field against `expected` (an absent one is fine unless
    // `required`).
    void format(const nlohmann::json& document, const char* expected, bool required);

    explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

    void add(std::string path, std::string code, std::vector<std::string> args = {})
    {
        problems_.push_back({std::move(path), std::move(code), std::move(args)});
    }

    // Each returns the value, or a neutral one after recording why it could not be read.
    // `required` false means an absent field is fine and yields `fallback`.
    bool object(const nlohmann::json& value, const std::string& path);
    std::string string(const nlohmann::json& object, const std::string& path, const char* key, bool required = true);
    // The same for an id: at most max_id_length characters.
    std::string id(const nlohmann::json& object, const std::string& path, const char* key, bool required = true);
    bool boolean(const nlohmann::json& object, const std::string& path, const char* key, bool fallback);
    double number(const nlohmann::json& object, const std::string& path, const char* key, double fallback,
                  bool required = false);
    // A whole number in min..max; out-of-range values are reported and yield `fallback`.
    long long whole_number(const nlohmann::json& object, const std::string& path, const char* key, long long min,
                           long long max, long long fallback, bool required = false);
    // An option number (1, 2, ...) at `path`, at most `options` when that is known (not 0);
    // nullopt after reporting why not.
    std::optional<int> option_number(const nlohmann::json& value, const std::string& path, size_t options);
    // An array field; returns nullptr (and records it) when absent and required, or not an array.
    const nlohmann::json* array(const nlohmann::json& object, const std::string& path, const char* key,
                                bool required = true);
    // {"nl": "...", "en": "..."} with every one of `languages` present and non-empty.
    LocalText local_text(const nlohmann::json& object, const std::string& path, const char* key,
                         const std::vector<std::string>& languages, bool required = true);

private:
    std::vector<Problem>& problems_;
};

std::string field_path(const std::string& path, const char* key);
std::string element_path(const std::string& path, size_t index);

// What every loader does around reading its own fields: parses `text` as a JSON object within
// the limits, checks its "format" field against `format`, and calls `read(reader, document)` for
// the rest. The value is kept only when no problem at all was found, so a caller never works
// with half-read content.
template <typename T, typename Read>
Loaded<T> load_document(std::string_view text, const char* format, bool format_required, Read read)
{
    Loaded<T> result;
    const nlohmann::json document = parse_object(text, result.problems);
    if (document.is_discarded())
        return result;
    Reader reader(result.problems);
    reader.format(document, format, format_required);
    T value = read(reader, document);
    if (result.problems.empty())
        result.value = std::move(value);
    return result;
}

}  // namespace leerregie::detail
