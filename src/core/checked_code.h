// What the result code and the group share have in common: bits written in Crockford's base32
// (0-9 and A-Z without I, L, O and U; reading ignores case and takes O as 0 and I or L as 1), and a
// CRC-16 over a fingerprint of the questionnaire and profiles followed by the bits, so that a
// mistyped, damaged or foreign code is refused. Used by result_code.cpp and group_share.cpp only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile.h"
#include "core/questionnaire.h"

namespace leerregie::checked_code
{

constexpr std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int symbol_bits = 5;
constexpr int checksum_bits = 16;

// CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF): it detects every burst of up to 16 wrong
// bits, so every wrong character (5 bits) and every swap of two neighbours (10 bits).
class Crc16
{
public:
    Crc16() = default;
    explicit Crc16(uint16_t state) : value_(state) {}
    void add_byte(uint8_t byte);
    void add_text(std::string_view text);
    uint16_t value() const { return value_; }

private:
    uint16_t value_ = 0xFFFF;
};

// One byte a bit: simpler code in the wasm than std::vector<bool>, for a few hundred bits.
using Bits = std::vector<uint8_t>;

void put(Bits& bits, unsigned value, int count);
// The next `count` bits from `position` on (zeros past the end), most significant first.
unsigned take(const Bits& bits, size_t& position, int count);

// What a checksum covers besides the code itself, so that a code only fits the questionnaire and
// profiles it was made for: the questionnaire's id, its dimension ids and the profile ids.
std::string fingerprint(const Questionnaire& questionnaire, const ProfileCatalogue& profiles);
// The checksum's state after the fingerprint: the same for every code of a questionnaire.
Crc16 fingerprint_crc(const Questionnaire& questionnaire, const ProfileCatalogue& profiles);
// `crc` continued over `payload`, taken eight bits a byte (the last byte padded with zeros).
uint16_t checksum(Crc16 crc, const Bits& payload);

// The value of a character as a person may have typed it, or -1.
int symbol_value(char c);
// `bits` as characters, padded with zero bits to a whole character.
std::string symbols(const Bits& bits);

}  // namespace leerregie::checked_code
