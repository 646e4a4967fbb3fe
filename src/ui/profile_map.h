// The profile map of the results and the group view: a person's own drive (x) against the room
// their work and surroundings give (y), split at the profile threshold into the four groups, each
// with its name. The screens draw their dots on it: the person's own, or one per participant.
#pragma once

#include <string_view>

#include "app/app.h"
#include "imgui.h"

namespace leerregie::ui
{

struct ProfileMap
{
    ImVec2 origin;  // the top left corner
    float side = 0.0f;
    // Where scores (0..100) of agency and room to learn are on the map.
    ImVec2 at(double agency, double conversion) const;
};

// Draws the map in the column, at most `css_side` CSS pixels square, with `tinted_profile`'s group
// tinted ("" for none); the mirror has it as an image that `description` describes.
ProfileMap draw_profile_map(const App& app, std::string_view tinted_profile, std::string_view description,
                            float css_side = 300.0f);

}  // namespace leerregie::ui
