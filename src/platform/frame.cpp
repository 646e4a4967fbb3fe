// Drawing a frame without a GPU: the renderer of a visit whose browser gives no WebGL context, or
// whose context was lost (shell/loader.js chooses).
#include "platform/frame.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

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
    if (alpha >= 255)
        return colour | opaque;
    const uint32_t keep = 255 - alpha;
    const uint32_t red_blue = divide_lanes_by_255((colour & 0x00FF00FFu) * alpha + (destination & 0x00FF00FFu) * keep);
    const uint32_t green = divide_by_255(((colour >> 8) & 0xFFu) * alpha + ((destination >> 8) & 0xFFu) * keep);
    return red_blue | green << 8 | opaque;
}

// A whole number of pixels (already rounded) as an int within [low, high]. Coordinates come from
// the frame as they are, so they may be far off, infinite or not a number (which gives `low`).
int to_pixel(double rounded, int low, int high)
{
    if (!(rounded > low))
        return low;
    if (!(rounded < high))
        return high;
    return int(rounded);
}

// The atlas's nearest texel to u (v): its column (row) of texels.
int atlas_column(const CoverageImage& atlas, float u)
{
    return to_pixel(std::floor(double(u) * atlas.width), 0, atlas.width - 1);
}
const uint8_t* atlas_row(const CoverageImage& atlas, float v)
{
    const int y = to_pixel(std::floor(double(v) * atlas.height), 0, atlas.height - 1);
    return atlas.texels + size_t(y) * size_t(atlas.width);
}

// The atlas's coverage at (u, v), nearest texel; full where there is no atlas.
uint32_t coverage_at(const CoverageImage& atlas, float u, float v)
{
    if (!atlas.texels)
        return 255;
    return atlas_row(atlas, v)[atlas_column(atlas, u)];
}

// `count` pixels of one colour: a few set one by one, then copied onto the rest, doubling each time
// (in wasm memcpy is one instruction, far quicker than a loop).
void fill(uint32_t* pixels, size_t count, uint32_t colour)
{
    const size_t first = std::min(count, size_t(16));
    std::fill(pixels, pixels + first, colour);
    for (size_t done = first; done < count; done *= 2)
        std::memcpy(pixels + done, pixels, std::min(done, count - done) * sizeof(uint32_t));
}

// The pixels of one box of the frame; coordinates are the frame's.
class Canvas
{
public:
    Canvas(uint32_t* pixels, const PixelBox& box, const CoverageImage& atlas)
        : pixels_(pixels), box_(box), atlas_(atlas)
    {
    }

    const CoverageImage& atlas() const { return atlas_; }
    uint32_t coverage(float u, float v) const { return coverage_at(atlas_, u, v); }

    uint32_t* at(int x, int y) { return pixels_ + size_t(y - box_.top) * size_t(box_.width()) + size_t(x - box_.left); }

    // For a rectangle's pixel columns: their atlas columns, reused from one rectangle to the next.
    std::vector<int>& columns() { return columns_; }

    void put(int x, int y, uint32_t colour, uint32_t alpha)
    {
        uint32_t* pixel = at(x, y);
        *pixel = blend(*pixel, colour, alpha);
    }

    void fill_span(int y, int from, int to, uint32_t colour, uint32_t alpha)
    {
        if (from >= to)
            return;
        uint32_t* span = at(from, y);
        if (alpha >= 255)
            fill(span, size_t(to - from), colour | opaque);
        else
            for (int x = 0; x < to - from; ++x)
                span[x] = blend(span[x], colour, alpha);
    }

private:
    uint32_t* pixels_;
    PixelBox box_;
    CoverageImage atlas_;
    std::vector<int> columns_;
};

uint32_t alpha_of(uint32_t colour) { return colour >> 24; }

// An axis-aligned rectangle drawn as two triangles (a, b, c) and (a, c, d), as ImGui draws boxes,
// glyphs and lines: filled row by row, with its font-atlas coordinates linear along each axis.
// Returns false when the six indices are not such a rectangle.
bool draw_rectangle(Canvas& canvas, const PixelBox& clip, const FrameVertex& a, const FrameVertex& b,
                    const FrameVertex& c, const FrameVertex& d)
{
    const bool aligned =
        a.y == b.y && c.y == d.y && a.x == d.x && b.x == c.x && a.v == b.v && c.v == d.v && a.u == d.u && b.u == c.u;
    if (!aligned || a.colour != b.colour || a.colour != c.colour || a.colour != d.colour)
        return false;
    if (a.x == b.x || a.y == d.y)
        return true;  // no area
    // Pixels whose centre is inside [left, right) x [top, bottom): the rule that draws an edge
    // shared by two rectangles once.
    const auto first_pixel = [](float edge, int low, int high) { return to_pixel(std::ceil(edge - 0.5), low, high); };
    const int left = first_pixel(std::min(a.x, b.x), clip.left, clip.right);
    const int right = first_pixel(std::max(a.x, b.x), clip.left, clip.right);
    const int top = first_pixel(std::min(a.y, d.y), clip.top, clip.bottom);
    const int bottom = first_pixel(std::max(a.y, d.y), clip.top, clip.bottom);
    if (left >= right || top >= bottom || alpha_of(a.colour) == 0)
        return true;
    const uint32_t colour = a.colour;
    const CoverageImage& atlas = canvas.atlas();
    if (!atlas.texels || (a.u == b.u && a.v == d.v))
    {
        const uint32_t alpha = divide_by_255(alpha_of(colour) * canvas.coverage(a.u, a.v));
        if (alpha > 0)
            for (int y = top; y < bottom; ++y)
                canvas.fill_span(y, left, right, colour, alpha);
        return true;
    }
    // A glyph, mostly. Its u depends on x alone and its v on y alone, so each pixel column's atlas
    // column is found once, and each row's atlas row.
    const float u_per_pixel = (b.u - a.u) / (b.x - a.x);
    const float v_per_pixel = (d.v - a.v) / (d.y - a.y);
    std::vector<int>& columns = canvas.columns();
    columns.resize(size_t(right - left));
    for (int x = left; x < right; ++x)
        columns[size_t(x - left)] = atlas_column(atlas, a.u + (float(x) + 0.5f - a.x) * u_per_pixel);
    const uint32_t colour_alpha = alpha_of(colour);
    for (int y = top; y < bottom; ++y)
    {
        const uint8_t* texels = atlas_row(atlas, a.v + (float(y) + 0.5f - a.y) * v_per_pixel);
        uint32_t* row = canvas.at(left, y);
        for (int x = 0; x < right - left; ++x)
        {
            const uint32_t coverage = texels[columns[size_t(x)]];
            if (coverage != 0)
                row[x] = blend(row[x], colour, divide_by_255(colour_alpha * coverage));
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

float channel(uint32_t colour, int shift) { return float((colour >> shift) & 0xFFu); }

// The pixels [low, high) whose centres a shape from `from` to `to` (along one axis) may cover, with
// a pixel to spare each side, within [clip_low, clip_high).
std::pair<int, int> pixels_between(float from, float to, int clip_low, int clip_high)
{
    return {to_pixel(std::floor(double(from) - 0.5), clip_low, clip_high),
            to_pixel(std::ceil(double(to) + 0.5), clip_low, clip_high)};
}

void draw_triangle(Canvas& canvas, const PixelBox& clip, const FrameVertex& p0, const FrameVertex& p1,
                   const FrameVertex& p2)
{
    const double area = (double(p1.x) - p0.x) * (double(p2.y) - p0.y) - (double(p1.y) - p0.y) * (double(p2.x) - p0.x);
    if (area == 0)
        return;
    const double orientation = area > 0 ? 1.0 : -1.0;
    const Edge edges[3] = {Edge(p1, p2, orientation), Edge(p2, p0, orientation), Edge(p0, p1, orientation)};
    const double weight_per_unit = 1.0 / std::abs(area);  // the weights of p0, p1, p2 add up to |area|

    const bool one_colour = p0.colour == p1.colour && p0.colour == p2.colour;
    const bool one_texel = p0.u == p1.u && p0.u == p2.u && p0.v == p1.v && p0.v == p2.v;
    const uint32_t flat_alpha =
        one_colour && one_texel ? divide_by_255(alpha_of(p0.colour) * canvas.coverage(p0.u, p0.v)) : 0;
    if (one_colour && one_texel && flat_alpha == 0)
        return;

    // Within its bounds too: far-off vertices leave the edges too imprecise to keep to them alone.
    const auto [left, right] =
        pixels_between(std::min({p0.x, p1.x, p2.x}), std::max({p0.x, p1.x, p2.x}), clip.left, clip.right);
    const auto [top, bottom] =
        pixels_between(std::min({p0.y, p1.y, p2.y}), std::max({p0.y, p1.y, p2.y}), clip.top, clip.bottom);
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
        if (empty || from > to + 1.0)
            continue;
        // The row's pixels inside the triangle are one run: found by testing from each end, then
        // drawn without further tests.
        const auto weight = [&](int i, int x) { return edges[i].a * (x + 0.5) + row_terms[i]; };
        const auto inside = [&](int x) {
            return edges[0].contains(weight(0, x)) && edges[1].contains(weight(1, x)) &&
                   edges[2].contains(weight(2, x));
        };
        int start = to_pixel(std::floor(from - 0.5) - 1, left, right);
        int end = to_pixel(std::floor(to - 0.5) + 2, left, right);
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
            const float l0 = float(weight(0, x) * weight_per_unit), l1 = float(weight(1, x) * weight_per_unit);
            const float l2 = float(weight(2, x) * weight_per_unit);
            uint32_t colour = p0.colour;
            uint32_t alpha = alpha_of(colour);
            if (!one_colour)
            {
                const auto mix = [&](int shift) {
                    const float value = l0 * channel(p0.colour, shift) + l1 * channel(p1.colour, shift) +
                                        l2 * channel(p2.colour, shift);
                    return uint32_t(std::clamp(int(std::lround(value)), 0, 255));
                };
                colour = mix(0) | mix(8) << 8 | mix(16) << 16;
                alpha = mix(24);
            }
            const uint32_t coverage =
                one_texel ? canvas.coverage(p0.u, p0.v)
                          : canvas.coverage(l0 * p0.u + l1 * p1.u + l2 * p2.u, l0 * p0.v + l1 * p1.v + l2 * p2.v);
            canvas.put(x, y, colour, divide_by_255(alpha * coverage));
        }
    }
}

uint8_t to_byte(float value) { return uint8_t(std::lround(std::clamp(value, 0.0f, 1.0f) * 255.0f)); }

}  // namespace

bool SoftwareFrame::read(const uint32_t* words, size_t word_count)
{
    *this = SoftwareFrame();
    FrameHeader header;
    if (word_count < sizeof header / 4)
        return false;
    std::memcpy(&header, words, sizeof header);
    const uint64_t needed = sizeof header / 4 + uint64_t(header.vertex_count) * sizeof(FrameVertex) / 4 +
                            header.index_count + uint64_t(header.command_count) * sizeof(FrameCommand) / 4;
    // No canvas is larger: browsers allow at most 32767 pixels a side and 2^28 in all.
    constexpr uint32_t longest_side = 32767;
    if (needed > word_count || header.width > longest_side || header.height > longest_side ||
        uint64_t(header.width) * header.height > (uint64_t(1) << 28))
        return false;
    const uint32_t* vertex_words = words + sizeof header / 4;
    const uint32_t* index_words = vertex_words + uint64_t(header.vertex_count) * sizeof(FrameVertex) / 4;
    const uint32_t* command_words = index_words + header.index_count;
    for (uint32_t i = 0; i < header.index_count; ++i)
        if (index_words[i] >= header.vertex_count)
            return false;
    std::vector<FrameCommand> commands(header.command_count);
    // Copied out of the words rather than read through a cast: they hold floats.
    if (!commands.empty())
        std::memcpy(commands.data(), command_words, commands.size() * sizeof(FrameCommand));
    for (const FrameCommand& command : commands)
        if (command.first_index > header.index_count || command.index_count > header.index_count - command.first_index)
            return false;
    header_ = header;
    vertices_.resize(header.vertex_count);
    if (!vertices_.empty())
        std::memcpy(vertices_.data(), vertex_words, vertices_.size() * sizeof(FrameVertex));
    indices_.assign(index_words, index_words + header.index_count);
    commands_ = std::move(commands);
    return true;
}

uint32_t SoftwareFrame::background() const
{
    return to_byte(header_.background[0]) | uint32_t(to_byte(header_.background[1])) << 8 |
           uint32_t(to_byte(header_.background[2])) << 16 | opaque;
}

template <typename Shape> void SoftwareFrame::for_each_command(const Shape& shape) const
{
    const float width = float(header_.width), height = float(header_.height);
    for (const FrameCommand& command : commands_)
    {
        // As WebGL's scissor box: the clip rectangle within the canvas, its position and size each
        // cut to whole pixels (renderer.js).
        const float left = std::max(0.0f, command.clip[0]), top = std::max(0.0f, command.clip[1]);
        const float right = std::min(width, command.clip[2]), bottom = std::min(height, command.clip[3]);
        if (!(right > left && bottom > top))
            continue;
        const int box_left = int(left), box_width = int(right - left);
        const int box_bottom = int(header_.height) - int(height - bottom), box_height = int(bottom - top);
        const PixelBox clip{box_left, std::max(0, box_bottom - box_height),
                            std::min(int(header_.width), box_left + box_width), box_bottom};
        shape(clip, command.first_index, command.index_count - command.index_count % 3);
    }
}

std::vector<PixelBox> SoftwareFrame::parts(int band_rows, const CoverageImage& atlas) const
{
    band_rows = std::max(1, band_rows);
    // A triangle of the background's colour, opaque and solid, leaves background where it is
    // drawn: it is left out (a window's background covers the whole frame).
    const uint32_t background_colour = background();
    const auto only_background = [&](const FrameVertex& a, const FrameVertex& b, const FrameVertex& c) {
        return a.colour == background_colour && b.colour == background_colour && c.colour == background_colour &&
               a.u == b.u && a.u == c.u && a.v == b.v && a.v == c.v && coverage_at(atlas, a.u, a.v) == 255;
    };
    std::vector<std::vector<PixelBox>> bands((size_t(header_.height) + size_t(band_rows) - 1) / size_t(band_rows));
    for_each_command([&](const PixelBox& clip, uint32_t first, uint32_t count) {
        for (uint32_t i = first; i < first + count; i += 3)
        {
            const FrameVertex& a = vertices_[indices_[i]];
            const FrameVertex& b = vertices_[indices_[i + 1]];
            const FrameVertex& c = vertices_[indices_[i + 2]];
            if (only_background(a, b, c))
                continue;
            const auto [left, right] =
                pixels_between(std::min({a.x, b.x, c.x}), std::max({a.x, b.x, c.x}), clip.left, clip.right);
            const auto [top, bottom] =
                pixels_between(std::min({a.y, b.y, c.y}), std::max({a.y, b.y, c.y}), clip.top, clip.bottom);
            if (left >= right || top >= bottom)
                continue;
            for (int band = top / band_rows; band <= (bottom - 1) / band_rows; ++band)
                bands[size_t(band)].push_back(
                    {left, std::max(top, band * band_rows), right, std::min(bottom, (band + 1) * band_rows)});
        }
    });
    // In each band, shapes side by side make one part, unless a gap of at least band_rows columns
    // separates them: then each part saves more than its own drawing and copying cost.
    std::vector<PixelBox> parts;
    for (std::vector<PixelBox>& shapes : bands)
    {
        std::sort(shapes.begin(), shapes.end(), [](const PixelBox& a, const PixelBox& b) { return a.left < b.left; });
        const size_t band_start = parts.size();
        for (const PixelBox& shape : shapes)
        {
            if (parts.size() > band_start && shape.left < parts.back().right + band_rows)
            {
                PixelBox& part = parts.back();
                part = {part.left, std::min(part.top, shape.top), std::max(part.right, shape.right),
                        std::max(part.bottom, shape.bottom)};
            }
            else
                parts.push_back(shape);
        }
    }
    return parts;
}

void SoftwareFrame::draw(const PixelBox& box, const CoverageImage& atlas, std::vector<uint32_t>& pixels) const
{
    const PixelBox area{box.left, box.top, std::max(box.left, box.right), std::max(box.top, box.bottom)};
    pixels.resize(size_t(area.width()) * size_t(area.height()));
    fill(pixels.data(), pixels.size(), background());
    Canvas canvas(pixels.data(), area, atlas);
    for_each_command([&](const PixelBox& scissor, uint32_t first, uint32_t count) {
        const PixelBox clip{std::max(scissor.left, area.left), std::max(scissor.top, area.top),
                            std::min(scissor.right, area.right), std::min(scissor.bottom, area.bottom)};
        if (clip.width() <= 0 || clip.height() <= 0)
            return;
        const uint32_t* index = indices_.data() + first;
        const uint32_t* end = index + count;
        while (index < end)
        {
            if (end - index >= 6 && index[3] == index[0] && index[4] == index[2] &&
                draw_rectangle(canvas, clip, vertices_[index[0]], vertices_[index[1]], vertices_[index[2]],
                               vertices_[index[5]]))
            {
                index += 6;
                continue;
            }
            draw_triangle(canvas, clip, vertices_[index[0]], vertices_[index[1]], vertices_[index[2]]);
            index += 3;
        }
    });
}

}  // namespace leerregie::platform
