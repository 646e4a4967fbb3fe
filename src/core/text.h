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

// The one rule for text limits. A text a person types (a plan field) stops at max_text_length
// characters where it is typed, and a content file's text may be no longer. Saved answers are
// read back whatever the length of their texts (an older copy may hold more): only the file size
// bounds them, so a saved copy is never thrown away for a long text.
constexpr size_t max_text_length = 4000;
// Ids (items, scales, dimensions, profiles, advice) in any file: they end up in messages and
// lookups, so a hostile one must stay small.
constexpr size_t max_id_length = 100;
// Files (questionnaires, catalogues, answers): larger ones are refused before they are parsed.
constexpr size_t max_file_bytes = 2 * 1024 * 1024;
// The trainer's pasted result codes: room for 100,000 lines of a code each.
constexpr size_t max_pasted_codes_length = 4 * 1024 * 1024;

// Characters (code points) of UTF-8 text; limits count what people see, not bytes.
size_t character_count(std::string_view text);
// `text` cut to at most `max_characters` characters, never inside a character.
std::string_view first_characters(std::string_view text, size_t max_characters);

// Control characters made visible as "\u001B" (with four hex digits): C0 controls, DEL and the C1
// controls U+0080..U+009F, which terminals act on (ESC sequences, OSC 52 clipboard writes) and
// which cut text short where NUL ends a string. Tab and line feed are kept when `keep_lines`.
std::string escape_control_characters(std::string_view text, bool keep_lines);

}  // namespace leerregie
