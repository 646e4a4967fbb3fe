// Every screen drawn with Dear ImGui on the headless platform, in Dutch and in English, started as
// the browser starts the app (app/startup.h): what the accessible mirror gets (roles, labels from
// assets/strings.json, order), the page's data-screen name and #live text.
#include <nlohmann/json.hpp>

#include "app/embedded.h"
#include "app/startup.h"
#include "core/answers.h"
#include "core/explain.h"
#include "core/report.h"
#include "fixtures.h"
#include "imgui.h"
#include "page.h"
#include "platform/headless.h"
#include "ui/profile_map.h"
#include "ui/screens.h"
#include "ui/theme.h"

using namespace leerregie;
namespace headless = leerregie::headless;

namespace
{

// Opens the page with these address parameters, local storage and fragment (test::open_app_page).
App& open_page(const std::string& language, std::map<std::string, std::string> parameters = {},
               std::map<std::string, std::string> stored = {}, std::string fragment = {})
{
    return test::open_app_page(language, {std::move(parameters), std::move(stored), {}, std::move(fragment)});
}

nlohmann::json controls() { return test::mirror_controls(); }
nlohmann::json control(const std::string& id) { return test::mirror_control(id); }

// The place of a control in the mirror's order.
size_t position_of(const std::string& id)
{
    const nlohmann::json list = controls();
    for (size_t index = 0; index < list.size(); ++index)
        if (list[index].value("id", "") == id)
            return index;
    FAIL("the mirror has no control " << id);
    return 0;
}

void check_control(const std::string& id, const std::string& role, const std::string& label)
{
    const nlohmann::json found = control(id);
    CHECK(found.value("role", "") == role);
    CHECK(found.value("label", "") == label);
    CHECK(found.value("w", 0.0) > 0.0);  // on the canvas, where a tap on it lands
    CHECK(found.value("h", 0.0) > 0.0);
}

// The screen's first heading, as a screen reader's heading navigation finds it first.
std::string first_heading()
{
    for (const nlohmann::json& entry : controls())
        if (entry.value("role", "") == "heading")
            return entry.value("label", "");
    return {};
}

void check_page(const std::string& screen, const std::string& language)
{
    CHECK(headless::screen_name() == screen);
    CHECK(headless::document_language() == language);
    CHECK_FALSE(headless::live_text().empty());
}

// Saved answers of the short scan with every question answered, so the page resumes on the results.
std::map<std::string, std::string> finished_short_scan()
{
    Loaded<Answers> answers = parse_answers(test_data("answers-short.json"));
    REQUIRE(answers.value);
    answers.value->position = 1000;
    return {{"leerregie.answers.leerregie", serialize_answers(*answers.value)}};
}

using test::Texts;

}  // namespace

TEST_CASE("the first frame comes before the profiles, advice and references are read")
{
    headless::open_page();
    App app;
    ui::set_font_files({embedded_file("ui-regular.ttf"), embedded_file("ui-bold.ttf")});
    start_app(app, {[&app] { ui::draw_app(app); },
                    [&app](float pixel_ratio, const ImWchar* glyph_ranges) {
                        ui::apply_typography_and_theme(app, pixel_ratio, glyph_ranges);
                    }});
    while (headless::frames_drawn() == 0 && headless::run_next())
        CHECK_FALSE(app.catalogues_loaded);
    CHECK(headless::frames_drawn() == 1);
    CHECK(headless::screen_name() == "intro");
    CHECK_FALSE(app.catalogues_loaded);
    CHECK(headless::run_until_idle());
    CHECK(app.catalogues_loaded);
}

TEST_CASE("intro, then a section's introduction, then a question")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        App& app = open_page(language);
        check_page("intro", language);
        CHECK(headless::fonts_built());
        CHECK(app.catalogues_loaded);  // after the first frame, in a task of its own
        CHECK(first_heading() == text("ui.intro.title"));
        check_control("settings", "button", text("ui.settings.open"));
        check_control("start-short", "button", text("ui.intro.start_short"));
        check_control("start-full", "button", text("ui.intro.start_full"));
        CHECK(position_of("settings") < position_of("start-short"));
        CHECK(position_of("start-short") < position_of("start-full"));
        CHECK(headless::live_text().rfind(text("ui.intro.title"), 0) == 0);

        REQUIRE(headless::activate("start-short"));
        check_page("question", language);
        const Section& section = *app.current_section();
        CHECK(first_heading() == section.title.in(language));
        check_control("back", "button", text("ui.question.back"));
        check_control("next", "button", text("ui.question.continue"));
        CHECK(position_of("back") < position_of("next"));

        REQUIRE(headless::activate("next"));
        check_page("question", language);
        const Item& item = *app.current().item;
        CHECK(first_heading() == item.text.in(language));
        const Scale& scale = *app.questionnaire.find_scale(item.scale);
        for (size_t option = 1; option <= scale.options.size(); ++option)
        {
            const std::string id = "option-" + std::to_string(option);
            check_control(id, "radio", std::to_string(option) + "   " + scale.options[option - 1].in(language));
            CHECK_FALSE(control(id).value("checked", false));
            if (option > 1)
                CHECK(position_of("option-" + std::to_string(option - 1)) < position_of(id));
        }
        check_control("next", "button", text("ui.question.next"));
        CHECK(position_of("option-" + std::to_string(scale.options.size())) < position_of("next"));

        // A chosen answer is checked in the mirror, and the next question follows.
        REQUIRE(headless::activate("option-2"));
        CHECK(app.answers.answers.at(item.id) == 2);
        CHECK(app.current().item != &item);
    }
}

TEST_CASE("results, plan and report, resumed from saved answers")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        open_page(language, {}, finished_short_scan());
        check_page("results", language);
        check_control("to-plan", "button", text("ui.results.to_plan"));
        check_control("to-report", "button", text("ui.results.to_report"));
        check_control("review", "button", text("ui.results.review"));
        CHECK(position_of("to-plan") < position_of("to-report"));
        CHECK(position_of("to-report") < position_of("review"));

        REQUIRE(headless::activate("share"));
        REQUIRE(headless::activate("copy-code"));
        CHECK_FALSE(headless::clipboard_text().empty());

        REQUIRE(headless::activate("to-plan"));
        check_page("plan", language);
        CHECK(first_heading() == text("ui.plan.advice_title"));
        check_control("plan-goal", "textbox", text("ui.plan.goal"));
        check_control("plan-first-step", "textbox", text("ui.plan.step"));
        check_control("plan-helper", "textbox", text("ui.plan.helper"));
        check_control("plan-when", "textbox", text("ui.plan.when"));
        CHECK(position_of("plan-goal") < position_of("plan-first-step"));
        REQUIRE(headless::type_into("plan-goal", "Beter feedback vragen"));
        CHECK(test::page_app().answers.plan.goal == "Beter feedback vragen");

        REQUIRE(headless::activate("back"));
        check_page("results", language);
        REQUIRE(headless::activate("to-report"));
        check_page("report", language);
        check_control("print", "button", text("ui.report.print"));
        check_control("download", "button", text("ui.report.download"));
        check_control("import", "button", text("ui.report.import"));
        check_control("back", "button", text("ui.report.back"));
        REQUIRE(headless::activate("download"));
        REQUIRE(headless::downloads().size() == 1);
        CHECK(headless::downloads()[0].mime_type == "application/json");
        CHECK(parse_answers(headless::downloads()[0].content).value->plan.goal == "Beter feedback vragen");
        REQUIRE(headless::activate("print"));
        CHECK(headless::printable_html().find("<html lang=\"" + language + "\">") != std::string::npos);
    }
}

TEST_CASE("settings, over the screen below")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        open_page(language);
        REQUIRE(headless::activate("settings"));
        check_page("intro", language);
        CHECK(headless::live_text() == text("ui.settings.title"));
        CHECK(first_heading() == text("ui.settings.title"));
        check_control("language-nl", "radio", "Nederlands");
        check_control("language-en", "radio", "English");
        // Each language's name is said in that language, whatever the page's.
        CHECK(control("language-nl").value("lang", "") == "nl");
        CHECK(control("language-en").value("lang", "") == "en");
        CHECK(control("language-" + language).value("checked", false));
        check_control("text-size-0", "radio", text("ui.settings.size_small"));
        check_control("clear", "button", text("ui.settings.clear"));
        check_control("settings-close", "button", text("ui.settings.close"));
        CHECK(position_of("language-en") < position_of("text-size-0"));
        CHECK(position_of("clear") < position_of("settings-close"));

        // Choosing the other language changes the page's language and the labels.
        const std::string other = language == "nl" ? "en" : "nl";
        REQUIRE(headless::activate("language-" + other));
        CHECK(headless::document_language() == other);
        CHECK(first_heading() == text.strings.get(other, "ui.settings.title"));
    }
}

TEST_CASE("the trainer's group view")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        open_page(language, {{"view", "group"}});
        check_page("group", language);
        check_control("codes", "textbox", text("ui.group.codes_label"));
    }
}

TEST_CASE("a trainer's questionnaire on its way, then the error screen when it is not there")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        open_page(language, {{"questionnaire", "missing.json"}});
        check_page("loading", language);
        CHECK(headless::live_text() == text("ui.own.loading"));
        CHECK(headless::fetched_url() == "missing.json");
        headless::answer_fetch({404, ""});
        REQUIRE(headless::run_until_idle());
        check_page("error", language);
        CHECK(first_heading() == text("ui.error.title"));
        check_control("to-builtin", "button", text("ui.own.to_builtin"));

        REQUIRE(headless::activate("to-builtin"));
        check_page("intro", language);
    }
}

TEST_CASE("the focus ring is where the keyboard focus is, and an arrow key checks a choice without moving on")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        App& app = open_page(language);
        REQUIRE(headless::activate("start-short"));
        REQUIRE(headless::activate("next"));
        const Item& item = *app.current().item;
        const auto ring_on = [] {
            std::vector<std::string> ids;
            for (const nlohmann::json& entry : controls())
                if (entry.value("ring", false))
                    ids.push_back(entry.value("id", ""));
            return ids;
        };
        CHECK(ring_on().empty());
        REQUIRE(headless::focus_by_keyboard("option-1"));
        CHECK(ring_on() == std::vector<std::string>{"option-1"});

        REQUIRE(headless::check_by_arrow_key("option-2"));
        CHECK(app.answers.answers.at(item.id) == 2);
        CHECK(app.current().item == &item);  // still this question, after everything settled
        CHECK(control("option-2").value("checked", false));
        CHECK(ring_on() == std::vector<std::string>{"option-2"});
        CHECK_FALSE(control("next").value("disabled", false));

        REQUIRE(headless::focus_by_keyboard("next"));
        CHECK(ring_on() == std::vector<std::string>{"next"});
        REQUIRE(headless::activate("next"));
        CHECK(app.current().item != &item);
        REQUIRE(headless::focus_by_keyboard(""));
        CHECK(ring_on().empty());
    }
}

TEST_CASE("the progress is a progress bar, in numbers and in words")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        App& app = open_page(language);
        REQUIRE(headless::activate("start-short"));
        REQUIRE(headless::activate("next"));
        const nlohmann::json progress = control("progress");
        CHECK(progress.value("role", "") == "progressbar");
        CHECK(progress.value("value", 0) == 1);
        CHECK(progress.value("max", 0) == app.question_count());
        const std::string words =
            format_text(text("ui.question.progress"), {"1", std::to_string(app.question_count())});
        CHECK(progress.value("label", "").rfind(words, 0) == 0);
        // Before the answer buttons, as drawn.
        CHECK(position_of("progress") < position_of("option-1"));
        CHECK(control("next").value("disabled", false));  // not answered yet
    }
}

TEST_CASE("the scores are a list a screen reader walks, and a status is said where it is drawn")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        App& app = open_page(language, {}, finished_short_scan());
        std::vector<std::string> items;
        for (const nlohmann::json& entry : controls())
            if (entry.value("role", "") == "listitem" && entry.value("group", "") == text("ui.results.scores_title"))
                items.push_back(entry.value("label", ""));
        std::vector<std::string> dimensions;
        for (const DimensionScore& score : app.assessment->scores)
            if (score.items > 0)
                dimensions.push_back(app.questionnaire.find_dimension(score.id)->name.in(language));
        REQUIRE(items.size() == dimensions.size());
        for (size_t index = 0; index < items.size(); ++index)
        {
            CAPTURE(items[index]);
            // "Name: score" and then what the score means, in one item.
            CHECK(items[index].rfind(dimensions[index] + ": ", 0) == 0);
            CHECK(items[index].size() > dimensions[index].size() + 20);
        }

        REQUIRE(headless::activate("share"));
        REQUIRE(headless::activate("copy-code"));
        const nlohmann::json status = control("share-status");
        CHECK(status.value("role", "") == "status");
        CHECK(status.value("label", "") == text("ui.share.copied"));
    }
}

TEST_CASE("a subheading is a heading under the screen's heading, a field's label and a summary are not")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        const auto role_of = [](const std::string& label) {
            for (const nlohmann::json& entry : controls())
                if (entry.value("label", "") == label)
                    return entry.value("role", "");
            return std::string("(none)");
        };
        open_page(language);
        CHECK(role_of(text("ui.intro.privacy_title")) == "subheading");
        open_page(language, {}, finished_short_scan());
        REQUIRE(headless::activate("to-plan"));
        CHECK(role_of(text("ui.plan.goal")) == "text");  // the text field carries it as its name
    }
}

namespace
{

// The result codes of `count` people who gave the answers of answers-short.json, each in a scan of
// their own, as the app gives them.
std::vector<std::string> participant_codes(int count)
{
    std::vector<std::string> codes;
    for (int person = 1; person <= count; ++person)
    {
        Loaded<Answers> answers = parse_answers(test_data("answers-short.json"));
        REQUIRE(answers.value);
        answers.value->position = 1000;
        answers.value->other_fields["scan"] = 4000 + person;
        App& app = open_page("en", {}, {{"leerregie.answers.leerregie", serialize_answers(*answers.value)}});
        codes.push_back(app.result_code());
        REQUIRE_FALSE(codes.back().empty());
    }
    return codes;
}

bool has_control(const std::string& id)
{
    for (const nlohmann::json& entry : controls())
        if (entry.value("id", "") == id)
            return true;
    return false;
}

}  // namespace

TEST_CASE("participants' links add their codes to the list this device keeps, each once")
{
    const std::vector<std::string> codes = participant_codes(3);
    REQUIRE(codes[0] != codes[1]);
    App& app = open_page("en", {{"view", "group"}}, {}, "add=" + codes[0]);
    CHECK(app.group.participants == 1);
    // A second link opened in this tab, the first one again, and one with two codes.
    REQUIRE(headless::follow_link_fragment("add=" + codes[1]));
    REQUIRE(headless::follow_link_fragment("add=" + codes[0]));
    CHECK(app.group.participants == 2);
    CHECK(app.group_codes == codes[0] + "\n" + codes[1]);
    REQUIRE(headless::follow_link_fragment("add=" + codes[2] + "&add=" + codes[1]));
    CHECK(app.group.participants == 3);
    CHECK(headless::storage().at(group_storage_key("leerregie")) == codes[0] + "\n" + codes[1] + "\n" + codes[2]);

    // A reload finds the list; the last code can be taken off again.
    const std::map<std::string, std::string> kept = headless::storage();
    App& reloaded = open_page("en", {{"view", "group"}}, kept);
    CHECK(reloaded.group.participants == 3);
    REQUIRE(headless::activate("group-remove-last"));
    CHECK(reloaded.group.participants == 2);
    CHECK(headless::storage().at(group_storage_key("leerregie")) == codes[0] + "\n" + codes[1]);
    REQUIRE(headless::activate("group-clear"));
    CHECK(headless::storage().count(group_storage_key("leerregie")) == 0);
}

TEST_CASE("nothing of the group shows below five participants, or three when the trainer lowers it")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        const std::vector<std::string> codes = participant_codes(5);
        std::string four;
        for (size_t index = 0; index < 4; ++index)
            four += codes[index] + "\n";
        App& app = open_page(language, {{"view", "group"}}, {{group_storage_key("leerregie"), four}});
        CHECK(app.group.participants == 4);
        const std::string why = format_text(text("ui.group.below_minimum"), {"5", "4"});
        CHECK(headless::live_text().find(why) != std::string::npos);
        const auto group_shown = [&text] {
            for (const nlohmann::json& entry : controls())
                if (entry.value("group", "") == text("group.dimensions_title"))
                    return true;
            return false;
        };
        CHECK_FALSE(has_control("group-print"));
        CHECK_FALSE(group_shown());
        CHECK(control("group-minimum-5").value("checked", false));
        CHECK_FALSE(has_control("group-minimum-2"));  // never below three

        REQUIRE(headless::activate("group-minimum-3"));
        CHECK(group_shown());
        CHECK(has_control("group-print"));

        REQUIRE(headless::activate("group-minimum-5"));
        CHECK_FALSE(has_control("group-print"));
        REQUIRE(headless::type_into("codes", four + codes[4]));
        CHECK(app.group.participants == 5);
        CHECK(has_control("group-print"));
    }
}

namespace
{

// A group picture of six participants by hand: every part a mean of 55.5, from 20 to 90, except
// the last part, where no one has a score; all six in the first profile.
std::string hand_made_share(const App& app)
{
    GroupShare share;
    share.participants = 6;
    for (const Dimension& dimension : app.questionnaire.dimensions)
        share.dimensions.push_back({dimension.id, 555, 20, 90});
    share.dimensions.back().mean_tenths.reset();
    for (const Profile& profile : app.profiles.profiles)
        share.profiles.push_back({profile.id, 0, nullptr});
    share.profiles.front().count = 6;
    const std::string encoded = encode_group_share(app.questionnaire, app.profiles, share);
    REQUIRE_FALSE(encoded.empty());
    return encoded;
}

std::string hand_made_share()
{
    App& app = open_page("en");
    return hand_made_share(app);
}

}  // namespace

TEST_CASE("the trainer shows the group picture as a QR code once the group shows, and hides it again")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        const std::vector<std::string> codes = participant_codes(5);
        std::string four;
        for (size_t index = 0; index < 4; ++index)
            four += codes[index] + "\n";
        App& app = open_page(language, {{"view", "group"}}, {{group_storage_key("leerregie"), four}});
        CHECK_FALSE(has_control("group-share"));  // below the minimum there is nothing to share
        REQUIRE(headless::type_into("codes", four + codes[4]));
        check_control("group-share", "button", text("ui.group.share_open"));
        CHECK_FALSE(has_control("group-share-qr"));

        REQUIRE(headless::activate("group-share"));
        check_control("group-share-qr", "img", text("ui.group.share_qr"));
        // The link the QR code holds (tests/browser/group-share.test.mjs reads it from the pixels).
        const std::string link = app.group_share_link(platform::page_address());
        const std::string start = platform::page_address() + "#group=";
        REQUIRE(link.rfind(start, 0) == 0);
        const Loaded<GroupShare> share = decode_group_share(app.questionnaire, app.profiles, link.substr(start.size()));
        REQUIRE(share.ok());
        CHECK(share.value->participants == 5);
        CHECK(share.value->dimensions.size() == app.questionnaire.dimensions.size());
        for (size_t index = 0; index < app.group.dimensions.size(); ++index)
            if (app.group.dimensions[index].mean)  // five alike: the mean is each one's score
                CHECK(share.value->dimensions[index].mean_tenths == int(*app.group.dimensions[index].mean) * 10);
        CHECK(headless::live_text().find(text("ui.group.share_lead")) != std::string::npos);
        check_control("group-share-hide", "button", text("ui.group.share_hide"));
        REQUIRE(headless::activate("group-share-hide"));
        CHECK_FALSE(has_control("group-share-qr"));
        CHECK(has_control("group-share"));
    }
}

TEST_CASE("a participant's link keeps the group picture, and the results show them beside the group")
{
    const std::string share = hand_made_share();
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        App& app = open_page(language, {}, finished_short_scan(), "add=X&group=" + share);
        check_page("results", language);
        CHECK(headless::storage().at(group_share_storage_key("leerregie")) == share);
        REQUIRE(app.group_share);
        CHECK(app.notice.empty());

        const std::string& live = headless::live_text();
        CHECK(live.find(text("ui.groupshare.title") + ". " + text("ui.groupshare.lead")) != std::string::npos);
        CHECK(live.find(format_text(text("ui.groupshare.participants"), {"6"})) != std::string::npos);
        int items = 0;
        for (const nlohmann::json& entry : controls())
            items += entry.value("role", "") == "listitem" && entry.value("group", "") == text("ui.groupshare.title");
        // Only the parts both have: the person's scores shown, and the group's (all but the last).
        int both = 0;
        for (const DimensionScore& score : app.assessment->scores)
        {
            const Dimension* dimension = app.questionnaire.find_dimension(score.id);
            const bool group_has = score.id != app.questionnaire.dimensions.back().id;
            if (!shown_score(score) || !group_has)
                continue;
            ++both;
            const std::string line =
                format_text(text("ui.groupshare.line"),
                            {Explainer::whole_score(*shown_score(score)), format_score(55.5, language), "20", "90"});
            CAPTURE(line);
            CHECK(live.find(dimension->name.in(language) + ": " + line) != std::string::npos);
        }
        CHECK(both > 0);
        CHECK(items == both);
        CHECK(position_of("to-report") > 0);

        // "Alles wissen" takes it away with everything else.
        app.clear_everything();
        CHECK(headless::storage().count(group_share_storage_key("leerregie")) == 0);
        CHECK_FALSE(app.group_share);
    }
}

TEST_CASE("with no results yet, the intro and the questions say the group picture is kept for later")
{
    const std::string share = hand_made_share();
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        open_page(language, {}, {}, "group=" + share);
        check_page("intro", language);
        CHECK(control("group-share-waiting").value("role", "") == "status");
        CHECK(control("group-share-waiting").value("label", "") == text("ui.groupshare.waiting"));
        CHECK(headless::live_text().find(text("ui.groupshare.waiting")) != std::string::npos);
        CHECK(first_heading() == text("ui.intro.title"));
        REQUIRE(headless::activate("start-short"));
        check_page("question", language);
        CHECK(control("group-share-waiting").value("role", "") == "status");
        CHECK(control("group-share-waiting").value("label", "") == text("ui.groupshare.waiting"));
        // Without a kept picture, nothing of it.
        open_page(language);
        CHECK_FALSE(has_control("group-share-waiting"));
    }
}

TEST_CASE("a kept group picture waits for the catalogues, so the first frame still comes first")
{
    const std::string share = hand_made_share();
    headless::open_page();
    headless::storage() = {{group_share_storage_key("leerregie"), share}};
    App app;
    ui::set_font_files({embedded_file("ui-regular.ttf"), embedded_file("ui-bold.ttf")});
    start_app(app, {[&app] { ui::draw_app(app); },
                    [&app](float pixel_ratio, const ImWchar* glyph_ranges) {
                        ui::apply_typography_and_theme(app, pixel_ratio, glyph_ranges);
                    }});
    while (headless::frames_drawn() == 0 && headless::run_next())
        CHECK_FALSE(app.catalogues_loaded);
    CHECK_FALSE(app.group_share);
    CHECK(headless::run_until_idle());
    REQUIRE(app.group_share);
    CHECK(control("group-share-waiting").value("role", "") == "status");
}

TEST_CASE("a link opened later in the tab brings the group picture to the results on show")
{
    const std::string share = hand_made_share();
    const Texts text("en");
    open_page("en", {}, finished_short_scan());
    CHECK(headless::live_text().find(text("ui.groupshare.title")) == std::string::npos);
    REQUIRE(headless::follow_link_fragment("group=" + share));
    CHECK(headless::live_text().find(text("ui.groupshare.title")) != std::string::npos);
    REQUIRE(headless::activate("group-share-forget"));
    CHECK(headless::live_text().find(text("ui.groupshare.title")) == std::string::npos);
    CHECK(headless::storage().count(group_share_storage_key("leerregie")) == 0);
}

TEST_CASE("a damaged or foreign group link says why in the person's language and changes nothing kept")
{
    const std::string share = hand_made_share();
    std::string damaged = share;
    damaged[10] = damaged[10] == 'A' ? 'B' : 'A';
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        std::map<std::string, std::string> stored = finished_short_scan();
        stored[group_share_storage_key("leerregie")] = share;
        App& app = open_page(language, {}, stored, "group=" + damaged);
        Problem problem{"", "group_share.checksum", {}};
        std::string why = describe(problem, shipped_strings(), language);
        why.erase(0, why.find_first_not_of(": "));
        CHECK(control("notice").value("label", "") == format_text(text("ui.groupshare.refused"), {why}));
        CHECK(headless::storage().at(group_share_storage_key("leerregie")) == share);
        REQUIRE(app.group_share);  // the one kept before still shows
        CHECK(headless::live_text().find(text("ui.groupshare.title")) != std::string::npos);

        // Cut short, on a page with nothing kept: still nothing kept.
        App& fresh = open_page(language, {}, {}, "group=" + share.substr(0, 30));
        CHECK(control("notice").value("label", "").find(text("ui.groupshare.refused").substr(0, 10)) == 0);
        CHECK(headless::storage().count(group_share_storage_key("leerregie")) == 0);
        CHECK_FALSE(fresh.group_share);
        CHECK_FALSE(has_control("group-share-waiting"));
    }
}

TEST_CASE("a group picture damaged in storage is left unused, and the results show as ever")
{
    std::map<std::string, std::string> stored = finished_short_scan();
    stored[group_share_storage_key("leerregie")] = "not a share \xff";
    App& app = open_page("en", {}, stored);
    check_page("results", "en");
    CHECK_FALSE(app.group_share);
    CHECK(app.notice.empty());
    CHECK(headless::storage().at(group_share_storage_key("leerregie")) == "not a share \xff");
}

TEST_CASE("the scanner adds each participant's code it reads once, and says why it refuses one")
{
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        const std::vector<std::string> codes = participant_codes(2);
        App& app = open_page(language, {{"view", "group"}});
        CHECK_FALSE(headless::camera_on());
        check_control("scan-start", "button", text("ui.scanner.start"));

        // The camera is asked for only when the trainer presses the button; its picture shows once
        // the camera is on.
        REQUIRE(headless::activate("scan-start"));
        CHECK(headless::camera_on());
        CHECK_FALSE(headless::camera_picture_shown());
        CHECK(headless::live_text().find(text("ui.scanner.lead")) != std::string::npos);
        REQUIRE(headless::camera_says(platform::ScannerStatus::Scanning));
        CHECK(headless::camera_picture_shown());
        check_control("scan-picture", "img", text("ui.scanner.picture"));

        // A participant's QR holds the link to the group view; a QR holding the bare code reads too.
        REQUIRE(headless::qr_code_in_view("https://leerregie.test/?view=group#add=" + codes[0]));
        CHECK(app.group.participants == 1);
        CHECK(control("scan-status").value("label", "") == format_text(text("ui.scanner.added"), {"1"}));
        CHECK(headless::live_text().find(format_text(text("ui.scanner.count"), {"1"})) != std::string::npos);
        REQUIRE(headless::qr_code_in_view(codes[1]));
        CHECK(app.group.participants == 2);
        CHECK(headless::storage().at(group_storage_key("leerregie")) == codes[0] + "\n" + codes[1]);

        // The same code again, in lower case, counts once.
        std::string lower = codes[0];
        std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return char(std::tolower(c)); });
        REQUIRE(headless::qr_code_in_view(lower));
        CHECK(app.group.participants == 2);
        CHECK(control("scan-status").value("label", "") == text("ui.scanner.already_counted"));

        // A code with a typo (another questionnaire's code fails the same check), and a QR of
        // something else altogether.
        const auto refusal = [&](const char* problem) {
            return describe(Problem{text("ui.scanner.this_code"), problem, {}}, text.strings, language);
        };
        std::string typo = codes[1];
        typo[6] = typo[6] == '7' ? '8' : '7';
        REQUIRE(headless::qr_code_in_view(typo));
        CHECK(control("scan-status").value("label", "") == refusal("result_code.checksum"));
        REQUIRE(headless::qr_code_in_view("https://example.org/menu"));
        CHECK(control("scan-status").value("label", "") == refusal("result_code.not_a_code"));
        REQUIRE(headless::qr_code_in_view("https://leerregie.test/?view=group#lang=nl"));
        CHECK(control("scan-status").value("label", "") == text("ui.scanner.not_a_code"));
        CHECK(app.group.participants == 2);
        CHECK(headless::scans_shown() == std::vector<bool>{true, true, false, false, false, false});
        CHECK(headless::live_text().find(format_text(text("ui.scanner.count"), {"2"})) != std::string::npos);

        REQUIRE(headless::activate("scan-stop"));
        CHECK_FALSE(headless::camera_on());
        CHECK(app.group.participants == 2);
    }
}

TEST_CASE("a refused camera is explained, and pasting codes still works")
{
    const Texts text("nl");
    open_page("nl", {{"view", "group"}});
    REQUIRE(headless::activate("scan-start"));
    REQUIRE(headless::camera_says(platform::ScannerStatus::Denied));
    CHECK_FALSE(headless::camera_picture_shown());
    CHECK(control("scan-problem").value("role", "") == "alert");
    CHECK(control("scan-problem").value("label", "") == text("ui.scanner.denied"));
    check_control("scan-stop", "button", text("ui.scanner.close"));
    REQUIRE(headless::activate("scan-stop"));
    CHECK_FALSE(headless::camera_on());
    CHECK(has_control("scan-start"));
    check_control("codes", "textbox", text("ui.group.codes_label"));
}

TEST_CASE("the group view on a projector's wide screen has larger type; a phone and the scan do not")
{
    App& phone = open_page("nl", {{"view", "group"}});
    CHECK_FALSE(phone.presenting);
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FontSize ==
          std::round(ui::text_size_pixels(phone.text_size_step) * platform::device_pixel_ratio()));
    App& scan = open_page("nl");
    headless::set_display(1920.0f, 1080.0f, 1.0f);
    headless::draw_frame();
    REQUIRE(headless::run_until_idle());
    CHECK_FALSE(scan.presenting);

    for (const std::pair<float, float>& display : {std::pair{1920.0f, 1080.0f}, std::pair{1280.0f, 720.0f}})
    {
        const float width = display.first, height = display.second;
        CAPTURE(width);
        test::PageSetup setup;
        setup.parameters = {{"view", "group"}};
        App& projected = test::open_app_page("nl", setup);
        headless::set_display(width, height, 1.0f);
        REQUIRE(headless::run_until_idle());
        headless::draw_frame();
        REQUIRE(headless::run_until_idle());
        CHECK(projected.presenting);
        const float body_pixels = std::round(ui::text_size_pixels(projected.text_size_step) * ui::presentation_scale);
        CHECK(ImGui::GetIO().Fonts->Fonts[0]->FontSize == body_pixels);
    }
}

TEST_CASE("a part that fewer than the minimum have a score for shows no figures on the group view")
{
    const Questionnaire questionnaire = shipped_questionnaire();
    const ProfileCatalogue profiles = shipped_profiles();
    // Five participants: all have 60 for the first part, only two a score for the second.
    std::string codes;
    for (uint32_t person = 0; person < 5; ++person)
    {
        ResultCode code{Variant::Short, "strong_base", {}, person};
        code.scores.assign(questionnaire.dimensions.size(), std::nullopt);
        code.scores[0] = 60;
        if (person < 2)
            code.scores[1] = 40 + int(person) * 5;
        codes += encode_result_code(questionnaire, profiles, code) + "\n";
    }
    for (const std::string language : {"nl", "en"})
    {
        CAPTURE(language);
        const Texts text(language);
        open_page(language, {{"view", "group"}}, {{group_storage_key("leerregie"), codes}});
        const std::string& first = questionnaire.dimensions[0].name.in(language);
        const std::string& second = questionnaire.dimensions[1].name.in(language);
        const std::string live = headless::live_text();
        CHECK(live.find(first + ": " +
                        format_text(text("ui.group.dimension_line"),
                                    {language == "nl" ? "60,0" : "60.0", language == "nl" ? "0,0" : "0.0", "60", "60",
                                     "5"})) != std::string::npos);
        CHECK(live.find(second + ": " + format_text(text("ui.group.too_few_scores"), {"2", "5"})) != std::string::npos);
        CHECK(live.find("42") == std::string::npos);  // the two scores' mean, 42.5, is nowhere
    }
}

TEST_CASE("the person's \"Jij\" on the profile map goes where it covers no group's name")
{
    using ui::label_place;
    using ui::MapBox;
    const ImVec2 dot(100.0f, 100.0f), label(20.0f, 10.0f);
    const float gap = 13.0f;
    const auto place = [&](ImVec2 at, std::vector<MapBox> names) {
        return label_place(at, gap, label, 0.0f, 200.0f, names);
    };
    const auto same = [](ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; };

    // Right of the dot, centred on it, when nothing is in the way.
    CHECK(same(place(dot, {}), ImVec2(113.0f, 95.0f)));
    // A name right of the dot: left of it instead (100 - 13 - 20).
    CHECK(same(place(dot, {{ImVec2(110.0f, 90.0f), ImVec2(200.0f, 110.0f)}}), ImVec2(67.0f, 95.0f)));
    // Near the right edge (190 + 13 + 20 > 200), with a name on the left: under the dot.
    CHECK(
        same(place(ImVec2(190.0f, 100.0f), {{ImVec2(150.0f, 90.0f), ImVec2(178.0f, 100.0f)}}), ImVec2(180.0f, 113.0f)));
    // Names all round: the first place inside the map, as before there were names.
    CHECK(same(place(dot, {{ImVec2(0.0f, 0.0f), ImVec2(200.0f, 200.0f)}}), ImVec2(113.0f, 95.0f)));

    const MapBox name{ImVec2(0.0f, 0.0f), ImVec2(10.0f, 10.0f)};
    CHECK(name.touches_circle(ImVec2(13.0f, 5.0f), 4.0f));
    CHECK_FALSE(name.touches_circle(ImVec2(13.0f, 5.0f), 3.0f));
    CHECK(name.overlaps({ImVec2(9.0f, 9.0f), ImVec2(20.0f, 20.0f)}));
    CHECK_FALSE(name.overlaps({ImVec2(10.0f, 0.0f), ImVec2(20.0f, 10.0f)}));
}
