// A QR code drawn with ImGui's draw list from Nayuki's QR Code generator: dark modules on a white
// square with the four-module quiet zone the standard asks for, in every theme, so any phone
// camera reads it.
#pragma once

#include <string_view>

#include "imgui.h"

namespace leerregie::ui
{

constexpr ImU32 qr_dark_module = IM_COL32(0, 0, 0, 255);
constexpr ImU32 qr_light_module = IM_COL32(255, 255, 255, 255);

// Draws `text` as a QR code at most `css_size` wide, centred in the column (nothing when it is too
// long for any QR code). Module edges fall on whole device pixels, so the code stays sharp at
// every pixel ratio. The mirror has it as an image `id` that `description` describes.
void qr_code(const char* id, std::string_view text, float css_size, std::string_view description);

}  // namespace leerregie::ui
