// One frame of the app: the current screen, the settings over it when open, and the page's
// data-screen, #live and accessible mirror kept in step (docs/contracts.md).
#include <algorithm>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/layout.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace leerregie::ui
{

void top_bar(App& app)
{
    const float start = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(bold_font());
    ImGui::TextUnformatted(app.text("ui.app_name").c_str());
    ImGui::PopFont();
    const std::string& label = app.text("ui.settings.open");
    const float button_width =
        std::min(ImGui::CalcTextSize(label.c_str()).x + 2.0f * ImGui::GetStyle().FramePadding.x, column_width());
    // Beside the name when both fit on the line (zoomed in, they may not), else under it.
    const float name_width = ImGui::GetItemRectSize().x + ImGui::GetStyle().ItemSpacing.x;
    if (name_width + button_width <= column_width())
        ImGui::SameLine(start + column_width() - button_width);
    else
        ImGui::SetCursorPosX(start + column_width() - button_width);
    if (small_button("settings", label))
        app.settings_open = true;
    if (!app.notice.empty())
    {
        spacer(4.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_PlotHistogram]);
        status_message("notice", app.notice);
        ImGui::PopStyleColor();
    }
    if (app.answers_before_import && app.screen == Screen::Results &&
        secondary_button("undo-import", app.text("ui.notice.undo_import")))
        app.undo_import();
    spacer(8.0f);
}

void draw_app(App& app)
{
    set_scroll_inertia(!app.system.reduced_motion);  // the system asks for no animation
    mirror_begin_frame();
    const Screen screen_before = app.screen;
    const int step_before = app.step;
    const bool settings_before = app.settings_open;
    std::string live;
    if (app.settings_open)
    {
        draw_settings(app);
        live = app.text("ui.settings.title");
    }
    else
    {
        switch (app.screen)
        {
        case Screen::Loading: live = draw_loading(app); break;
        case Screen::Intro: live = draw_intro(app); break;
        case Screen::Question: live = draw_question(app); break;
        case Screen::Results: live = draw_results(app); break;
        case Screen::Plan: live = draw_plan(app); break;
        case Screen::Report: live = draw_report(app); break;
        case Screen::Group: live = draw_group(app); break;
        case Screen::Error: live = draw_error(app); break;
        }
    }
    mirror_end_frame();
    // The import can be undone on the results it led to, not from later screens.
    if (screen_before == Screen::Results && app.screen != Screen::Results)
        app.answers_before_import.reset();
    // A screen that changed during this frame is drawn anew, so what shows and what #live says
    // are the new screen's, not the old one's.
    if (app.screen != screen_before || app.step != step_before || app.settings_open != settings_before)
        platform::request_frames();
    // A setting, "Alles wissen" or a projector's width changed the look: fonts and colours anew.
    if (app.look_changed())
        platform::request_restyle();
    // data-screen, #live and the mirror describe the screen drawn in this frame, all three alike.
    platform::set_screen_name(screen_name(screen_before));
    platform::set_document_language(app.language);
    platform::set_document_theme(theme_name(app.theme));
    platform::set_live_text(live);
}

}  // namespace leerregie::ui
