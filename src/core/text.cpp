#include "core/text.h"

#include <nlohmann/json.hpp>

namespace leerregie
{

const std::string& LocalText::in(std::string_view language) const
{
    static const std::string empty;
    if (auto found = by_language.find(language); found != by_language.end())
        return found->second;
    if (auto dutch = by_language.find("nl"); dutch != by_language.end())
        return dutch->second;
    return by_language.empty() ? empty : by_language.begin()->second;
}

namespace
{

// Reads {"<language>": {"<key>": "<text>", ...}, ...} straight into the tables, without a JSON
// document in between: the app reads its texts before it can draw its first frame. Anything else
// (another type anywhere, deeper nesting) stops the reading.
class StringTablesReader
{
public:
    using Tables = std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>>;

    explicit StringTablesReader(Tables& tables) : tables_(tables) {}

    bool start_object(std::size_t) { return ++depth_ <= 2; }
    bool end_object()
    {
        --depth_;
        return true;
    }
    bool key(std::string& name)
    {
        (depth_ == 1 ? language_ : key_) = std::move(name);
        return true;
    }
    bool string(std::string& text)
    {
        if (depth_ != 2)
            return false;
        tables_[language_][key_] = std::move(text);
        return true;
    }
    bool null() { return false; }
    bool boolean(bool) { return false; }
    bool number_integer(nlohmann::json::number_integer_t) { return false; }
    bool number_unsigned(nlohmann::json::number_unsigned_t) { return false; }
    bool number_float(nlohmann::json::number_float_t, const std::string&) { return false; }
    bool binary(nlohmann::json::binary_t&) { return false; }
    bool start_array(std::size_t) { return false; }
    bool end_array() { return false; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception&) { return false; }

private:
    Tables& tables_;
    int depth_ = 0;
    std::string language_;
    std::string key_;
};

}  // namespace

bool Strings::load(std::string_view json_text)
{
    StringTablesReader::Tables tables;
    StringTablesReader reader(tables);
    if (!nlohmann::json::sax_parse(json_text, &reader))
        return false;
    tables_ = std::move(tables);
    return true;
}

const std::string* Strings::find(std::string_view language, std::string_view key) const
{
    const auto table = tables_.find(language);
    if (table == tables_.end())
        return nullptr;
    const auto text = table->second.find(key);
    return text == table->second.end() ? nullptr : &text->second;
}

const std::string& Strings::get(std::string_view language, std::string_view key) const
{
    for (std::string_view candidate : {language, std::string_view("nl")})
    {
        auto table = tables_.find(candidate);
        if (table == tables_.end())
            continue;
        if (auto text = table->second.find(key); text != table->second.end())
            return text->second;
    }
    return *missing_.emplace(key).first;
}

std::string format_text(std::string_view pattern, std::initializer_list<std::string_view> arguments)
{
    std::string result;
    result.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i)
    {
        const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                                 pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
        const size_t index = placeholder ? size_t(pattern[i + 1] - '0') : 0;
        if (placeholder && index < arguments.size())
        {
            result += *(arguments.begin() + index);
            i += 2;
        }
        else
            result += pattern[i];
    }
    return result;
}

size_t character_count(std::string_view text)
{
    // Every byte except UTF-8 continuation bytes (10xxxxxx) starts a character.
    size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

std::string_view first_characters(std::string_view text, size_t max_characters)
{
    size_t characters = 0;
    for (size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && characters++ == max_characters)
            return text.substr(0, i);
    return text;
}

std::string escape_control_characters(std::string_view text, bool keep_lines)
{
    std::string result;
    result.reserve(text.size());
    const auto escape = [&](unsigned code) {
        static constexpr char hex[] = "0123456789ABCDEF";
        result += "\\u00";
        result += hex[code >> 4];
        result += hex[code & 15];
    };
    for (size_t i = 0; i < text.size(); ++i)
    {
        const auto byte = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
        if (keep_lines && (byte == '\n' || byte == '\t'))
            result += char(byte);
        else if (byte < 0x20 || byte == 0x7F)
            escape(byte);
        else if (byte == 0xC2 && next >= 0x80 && next <= 0x9F)  // U+0080..U+009F in UTF-8
        {
            escape(next);
            ++i;
        }
        else
            result += char(byte);
    }
    return result;
}

}  // namespace leerregie
