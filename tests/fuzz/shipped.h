// The shipped questionnaire and profiles, read once, for the fuzz targets that read codes against
// them (result codes, the group picture).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "core/profile.h"
#include "core/questionnaire.h"

namespace leerregie::fuzz
{

inline std::string read_asset(const char* name)
{
    std::ifstream file(std::string(LEERREGIE_ASSETS_DIR) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

struct Shipped
{
    Questionnaire questionnaire;
    ProfileCatalogue profiles;
};

inline const Shipped& shipped()
{
    static const Shipped files = [] {
        auto questionnaire = load_questionnaire(read_asset("questionnaire.json"));
        auto profiles = load_profiles(read_asset("profiles.json"), {"nl", "en"});
        if (!questionnaire.ok() || !profiles.ok())
            __builtin_trap();  // the fuzzers need the shipped files to read codes against
        return Shipped{*questionnaire.value, *profiles.value};
    }();
    return files;
}

}  // namespace leerregie::fuzz
