#include "core/profile.h"

#include <set>

#include "core/json_reader.h"

namespace leerregie
{
namespace
{

std::optional<double> mean_of_groups(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                                     std::initializer_list<std::string_view> groups)
{
    double sum = 0.0;
    int count = 0;
    for (const DimensionScore& score : scores)
    {
        const Dimension* dimension = questionnaire.find_dimension(score.id);
        if (!dimension || !score.score)
            continue;
        for (std::string_view group : groups)
        {
            if (dimension->group == group)
            {
                sum += *score.score;
                ++count;
            }
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

} // namespace

const Profile* ProfileCatalogue::find(std::string_view id) const
{
    for (const Profile& profile : profiles)
        if (profile.id == id)
            return &profile;
    return nullptr;
}

Loaded<ProfileCatalogue> load_profiles(std::string_view json_text, const std::vector<std::string>& languages)
{
    Loaded<ProfileCatalogue> result;
    const nlohmann::json document = detail::parse_object(json_text, result.problems);
    if (document.is_discarded())
        return result;
    detail::Reader reader(result.problems);

    ProfileCatalogue catalogue;
    reader.format(document, "leerregie-profiles", true);
    catalogue.position_threshold = reader.number(document, "$", "position_threshold", 55.0, true);
    catalogue.participation_threshold = reader.number(document, "$", "participation_threshold", 50.0, true);
    for (const auto& [key, value] : {std::pair{"position_threshold", catalogue.position_threshold},
                                      std::pair{"participation_threshold", catalogue.participation_threshold}})
        if (value < 0.0 || value > 100.0)
            reader.add(key, "out_of_range", {detail::format_number(value), "0", "100"});
    catalogue.source = reader.string(document, "$", "source", false);

    std::set<std::pair<std::string, std::string>> pairs;  // (position, participation)
    std::set<std::string> ids;
    if (const nlohmann::json* profiles = reader.array(document, "$", "profiles"))
    {
        for (size_t i = 0; i < profiles->size(); ++i)
        {
            const std::string path = detail::element_path("profiles", i);
            const nlohmann::json& entry = (*profiles)[i];
            if (!reader.object(entry, path))
                continue;
            Profile profile;
            profile.id = reader.string(entry, path, "id");
            if (!profile.id.empty() && !ids.insert(profile.id).second)
                reader.add(detail::field_path(path, "id"), "duplicate_id", {profile.id});
            const bool undetermined = profile.id == undetermined_profile;
            profile.position = reader.string(entry, path, "position", !undetermined);
            profile.participation = reader.string(entry, path, "participation", !undetermined);
            for (const auto* level : {&profile.position, &profile.participation})
                if (!level->empty() && *level != "high" && *level != "low")
                    reader.add(detail::field_path(path, level == &profile.position ? "position" : "participation"),
                               "unknown_value", {*level, "high, low"});
            if (!undetermined && !pairs.insert({profile.position, profile.participation}).second)
                reader.add(path, "duplicate_profile", {profile.position, profile.participation});
            profile.name = reader.local_text(entry, path, "name", languages);
            profile.summary = reader.local_text(entry, path, "summary", languages);
            profile.explanation = reader.local_text(entry, path, "explanation", languages);
            catalogue.profiles.push_back(std::move(profile));
        }
        if (!catalogue.find(undetermined_profile))
            reader.add("profiles", "missing_undetermined", {std::string(undetermined_profile)});
        for (const char* position : {"high", "low"})
            for (const char* participation : {"high", "low"})
                if (!pairs.count({position, participation}))
                    reader.add("profiles", "missing_profile", {position, participation});
    }

    if (result.problems.empty())
        result.value = std::move(catalogue);
    return result;
}

ProfileResult determine_profile(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                                const ProfileCatalogue& catalogue)
{
    ProfileResult result;
    result.id = std::string(undetermined_profile);
    result.agency = mean_of_groups(questionnaire, scores, {"potential", "agency"});
    result.conversion = mean_of_groups(questionnaire, scores, {"work", "environment"});
    result.participation = mean_of_groups(questionnaire, scores, {"participation"});
    if (!result.agency || !result.conversion || !result.participation)
        return result;
    result.position = (*result.agency + *result.conversion) / 2.0;
    const std::string position = reaches(*result.position, catalogue.position_threshold) ? "high" : "low";
    const std::string participation = reaches(*result.participation, catalogue.participation_threshold) ? "high" : "low";
    for (const Profile& profile : catalogue.profiles)
        if (profile.position == position && profile.participation == participation)
            result.id = profile.id;
    return result;
}

} // namespace leerregie
