// Reading the test data and the shipped assets, for the unit tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/advice.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/references.h"

// Lets a failed CHECK on a list of messages show the lists.
namespace doctest
{
template <> struct StringMaker<std::vector<std::string>>
{
    static String convert(const std::vector<std::string>& lines)
    {
        std::string text = "{";
        for (const std::string& line : lines)
            text += "\n  \"" + line + "\"";
        return (text + "\n}").c_str();
    }
};
}  // namespace doctest

// The problems as the CLI prints them, one line each.
inline std::vector<std::string> messages(const std::vector<leerregie::Problem>& problems)
{
    std::vector<std::string> result;
    for (const leerregie::Problem& problem : problems)
        result.push_back(leerregie::describe(problem));
    return result;
}

inline std::string read_text(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "cannot open " << path);
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

inline std::string asset_text(const std::string& name)
{
    return read_text(std::string(LEERREGIE_ASSETS_DIR) + "/" + name);
}
inline std::string test_data(const std::string& name)
{
    return read_text(std::string(LEERREGIE_TEST_DATA_DIR) + "/" + name);
}

inline leerregie::Questionnaire mini_questionnaire()
{
    auto loaded = leerregie::load_questionnaire(test_data("mini-questionnaire.json"));
    REQUIRE(loaded.ok());
    return *loaded.value;
}

inline leerregie::Questionnaire shipped_questionnaire()
{
    auto loaded = leerregie::load_questionnaire(asset_text("questionnaire.json"));
    REQUIRE(loaded.ok());
    return *loaded.value;
}

inline leerregie::ProfileCatalogue shipped_profiles()
{
    auto loaded = leerregie::load_profiles(asset_text("profiles.json"), {"nl", "en"});
    REQUIRE(loaded.ok());
    return *loaded.value;
}

inline leerregie::Strings shipped_strings()
{
    leerregie::Strings strings;
    REQUIRE(strings.load(asset_text("strings.json")));
    return strings;
}

inline leerregie::References shipped_references()
{
    auto loaded = leerregie::load_references(asset_text("references.json"), {"nl", "en"});
    REQUIRE(messages(loaded.problems) == std::vector<std::string>{});
    return *loaded.value;
}

inline leerregie::AdviceCatalogue shipped_advice()
{
    auto loaded = leerregie::load_advice(asset_text("advice.json"), {"nl", "en"});
    REQUIRE(loaded.ok());
    return *loaded.value;
}
