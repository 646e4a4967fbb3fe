// One frame of the app as src/platform packs it (send_frame) for shell/renderer.js, which draws it
// with WebGL2, and for SoftwareFrame below, which draws it without a GPU: Dear ImGui's draw lists
// flattened into one buffer of 32-bit words, little-endian. The same layout is described at the top
// of shell/renderer.js.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace leerregie::platform
{

struct FrameHeader
{
    uint32_t width, height;  // in device pixels
    float background[3];     // red, green, blue, 0 to 1
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
    float clip[4];  // left, top, right, bottom in pixels
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

// A box of pixels: columns [left, right), rows [top, bottom).
struct PixelBox
{
    int left = 0, top = 0, right = 0, bottom = 0;

    int width() const { return right - left; }
    int height() const { return bottom - top; }
};

// A frame drawn the way shell/renderer.js draws it with WebGL2: the background, then each
// command's triangles inside its clip rectangle, blended over what is there by their alpha. Pixels
// whose centre lies inside a triangle are drawn, edges shared by two triangles once; the atlas is
// sampled at the nearest texel. It is drawn a box at a time (parts()), so a large frame needs
// neither a buffer for all its pixels nor work where there is only background.
class SoftwareFrame
{
public:
    // Reads the frame in `words`; false, leaving the frame empty, when its counts or indices do not
    // fit them.
    bool read(const uint32_t* words, size_t word_count);

    int width() const { return int(header_.width); }
    int height() const { return int(header_.height); }
    // Red, green, blue and alpha bytes, opaque.
    uint32_t background() const;

    // Boxes, each within one band of `band_rows` rows, band by band from the top and left to right
    // in a band, outside which every pixel of the frame (drawn with `atlas`) is its background.
    std::vector<PixelBox> parts(int band_rows, const CoverageImage& atlas) const;

    // Draws the frame's pixels in `box` (within the frame) into `pixels`: box.width() x box.height(),
    // top row first, each pixel red, green, blue and alpha bytes.
    void draw(const PixelBox& box, const CoverageImage& atlas, std::vector<uint32_t>& pixels) const;

private:
    // Calls shape(clip, first, count) for each run of a command's triangles (count indices from
    // first): clip is the command's clip rectangle as WebGL's scissor box cuts it.
    template <typename Shape> void for_each_command(const Shape& shape) const;

    FrameHeader header_{};
    std::vector<FrameVertex> vertices_;
    std::vector<uint32_t> indices_;
    std::vector<FrameCommand> commands_;
};

}  // namespace leerregie::platform
