// Text for people, in more than one language. Content files give every text as an object of
// language code to string ({"nl": "...", "en": "..."}); the app's own texts live in
// assets/strings.json as one flat table per language.
#pragma once

#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace leerregie
{

// One text in several languages.
struct LocalText
{
    std::map<std::string, std::string, std::less<>> by_language;

    // The text in `language`, else in Dutch (the product's first language), else any, else "".
    const std::string& in(std::string_view language) const;
};

// The app's and report's texts: key -> text, per language (assets/strings.json).
class Strings
{
public:
    // Reads {"nl": {"key": "text", ...}, "en": {...}}; returns false (and keeps nothing) when the
    // text is not such an object.
    bool load(std::string_view json_text);

    // The text for `key` in `language`, falling back to Dutch and then to the key itself, so a
    // missing text shows up as its key instead of as nothing.
    const std::string& get(std::string_view language, std::string_view key) const;

    // The text for `key` in `language` alone, or nullptr: no fallback.
    const std::string* find(std::string_view language, std::string_view key) const;

    bool has_language(std::string_view language) const { return tables_.count(language) > 0; }

private:
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> tables_;
    // Keys asked for but not found; a set, so the references handed out stay valid.
    mutable std::set<std::string, std::less<>> missing_;
};

// Replaces {0}, {1}, ... in `pattern` by the arguments, in order.
std::string format_text(std::string_view pattern, std::initializer_list<std::string_view> arguments);

} // namespace leerregie
