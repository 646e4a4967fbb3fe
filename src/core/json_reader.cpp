#include "core/json_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace leerregie::detail
{
namespace
{

// Deepest nesting of arrays and objects, found without parsing so a hostile file costs no memory.
int nesting_depth(std::string_view text)
{
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text)
    {
        if (in_string)
        {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}')
            --depth;
    }
    return deepest;
}

// The message quotes the bytes it stopped at, which may be control characters or broken UTF-8;
// those become '?' so the message itself is always clean text.
std::string printable(std::string_view text)
{
    std::string result;
    for (size_t i = 0; i < text.size();)
    {
        const auto byte = static_cast<unsigned char>(text[i]);
        const size_t length = byte < 0x80           ? 1
                              : (byte >> 5) == 0x6  ? 2
                              : (byte >> 4) == 0xE  ? 3
                              : (byte >> 3) == 0x1E ? 4
                                                    : 0;
        bool valid = length > 0 && i + length <= text.size() && (length > 1 || byte >= 0x20);
        for (size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (valid)
            result.append(text.substr(i, length));
        else
            result += '?';
        i += valid ? length : 1;
    }
    return result;
}

// Keeps the first syntax error's position and message; nothing else is built.
struct SyntaxErrorFinder : nlohmann::json_sax<nlohmann::json>
{
    size_t position = 0;
    std::string message;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& error) override
    {
        position = byte;
        message = error.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 8: syntax error ..." -> the tail.
        if (const size_t colon = message.find(": "); colon != std::string::npos)
            message = message.substr(colon + 2);
        message = printable(message);
        return false;
    }
};

}  // namespace

nlohmann::json parse_limited(std::string_view text, std::vector<Problem>& problems)
{
    const nlohmann::json discarded(nlohmann::json::value_t::discarded);
    if (text.size() > max_input_bytes)
    {
        problems.push_back({"$", "too_large", {std::to_string(max_input_bytes)}});
        return discarded;
    }
    if (nesting_depth(text) > max_depth)
    {
        problems.push_back({"$", "too_deep", {std::to_string(max_depth)}});
        return discarded;
    }
    nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (!document.is_discarded())
        return document;

    SyntaxErrorFinder finder;
    nlohmann::json::sax_parse(text, &finder, nlohmann::json::input_format_t::json, true, false);
    const size_t end = std::min(finder.position, text.size());
    size_t line = 1, column = 1;
    for (size_t i = 0; i + 1 < end; ++i)
    {
        if (text[i] == '\n')
        {
            ++line;
            column = 1;
        }
        else
            ++column;
    }
    problems.push_back({"$", "syntax", {std::to_string(line), std::to_string(column), finder.message}});
    return discarded;
}

std::string format_number(double value)
{
    char buffer[32];
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

nlohmann::json parse_object(std::string_view text, std::vector<Problem>& problems)
{
    nlohmann::json document = parse_limited(text, problems);
    if (document.is_discarded() || document.is_object())
        return document;
    problems.push_back({"$", "wrong_type", {"an object"}});
    return nlohmann::json(nlohmann::json::value_t::discarded);
}

void Reader::format(const nlohmann::json& document, const char* expected, bool required)
{
    const std::string found = string(document, "$", "format", required);
    if (!found.empty() && found != expected)
        add("format", "wrong_format", {expected, found});
}

std::string field_path(const std::string& path, const char* key)
{
    return path == "$" ? std::string(key) : path + "." + key;
}

std::string element_path(const std::string& path, size_t index)
{
    return (path == "$" ? std::string() : path) + "[" + std::to_string(index) + "]";
}

bool Reader::object(const nlohmann::json& value, const std::string& path)
{
    if (value.is_object())
        return true;
    add(path, "wrong_type", {"an object"});
    return false;
}

std::string Reader::string(const nlohmann::json& object, const std::string& path, const char* key, bool required)
{
    const auto at = [&] { return field_path(path, key); };  // built only when there is a problem
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
    {
        if (required)
            add(at(), "missing");
        return {};
    }
    if (!found->is_string())
    {
        add(at(), "wrong_type", {"a string"});
        return {};
    }
    const std::string& value = found->get_ref<const std::string&>();
    if (character_count(value) > max_string_length)
    {
        add(at(), "too_long", {std::to_string(max_string_length)});
        return {};
    }
    if (required && value.empty())
        add(at(), "empty");
    return value;
}

std::string Reader::id(const nlohmann::json& object, const std::string& path, const char* key, bool required)
{
    std::string value = string(object, path, key, required);
    if (character_count(value) <= max_id_length)
        return value;
    add(field_path(path, key), "id_too_long", {std::to_string(max_id_length)});
    return {};
}

bool Reader::boolean(const nlohmann::json& object, const std::string& path, const char* key, bool fallback)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return fallback;
    if (!found->is_boolean())
    {
        add(field_path(path, key), "wrong_type", {"true or false"});
        return fallback;
    }
    return found->get<bool>();
}

double Reader::number(const nlohmann::json& object, const std::string& path, const char* key, double fallback,
                      bool required)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
    {
        if (required)
            add(field_path(path, key), "missing");
        return fallback;
    }
    if (!found->is_number())
    {
        add(field_path(path, key), "wrong_type", {"a number"});
        return fallback;
    }
    return found->get<double>();
}

long long Reader::whole_number(const nlohmann::json& object, const std::string& path, const char* key, long long min,
                               long long max, long long fallback, bool required)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
    {
        if (required)
            add(field_path(path, key), "missing");
        return fallback;
    }
    const auto at = [&] { return field_path(path, key); };  // built only when there is a problem
    // Compared as a double first, so a huge or fractional number is never converted to an integer.
    const double number = found->is_number() ? found->get<double>() : 0.0;
    if (!found->is_number() || number != std::floor(number))
    {
        add(at(), "wrong_type", {"a whole number"});
        return fallback;
    }
    if (number < double(min) || number > double(max))
    {
        add(at(), "out_of_range", {format_number(number), std::to_string(min), std::to_string(max)});
        return fallback;
    }
    return static_cast<long long>(number);
}

std::optional<int> Reader::option_number(const nlohmann::json& value, const std::string& path, size_t options)
{
    const double number = value.is_number() ? value.get<double>() : 0.0;
    if (!value.is_number() || number < 1.0 || number != std::floor(number))
    {
        add(path, "wrong_type", {"an option number from 1"});
        return std::nullopt;
    }
    if (options > 0 && number > double(options))
    {
        add(path, "out_of_range", {format_number(number), "1", std::to_string(options)});
        return std::nullopt;
    }
    // Beyond any scale's length; also keeps the conversion to int safe.
    if (number > 1000000.0)
    {
        add(path, "out_of_range", {format_number(number), "1", "1000000"});
        return std::nullopt;
    }
    return static_cast<int>(number);
}

const nlohmann::json* Reader::array(const nlohmann::json& object, const std::string& path, const char* key,
                                    bool required)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
    {
        if (required)
            add(field_path(path, key), "missing");
        return nullptr;
    }
    if (!found->is_array())
    {
        add(field_path(path, key), "wrong_type", {"an array"});
        return nullptr;
    }
    if (found->size() > max_entries)
    {
        add(field_path(path, key), "too_many", {std::to_string(max_entries)});
        return nullptr;
    }
    return &*found;
}

LocalText Reader::local_text(const nlohmann::json& object, const std::string& path, const char* key,
                             const std::vector<std::string>& languages, bool required)
{
    LocalText text;
    const auto at = [&] { return field_path(path, key); };  // built only when there is a problem
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
    {
        if (required)
            add(at(), "missing");
        return text;
    }
    if (!found->is_object())
    {
        add(at(), "wrong_type", {"an object of texts per language"});
        return text;
    }
    for (const auto& [language, value] : found->items())
    {
        if (!value.is_string())
            add(at() + "." + language, "wrong_type", {"a string"});
        else if (character_count(value.get_ref<const std::string&>()) > max_string_length)
            add(at() + "." + language, "too_long", {std::to_string(max_string_length)});
        else
            text.by_language[language] = value.get<std::string>();
    }
    // A translation that is there but unusable was reported above; only absent or empty ones here.
    for (const std::string& language : languages)
    {
        const auto translation = found->find(language);
        if (translation == found->end() ||
            (translation->is_string() && translation->get_ref<const std::string&>().empty()))
            add(at(), "missing_translation", {language});
    }
    return text;
}

}  // namespace leerregie::detail
