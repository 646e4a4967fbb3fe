// The reference list (assets/references.json): the works that Leerregie's questions, national
// figures and advice rest on, and how a content `source` field names them, so that people read a
// citation ("TNO en SER (2025). ...") and never an internal file number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/advice.h"
#include "core/problem.h"
#include "core/profile.h"
#include "core/questionnaire.h"
#include "core/text.h"

namespace leerregie
{

// One work in the list. Only what the work itself (or the source that names it) states is filled
// in; an unknown author or year stays empty rather than guessed.
struct Publication
{
    std::string id;        // what a source field names: "003", "broek2023"
    LocalText authors;     // people or an organisation; empty when the work names none
    LocalText short_name;  // for inline citations ("Broek e.a."); empty: the authors
    int year = 0;          // 0 when the work states none
    LocalText title;
    LocalText published_in;  // journal, publisher or where to find it; may be empty
    std::string url;
    std::string cited_in;  // the id of the work this one is known from, when it was not read itself
};

struct References
{
    LocalText no_year;         // "z.j." / "n.d."
    LocalText cited_in_label;  // "Genoemd in" / "Cited in"
    std::vector<Publication> publications;

    const Publication* find(std::string_view id) const;
};

// Reads and checks assets/references.json; every problem is reported with its JSON path.
Loaded<References> load_references(std::string_view json_text, const std::vector<std::string>& languages);

// The ids a content `source` field names, in order, each once. An id is named in square brackets,
// `[broek2023]`, or, for the seed documents, as three digits followed by " (": `003 (TNO/SER ...)`.
// Nothing else in the field counts (docs/questionnaire-format.md, "Sources").
std::vector<std::string> named_references(std::string_view source);

// "TNO en SER (2025). De ontwikkeling van ... Tijdschrift voor HRM, nr. 2." in `language`.
std::string full_citation(const Publication& publication, const References& references, std::string_view language);
// "TNO en SER, 2025", for use inside a sentence.
std::string short_citation(const Publication& publication, const References& references, std::string_view language);

// What a person reads for a source field: the full citation of each work it names, in order.
// Ids that are not in the list are left out (check_sources reports them).
std::vector<std::string> cite_source(std::string_view source, const References& references, std::string_view language);
// The inline form: the short citations joined by "; ".
std::string cite_source_short(std::string_view source, const References& references, std::string_view language);

// Source fields that name no work, or a work that is not in the list, each with its path in its
// own file (`items[3].source`, `references[0].source`, `advice[7].source`, `source`).
std::vector<Problem> check_sources(const Questionnaire& questionnaire, const References& references);
std::vector<Problem> check_sources(const AdviceCatalogue& catalogue, const References& references);
std::vector<Problem> check_sources(const ProfileCatalogue& profiles, const References& references);

}  // namespace leerregie
