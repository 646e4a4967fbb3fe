#include "core/profile.h"

#include <cmath>
#include <set>
#include <tuple>

#include "core/find_by_id.h"
#include "core/json_reader.h"

namespace leerregie
{
namespace
{

template <size_t group_count>
std::optional<double> mean_of_groups(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                                     const std::string_view (&groups)[group_count])
{
    double sum = 0.0;
    int count = 0;
    for (const DimensionScore& score : scores)
    {
        const Dimension* dimension = questionnaire.find_dimension(score.id);
        const std::optional<double> shown = shown_score(score);
        if (dimension && shown && in_groups(*dimension, groups))
        {
            sum += *shown;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

}  // namespace

const Profile* ProfileCatalogue::find(std::string_view id) const { return find_by_id(profiles, id); }

namespace
{

ProfileCatalogue read_profiles(detail::Reader& reader, const nlohmann::json& document,
                               const std::vector<std::string>& languages)
{
    ProfileCatalogue catalogue;
    catalogue.threshold = reader.number(document, "$", "threshold", 50.0, true);
    catalogue.near_margin = reader.number(document, "$", "near_margin", 5.0, false);
    for (const auto& [key, value, max] :
         {std::tuple{"threshold", catalogue.threshold, 100.0}, std::tuple{"near_margin", catalogue.near_margin, 50.0}})
        if (value < 0.0 || value > max)
            reader.add(key, "out_of_range", {detail::format_number(value), "0", detail::format_number(max)});
    catalogue.source = reader.string(document, "$", "source", false);
    catalogue.basis = reader.local_text(document, "$", "basis", languages);
    if (const auto near = document.find("near_boundary"); near == document.end())
        reader.add("near_boundary", "missing");
    else if (reader.object(*near, "near_boundary"))
    {
        catalogue.near_agency = reader.local_text(*near, "near_boundary", "agency", languages);
        catalogue.near_conversion = reader.local_text(*near, "near_boundary", "conversion", languages);
    }

    std::set<std::string> pairs;  // "agency/conversion"
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
            profile.agency = reader.string(entry, path, "agency", !undetermined);
            profile.conversion = reader.string(entry, path, "conversion", !undetermined);
            for (const auto& [key, level] :
                 {std::pair{"agency", &profile.agency}, std::pair{"conversion", &profile.conversion}})
                if (!level->empty() && *level != "high" && *level != "low")
                    reader.add(detail::field_path(path, key), "unknown_value", {*level, "high, low"});
            if (!undetermined && !pairs.insert(profile.agency + "/" + profile.conversion).second)
                reader.add(path, "duplicate_profile", {profile.agency, profile.conversion});
            profile.name = reader.local_text(entry, path, "name", languages);
            profile.summary = reader.local_text(entry, path, "summary", languages);
            profile.explanation = reader.local_text(entry, path, "explanation", languages);
            catalogue.profiles.push_back(std::move(profile));
        }
        if (!catalogue.find(undetermined_profile))
            reader.add("profiles", "missing_undetermined", {std::string(undetermined_profile)});
        for (const char* agency : {"high", "low"})
            for (const char* conversion : {"high", "low"})
                if (!pairs.count(std::string(agency) + "/" + conversion))
                    reader.add("profiles", "missing_profile", {agency, conversion});
    }

    return catalogue;
}

}  // namespace

Loaded<ProfileCatalogue> load_profiles(std::string_view json_text, const std::vector<std::string>& languages)
{
    const auto read = [&](detail::Reader& reader, const nlohmann::json& document) {
        return read_profiles(reader, document, languages);
    };
    return detail::load_document<ProfileCatalogue>(json_text, "leerregie-profiles", true, read);
}

ProfileResult determine_profile(const Questionnaire& questionnaire, const std::vector<DimensionScore>& scores,
                                const ProfileCatalogue& catalogue)
{
    ProfileResult result;
    result.id = std::string(undetermined_profile);
    static constexpr std::string_view participation_groups[] = {"participation"};
    result.agency = mean_of_groups(questionnaire, scores, agency_groups);
    result.conversion = mean_of_groups(questionnaire, scores, conversion_groups);
    result.participation = mean_of_groups(questionnaire, scores, participation_groups);
    if (!result.agency || !result.conversion)
        return result;
    const auto level = [&](double value) { return reaches(value, catalogue.threshold) ? "high" : "low"; };
    const auto near = [&](double value) { return std::abs(value - catalogue.threshold) < catalogue.near_margin; };
    result.agency_near = near(*result.agency);
    result.conversion_near = near(*result.conversion);
    for (const Profile& profile : catalogue.profiles)
        if (profile.agency == level(*result.agency) && profile.conversion == level(*result.conversion))
            result.id = profile.id;
    return result;
}

}  // namespace leerregie
