#include "ui/qr_code.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "imgui.h"
#include "qrcodegen.h"
#include "ui/layout.h"

namespace leerregie::ui
{
namespace
{

constexpr int quiet_zone = 4;

// The symbol for the last text drawn: the same one is drawn every frame the screen shows.
struct Cached
{
    std::string text;
    bool encoded = false;
    uint8_t symbol[qrcodegen_BUFFER_LEN_MAX];
    uint8_t scratch[qrcodegen_BUFFER_LEN_MAX];
};
Cached cached;

// Upper-case letters, digits and '-' fit QR's alphanumeric mode, so a result code gets the
// smallest symbol there is for its length; MEDIUM error correction survives a smudged or glary
// screen. False when the text does not fit any symbol.
bool encode(std::string_view text)
{
    if (cached.text != text || !cached.encoded)
    {
        cached.text = std::string(text);
        cached.encoded = qrcodegen_encodeText(cached.text.c_str(), cached.scratch, cached.symbol, qrcodegen_Ecc_MEDIUM,
                                              qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true);
    }
    return cached.encoded;
}

}  // namespace

void qr_code(const char* id, std::string_view text, float css_size, std::string_view description)
{
    if (!encode(text))
        return;
    const int size = qrcodegen_getSize(cached.symbol);
    const int modules = size + 2 * quiet_zone;
    const float module = std::max(1.0f, std::floor(std::min(css(css_size), column_width()) / float(modules)));
    const float side = module * float(modules);

    const float indent = std::floor((column_width() - side) * 0.5f);
    const ImVec2 origin(ImGui::GetCursorScreenPos().x + indent, std::floor(ImGui::GetCursorScreenPos().y));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImGui::Dummy(ImVec2(side, side));
    picture(id, description);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), qr_light_module);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (qrcodegen_getModule(cached.symbol, x, y))
            {
                const ImVec2 min(origin.x + module * float(x + quiet_zone), origin.y + module * float(y + quiet_zone));
                draw->AddRectFilled(min, ImVec2(min.x + module, min.y + module), qr_dark_module);
            }
}

}  // namespace leerregie::ui
