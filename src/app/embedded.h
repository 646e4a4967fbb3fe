// Files built into the wasm (cmake/Embed.cmake): the questionnaire, advice, texts and fonts.
#pragma once

#include <string_view>

namespace leerregie
{
// The file's bytes, or an empty view for an unknown name.
std::string_view embedded_file(std::string_view name);
}  // namespace leerregie
