// The profile map of the results and the group view: a person's own drive (x) against the room
// their work and surroundings give (y), split at the profile threshold into the four groups, each
// with its name. The screens draw their dots on it: the person's own, or one per participant.
#pragma once

#include <string_view>
#include <vector>

#include "app/app.h"
#include "imgui.h"

namespace leerregie::ui
{

// A rectangle on the map, for keeping its texts apart.
struct MapBox
{
    ImVec2 min, max;
    bool overlaps(const MapBox& other) const;
    bool touches_circle(ImVec2 centre, float radius) const;
};

// Where a label of `size` goes by a dot at `dot`, `gap` from its centre: right of it, left of it,
// under it or over it; the first of these between `left_edge` and `right_edge` that covers none of
// `names`, else the first between the edges.
ImVec2 label_place(ImVec2 dot, float gap, ImVec2 size, float left_edge, float right_edge,
                   const std::vector<MapBox>& names);

struct ProfileMap
{
    ImVec2 origin;  // the top left corner
    float side = 0.0f;
    // Where scores (0..100) of agency and room to learn are on the map.
    ImVec2 at(double agency, double conversion) const;
};

// Draws the map in the column, at most `css_side` CSS pixels square, with `tinted_profile`'s group
// tinted ("" for none); the mirror has it as an image that `description` describes. With `own`
// (a person's profile with both scores), their dot is drawn too, labelled "Jij": a group's name
// that the dot would cover goes to the bottom of its group, and the label goes beside, under or
// over the dot, wherever it covers no name.
ProfileMap draw_profile_map(const App& app, std::string_view tinted_profile, std::string_view description,
                            float css_side = 300.0f, const ProfileResult* own = nullptr);

}  // namespace leerregie::ui
