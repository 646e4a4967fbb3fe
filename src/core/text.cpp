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

bool Strings::load(std::string_view json_text)
{
    const nlohmann::json document = nlohmann::json::parse(json_text, nullptr, false);
    if (!document.is_object())
        return false;
    decltype(tables_) tables;
    for (const auto& [language, table] : document.items())
    {
        if (!table.is_object())
            return false;
        for (const auto& [key, text] : table.items())
        {
            if (!text.is_string())
                return false;
            tables[language][key] = text.get<std::string>();
        }
    }
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

} // namespace leerregie
