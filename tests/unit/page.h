// A page of the app on the headless platform (src/platform/headless.h), started as the browser
// starts it (app/startup.h), for the tests of the screens and of the settings: open it with an
// address, local storage and system settings, act through its accessible mirror, read the mirror.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/text.h"
#include "platform/platform.h"

namespace leerregie::test
{

struct PageSetup
{
    std::map<std::string, std::string> parameters;  // the address's query, besides `lang`
    std::map<std::string, std::string> stored;      // local storage
    platform::SystemPreferences system;
    std::string fragment;  // the address's fragment, without its `#`
};

// Opens the page and runs its start-up until nothing is left. The app lives until the next page.
App& open_app_page(const std::string& language, PageSetup setup = {});
App& page_app();

// The last frame's mirror, and its control with this id (failing the test when there is none).
nlohmann::json mirror_controls();
nlohmann::json mirror_control(const std::string& id);

// The labels of strings.json in one language.
struct Texts
{
    std::string language;
    Strings strings;
    explicit Texts(std::string in);
    const std::string& operator()(const std::string& key) const { return strings.get(language, key); }
};

}  // namespace leerregie::test
