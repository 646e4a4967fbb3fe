// The group view's summary: three participants whose means, spreads, profiles and advice themes
// are worked out by hand below, the list of pasted codes, and the CSV and HTML renderings.
#include <doctest/doctest.h>

#include <cmath>

#include "core/group.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{

// LOW fits pot below 60, READY fits the "room_waiting" profile; G1 > G2 > G3 fill up to three by priority.
constexpr const char* catalogue_json = R"({"format": "leerregie-advice", "advice": [
  {"id": "LOW", "theme": "potential", "priority": 50, "when": {"all": [{"dimension": "pot", "below": 60}]}, "title": {"nl": "Laag", "en": "Low"}, "explanation": {"nl": "x", "en": "x"}, "first_step": {"nl": "x", "en": "x"}, "source": "s"},
  {"id": "READY", "theme": "ready", "priority": 50, "when": {"all": [{"profile": "room_waiting"}]}, "title": {"nl": "Klaar", "en": "Ready"}, "explanation": {"nl": "x", "en": "x"}, "first_step": {"nl": "x", "en": "x"}, "source": "s"},
  {"id": "G1", "theme": "g1", "priority": 30, "title": {"nl": "Een", "en": "One"}, "explanation": {"nl": "x", "en": "x"}, "first_step": {"nl": "x", "en": "x"}, "source": "s"},
  {"id": "G2", "theme": "g2", "priority": 20, "title": {"nl": "Twee", "en": "Two"}, "explanation": {"nl": "x", "en": "x"}, "first_step": {"nl": "x", "en": "x"}, "source": "s"},
  {"id": "G3", "theme": "g3", "priority": 10, "title": {"nl": "Drie", "en": "Three"}, "explanation": {"nl": "x", "en": "x"}, "first_step": {"nl": "x", "en": "x"}, "source": "s"}]})";

AdviceCatalogue catalogue()
{
    auto loaded = load_advice(catalogue_json, {"nl", "en"});
    REQUIRE(loaded.ok());
    return *loaded.value;
}

ResultCode participant(Variant variant, const char* profile, std::vector<std::optional<int>> scores, uint32_t scan = 1)
{
    return {variant, profile, std::move(scores), scan};
}

// Scores for pot, agn, wrk, env, par.
std::vector<ResultCode> three_participants()
{
    return {participant(Variant::Full, "room_waiting", {100, 0, std::nullopt, 40, 75}),
            participant(Variant::Short, "strong_base", {50, std::nullopt, std::nullopt, 60, 25}),
            participant(Variant::Short, "room_waiting", {60, 20, std::nullopt, 80, 50})};
}

// The three participants' summary with everything its renderings need; the summary points into
// `advice`, so that comes first.
struct RenderedGroup
{
    const AdviceCatalogue advice = catalogue();
    const Questionnaire questionnaire = mini_questionnaire();
    const ProfileCatalogue profiles = shipped_profiles();
    const Strings strings = shipped_strings();
    const GroupSummary summary = summarize_group(questionnaire, advice, profiles, three_participants());

    GroupReportInput input(const char* language, int minimum = 0) const
    {
        return {questionnaire, profiles, summary, strings, language, "2026-11-24", minimum};
    }
};

}  // namespace

TEST_SUITE("group")
{
    TEST_CASE("means, spreads and ranges per dimension follow the participants' scores")
    {
        const AdviceCatalogue advice = catalogue();
        const GroupSummary summary =
            summarize_group(mini_questionnaire(), advice, shipped_profiles(), three_participants());
        CHECK(summary.participants == 3);
        CHECK(summary.short_variant == 2);
        CHECK(summary.full_variant == 1);
        REQUIRE(summary.dimensions.size() == 5);

        // pot: 100, 50, 60. Mean 70; squared deviations 900 + 400 + 100 = 1400; sd = sqrt(1400 / 2).
        const GroupDimension& pot = summary.dimensions[0];
        CHECK(pot.id == "pot");
        CHECK(pot.count == 3);
        CHECK(*pot.mean == doctest::Approx(70.0));
        CHECK(*pot.spread == doctest::Approx(std::sqrt(700.0)));
        CHECK(*pot.lowest == 50);
        CHECK(*pot.highest == 100);
        // agn: 0 and 20 (one has no score). Mean 10; sd = sqrt((100 + 100) / 1).
        CHECK(summary.dimensions[1].count == 2);
        CHECK(*summary.dimensions[1].mean == doctest::Approx(10.0));
        CHECK(*summary.dimensions[1].spread == doctest::Approx(std::sqrt(200.0)));
        // wrk: nobody has a score.
        CHECK(summary.dimensions[2].count == 0);
        CHECK_FALSE(summary.dimensions[2].mean.has_value());
        CHECK_FALSE(summary.dimensions[2].spread.has_value());
        // env: 40, 60, 80: mean 60, sd 20. par: 75, 25, 50: mean 50, sd 25.
        CHECK(*summary.dimensions[3].mean == doctest::Approx(60.0));
        CHECK(*summary.dimensions[3].spread == doctest::Approx(20.0));
        CHECK(*summary.dimensions[4].mean == doctest::Approx(50.0));
        CHECK(*summary.dimensions[4].spread == doctest::Approx(25.0));
    }

    TEST_CASE("one participant has no spread")
    {
        const AdviceCatalogue advice = catalogue();
        const GroupSummary summary =
            summarize_group(mini_questionnaire(), advice, shipped_profiles(), {three_participants().front()});
        CHECK(*summary.dimensions[0].spread == 0.0);
    }

    TEST_CASE("profiles are counted in the catalogue's order, zeros included")
    {
        const AdviceCatalogue advice = catalogue();
        const GroupSummary summary =
            summarize_group(mini_questionnaire(), advice, shipped_profiles(), three_participants());
        REQUIRE(summary.profiles.size() == 5);
        CHECK(summary.profiles[0].id == "strong_base");
        CHECK(summary.profiles[0].count == 1);
        CHECK(summary.profiles[1].count == 0);
        CHECK(summary.profiles[2].id == "room_waiting");
        CHECK(summary.profiles[2].count == 2);
        CHECK(summary.profiles[4].id == "undetermined");
        CHECK(summary.profiles[4].count == 0);
    }

    TEST_CASE("advice themes are counted from each participant's scores and profile")
    {
        const AdviceCatalogue advice = catalogue();
        // First: READY fits, G1 and G2 fill up. Second: LOW fits (50 < 60), G1 and G2 fill up.
        // Third: 60 is not below 60, READY fits, G1 and G2 fill up.
        const GroupSummary summary =
            summarize_group(mini_questionnaire(), advice, shipped_profiles(), three_participants());
        REQUIRE(summary.themes.size() == 4);
        CHECK(summary.themes[0].id == "g1");
        CHECK(summary.themes[0].count == 3);
        CHECK(summary.themes[0].advice->id == "G1");
        CHECK(summary.themes[1].id == "g2");
        CHECK(summary.themes[1].count == 3);
        CHECK(summary.themes[2].id == "ready");
        CHECK(summary.themes[2].count == 2);
        CHECK(summary.themes[3].id == "potential");
        CHECK(summary.themes[3].count == 1);
    }

    TEST_CASE("a pasted list: blank lines skipped, typos reported by line, a code given twice counted once")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::vector<ResultCode> people = three_participants();
        const std::string first = encode_result_code(questionnaire, profiles, people[0]);
        const std::string second = encode_result_code(questionnaire, profiles, people[1]);
        std::string typo = second;
        typo[2] = typo[2] == 'A' ? 'B' : 'A';
        const std::string text = first + "\r\n\n" + typo + "\n  " + second + "  \n" + first + "\n";

        const CodeList list = read_code_list(questionnaire, profiles, text);
        CHECK(list.codes.size() == 2);
        CHECK(list.duplicates == 1);
        REQUIRE(list.problems.size() == 1);
        CHECK(list.problems[0].path == "3");
        CHECK(list.problems[0].code == "result_code.checksum");
    }

    TEST_CASE("two people with the same answers count twice; one scan pasted twice counts once")
    {
        const Questionnaire questionnaire = mini_questionnaire();
        const ProfileCatalogue profiles = shipped_profiles();
        const std::vector<std::optional<int>> scores = {50, 50, 50, 50, 50};
        const std::string anna =
            encode_result_code(questionnaire, profiles, participant(Variant::Short, "room_waiting", scores, 7));
        const std::string bert =
            encode_result_code(questionnaire, profiles, participant(Variant::Short, "room_waiting", scores, 8));
        REQUIRE(anna != bert);
        const CodeList list = read_code_list(questionnaire, profiles, anna + "\n" + bert + "\n" + anna + "\n");
        CHECK(list.codes.size() == 2);
        CHECK(list.duplicates == 1);
        CHECK(list.problems.empty());
    }

    TEST_CASE("a line that is not a code is called that, by its line number")
    {
        const CodeList list = read_code_list(mini_questionnaire(), shipped_profiles(), "\nDit is geen code\n=1+1\n");
        CHECK(messages(list.problems) ==
              std::vector<std::string>{"2: this is not a result code", "3: this is not a result code"});
    }

    TEST_CASE("CSV cells that a spreadsheet would take for a formula become text")
    {
        CHECK(csv_field("=HYPERLINK(\"http://x\")", ',') == "\"'=HYPERLINK(\"\"http://x\"\")\"");
        CHECK(csv_field("+31 6", ',') == "'+31 6");
        CHECK(csv_field("-2", ';') == "'-2");
        CHECK(csv_field("@SUM(A1)", ',') == "'@SUM(A1)");
        CHECK(csv_field("\t=1+1", ',') == "'\t=1+1");
        CHECK(csv_field("a=b", ',') == "a=b");
        CHECK(csv_field("", ',').empty());
        // Control characters are shown, not passed on; a line break is quoted as CSV allows.
        CHECK(csv_field(std::string("a\x1B]52;c;eA==\x07"
                                    "b",
                                    14),
                        ',') == "a\\u001B]52;c;eA==\\u0007b");
        CHECK(csv_field(std::string("x\0y", 3), ';') == "x\\u0000y");
        CHECK(csv_field("two\nlines", ',') == "\"two\nlines\"");
    }

    TEST_CASE("the CSV table suits a Dutch or an English spreadsheet")
    {
        const RenderedGroup group;
        const std::string english = render_group_csv(group.input("en"));
        CHECK(english.find("kind,id,name,count,mean,spread (sd),lowest,highest\r\n") == 0);
        CHECK(english.find("\r\npart,pot,Potential,3,70.0,26.5,50,100\r\n") != std::string::npos);
        CHECK(english.find("\r\npart,wrk,Work,0,,,,\r\n") != std::string::npos);
        CHECK(english.find("\r\nprofile,room_waiting,Room waiting for you,2,,,,\r\n") != std::string::npos);
        CHECK(english.find("\r\nadvice,g1,One,3,,,,\r\n") != std::string::npos);

        const std::string dutch = render_group_csv(group.input("nl"));
        CHECK(dutch.find("soort;id;naam;aantal;gemiddelde;spreiding (sd);laagste;hoogste\r\n") == 0);
        CHECK(dutch.find("\r\nonderdeel;agn;Regie;2;10,0;14,1;0;20\r\n") != std::string::npos);
    }

    TEST_CASE("the printable page shows every part with a meter, the profiles and the themes")
    {
        const RenderedGroup group;
        const std::string html = render_group_html(group.input("nl"));
        CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
        CHECK(html.find("3 deelnemers (2 korte scan, 1 volledige scan)") != std::string::npos);
        CHECK(html.find("<meter min=\"0\" max=\"100\" value=\"70.0\">70,0</meter>") != std::string::npos);
        CHECK(html.find("Ruimte die wacht</th><td class=\"score\">2</td><td class=\"score\">67%</td>") !=
              std::string::npos);
        CHECK(html.find("<li>Een — bij 3 van de 3 deelnemers</li>") != std::string::npos);
    }

    TEST_CASE("below the group minimum a part shows its count and no figures, in the table and the page")
    {
        // With a minimum of 3, agn (two scores: 0 and 20) is hidden; pot, env and par (three) show.
        const RenderedGroup group;
        const std::string csv = render_group_csv(group.input("nl", 3));
        CHECK(csv.find("\r\nonderdeel;agn;Regie;2;;;;\r\n") != std::string::npos);
        CHECK(csv.find("\r\nonderdeel;pot;Potentieel;3;70,0;26,5;50;100\r\n") != std::string::npos);

        const std::string html = render_group_html(group.input("en", 3));
        CHECK(html.find("value=\"10.0\"") == std::string::npos);
        CHECK(html.find(">14.1<") == std::string::npos);  // agn's spread
        CHECK(html.find("<meter min=\"0\" max=\"100\" value=\"70.0\">70.0</meter>") != std::string::npos);
        CHECK(html.find("A part shows figures only from 3 scores") != std::string::npos);
        CHECK(render_group_html(group.input("en")).find("A part shows figures only") == std::string::npos);
    }
}

TEST_CASE("a participant's link carries codes in its fragment, and nothing else in it counts")
{
    CHECK(link_fragment_adding("ABCD-EFGH") == "add=ABCD-EFGH");
    CHECK(codes_in_link_fragment("add=ABCD-EFGH") == std::vector<std::string>{"ABCD-EFGH"});
    CHECK(codes_in_link_fragment("add=A&add=B") == std::vector<std::string>{"A", "B"});
    CHECK(codes_in_link_fragment("view=x&add=A&") == std::vector<std::string>{"A"});
    CHECK(codes_in_link_fragment("").empty());
    CHECK(codes_in_link_fragment("add=").empty());
    CHECK(codes_in_link_fragment("add").empty());
    CHECK(codes_in_link_fragment("&&&").empty());
    CHECK(codes_in_link_fragment("ADD=A").empty());  // the word is lower case, as the app writes it
}
