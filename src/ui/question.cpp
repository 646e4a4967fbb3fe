// One question per screen (or a section's introduction when the topic changes): progress with
// "Vraag N van M" and the section, large answer buttons, "weet niet" where the scale offers it,
// back and next. After an answer the choice stays visible a moment, then the next question
// comes, unless the person turned that off in the settings (App::auto_advance): then they move on
// themselves. Keys: 1-9 choose (a "not applicable" choice takes the number after the options), 0
// "weet niet", Enter or ArrowRight next, ArrowLeft back.
#include <algorithm>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/layout.h"
#include "ui/screens.h"

namespace leerregie::ui
{
namespace
{

constexpr double confirmation_seconds = 0.35;

void progress(App& app)
{
    const int number = app.question_number(), count = app.question_count();
    const Section* section = app.current_section();
    std::string line = format_text(app.text("ui.question.progress"), {std::to_string(number), std::to_string(count)});
    if (section)
        line += "  ·  " + app.local(section->title);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const ImVec2 size(column_width(), css(6.0f));
    ImGui::Dummy(size);
    describe_progress(line, number, count);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(top_left, top_left + size, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), size.y);
    const float done = float(std::max(0, number - (app.step_answered() ? 0 : 1))) / float(std::max(1, count));
    draw->AddRectFilled(top_left, ImVec2(top_left.x + size.x * done, top_left.y + size.y),
                        ImGui::GetColorU32(ImGuiCol_PlotHistogram), size.y);
    spacer(10.0f);
}

std::string draw_section_intro(App& app, const Section& section)
{
    progress(app);
    heading(app.local(section.title));
    paragraph(app.local(section.intro));
    spacer(10.0f);
    const int pressed =
        button_pair("back", app.text("ui.question.back"), true, "next", app.text("ui.question.continue"), true);
    if (pressed == 1)
        app.back();
    else if (pressed == 2)
        app.next();
    return app.local(section.title) + ". " + app.local(section.intro) + " " + app.text("ui.question.live_continue");
}

std::string draw_item(App& app, const Item& item)
{
    const Scale* scale = app.questionnaire.find_scale(item.scale);
    const auto answer = app.answers.answers.find(item.id);
    const bool answered = answer != app.answers.answers.end();
    const std::optional<int> chosen = answered ? answer->second : std::nullopt;
    const auto is_chosen = [&](std::optional<int> value) { return answered && chosen == value; };

    progress(app);
    heading(app.local(item.text));
    spacer(4.0f);

    const std::string group = app.local(item.text);
    std::string live = format_text(app.text("ui.question.progress"),
                                   {std::to_string(app.question_number()), std::to_string(app.question_count())}) +
                       ". " + app.local(item.text) + " " +
                       app.text(app.number_keys ? "ui.question.live_options" : "ui.question.live_options_without_keys");
    if (!app.auto_advance)
        live += " " + app.text("ui.question.live_then_next");
    // The answer picked in this frame, as App::choose takes it; the outer optional says whether.
    std::optional<std::optional<int>> picked;
    bool picked_by_arrow_key = false;
    std::string chosen_label;
    const auto offer = [&](const char* id, const std::string& key, const std::string& label, std::optional<int> value) {
        if (option_button(id, key + "   " + label, is_chosen(value), group))
        {
            picked = value;
            picked_by_arrow_key = option_chosen_by_arrow_key();
        }
        live += " " + key + ": " + label + ".";
        if (is_chosen(value))
            chosen_label = label;
    };
    const int option_count = scale ? int(scale->options.size()) : 0;
    for (int option = 1; option <= option_count; ++option)
        offer(("option-" + std::to_string(option)).c_str(), std::to_string(option),
              app.local(scale->options[size_t(option - 1)]), option);
    // "Not applicable" comes after the options, with the next number as its key.
    const int not_applicable_key = option_count + 1;
    if (scale && scale->offers_not_applicable())
    {
        spacer(2.0f);
        offer("option-na", std::to_string(not_applicable_key), app.local(scale->not_applicable), not_applicable_answer);
    }
    if (scale && scale->dont_know)
    {
        spacer(2.0f);
        offer("option-0", "0",
              scale->dont_know_label.by_language.empty() ? app.text("ui.question.dont_know")
                                                         : app.local(scale->dont_know_label),
              std::nullopt);
    }
    spacer(12.0f);
    const int pressed =
        button_pair("back", app.text("ui.question.back"), true, "next", app.text("ui.question.next"), answered);

    // Keyboard, when no text field or settings window has the keys, and the person did not turn
    // the number keys off (speech input may type digits).
    if (!app.settings_open && app.number_keys)
    {
        for (int option = 1; option <= std::min(option_count, 9); ++option)
            if (ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_0 + option), false))
                picked = option;
        if (scale && scale->offers_not_applicable() && not_applicable_key <= 9 &&
            ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_0 + not_applicable_key), false))
            picked = not_applicable_answer;
        if (scale && scale->dont_know && ImGui::IsKeyPressed(ImGuiKey_0, false))
            picked = std::optional<int>();
    }
    if (picked)
    {
        app.choose(*picked);
        // An arrow key moves through the choices: each one it reaches is checked, none moves on.
        app.advance_at = app.auto_advance && !picked_by_arrow_key ? ImGui::GetTime() + confirmation_seconds : -1.0;
    }
    else if (pressed == 1 || (!app.settings_open && ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false)))
        app.back();
    else if (answered && (pressed == 2 || (!app.settings_open && (ImGui::IsKeyPressed(ImGuiKey_RightArrow, false) ||
                                                                  ImGui::IsKeyPressed(ImGuiKey_Enter, false)))))
        app.next();

    if (!chosen_label.empty())
        live += " " + app.text("ui.question.live_chosen") + " " + chosen_label + ".";
    return live;
}

}  // namespace

std::string draw_question(App& app)
{
    begin_screen("##question");
    top_bar(app);
    const Step& step = app.current();
    std::string live = step.item ? draw_item(app, *step.item) : draw_section_intro(app, *step.section);
    spacer(8.0f);
    group_share_waiting(app);  // in the mirror where it is drawn, not said again with every question
    end_screen();

    if (step.section && !app.settings_open &&
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_RightArrow, false)))
        app.next();
    else if (step.section && !app.settings_open && ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false))
        app.back();

    // The short confirmation after an answer, then on to the next question.
    if (app.advance_at >= 0.0)
    {
        if (ImGui::GetTime() >= app.advance_at)
            app.next();
        else
            platform::request_frames(2);
    }
    return live;
}

}  // namespace leerregie::ui
