// The learner profile: a person's own agency set against the room their work and surroundings give
// them to learn (the conversion factors), with how much they actually learn shown beside it. It
// rests on the distinction between agency, conversion factors and actual participation of Broek
// et al. (2023), cited in seed 004; the four groups, their names and their rules are Leerregie's
// own (docs/scoring.md). Thresholds and texts come from assets/profiles.json.
#pragma once

#include <algorithm>
#include <iterator>
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
    std::string agency;      // "high" or "low"; empty for the undetermined profile
    std::string conversion;  // "high" or "low"; empty for the undetermined profile
    LocalText name;
    LocalText summary;
    LocalText explanation;
};

struct ProfileCatalogue
{
    double threshold = 50.0;    // agency and room to learn are high from here
    double near_margin = 5.0;   // closer than this to the threshold counts as near the boundary
    LocalText basis;            // where the model comes from, and that its groups are Leerregie's own
    LocalText near_agency;      // said when agency is near the boundary
    LocalText near_conversion;  // said when room to learn is near the boundary
    std::vector<Profile> profiles;
    std::string source;

    const Profile* find(std::string_view id) const;
};

constexpr std::string_view undetermined_profile = "undetermined";

// Reads assets/profiles.json: every agency/conversion pair once, plus "undetermined".
Loaded<ProfileCatalogue> load_profiles(std::string_view json_text, const std::vector<std::string>& languages);

// The dimension groups on each side of the map: a person's own agency, and the room their work and
// surroundings give them (the conversion factors).
inline constexpr std::string_view agency_groups[] = {"potential", "agency"};
inline constexpr std::string_view conversion_groups[] = {"work", "environment"};

template <size_t group_count> bool in_groups(const Dimension& dimension, const std::string_view (&groups)[group_count])
{
    return std::find(std::begin(groups), std::end(groups), dimension.group) != std::end(groups);
}

struct ProfileResult
{
    std::string id;
    std::optional<double> agency;         // mean shown score of the potential and agency dimensions
    std::optional<double> conversion;     // mean shown score of the work and environment dimensions
    std::optional<double> participation;  // mean shown score of the participation dimensions
    bool agency_near = false;             // agency is within the near margin of the threshold
    bool conversion_near = false;
};

// Agency and conversion are each high when they reach the threshold; the profile is the pair.
// It is undetermined when agency or conversion has no shown score. The two are never averaged, so
// the profile can say which side holds a person back.
ProfileResult determine_profile(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                                const ProfileCatalogue& catalogue);

}  // namespace leerregie
