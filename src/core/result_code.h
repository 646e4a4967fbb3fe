// The result code a workshop participant may choose to show their trainer: their dimension scores
// (rounded to whole numbers), their profile and the variant — no answers, no free text — in about
// twenty characters that survive being read aloud, typed on a phone or put in a QR code.
//
// Layout, most significant bit first, written in Crockford's base32 (0-9 and A-Z without I, L,
// O and U; reading ignores case, spaces and dashes, and takes O as 0 and I or L as 1):
//   3 bits  format version (1)
//   1 bit   variant: 0 short, 1 full
//   3 bits  the profile's position in the profile catalogue
//   7 bits  per dimension, in the questionnaire's order: the score 0..100, or 127 for no score
//  16 bits  CRC-16/CCITT over a fingerprint of the questionnaire and profiles, then the bits above
// then zero bits up to a whole number of characters. The checksum catches every single mistyped
// character and every swap of two neighbours; because it covers the fingerprint (the
// questionnaire id and its dimension and profile ids), a code made for another questionnaire is
// refused as well.
#pragma once

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

constexpr int result_code_version = 1;

struct ResultCode
{
    Variant variant = Variant::Short;
    std::string profile;                   // profile id
    std::vector<std::optional<int>> scores;  // per dimension in the questionnaire's order, 0..100
};

// What the code holds for these scores: each rounded to the nearest whole number.
ResultCode make_result_code(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                            std::string_view profile_id, Variant variant);

// The code in groups of four characters, e.g. "1A2B-3C4D-...".
std::string encode_result_code(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                               const ResultCode& code);

// Reads a code as a person typed it. Problems (path "$"): result_code.characters (a character that
// base32 does not have), result_code.length (too short or too long for this questionnaire),
// result_code.version (made by another version of the app), result_code.checksum (a typo, or a code
// for another questionnaire).
Loaded<ResultCode> decode_result_code(const Questionnaire& questionnaire, const ProfileCatalogue& profiles,
                                      std::string_view text);

// The scores as the scoring gives them, for code-based summaries (the group view).
std::vector<DimensionScore> scores_of(const Questionnaire& questionnaire, const ResultCode& code);

} // namespace leerregie
