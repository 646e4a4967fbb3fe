// Drawing a frame without a GPU, for the first frames of a visit: they can be on screen before the
// browser has made the WebGL context that draws all later ones (loader.js).
#include "platform/frame.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace leerregie::platform
{
namespace
{

constexpr uint32_t opaque = 0xFF000000u;

// x / 255, rounded, for each of the two 16-bit lanes of `lanes` (each at most 255 * 255).
uint32_t divide_lanes_by_255(uint32_t lanes)
{
    lanes += 0x00800080u;
    return ((lanes + ((lanes >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
}

uint32_t divide_by_255(uint32_t value)
{
    value += 128;
    return (value + (value >> 8)) >> 8;
}

// `colour` over `destination` by `alpha` (0 to 255), as glBlendFunc(SRC_ALPHA, ONE_MINUS_SRC_ALPHA)
// does for red, green and blue; the canvas has no alpha of its own.
uint32_t blend(uint32_t destination, uint32_t colour, uint32_t alpha)
{
    if (alpha >= 255) return colour | opaque;
    const uint32_t keep = 255 - alpha;
    const uint32_t red_blue =
        divide_lanes_by_255((colour & 0x00FF00FFu) * alpha + (destination & 0x00FF00FFu) * keep);
    const uint32_t green =
        divide_by_255(((colour >> 8) & 0xFFu) * alpha + ((destination >> 8) & 0xFFu) * keep);
    return red_blue | green << 8 | opaque;
}

// A whole number of pixels (already rounded) as an int within [low, high]. Coordinates come from
// the frame as they are, so they may be far off, infinite or not a number (which gives `low`).
int to_pixel(double rounded, int low, int high)
{
    if (!(rounded > low)) return low;
    if (!(rounded < high)) return high;
    return int(rounded);
}

class Canvas
{
  public:
    Canvas(uint32_t* pixels, int width, const CoverageImage& atlas)
        : pixels_(pixels), width_(width), atlas_(atlas)
    {
    }

    // The atlas's coverage at (u, v), nearest texel; full where there is no atlas.
    uint32_t coverage(float u, float v) const
    {
        if (!atlas_.texels) return 255;
        const int x = to_pixel(std::floor(double(u) * atlas_.width), 0, atlas_.width - 1);
        const int y = to_pixel(std::floor(double(v) * atlas_.height), 0, atlas_.height - 1);
        return atlas_.texels[size_t(y) * size_t(atlas_.width) + size_t(x)];
    }

    void put(int x, int y, uint32_t colour, uint32_t alpha)
    {
        uint32_t& pixel = pixels_[size_t(y) * size_t(width_) + size_t(x)];
        pixel = blend(pixel, colour, alpha);
    }

    void fill_span(int y, int from, int to, uint32_t colour, uint32_t alpha)
    {
        uint32_t* row = pixels_ + size_t(y) * size_t(width_);
        if (alpha >= 255)
            std::fill(row + from, row + to, colour | opaque);
        else
            for (int x = from; x < to; ++x)
                row[x] = blend(row[x], colour, alpha);
    }

  private:
    uint32_t* pixels_;
    int width_;
    CoverageImage atlas_;
};

struct ClipBox
{
    int left, top, right, bottom; // pixels [left, right) x [top, bottom)
};

uint32_t alpha_of(uint32_t colour)
{
    return colour >> 24;
}

// An axis-aligned rectangle drawn as two triangles (a, b, c) and (a, c, d), as ImGui draws boxes,
// glyphs and lines: filled row by row, with its font-atlas coordinates linear along each axis.
// Returns false when the six indices are not such a rectangle.
bool draw_rectangle(Canvas& canvas, const ClipBox& clip, const FrameVertex& a, const FrameVertex& b,
                    const FrameVertex& c, const FrameVertex& d)
{
    const bool aligned = a.y == b.y && c.y == d.y && a.x == d.x && b.x == c.x && a.v == b.v && c.v == d.v &&
                         a.u == d.u && b.u == c.u;
    if (!aligned || a.colour != b.colour || a.colour != c.colour || a.colour != d.colour) return false;
    if (a.x == b.x || a.y == d.y) return true; // no area
    // Pixels whose centre is inside [left, right) x [top, bottom): the rule that draws an edge
    // shared by two rectangles once.
    const auto first_pixel = [](float edge, int low, int high)
    { return to_pixel(std::ceil(edge - 0.5), low, high); };
    const int left = first_pixel(std::min(a.x, b.x), clip.left, clip.right);
    const int right = first_pixel(std::max(a.x, b.x), clip.left, clip.right);
    const int top = first_pixel(std::min(a.y, d.y), clip.top, clip.bottom);
    const int bottom = first_pixel(std::max(a.y, d.y), clip.top, clip.bottom);
    if (left >= right || top >= bottom || alpha_of(a.colour) == 0) return true;
    const uint32_t colour = a.colour;
    if (a.u == b.u && a.v == d.v)
    {
        const uint32_t alpha = divide_by_255(alpha_of(colour) * canvas.coverage(a.u, a.v));
        if (alpha > 0)
            for (int y = top; y < bottom; ++y)
                canvas.fill_span(y, left, right, colour, alpha);
        return true;
    }
    const float u_per_pixel = (b.u - a.u) / (b.x - a.x);
    const float v_per_pixel = (d.v - a.v) / (d.y - a.y);
    for (int y = top; y < bottom; ++y)
    {
        const float v = a.v + (float(y) + 0.5f - a.y) * v_per_pixel;
        for (int x = left; x < right; ++x)
        {
            const float u = a.u + (float(x) + 0.5f - a.x) * u_per_pixel;
            canvas.put(x, y, colour, divide_by_255(alpha_of(colour) * canvas.coverage(u, v)));
        }
    }
    return true;
}

// One side of a triangle: positive inside. A pixel centre exactly on it counts for one of the
// two triangles that share it (the one whose inside lies right or, for a level edge, below).
struct Edge
{
    double a, b, c;
    bool includes_its_line;

    Edge(const FrameVertex& from, const FrameVertex& to, double orientation)
        : a(-(double(to.y) - from.y) * orientation), b((double(to.x) - from.x) * orientation),
          c(-(a * from.x + b * from.y)), includes_its_line(a > 0 || (a == 0 && b > 0))
    {
    }
    bool contains(double value) const { return value > 0 || (value == 0 && includes_its_line); }
};

float channel(uint32_t colour, int shift)
{
    return float((colour >> shift) & 0xFFu);
}

void draw_triangle(Canvas& canvas, const ClipBox& clip, const FrameVertex& p0, const FrameVertex& p1,
                   const FrameVertex& p2)
{
    const double area =
        (double(p1.x) - p0.x) * (double(p2.y) - p0.y) - (double(p1.y) - p0.y) * (double(p2.x) - p0.x);
    if (area == 0) return;
    const double orientation = area > 0 ? 1.0 : -1.0;
    const Edge edges[3] = {Edge(p1, p2, orientation), Edge(p2, p0, orientation), Edge(p0, p1, orientation)};
    const double weight_per_unit = 1.0 / std::abs(area); // the weights of p0, p1, p2 add up to |area|

    const bool one_colour = p0.colour == p1.colour && p0.colour == p2.colour;
    const bool one_texel = p0.u == p1.u && p0.u == p2.u && p0.v == p1.v && p0.v == p2.v;
    const uint32_t flat_alpha =
        one_colour && one_texel ? divide_by_255(alpha_of(p0.colour) * canvas.coverage(p0.u, p0.v)) : 0;
    if (one_colour && one_texel && flat_alpha == 0) return;

    const int top = to_pixel(std::floor(std::min({p0.y, p1.y, p2.y}) - 0.5), clip.top, clip.bottom);
    const int bottom = to_pixel(std::ceil(std::max({p0.y, p1.y, p2.y}) + 0.5), clip.top, clip.bottom);
    for (int y = top; y < bottom; ++y)
    {
        const double centre_y = y + 0.5;
        // The row's span from the edges crossing it, widened by a pixel each side.
        double from = clip.left + 0.5, to = clip.right - 0.5;
        bool empty = false;
        double row_terms[3];
        for (int i = 0; i < 3; ++i)
        {
            const Edge& edge = edges[i];
            row_terms[i] = edge.b * centre_y + edge.c;
            if (edge.a > 0)
                from = std::max(from, -row_terms[i] / edge.a);
            else if (edge.a < 0)
                to = std::min(to, -row_terms[i] / edge.a);
            else if (!edge.contains(row_terms[i]))
                empty = true;
        }
        if (empty || from > to + 1.0) continue;
        // The row's pixels inside the triangle are one run: found by testing from each end, then
        // drawn without further tests.
        const auto weight = [&](int i, int x) { return edges[i].a * (x + 0.5) + row_terms[i]; };
        const auto inside = [&](int x)
        {
            return edges[0].contains(weight(0, x)) && edges[1].contains(weight(1, x)) &&
                   edges[2].contains(weight(2, x));
        };
        int start = to_pixel(std::floor(from - 0.5) - 1, clip.left, clip.right);
        int end = to_pixel(std::floor(to - 0.5) + 2, clip.left, clip.right);
        while (start < end && !inside(start))
            ++start;
        while (end > start && !inside(end - 1))
            --end;
        if (one_colour && one_texel)
        {
            canvas.fill_span(y, start, end, p0.colour, flat_alpha);
            continue;
        }
        for (int x = start; x < end; ++x)
        {
            const float l0 = float(weight(0, x) * weight_per_unit),
                        l1 = float(weight(1, x) * weight_per_unit);
            const float l2 = float(weight(2, x) * weight_per_unit);
            uint32_t colour = p0.colour;
            uint32_t alpha = alpha_of(colour);
            if (!one_colour)
            {
                const auto mix = [&](int shift)
                {
                    const float value = l0 * channel(p0.colour, shift) + l1 * channel(p1.colour, shift) +
                                        l2 * channel(p2.colour, shift);
                    return uint32_t(std::clamp(int(std::lround(value)), 0, 255));
                };
                colour = mix(0) | mix(8) << 8 | mix(16) << 16;
                alpha = mix(24);
            }
            const uint32_t coverage = one_texel ? canvas.coverage(p0.u, p0.v)
                                                : canvas.coverage(l0 * p0.u + l1 * p1.u + l2 * p2.u,
                                                                  l0 * p0.v + l1 * p1.v + l2 * p2.v);
            canvas.put(x, y, colour, divide_by_255(alpha * coverage));
        }
    }
}

uint8_t to_byte(float value)
{
    return uint8_t(std::lround(std::clamp(value, 0.0f, 1.0f) * 255.0f));
}

} // namespace

bool draw_frame_in_software(const uint32_t* words, size_t word_count, const CoverageImage& atlas,
                            std::vector<uint32_t>& pixels)
{
    pixels.clear();
    FrameHeader header;
    if (word_count < sizeof header / 4) return false;
    std::memcpy(&header, words, sizeof header);
    const uint64_t needed = sizeof header / 4 + uint64_t(header.vertex_count) * sizeof(FrameVertex) / 4 +
                            header.index_count + uint64_t(header.command_count) * sizeof(FrameCommand) / 4;
    if (needed > word_count || uint64_t(header.width) * header.height > (uint64_t(1) << 28)) return false;
    // Copied out of the words rather than read through a cast: they hold floats.
    const auto copy_out = [](const uint32_t* from, auto& to)
    {
        if (!to.empty()) std::memcpy(to.data(), from, to.size() * sizeof to[0]);
    };
    std::vector<FrameVertex> vertices(header.vertex_count);
    copy_out(words + sizeof header / 4, vertices);
    const uint32_t* indices = words + sizeof header / 4 + vertices.size() * sizeof(FrameVertex) / 4;
    std::vector<FrameCommand> commands(header.command_count);
    copy_out(indices + header.index_count, commands);
    for (uint32_t i = 0; i < header.index_count; ++i)
        if (indices[i] >= header.vertex_count) return false;
    for (const FrameCommand& command : commands)
        if (command.first_index > header.index_count ||
            command.index_count > header.index_count - command.first_index)
            return false;

    const int width = int(header.width), height = int(header.height);
    const uint32_t background = to_byte(header.background[0]) | uint32_t(to_byte(header.background[1])) << 8 |
                                uint32_t(to_byte(header.background[2])) << 16 | opaque;
    pixels.assign(size_t(width) * size_t(height), background);
    Canvas canvas(pixels.data(), width, atlas);
    for (const FrameCommand& command : commands)
    {
        // As WebGL's scissor box: the clip rectangle within the canvas, its position and size
        // each cut to whole pixels (renderer.js).
        const float left = std::max(0.0f, command.clip[0]), top = std::max(0.0f, command.clip[1]);
        const float right = std::min(float(width), command.clip[2]),
                    bottom = std::min(float(height), command.clip[3]);
        if (!(right > left && bottom > top)) continue;
        const int box_left = int(left), box_width = int(right - left);
        const int box_bottom = height - int(float(height) - bottom), box_height = int(bottom - top);
        const ClipBox clip{box_left, std::max(0, box_bottom - box_height),
                           std::min(width, box_left + box_width), box_bottom};
        const uint32_t* index = indices + command.first_index;
        const uint32_t* end = index + command.index_count - command.index_count % 3;
        while (index < end)
        {
            if (end - index >= 6 && index[3] == index[0] && index[4] == index[2] &&
                draw_rectangle(canvas, clip, vertices[index[0]], vertices[index[1]], vertices[index[2]],
                               vertices[index[5]]))
            {
                index += 6;
                continue;
            }
            draw_triangle(canvas, clip, vertices[index[0]], vertices[index[1]], vertices[index[2]]);
            index += 3;
        }
    }
    return true;
}

} // namespace leerregie::platform
