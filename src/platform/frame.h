// One frame of the app as src/platform packs it (send_frame) for shell/renderer.js, which draws it
// with WebGL2, and for draw_frame_in_software: Dear ImGui's draw lists flattened into one buffer of
// 32-bit words, little-endian. The same layout is described at the top of shell/renderer.js.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace leerregie::platform
{

struct FrameHeader
{
    uint32_t width, height; // in device pixels
    float background[3];    // red, green, blue, 0 to 1
    uint32_t vertex_count, index_count, command_count;
};

// Dear ImGui's ImDrawVert: position and font-atlas coordinates, then red, green, blue and alpha bytes.
struct FrameVertex
{
    float x, y, u, v;
    uint32_t colour;
};

// A run of triangles (index_count indices from first_index) clipped to a rectangle.
struct FrameCommand
{
    float clip[4]; // left, top, right, bottom in pixels
    uint32_t index_count;
    uint32_t first_index;
};

static_assert(sizeof(FrameHeader) == 32 && sizeof(FrameVertex) == 20 && sizeof(FrameCommand) == 24,
              "the layout shell/renderer.js reads");

// After the header: the vertices, then the indices (u32, into the vertices), then the commands.

// The font atlas: one byte of coverage per texel.
struct CoverageImage
{
    const uint8_t* texels = nullptr;
    int width = 0;
    int height = 0;
};

// Draws a frame into `pixels` (width x height from its header, top row first, each pixel red,
// green, blue and alpha bytes) the way shell/renderer.js does with WebGL2: the background, then each
// command's triangles inside its clip rectangle, blended over what is there by their alpha.
// Pixels whose centre lies inside a triangle are drawn, edges shared by two triangles once; the
// atlas is sampled at the nearest texel. Returns false, leaving `pixels` empty, for a frame whose
// counts or indices do not fit its words.
bool draw_frame_in_software(const uint32_t* words, size_t word_count, const CoverageImage& atlas,
                            std::vector<uint32_t>& pixels);

} // namespace leerregie::platform
