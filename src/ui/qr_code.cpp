#include "ui/qr_code.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "imgui.h"
#include "qrcodegen.hpp"
#include "ui/layout.h"

namespace leerregie::ui
{
namespace
{

constexpr int quiet_zone = 4;

// The code for the last text drawn: the same code is drawn every frame the screen shows.
struct Cached
{
    std::string text;
    std::optional<qrcodegen::QrCode> code;
};
Cached cached;

const qrcodegen::QrCode& code_for(std::string_view text)
{
    if (!cached.code || cached.text != text)
    {
        cached.text = std::string(text);
        // Upper-case letters, digits and '-' fit QR's alphanumeric mode: a result code needs the
        // smallest symbol there is for its length. MEDIUM survives a smudged or glary screen.
        cached.code = qrcodegen::QrCode::encodeText(cached.text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
    }
    return *cached.code;
}

} // namespace

void qr_code(std::string_view text, float css_size)
{
    const qrcodegen::QrCode& code = code_for(text);
    const int modules = code.getSize() + 2 * quiet_zone;
    const float module = std::max(1.0f, std::floor(std::min(css(css_size), column_width()) / float(modules)));
    const float side = module * float(modules);

    const float left = ImGui::GetCursorScreenPos().x + std::floor((column_width() - side) * 0.5f);
    const ImVec2 origin(left, std::floor(ImGui::GetCursorScreenPos().y));
    ImGui::Dummy(ImVec2(column_width(), side));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < code.getSize(); ++y)
        for (int x = 0; x < code.getSize(); ++x)
            if (code.getModule(x, y))
            {
                const ImVec2 min(origin.x + module * float(x + quiet_zone), origin.y + module * float(y + quiet_zone));
                draw->AddRectFilled(min, ImVec2(min.x + module, min.y + module), IM_COL32(0, 0, 0, 255));
            }
}

} // namespace leerregie::ui
