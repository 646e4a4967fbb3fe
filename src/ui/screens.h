// The app's screens, one file each, drawn with Dear ImGui from the app state.
#pragma once

#include "app/app.h"

namespace leerregie::ui
{

// Draws the current screen full-window and keeps the page's data-screen and #live in step.
void draw_app(App& app);

void draw_intro(App& app);
void draw_error(App& app);

// Colours, spacing and rounding of a theme, before scaling by the pixel ratio.
void apply_theme(Theme theme);

} // namespace leerregie::ui
