// Reading untrusted JSON into the core's types: limits against absurd input, syntax errors with
// line and column, and typed field access that records a Problem with its path instead of
// throwing. Used by every loader in the core; not part of the core's public API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"
#include "core/text.h"

namespace leerregie::detail
{

constexpr size_t max_input_bytes = 2 * 1024 * 1024;
constexpr int max_depth = 32;
constexpr size_t max_string_length = 4000;
constexpr size_t max_entries = 500;

// Parses `text`; on failure records the problem and returns a discarded value.
nlohmann::json parse_limited(std::string_view text, std::vector<Problem>& problems);

class Reader
{
public:
    explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

    void add(std::string path, std::string code, std::vector<std::string> args = {})
    {
        problems_.push_back({std::move(path), std::move(code), std::move(args)});
    }

    // Each returns the value, or a neutral one after recording why it could not be read.
    // `required` false means an absent field is fine and yields `fallback`.
    bool object(const nlohmann::json& value, const std::string& path);
    std::string string(const nlohmann::json& object, const std::string& path, const char* key, bool required = true);
    bool boolean(const nlohmann::json& object, const std::string& path, const char* key, bool fallback);
    double number(const nlohmann::json& object, const std::string& path, const char* key, double fallback,
                  bool required = false);
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

} // namespace leerregie::detail
