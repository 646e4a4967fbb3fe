// While a trainer's own questionnaire is on its way: the top bar and one calm line.
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{

std::string draw_loading(App& app)
{
    begin_screen("##loading");
    top_bar(app);
    muted(app.text("ui.own.loading"));
    end_screen();
    return app.text("ui.own.loading");
}

}  // namespace leerregie::ui
