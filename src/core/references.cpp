#include "core/references.h"

#include <algorithm>
#include <set>

#include "core/find_by_id.h"
#include "core/json_reader.h"

namespace leerregie
{
namespace
{

using nlohmann::json;

constexpr long long references_format_version = 1;

// Letters, digits, '-' and '_': what can stand between the brackets of `[id]` in a source field.
bool is_id_character(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A text that is the same in every language (a name, an English title) may be written once as a
// string; one that differs is an object per language, as everywhere else in the content.
LocalText read_text(detail::Reader& reader, const json& entry, const std::string& path, const char* key,
                    const std::vector<std::string>& languages, bool required)
{
    const auto found = entry.find(key);
    if (found == entry.end() || !found->is_string())
        return reader.local_text(entry, path, key, languages, required);
    LocalText text;
    const std::string value = reader.string(entry, path, key, required);
    if (value.empty())
        return text;
    for (const std::string& language : languages)
        text.by_language[language] = value;
    if (languages.empty())
        text.by_language["nl"] = value;
    return text;
}

// Adds `sentence` to `citation` with a full stop, unless it ends in one of its own already.
void append_sentence(std::string& citation, std::string_view sentence)
{
    if (sentence.empty())
        return;
    if (!citation.empty())
        citation += ' ';
    citation += sentence;
    const char last = sentence.back();
    if (last != '.' && last != '?' && last != '!')
        citation += '.';
}

std::string year_text(const Publication& publication, const References& references, std::string_view language)
{
    return publication.year != 0 ? std::to_string(publication.year) : references.no_year.in(language);
}

void check_source(std::string_view source, const std::string& path, const References& references,
                  std::vector<Problem>& problems)
{
    const std::vector<std::string> ids = named_references(source);
    if (ids.empty())
        problems.push_back({path, "no_reference", {}});
    for (const std::string& id : ids)
        if (!references.find(id))
            problems.push_back({path, "unknown_reference", {id}});
}

}  // namespace

const Publication* References::find(std::string_view id) const { return find_by_id(publications, id); }

namespace
{

References read_references(detail::Reader& reader, const json& document, const std::vector<std::string>& languages)
{
    References references;
    const long long version =
        reader.whole_number(document, "$", "version", 0, 1000000, references_format_version, true);
    if (version < references_format_version)
        reader.add("version", "version_too_old", {std::to_string(version), std::to_string(references_format_version)});
    else if (version > references_format_version)
        reader.add("version", "version_too_new", {std::to_string(version), std::to_string(references_format_version)});
    references.no_year = reader.local_text(document, "$", "no_year", languages);
    references.cited_in_label = reader.local_text(document, "$", "cited_in_label", languages);

    std::set<std::string> ids;
    if (const json* list = reader.array(document, "$", "references"))
    {
        for (size_t i = 0; i < list->size(); ++i)
        {
            const std::string path = detail::element_path("references", i);
            const json& entry = (*list)[i];
            if (!reader.object(entry, path))
                continue;
            Publication publication;
            publication.id = reader.string(entry, path, "id");
            if (!std::all_of(publication.id.begin(), publication.id.end(), is_id_character))
                reader.add(detail::field_path(path, "id"), "bad_id");
            else if (!publication.id.empty() && !ids.insert(publication.id).second)
                reader.add(detail::field_path(path, "id"), "duplicate_id", {publication.id});
            publication.authors = read_text(reader, entry, path, "authors", languages, false);
            publication.short_name = read_text(reader, entry, path, "short_name", languages, false);
            publication.year = int(reader.whole_number(entry, path, "year", 1000, 2100, 0));
            publication.title = read_text(reader, entry, path, "title", languages, true);
            publication.published_in = read_text(reader, entry, path, "published_in", languages, false);
            publication.url = reader.string(entry, path, "url", false);
            publication.cited_in = reader.string(entry, path, "cited_in", false);
            references.publications.push_back(std::move(publication));
        }
        // A second pass, so a work may be cited in one listed after it.
        for (size_t i = 0; i < list->size(); ++i)
        {
            const json& entry = (*list)[i];
            const auto cited_in = entry.find("cited_in");
            if (cited_in == entry.end() || !cited_in->is_string())
                continue;
            const std::string& id = cited_in->get_ref<const std::string&>();
            if (!id.empty() && !ids.count(id))
                reader.add(detail::field_path(detail::element_path("references", i), "cited_in"), "unknown_reference",
                           {id});
        }
    }

    return references;
}

}  // namespace

Loaded<References> load_references(std::string_view json_text, const std::vector<std::string>& languages)
{
    const auto read = [&](detail::Reader& reader, const json& document) {
        return read_references(reader, document, languages);
    };
    return detail::load_document<References>(json_text, "leerregie-references", true, read);
}

std::vector<std::string> named_references(std::string_view source)
{
    std::vector<std::string> ids;
    const auto name = [&ids](std::string_view id) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.emplace_back(id);
    };
    for (size_t i = 0; i < source.size(); ++i)
    {
        if (source[i] == '[')
        {
            size_t end = i + 1;
            while (end < source.size() && is_id_character(source[end]))
                ++end;
            if (end > i + 1 && end < source.size() && source[end] == ']')
            {
                name(source.substr(i + 1, end - i - 1));
                i = end;
            }
        }
        else if (i + 3 < source.size() && is_digit(source[i]) && is_digit(source[i + 1]) && is_digit(source[i + 2]) &&
                 (i == 0 || !is_id_character(source[i - 1])) && source.substr(i + 3, 2) == " (")
        {
            name(source.substr(i, 3));
            i += 2;
        }
    }
    return ids;
}

std::string full_citation(const Publication& publication, const References& references, std::string_view language)
{
    const std::string year = "(" + year_text(publication, references, language) + ")";
    const std::string& authors = publication.authors.in(language);
    std::string citation;
    if (!authors.empty())
    {
        append_sentence(citation, authors + " " + year);
        append_sentence(citation, publication.title.in(language));
    }
    else
    {
        // A work without an author starts with its title, the year after it, as APA has it.
        append_sentence(citation, publication.title.in(language));
        append_sentence(citation, year);
    }
    append_sentence(citation, publication.published_in.in(language));
    if (const Publication* source = references.find(publication.cited_in))
        append_sentence(citation,
                        references.cited_in_label.in(language) + " " + short_citation(*source, references, language));
    // Last and without a full stop, which would become part of the link.
    if (!publication.url.empty())
        citation += (citation.empty() ? "" : " ") + publication.url;
    return citation;
}

std::string short_citation(const Publication& publication, const References& references, std::string_view language)
{
    const std::string* name = &publication.short_name.in(language);
    if (name->empty())
        name = &publication.authors.in(language);
    if (name->empty())
        name = &publication.title.in(language);
    return *name + ", " + year_text(publication, references, language);
}

std::vector<std::string> cite_source(std::string_view source, const References& references, std::string_view language)
{
    std::vector<std::string> citations;
    for (const std::string& id : named_references(source))
        if (const Publication* publication = references.find(id))
            citations.push_back(full_citation(*publication, references, language));
    return citations;
}

std::string cite_source_short(std::string_view source, const References& references, std::string_view language)
{
    std::string citations;
    for (const std::string& id : named_references(source))
    {
        if (const Publication* publication = references.find(id))
        {
            if (!citations.empty())
                citations += "; ";
            citations += short_citation(*publication, references, language);
        }
    }
    return citations;
}

std::vector<Problem> check_sources(const Questionnaire& questionnaire, const References& references)
{
    std::vector<Problem> problems;
    for (size_t i = 0; i < questionnaire.items.size(); ++i)
        check_source(questionnaire.items[i].source, detail::element_path("items", i) + ".source", references, problems);
    for (size_t i = 0; i < questionnaire.references.size(); ++i)
        check_source(questionnaire.references[i].source, detail::element_path("references", i) + ".source", references,
                     problems);
    return problems;
}

std::vector<Problem> check_sources(const AdviceCatalogue& catalogue, const References& references)
{
    std::vector<Problem> problems;
    for (size_t i = 0; i < catalogue.advice.size(); ++i)
        check_source(catalogue.advice[i].source, detail::element_path("advice", i) + ".source", references, problems);
    return problems;
}

std::vector<Problem> check_sources(const ProfileCatalogue& profiles, const References& references)
{
    std::vector<Problem> problems;
    check_source(profiles.source, "source", references, problems);
    return problems;
}

}  // namespace leerregie
