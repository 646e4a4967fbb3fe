// The reference list: reading it, how a source field names its works, the citations people read
// (written out by hand), and that the shipped content cites only works in the list.
#include <doctest/doctest.h>

#include "core/references.h"
#include "fixtures.h"

using namespace leerregie;

namespace
{

// Two works: one with authors that differ per language, one without author or year that is only
// known from the first.
constexpr const char* small_list = R"({
  "format": "leerregie-references", "version": 1,
  "no_year": {"nl": "z.j.", "en": "n.d."},
  "cited_in_label": {"nl": "Genoemd in", "en": "Cited in"},
  "references": [
    {"id": "003", "authors": {"nl": "TNO en SER", "en": "TNO and SER"}, "year": 2025,
     "title": "De ontwikkeling van leercultuur", "published_in": {"nl": "Tijdschrift voor HRM, nr. 2", "en": "Tijdschrift voor HRM, issue 2"}},
    {"id": "quick-scan", "short_name": "‘Quickscan’", "title": "Quickscan Leercultuur?", "url": "https://example.nl/scan",
     "cited_in": "003"}
  ]})";

References small_references()
{
    auto loaded = load_references(small_list, {"nl", "en"});
    REQUIRE(messages(loaded.problems) == std::vector<std::string>{});
    return *loaded.value;
}

}  // namespace

TEST_SUITE("references")
{
    TEST_CASE("the shipped reference list loads without problems and holds the seeds and the works they name")
    {
        const References references = shipped_references();
        for (const char* id : {"000", "001", "002", "003", "004", "broek2023", "cross1981", "szw-quickscan"})
        {
            CAPTURE(id);
            const Publication* publication = references.find(id);
            REQUIRE(publication != nullptr);
            CHECK(!publication->title.in("nl").empty());
        }
    }

    TEST_CASE("the shipped questionnaire, advice and profiles cite only works in the reference list")
    {
        const References references = shipped_references();
        CHECK(messages(check_sources(shipped_questionnaire(), references)) == std::vector<std::string>{});
        CHECK(messages(check_sources(shipped_advice(), references)) == std::vector<std::string>{});
        CHECK(messages(check_sources(shipped_profiles(), references)) == std::vector<std::string>{});
    }

    TEST_CASE("what a person reads for a shipped source field never shows a file number")
    {
        const References references = shipped_references();
        std::vector<std::string> sources;
        for (const Item& item : shipped_questionnaire().items)
            sources.push_back(item.source);
        for (const Advice& advice : shipped_advice().advice)
            sources.push_back(advice.source);
        sources.push_back(shipped_profiles().source);
        for (const std::string& source : sources)
        {
            for (const char* language : {"nl", "en"})
            {
                CAPTURE(source);
                CAPTURE(language);
                const std::vector<std::string> citations = cite_source(source, references, language);
                CHECK(!citations.empty());
                for (const std::string& citation : citations)
                {
                    CHECK(citation.rfind("00", 0) == std::string::npos);
                    CHECK(citation.find(".txt") == std::string::npos);
                }
                CHECK(cite_source_short(source, references, language).rfind("00", 0) == std::string::npos);
            }
        }
    }

    TEST_CASE("a source field names works as [id] or as three digits followed by a parenthesis")
    {
        SUBCASE("the forms the shipped content uses")
        {
            CHECK(named_references("003 (TNO/SER monitor Leercultuur, NEA 2022): 55-plussers blijven achter") ==
                  std::vector<std::string>{"003"});
            CHECK(
                named_references("Spiegelt NEA-vraag ‘Is uw werk gevarieerd?’ — 003 (TNO/SER monitor Leercultuur, NEA "
                                 "2022), tabel 1") == std::vector<std::string>{"003"});
            CHECK(named_references("004 (Wat maakt mensen vrij?): psychologische drempel (Cross); 001 (Hoe ziet een "
                                   "duurzaam leerperspectief eruit?): gebrek aan motivatie") ==
                  std::vector<std::string>{"004", "001"});
            CHECK(named_references("004 (Broek e.a. 2023, Agency, conversion and actual participation in learning)") ==
                  std::vector<std::string>{"004"});
        }
        SUBCASE("brackets name any id, and each work is named once, in order")
        {
            CHECK(named_references("[broek2023] via [004]; 004 (dia’s), [szw-quickscan]") ==
                  std::vector<std::string>{"broek2023", "004", "szw-quickscan"});
        }
        SUBCASE("other numbers and brackets name nothing")
        {
            CHECK(named_references("NEA 2022 (TNO), n = 1069 (mbo+), Cross (1981), tabel 100, x003 (y)").empty());
            CHECK(named_references("[] [two words] [003 [").empty());
            CHECK(named_references("003(no space) 003 ").empty());
            CHECK(named_references("").empty());
        }
    }

    TEST_CASE("a full citation: authors and year, title, where it appeared, where it was cited, the link")
    {
        const References references = small_references();
        CHECK(full_citation(*references.find("003"), references, "nl") ==
              "TNO en SER (2025). De ontwikkeling van leercultuur. Tijdschrift voor HRM, nr. 2.");
        CHECK(full_citation(*references.find("003"), references, "en") ==
              "TNO and SER (2025). De ontwikkeling van leercultuur. Tijdschrift voor HRM, issue 2.");
        SUBCASE("without an author the title comes first, and a question mark needs no full stop")
        {
            CHECK(full_citation(*references.find("quick-scan"), references, "nl") ==
                  "Quickscan Leercultuur? (z.j.). Genoemd in TNO en SER, 2025. https://example.nl/scan");
            CHECK(full_citation(*references.find("quick-scan"), references, "en") ==
                  "Quickscan Leercultuur? (n.d.). Cited in TNO and SER, 2025. https://example.nl/scan");
        }
    }

    TEST_CASE("a short citation for inside a sentence")
    {
        const References references = small_references();
        CHECK(short_citation(*references.find("003"), references, "nl") == "TNO en SER, 2025");
        CHECK(short_citation(*references.find("quick-scan"), references, "en") == "‘Quickscan’, n.d.");
        CHECK(cite_source_short("[quick-scan] and 003 (monitor)", references, "nl") ==
              "‘Quickscan’, z.j.; TNO en SER, 2025");
        CHECK(cite_source_short("[unknown]", references, "nl").empty());
    }

    TEST_CASE("the shipped citations, as a person reads them")
    {
        const References references = shipped_references();
        CHECK(
            cite_source("003 (TNO/SER monitor Leercultuur, NEA 2022): 55-plussers blijven achter", references, "nl") ==
            std::vector<std::string>{
                "TNO en SER (2025). De ontwikkeling van leercultuur in Nederland in de afgelopen tien jaar: een schets "
                "van trends en thema’s voor beleid. Tijdschrift voor HRM, nr. 2."});
        CHECK(full_citation(*references.find("broek2023"), references, "en") ==
              "Broek, S., Linden, J. van der, Kuijpers, M. A. C. T., & Semeijn, J. H. (2023). What makes adults choose "
              "to learn: Factors that stimulate or prevent adults from learning. Journal of Adult and Continuing "
              "Education, 0(0). Cited in ‘Wat maakt mensen vrij’, n.d. https://doi.org/10.1177/14779714231169684");
        CHECK(full_citation(*references.find("cross1981"), references, "nl") ==
              "Cross (1981). [Drie drempels voor leren: psychologische, situationele en institutionele]. Genoemd in "
              "‘Wat maakt mensen vrij’, z.j.");
        CHECK(full_citation(*references.find("001"), references, "nl") ==
              "Hoe ziet een duurzaam leerperspectief er uit? (z.j.). Artikel in de reeks ‘Leerperspectief’.");
        CHECK(short_citation(*references.find("broek2023"), references, "nl") == "Broek e.a., 2023");
        CHECK(short_citation(*references.find("000"), references, "en") == "Opleiding.nl, n.d.");
        CHECK(short_citation(*references.find("szw-quickscan"), references, "nl") == "Ministerie van SZW, z.j.");
    }

    TEST_CASE("every problem in a reference list is reported with its path")
    {
        const auto loaded = load_references(R"({
          "format": "leerregie-references", "version": 1,
          "no_year": {"nl": "z.j."},
          "cited_in_label": {"nl": "Genoemd in", "en": "Cited in"},
          "references": [
            {"id": "a b", "title": "T"},
            {"id": "x", "title": {"nl": "T"}, "year": 99},
            {"id": "x", "title": "T", "cited_in": "nowhere"},
            {"title": ""},
            "not an object"
          ]})",
                                            {"nl", "en"});
        CHECK(!loaded.value);
        CHECK(messages(loaded.problems) == std::vector<std::string>{
                                               "no_year: missing the \"en\" text",
                                               "references[0].id: an id may only hold letters, digits, \"-\" and \"_\"",
                                               "references[1].year: 99 is out of range 1000..2100",
                                               "references[1].title: missing the \"en\" text",
                                               "references[2].id: duplicate id \"x\"",
                                               "references[3].id: required field is missing",
                                               "references[3].title: must not be empty",
                                               "references[4]: expected an object",
                                               "references[2].cited_in: unknown reference \"nowhere\"",
                                           });
    }

    TEST_CASE("a reference list of another format or version is refused")
    {
        CHECK(messages(load_references(R"({"format": "leerregie-profiles", "version": 2, "no_year": "z.j.",
                                           "cited_in_label": "in", "references": []})",
                                       {"nl"})
                           .problems) ==
              std::vector<std::string>{
                  "format: format must be \"leerregie-references\", not \"leerregie-profiles\"",
                  "version: version 2 was made by a newer program; this one reads version 1",
                  "no_year: expected an object of texts per language",
                  "cited_in_label: expected an object of texts per language",
              });
        CHECK(messages(load_references("[]", {"nl"}).problems) == std::vector<std::string>{"$: expected an object"});
    }

    TEST_CASE("source fields that name no work, or one not in the list, are reported where they are")
    {
        const References references = small_references();
        Questionnaire questionnaire;
        questionnaire.items.resize(3);
        questionnaire.items[0].source = "003 (monitor)";
        questionnaire.items[1].source = "";
        questionnaire.items[2].source = "[nope] and [003]";
        questionnaire.references.resize(1);
        questionnaire.references[0].source = "TNO/SER 2021";
        CHECK(messages(check_sources(questionnaire, references)) ==
              std::vector<std::string>{
                  "items[1].source: names no reference from the reference list; write its id, e.g. [003]",
                  "items[2].source: unknown reference \"nope\"",
                  "references[0].source: names no reference from the reference list; write its id, e.g. [003]",
              });

        AdviceCatalogue catalogue;
        catalogue.advice.resize(2);
        catalogue.advice[0].source = "[quick-scan]";
        catalogue.advice[1].source = "005 (a new seed)";
        CHECK(messages(check_sources(catalogue, references)) ==
              std::vector<std::string>{"advice[1].source: unknown reference \"005\""});

        ProfileCatalogue profiles;
        CHECK(messages(check_sources(profiles, references)) ==
              std::vector<std::string>{"source: names no reference from the reference list; write its id, e.g. [003]"});
    }
}
