// Leerregie in the browser: the app starts as app/startup.h describes, its screens drawn by
// src/ui with the fonts built into the wasm.
#include "app/embedded.h"
#include "app/startup.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace
{
leerregie::App app;
}  // namespace

int main()
{
    using leerregie::embedded_file;
    leerregie::ui::set_font_files({embedded_file("ui-regular.ttf"), embedded_file("ui-bold.ttf")});
    leerregie::start_app(app, {[] { leerregie::ui::draw_app(app); },
                               [](float pixel_ratio, const ImWchar* glyph_ranges) {
                                   leerregie::ui::apply_typography_and_theme(app, pixel_ratio, glyph_ranges);
                               }});
    return 0;
}
