// Drawing a frame in software: small frames built by hand, and the pixels each should give worked
// out from the rules renderer.js follows (pixel centres, shared edges drawn once, alpha blending,
// WebGL's scissor box), not taken from the program's own output.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "platform/frame.h"

using namespace leerregie::platform;

namespace
{

constexpr uint32_t black = 0xFF000000u;
constexpr uint32_t white = 0xFFFFFFFFu;

uint32_t rgba(uint32_t red, uint32_t green, uint32_t blue, uint32_t alpha = 255)
{
    return red | green << 8 | blue << 16 | alpha << 24;
}

// A 2 x 1 atlas: texel 0 empty, texel 1 full. Solid shapes use texel 1's centre, as ImGui's white pixel.
constexpr uint8_t two_texels[] = {0, 255};
const CoverageImage two_texel_atlas{two_texels, 2, 1};
constexpr float solid_u = 0.75f, solid_v = 0.5f;

struct FrameBuilder
{
    FrameBuilder(uint32_t frame_width, uint32_t frame_height) : width(frame_width), height(frame_height) {}

    uint32_t width, height;
    float background[3] = {0.0f, 0.0f, 0.0f};
    std::vector<FrameVertex> vertices;
    std::vector<uint32_t> indices;
    std::vector<FrameCommand> commands;

    uint32_t vertex(float x, float y, uint32_t colour, float u = solid_u, float v = solid_v)
    {
        vertices.push_back({x, y, u, v, colour});
        return uint32_t(vertices.size() - 1);
    }
    // A box's four corners clockwise from the top left: its left side in one colour, its right side
    // in another, and either solid or spanning the whole atlas from (0,0) at the top left to (1,1).
    struct Corners
    {
        uint32_t a, b, c, d;
    };
    Corners corners(float left, float top, float right, float bottom, uint32_t left_colour, uint32_t right_colour,
                    bool whole_atlas = false)
    {
        const auto corner = [&](float x, float y, uint32_t colour, float u, float v) {
            return whole_atlas ? vertex(x, y, colour, u, v) : vertex(x, y, colour);
        };
        return {corner(left, top, left_colour, 0.0f, 0.0f), corner(right, top, right_colour, 1.0f, 0.0f),
                corner(right, bottom, right_colour, 1.0f, 1.0f), corner(left, bottom, left_colour, 0.0f, 1.0f)};
    }
    // As ImGui's PrimRect: triangles (a, b, c) and (a, c, d).
    void rectangle(float left, float top, float right, float bottom, uint32_t colour)
    {
        const Corners box = corners(left, top, right, bottom, colour, colour);
        indices.insert(indices.end(), {box.a, box.b, box.c, box.a, box.c, box.d});
    }
    void command(float left, float top, float right, float bottom)
    {
        const uint32_t first = commands.empty() ? 0 : commands.back().first_index + commands.back().index_count;
        commands.push_back({{left, top, right, bottom}, uint32_t(indices.size()) - first, first});
    }
    void whole_frame_command() { command(0.0f, 0.0f, float(width), float(height)); }

    std::vector<uint32_t> words() const
    {
        FrameHeader header{width,
                           height,
                           {background[0], background[1], background[2]},
                           uint32_t(vertices.size()),
                           uint32_t(indices.size()),
                           uint32_t(commands.size())};
        std::vector<uint32_t> result((sizeof header + vertices.size() * sizeof(FrameVertex)) / 4 + indices.size() +
                                     commands.size() * sizeof(FrameCommand) / 4);
        auto* bytes = reinterpret_cast<unsigned char*>(result.data());
        const auto append = [&bytes](const void* from, size_t size) {
            if (size > 0)
                std::memcpy(bytes, from, size);
            bytes += size;
        };
        append(&header, sizeof header);
        append(vertices.data(), vertices.size() * sizeof(FrameVertex));
        append(indices.data(), indices.size() * 4);
        append(commands.data(), commands.size() * sizeof(FrameCommand));
        return result;
    }

    SoftwareFrame read() const
    {
        const std::vector<uint32_t> frame = words();
        SoftwareFrame software;
        REQUIRE(software.read(frame.data(), frame.size()));
        return software;
    }

    // The whole frame.
    std::vector<uint32_t> draw(const CoverageImage& atlas = two_texel_atlas) const
    {
        std::vector<uint32_t> pixels;
        read().draw({0, 0, int(width), int(height)}, atlas, pixels);
        REQUIRE(pixels.size() == size_t(width) * height);
        return pixels;
    }
};

// The pixels as rows of characters: '#' for `ink`, '.' for `paper`, '?' for anything else.
std::string picture(const std::vector<uint32_t>& pixels, uint32_t width, uint32_t ink, uint32_t paper = black)
{
    std::string text;
    for (size_t i = 0; i < pixels.size(); ++i)
    {
        text += pixels[i] == ink ? '#' : pixels[i] == paper ? '.' : '?';
        if ((i + 1) % width == 0)
            text += '\n';
    }
    return text;
}

// A box as {left, top, right, bottom}, to compare with one worked out by hand.
std::vector<int> sides(const PixelBox& box) { return {box.left, box.top, box.right, box.bottom}; }

}  // namespace

TEST_SUITE("software frame")
{
    TEST_CASE("the background fills the frame, each channel rounded to the nearest byte")
    {
        FrameBuilder frame(4, 3);
        frame.background[0] = 1.0f;
        frame.background[1] = 0.5f;  // 127.5 rounds to 128
        frame.background[2] = 0.2f;  // 51
        const std::vector<uint32_t> pixels = frame.draw();
        for (uint32_t pixel : pixels)
            CHECK(pixel == rgba(255, 128, 51));
    }

    TEST_CASE("a rectangle covers the pixels whose centres lie inside it")
    {
        FrameBuilder frame(5, 4);
        frame.rectangle(1.0f, 1.0f, 3.0f, 2.0f, white);
        // Its left and top edges take the centres on them (x 0.5, y 2.5), its right and bottom ones
        // do not (x 2.5, y 3.5).
        frame.rectangle(0.5f, 2.5f, 2.5f, 3.5f, white);
        frame.whole_frame_command();
        CHECK(picture(frame.draw(), 5, white) == ".....\n"
                                                 ".##..\n"
                                                 "##...\n"
                                                 ".....\n");
    }

    TEST_CASE("a colour with alpha is blended over what is there")
    {
        FrameBuilder frame(3, 1);
        frame.background[2] = 1.0f;                         // blue
        frame.rectangle(0, 0, 2, 1, rgba(255, 0, 0, 128));  // red at 128/255
        frame.rectangle(1, 0, 3, 1, rgba(0, 255, 0, 51));   // green at 51/255 over both
        frame.whole_frame_command();
        const std::vector<uint32_t> pixels = frame.draw();
        // red over blue: 255 * 128 / 255 = 128 red; 255 * 127 / 255 = 127 blue
        CHECK(pixels[0] == rgba(128, 0, 127));
        // green at 51 over that: red 128 * 204 / 255 = 102.4, green 255 * 51 / 255 = 51,
        // blue 127 * 204 / 255 = 101.6
        CHECK(pixels[1] == rgba(102, 51, 102));
        // green at 51 over blue: blue 255 * 204 / 255 = 204
        CHECK(pixels[2] == rgba(0, 51, 204));
    }

    TEST_CASE("a pixel centre on an edge two triangles share is drawn once")
    {
        // A 4 x 4 square as two triangles along the diagonal from (4,0) to (0,4), not in ImGui's
        // rectangle order; four pixel centres lie exactly on the diagonal. Half-transparent white
        // over black gives 128 where drawn once, 191 where drawn twice.
        FrameBuilder frame(4, 4);
        const uint32_t half_white = rgba(255, 255, 255, 128);
        const auto [a, b, c, d] = frame.corners(0, 0, 4, 4, half_white, half_white);
        frame.indices = {a, b, d, b, c, d};
        frame.whole_frame_command();
        for (uint32_t pixel : frame.draw())
            CHECK(pixel == rgba(128, 128, 128));
    }

    TEST_CASE("a triangle leaves out the centres on its lower right edge and keeps those on its upper left")
    {
        // (0,0), (4,0), (0,4): the centres with x + y = 3 lie on the long edge, whose inside is to
        // the upper left, so they belong to the triangle on the other side.
        FrameBuilder frame(4, 4);
        const uint32_t a = frame.vertex(0, 0, white), b = frame.vertex(4, 0, white), c = frame.vertex(0, 4, white);
        frame.indices = {a, b, c};
        frame.whole_frame_command();
        CHECK(picture(frame.draw(), 4, white) == "###.\n"
                                                 "##..\n"
                                                 "#...\n"
                                                 "....\n");
    }

    TEST_CASE("colours are interpolated across a triangle")
    {
        // Black on the left edge, white on the right, over x = 0 to 8: the pixel centre x + 0.5
        // gets 255 * (x + 0.5) / 8, rounded.
        FrameBuilder frame(8, 2);
        const auto [a, b, c, d] = frame.corners(0, 0, 8, 2, black, white);
        frame.indices = {a, b, d, b, c, d};
        frame.whole_frame_command();
        const std::vector<uint32_t> pixels = frame.draw();
        const uint32_t expected[8] = {16, 48, 80, 112, 143, 175, 207, 239};
        for (int y = 0; y < 2; ++y)
            for (int x = 0; x < 8; ++x)
                CHECK(pixels[size_t(y * 8 + x)] == rgba(expected[x], expected[x], expected[x]));
    }

    TEST_CASE("the font atlas gives the coverage at the nearest texel")
    {
        // A glyph-like quad 4 pixels wide over a 4 x 1 atlas: each pixel centre falls in its own
        // texel, whose coverage becomes the alpha of white over black.
        constexpr uint8_t texels[] = {0, 255, 128, 64};
        const CoverageImage atlas{texels, 4, 1};
        FrameBuilder frame(4, 1);
        const auto [a, b, c, d] = frame.corners(0, 0, 4, 1, white, white, true);
        frame.indices = {a, b, c, a, c, d};
        frame.whole_frame_command();
        const std::vector<uint32_t> pixels = frame.draw(atlas);
        CHECK(pixels[0] == black);
        CHECK(pixels[1] == white);
        CHECK(pixels[2] == rgba(128, 128, 128));
        CHECK(pixels[3] == rgba(64, 64, 64));
    }

    TEST_CASE("a command draws only inside its clip rectangle, cut to whole pixels as WebGL's scissor")
    {
        FrameBuilder frame(6, 4);
        frame.rectangle(0, 0, 6, 4, white);
        // left 1.7 and right 4.2: the box starts at pixel 1 and is int(4.2 - 1.7) = 2 wide;
        // top 0.5 and bottom 3.0: int(4 - 3.0) = 1 from the bottom, int(3.0 - 0.5) = 2 high.
        frame.command(1.7f, 0.5f, 4.2f, 3.0f);
        CHECK(picture(frame.draw(), 6, white) == "......\n"
                                                 ".##...\n"
                                                 ".##...\n"
                                                 "......\n");
    }

    TEST_CASE("a clip rectangle beyond the frame is cut to it, and an empty one draws nothing")
    {
        FrameBuilder frame(3, 2);
        frame.rectangle(0, 0, 3, 2, white);
        frame.command(-5.0f, -5.0f, 2.0f, 9.0f);
        frame.rectangle(0, 0, 3, 2, rgba(255, 0, 0));
        frame.command(2.0f, 0.0f, 2.0f, 2.0f);
        CHECK(picture(frame.draw(), 3, white) == "##.\n"
                                                 "##.\n");
    }

    TEST_CASE("a frame whose counts or indices do not fit its words is refused")
    {
        FrameBuilder frame(2, 2);
        frame.rectangle(0, 0, 2, 2, white);
        frame.whole_frame_command();
        std::vector<uint32_t> words = frame.words();

        SUBCASE("too short for its header") { words.resize(7); }
        SUBCASE("too short for its commands") { words.pop_back(); }
        SUBCASE("an index past the vertices") { words[8 + 4 * 5 + 2] = 4; }
        SUBCASE("a command past the indices")
        {
            words[words.size() - 1] = 1;  // its first index: 1 + 6 > 6
        }
        SUBCASE("a side longer than any canvas, with no pixels at all")
        {
            words[0] = 0;
            words[1] = 0x5D000000u;
        }
        SUBCASE("counts that overflow")
        {
            words[5] = 0xFFFFFFFFu;  // vertex count
        }
        SoftwareFrame software;
        REQUIRE(software.read(frame.words().data(), frame.words().size()));
        CHECK_FALSE(software.read(words.data(), words.size()));
        CHECK(software.width() == 0);
        CHECK(software.height() == 0);
        CHECK(software.parts(4, two_texel_atlas).empty());
    }

    TEST_CASE("a frame's parts hold all but its background, band by band")
    {
        // 8 x 6 in bands of 2 rows: a box from (1, 1) to (3, 3), and a triangle (5, 4), (7, 4),
        // (5, 6). Each shape may cover the pixels from floor(low - 0.5) to ceil(high + 0.5): the box
        // columns 0-3 and rows 0-3, the triangle columns 4-7 and rows 3-5. A band's part holds
        // what falls in it of each.
        FrameBuilder frame(8, 6);
        frame.rectangle(1, 1, 3, 3, white);
        frame.indices.push_back(frame.vertex(5, 4, white));
        frame.indices.push_back(frame.vertex(7, 4, white));
        frame.indices.push_back(frame.vertex(5, 6, white));
        frame.whole_frame_command();
        const SoftwareFrame software = frame.read();
        const std::vector<PixelBox> parts = software.parts(2, two_texel_atlas);
        REQUIRE(parts.size() == 3);
        CHECK(sides(parts[0]) == std::vector<int>{0, 0, 4, 2});
        CHECK(sides(parts[1]) == std::vector<int>{0, 2, 8, 4});
        CHECK(sides(parts[2]) == std::vector<int>{4, 4, 8, 6});

        // Each part drawn alone gives the whole frame's pixels there; outside them, background.
        const std::vector<uint32_t> whole = frame.draw();
        std::vector<uint32_t> pieced(whole.size(), software.background());
        for (const PixelBox& part : parts)
        {
            std::vector<uint32_t> pixels;
            software.draw(part, two_texel_atlas, pixels);
            REQUIRE(pixels.size() == size_t(part.width() * part.height()));
            for (int y = part.top; y < part.bottom; ++y)
                for (int x = part.left; x < part.right; ++x)
                    pieced[size_t(y) * 8 + size_t(x)] =
                        pixels[size_t(y - part.top) * size_t(part.width()) + size_t(x - part.left)];
        }
        CHECK(pieced == whole);
        // The triangle's centres: (5.5, 4.5) is inside; (6.5, 4.5) and (5.5, 5.5) lie on its
        // lower right edge, which it leaves out.
        CHECK(picture(whole, 8, white) == "........\n"
                                          ".##.....\n"
                                          ".##.....\n"
                                          "........\n"
                                          ".....#..\n"
                                          "........\n");
    }

    TEST_CASE("shapes in a band far apart are parts of their own")
    {
        // Bands of 2 rows; boxes over columns 0-2 and 12-14 (with a pixel to spare each side):
        // 9 columns apart, at least a band's rows. Those at 12-14 and 16-18 are 1 apart: one part.
        FrameBuilder frame(20, 2);
        frame.rectangle(1, 0, 2, 2, white);
        frame.rectangle(13, 0, 14, 1, white);
        frame.rectangle(17, 1, 18, 2, white);
        frame.whole_frame_command();
        const std::vector<PixelBox> parts = frame.read().parts(2, two_texel_atlas);
        REQUIRE(parts.size() == 2);
        CHECK(sides(parts[0]) == std::vector<int>{0, 0, 3, 2});
        CHECK(sides(parts[1]) == std::vector<int>{12, 0, 19, 2});
    }

    TEST_CASE("a frame of only background has no parts")
    {
        FrameBuilder frame(4, 4);
        frame.background[1] = 1.0f;
        const uint32_t green = rgba(0, 255, 0);
        SUBCASE("a shape clipped away")
        {
            frame.rectangle(1, 1, 3, 3, white);
            frame.command(0, 0, 0, 4);
        }
        SUBCASE("a box of the background's colour over it all, as a window's background")
        {
            frame.rectangle(0, 0, 4, 4, green);
            frame.whole_frame_command();
        }
        CHECK(frame.read().background() == green);
        CHECK(frame.read().parts(2, two_texel_atlas).empty());
        CHECK(frame.draw() == std::vector<uint32_t>(16, green));
    }

    TEST_CASE("a box of the background's colour that is not solid is a part")
    {
        FrameBuilder frame(2, 2);
        frame.background[1] = 1.0f;
        const FrameBuilder::Corners box = frame.corners(0, 0, 2, 2, rgba(0, 255, 0), rgba(0, 255, 0), true);
        frame.indices.insert(frame.indices.end(), {box.a, box.b, box.c, box.a, box.c, box.d});
        frame.whole_frame_command();
        CHECK(frame.read().parts(2, two_texel_atlas).size() == 1);
    }
}
