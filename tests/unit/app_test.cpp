// The app's state on its own, with storage in memory: what a visit does with saved answers
// (docs/privacy.md, "set aside"), import and export (docs/questionnaire-format.md, the answers
// file), "Alles wissen", and a trainer's own questionnaire. The built-in content is the one the
// web app embeds.
#include <map>

#include "app/app.h"
#include "app/startup.h"
#include "core/answers.h"
#include "fixtures.h"
#include "memory_storage.h"

using namespace leerregie;

namespace
{

const std::string answers_key = "leerregie.answers.leerregie";
const std::string set_aside_key = "leerregie.answers.leerregie.damaged";

// An app as the page starts it, in English, with storage in `stored` (that storage_set fails on
// while `full` is set).
struct TestApp
{
    App app;
    std::map<std::string, std::string> stored;
    bool full = false;
    int offline_copies_cleared = 0;

    TestApp()
    {
        app.language = "en";
        app.storage = memory_storage(stored, &full);
        app.clear_offline_copy = [this] { ++offline_copies_cleared; };
        REQUIRE(load_builtin_content(app));
    }

    Answers saved() const
    {
        REQUIRE(stored.count(answers_key) == 1);
        Loaded<Answers> loaded = parse_answers(stored.at(answers_key));
        REQUIRE(loaded.value);
        return *loaded.value;
    }
};

// Three answers of the short scan, saved at the fourth step (the first section's introduction
// is a step too), in Dutch.
const std::string three_answers =
    R"({"format": "leerregie-answers", "version": 2, "questionnaire": "leerregie", "variant": "short",
        "answers": {"bg_contract": 2, "proactive_find": 4, "proactive_wait": 3}, "language": "nl",
        "position": 3, "revision": 5, "scan": 1234})";

}  // namespace

TEST_CASE("a visit with nothing saved opens on the intro, and the catalogues wait until needed")
{
    TestApp page;
    page.app.open_first_screen();
    CHECK(page.app.screen == Screen::Intro);
    CHECK(page.app.notice.empty());
    CHECK_FALSE(page.app.catalogues_loaded);
    CHECK(page.stored.empty());  // nothing is saved before the person answers

    page.app.start_scan(Variant::Short);
    CHECK(page.app.screen == Screen::Question);
    CHECK(page.app.step == 0);
    CHECK(page.saved().variant == Variant::Short);
    CHECK(scan_of(page.saved()).has_value());  // a new scan gets its random part at once
}

TEST_CASE("saved answers resume where the person was, in the language they chose")
{
    TestApp page;
    page.stored[answers_key] = three_answers;
    page.app.open_first_screen();
    CHECK(page.app.screen == Screen::Question);
    CHECK(page.app.step == 3);
    CHECK(page.app.language == "nl");
    CHECK(page.app.answers.answers.size() == 3);
    CHECK(page.app.answers.answers.at("proactive_find") == 4);
    CHECK(scan_of(page.app.answers) == 1234);
    CHECK(page.app.notice.empty());
    CHECK(page.stored.count(set_aside_key) == 0);
    CHECK_FALSE(page.app.catalogues_loaded);

    // The language asked for in the address wins over the saved one.
    TestApp asked;
    asked.stored[answers_key] = three_answers;
    asked.app.asked_language = "en";
    asked.app.open_first_screen();
    CHECK(asked.app.language == "en");
}

TEST_CASE("answers saved after the last question resume on the results, with the catalogues loaded then")
{
    TestApp page;
    Loaded<Answers> short_persona = parse_answers(test_data("answers-short.json"));
    REQUIRE(short_persona.value);
    short_persona.value->position = 1000;
    page.stored[answers_key] = serialize_answers(*short_persona.value);
    page.app.open_first_screen();
    CHECK(page.app.screen == Screen::Results);
    CHECK(page.app.catalogues_loaded);
    REQUIRE(page.app.assessment);
    CHECK_FALSE(page.app.assessment->advice.empty());
    CHECK_FALSE(page.app.result_code().empty());
}

TEST_CASE("damaged saved answers are set aside whole under their own key, and the person is told")
{
    TestApp page;
    const std::string damaged = R"({"format": "leerregie-answers", "version": 2, "questionnaire": "leerr)";
    page.stored[answers_key] = damaged;
    page.app.open_first_screen();
    CHECK(page.app.screen == Screen::Intro);
    CHECK(page.stored.at(set_aside_key) == damaged);
    CHECK(page.stored.count(answers_key) == 0);
    CHECK(page.app.notice == page.app.strings.get("en", "ui.notice.storage_damaged"));
    CHECK(page.app.answers.answers.empty());

    // Starting afresh saves again, under the usual key; the set-aside copy stays.
    page.app.start_scan(Variant::Short);
    CHECK(page.stored.count(answers_key) == 1);
    CHECK(page.stored.at(set_aside_key) == damaged);
}

TEST_CASE("with no room to set damaged answers aside, they stay where they are and nothing is saved over them")
{
    TestApp page;
    page.stored[answers_key] = "not json at all";
    page.full = true;
    page.app.open_first_screen();
    CHECK(page.app.notice == page.app.strings.get("en", "ui.notice.storage_not_set_aside"));
    CHECK(page.app.saved_copy_kept);

    page.full = false;  // even with room again, the original is not written over in this visit
    page.app.start_scan(Variant::Short);
    CHECK(page.stored.at(answers_key) == "not json at all");
    CHECK(page.stored.count(set_aside_key) == 0);
    CHECK(page.app.notice == page.app.strings.get("en", "ui.notice.storage_kept_not_saving"));
}

TEST_CASE("answers from another format version are set aside, and the notice names both versions")
{
    TestApp page;
    const std::string newer =
        R"({"format": "leerregie-answers", "version": 7, "questionnaire": "leerregie", "answers": {}})";
    page.stored[answers_key] = newer;
    page.app.open_first_screen();
    CHECK(page.app.screen == Screen::Intro);
    CHECK(page.stored.at(set_aside_key) == newer);
    CHECK(page.stored.count(answers_key) == 0);
    CHECK(page.app.notice == format_text(page.app.strings.get("en", "ui.notice.storage_version_too_new"), {"7", "2"}));
}

TEST_CASE("importing a good file shows its results; a bad one changes nothing and says why")
{
    TestApp page;
    page.stored[answers_key] = three_answers;
    page.app.open_first_screen();
    page.app.language = "en";

    CHECK_FALSE(page.app.import_answers("{\"format\": \"something else\""));
    CHECK(page.app.screen == Screen::Question);
    CHECK(page.app.answers.answers.size() == 3);
    CHECK(page.app.notice.rfind(page.app.strings.get("en", "ui.notice.import_failed"), 0) == 0);

    const std::string older =
        R"({"format": "leerregie-answers", "version": 0, "questionnaire": "leerregie", "answers": {}})";
    CHECK_FALSE(page.app.import_answers(older));
    CHECK(page.app.notice ==
          page.app.strings.get("en", "ui.notice.import_failed") + " " +
              format_text(page.app.strings.get("en", "ui.notice.import_version_too_old"), {"0", "2"}));
    CHECK(page.app.answers.answers.size() == 3);

    const std::string persona = test_data("answers-short.json");
    CHECK(page.app.import_answers(persona));
    CHECK(page.app.screen == Screen::Results);
    CHECK(page.app.notice == page.app.strings.get("en", "ui.notice.imported"));
    CHECK(page.app.answers.answers == parse_answers(persona).value->answers);
    CHECK(page.saved().answers == page.app.answers.answers);  // and kept on this device
}

TEST_CASE("an import that replaced answers can be undone, back where the person was")
{
    TestApp page;
    page.stored[answers_key] = three_answers;
    page.app.open_first_screen();
    page.app.language = "en";
    const Answers before = page.app.answers;
    const int step_before = page.app.step;
    REQUIRE(page.app.import_answers(test_data("answers-short.json")));
    REQUIRE(page.app.answers_before_import);

    page.app.undo_import();
    CHECK(page.app.answers.answers == before.answers);
    CHECK(page.app.screen == Screen::Question);
    CHECK(page.app.step == step_before);
    CHECK(page.saved().answers == before.answers);  // the device has the three answers again
    CHECK(page.app.notice == page.app.strings.get("en", "ui.notice.import_undone"));
    CHECK_FALSE(page.app.answers_before_import);

    // Once the person answers again, the import is theirs: nothing is left to undo.
    REQUIRE(page.app.import_answers(test_data("answers-short.json")));
    page.app.start_scan(Variant::Short);
    page.app.step = 1;
    while (!page.app.current().item)
        page.app.next();
    page.app.choose(1);
    CHECK_FALSE(page.app.answers_before_import);

    // An import into an empty scan replaces nothing, so there is nothing to undo.
    TestApp fresh;
    fresh.app.open_first_screen();
    REQUIRE(fresh.app.import_answers(test_data("answers-short.json")));
    CHECK_FALSE(fresh.app.answers_before_import);
}

TEST_CASE("export writes the answers file that import reads back")
{
    TestApp page;
    page.stored[answers_key] = three_answers;
    page.app.open_first_screen();
    page.app.answers.plan.goal = "Beter feedback vragen";
    const std::string exported = page.app.export_answers();
    const nlohmann::json file = nlohmann::json::parse(exported);
    CHECK(file["format"] == "leerregie-answers");
    CHECK(file["version"] == 2);
    CHECK(file["questionnaire"] == "leerregie");
    CHECK(file["answers"]["proactive_find"] == 4);

    TestApp other;
    other.app.open_first_screen();
    CHECK(other.app.import_answers(exported));
    CHECK(other.app.answers.answers == page.app.answers.answers);
    CHECK(other.app.answers.plan.goal == "Beter feedback vragen");
}

TEST_CASE("clear everything removes the answers, the set-aside copy, the old settings and the offline copy")
{
    TestApp page;
    page.stored[answers_key] = three_answers;
    page.stored[set_aside_key] = "old";
    page.stored["leerregie.settings"] = "{}";
    page.stored["another.site.key"] = "kept";
    page.app.open_first_screen();
    page.app.clear_everything();
    CHECK(page.stored == std::map<std::string, std::string>{{"another.site.key", "kept"}});
    CHECK(page.offline_copies_cleared == 1);
    CHECK(page.app.screen == Screen::Intro);
    CHECK(page.app.answers.answers.empty());
    CHECK(page.app.notice == page.app.strings.get("nl", "ui.notice.cleared"));  // the saved answers' language
}

TEST_CASE("a trainer's questionnaire is used when it passes the checks, with its own saved answers")
{
    TestApp page;
    page.stored[answers_key] = three_answers;
    page.app.own_questionnaire = "mini-questionnaire.json";
    page.app.own_questionnaire_loaded(test_data("mini-questionnaire.json"));
    CHECK(page.app.errors.empty());
    CHECK(page.app.questionnaire.id == "mini");
    CHECK(page.app.screen == Screen::Intro);
    CHECK(page.app.answers.answers.empty());  // the built-in scan's answers are not these

    page.app.start_scan(Variant::Full);
    CHECK(page.stored.count("leerregie.answers.mini") == 1);
    CHECK(page.stored.at(answers_key) == three_answers);

    // "Everything" is everything: the built-in scan's answers go too.
    page.app.clear_everything();
    CHECK(page.stored.empty());

    // Back to the built-in questionnaire from the error screen.
    bool address_forgotten = false;
    page.app.forget_own_questionnaire = [&] { address_forgotten = true; };
    page.app.use_builtin_questionnaire();
    CHECK(address_forgotten);
    CHECK(page.app.questionnaire.id == "leerregie");
    CHECK(page.app.own_questionnaire.empty());
}

TEST_CASE("a trainer's questionnaire that fails the checks shows the error screen with the reasons")
{
    TestApp page;
    page.app.own_questionnaire = "broken.json";
    page.app.own_questionnaire_loaded(R"({"format": "leerregie-questionnaire", "version": "1", "id": "x"})");
    CHECK(page.app.screen == Screen::Error);
    CHECK_FALSE(page.app.errors.empty());
    CHECK(page.app.error_lead == format_text(page.app.strings.get("en", "ui.own.invalid"), {"\"broken.json\""}));
    CHECK(page.app.questionnaire.id == "leerregie");
}
