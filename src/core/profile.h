// The learner profile, after Broek et al. (2023) in seed 004: a person's position to learn (their
// own agency and the conversion factors of work and environment) set against how much they
// actually learn. Four groups; the thresholds and texts come from assets/profiles.json.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"
#include "core/questionnaire.h"
#include "core/scoring.h"

namespace leerregie
{

struct Profile
{
    std::string id;
    std::string position;       // "high" or "low"; empty for the undetermined profile
    std::string participation;  // "high" or "low"; empty for the undetermined profile
    LocalText name;
    LocalText summary;
    LocalText explanation;
};

struct ProfileCatalogue
{
    double position_threshold = 55.0;
    double participation_threshold = 50.0;
    std::vector<Profile> profiles;
    std::string source;

    const Profile* find(std::string_view id) const;
};

constexpr std::string_view undetermined_profile = "undetermined";

// Reads assets/profiles.json: every position/participation pair once, plus "undetermined".
Loaded<ProfileCatalogue> load_profiles(std::string_view json_text, const std::vector<std::string>& languages);

struct ProfileResult
{
    std::string id;
    std::optional<double> agency;         // mean score of the potential and agency dimensions
    std::optional<double> conversion;     // mean score of the work and environment dimensions
    std::optional<double> position;       // (agency + conversion) / 2
    std::optional<double> participation;  // mean score of the participation dimensions
};

// Position >= position_threshold is high, participation >= participation_threshold is high; the
// profile is undetermined when agency, conversion or participation has no score.
ProfileResult determine_profile(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                                const ProfileCatalogue& catalogue);

} // namespace leerregie
