// The app's screens, one file each, each drawn with Dear ImGui from the app state.
#pragma once

#include "app/app.h"

namespace leerregie::ui
{

// Draws the current screen full-window, the settings when open, and keeps the page's
// data-screen, #live and accessible mirror in step with it.
void draw_app(App& app);

// Each screen returns the words #live says for it.
std::string draw_intro(App& app);
std::string draw_question(App& app);
std::string draw_results(App& app);
std::string draw_plan(App& app);
std::string draw_report(App& app);
std::string draw_group(App& app);
std::string draw_error(App& app);
std::string draw_loading(App& app);
void draw_settings(App& app);

// On the intro and the questions, while the person has no results yet: that the trainer's group
// picture is kept and shows beside their results. Returns what #live adds.
std::string group_share_waiting(App& app);

// The bar at the top of every screen: the name, and the way to the settings.
void top_bar(App& app);

}  // namespace leerregie::ui
