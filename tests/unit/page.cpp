#include "page.h"

#include <doctest/doctest.h>

#include <memory>

#include "app/embedded.h"
#include "app/startup.h"
#include "fixtures.h"
#include "platform/headless.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace leerregie::test
{
namespace
{

std::unique_ptr<App> open_app;

}  // namespace

App& open_app_page(const std::string& language, PageSetup setup)
{
    headless::open_page();
    headless::set_link_fragment(std::move(setup.fragment));
    headless::set_query_parameter("lang", language);
    for (auto& [name, value] : setup.parameters)
        headless::set_query_parameter(name, value);
    headless::set_system_preferences(setup.system);
    headless::storage() = std::move(setup.stored);
    open_app = std::make_unique<App>();
    App& app = *open_app;
    ui::set_font_files({embedded_file("ui-regular.ttf"), embedded_file("ui-bold.ttf")});
    start_app(app, {[&app] { ui::draw_app(app); },
                    [&app](float pixel_ratio, const ImWchar* glyph_ranges) {
                        ui::apply_typography_and_theme(app, pixel_ratio, glyph_ranges);
                    }});
    REQUIRE(headless::run_until_idle());
    return app;
}

App& page_app()
{
    REQUIRE(open_app);
    return *open_app;
}

nlohmann::json mirror_controls()
{
    const nlohmann::json list = nlohmann::json::parse(headless::accessible_controls());
    REQUIRE(list.is_array());
    return list;
}

nlohmann::json mirror_control(const std::string& id)
{
    for (const nlohmann::json& entry : mirror_controls())
        if (entry.value("id", "") == id)
            return entry;
    FAIL("the mirror has no control " << id << ": " << headless::accessible_controls());
    return {};
}

Texts::Texts(std::string in) : language(std::move(in)) { REQUIRE(strings.load(asset_text("strings.json"))); }

}  // namespace leerregie::test
