// libFuzzer target: the text rules on any bytes. escape_control_characters leaves no control
// character (but tab and line feed where lines are kept) and changes nothing else;
// first_characters never cuts inside a character or past the limit; a CSV cell never starts
// with a formula character and holds no control character but a line break in quotes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/group.h"
#include "core/text.h"

namespace
{

bool control_at(std::string_view text, size_t i, bool keep_lines)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    if (keep_lines && (byte == '\n' || byte == '\t'))
        return false;
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
    return byte < 0x20 || byte == 0x7F || (byte == 0xC2 && next >= 0x80 && next <= 0x9F);
}

bool has_control(std::string_view text, bool keep_lines)
{
    for (size_t i = 0; i < text.size(); ++i)
        if (control_at(text, i, keep_lines))
            return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace leerregie;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    for (const bool keep_lines : {true, false})
    {
        const std::string escaped = escape_control_characters(text, keep_lines);
        if (has_control(escaped, keep_lines))
            __builtin_trap();
        if (!has_control(text, keep_lines) && escaped != text)
            __builtin_trap();
    }

    const size_t limit = size % 64;
    const std::string_view cut = first_characters(text, limit);
    if (text.substr(0, cut.size()) != cut || character_count(cut) > limit ||
        (cut.size() < text.size() && (static_cast<unsigned char>(text[cut.size()]) & 0xC0) == 0x80) ||
        (character_count(text) <= limit && cut.size() != text.size()))
        __builtin_trap();

    for (const char separator : {',', ';'})
    {
        const std::string cell = csv_field(text, separator);
        const size_t first = !cell.empty() && cell[0] == '"' ? 1 : 0;
        if (first < cell.size() && std::string_view("=+-@").find(cell[first]) != std::string_view::npos)
            __builtin_trap();
        for (size_t i = 0; i < cell.size(); ++i)
            if (cell[i] != '\n' && cell[i] != '\t' && control_at(cell, i, false))
                __builtin_trap();
        if (cell.find('\n') != std::string::npos && (cell.front() != '"' || cell.back() != '"'))
            __builtin_trap();
    }
    return 0;
}
