// The result code a workshop participant may choose to show their trainer: their dimension scores
// (rounded to whole numbers), their profile and the variant — no answers, no free text — in about
// twenty characters that survive being read aloud, typed on a phone or put in a QR code.
//
// Layout (code version 2), most significant bit first, written in Crockford's base32 (0-9 and A-Z
// without I, L, O and U; reading ignores case, spaces and dashes, and takes O as 0 and I or L as 1):
//   3 bits  code version (2)
//   1 bit   variant: 0 short, 1 full
//   3 bits  the profile's position in the profile catalogue
//   7 bits  per dimension, in the questionnaire's order: the score 0..100, or 127 for no score
//  20 bits  the scan: a random number made once when a scan starts and kept in its answers file
//           (field "scan"), so the same scan pasted twice counts once while two people with the
//           same answers count twice
//  16 bits  CRC-16/CCITT over a fingerprint of the questionnaire and profiles, then the bits above
// then zero bits up to a whole number of characters: 26 characters for 12 dimensions. The checksum
// catches every single mistyped character and every swap of two neighbours; because it covers the
// fingerprint (the questionnaire id and its dimension and profile ids), a code made for another
// questionnaire is refused as well. It is a checksum, not a signature: anyone can make a code
// that reads as valid, so a group overview counts what people chose to show, not proven results.
// Code version 1, made before the scan part, has the same layout without those 20 bits; it is
// still read (its copies are told apart by their values alone).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/answers.h"
#include "core/problem.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/scoring.h"

namespace leerregie
{

constexpr int result_code_version = 2;
constexpr uint32_t result_code_scan_limit = 1u << 20;  // the scan part is 0 .. limit - 1

struct ResultCode
{
    Variant variant = Variant::Short;
    std::string profile;                     // profile id
    std::vector<std::optional<int>> scores;  // per dimension in the questionnaire's order, 0..100
    std::optional<uint32_t> scan;            // the random per-scan part; none in a version 1 code
};

// What the code holds for these scores: each rounded to the nearest whole number, and the scan's
// random part (below result_code_scan_limit).
ResultCode make_result_code(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                            std::string_view profile_id, Variant variant, uint32_t scan);

// The scan part kept in an answers file (its extra field "scan"), or none when it has none.
std::optional<uint32_t> scan_of(const Answers& answers);

// The code in groups of four characters, e.g. "1A2B-3C4D-...".
std::string encode_result_code(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                               const ResultCode& code);

// Reads a code as a person typed it. Problems (path "$"): result_code.not_a_code (a character that
// base32 does not have, or a line neither as long as a code nor starting like one),
// result_code.length (a code's start, too short or too long for this questionnaire),
// result_code.version (a code's length, made by another version of the app), result_code.checksum
// (a typo, a code for another questionnaire, or values no scan can give).
Loaded<ResultCode> decode_result_code(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                                      std::string_view text);

// decode_result_code for many codes of one questionnaire (a pasted list): what every code is
// checked against is worked out once. Both must outlive it.
class ResultCodeReader
{
public:
    ResultCodeReader(const Questionnaire& questionnaire, const ProfileCatalogue& profiles);
    Loaded<ResultCode> read(std::string_view text) const;

private:
    struct Checks;
    const Questionnaire& questionnaire_;
    const ProfileCatalogue& profiles_;
    std::shared_ptr<const Checks> checks_;
};

// The scores as the scoring gives them, for code-based summaries (the group view).
std::vector<DimensionScore> scores_of(const Questionnaire& questionnaire, const ResultCode& code);

}  // namespace leerregie
