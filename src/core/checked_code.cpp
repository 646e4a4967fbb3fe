#include "core/checked_code.h"

namespace leerregie::checked_code
{

void Crc16::add_byte(uint8_t byte)
{
    value_ ^= uint16_t(byte << 8);
    for (int bit = 0; bit < 8; ++bit)
        value_ = (value_ & 0x8000) ? uint16_t((value_ << 1) ^ 0x1021) : uint16_t(value_ << 1);
}

void Crc16::add_text(std::string_view text)
{
    for (char c : text)
        add_byte(uint8_t(c));
}

void put(Bits& bits, unsigned value, int count)
{
    for (int bit = count - 1; bit >= 0; --bit)
        bits.push_back(((value >> bit) & 1u) != 0);
}

unsigned take(const Bits& bits, size_t& position, int count)
{
    unsigned value = 0;
    for (int bit = 0; bit < count; ++bit)
        value = (value << 1) | (position < bits.size() && bits[position++] ? 1u : 0u);
    return value;
}

std::string fingerprint(const Questionnaire& questionnaire, const ProfileCatalogue& profiles)
{
    std::string text = questionnaire.id + "\n";
    for (const Dimension& dimension : questionnaire.dimensions)
        text += dimension.id + ",";
    text += "\n";
    for (const Profile& profile : profiles.profiles)
        text += profile.id + ",";
    return text;
}

Crc16 fingerprint_crc(const Questionnaire& questionnaire, const ProfileCatalogue& profiles)
{
    Crc16 crc;
    crc.add_text(fingerprint(questionnaire, profiles));
    return crc;
}

uint16_t checksum(Crc16 crc, const Bits& payload)
{
    for (size_t start = 0; start < payload.size(); start += 8)
    {
        uint8_t byte = 0;
        for (size_t bit = 0; bit < 8; ++bit)
            byte = uint8_t((byte << 1) | (start + bit < payload.size() && payload[start + bit] ? 1 : 0));
        crc.add_byte(byte);
    }
    return crc.value();
}

int symbol_value(char c)
{
    if (c >= 'a' && c <= 'z')
        c = char(c - 'a' + 'A');
    if (c == 'O')
        c = '0';
    else if (c == 'I' || c == 'L')
        c = '1';
    const size_t index = alphabet.find(c);
    return index == std::string_view::npos ? -1 : int(index);
}

std::string symbols(const Bits& bits)
{
    std::string text;
    size_t position = 0;
    while (position < bits.size())
        text += alphabet[take(bits, position, symbol_bits)];
    return text;
}

}  // namespace leerregie::checked_code
