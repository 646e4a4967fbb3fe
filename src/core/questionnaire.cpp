#include "core/questionnaire.h"

#include <algorithm>
#include <set>

#include "core/find_by_id.h"
#include "core/json_reader.h"

namespace leerregie
{
namespace
{

using detail::element_path;
using detail::field_path;
using nlohmann::json;

// Far above any sensible weight, and low enough that weighted sums stay finite.
constexpr double max_weight = 1000.0;

// Reads `entries` with `read_one` and reports ids used twice.
template <typename T, typename ReadOne>
std::vector<T> read_list(detail::Reader& reader, const json& document, const char* key, bool required, ReadOne read_one)
{
    std::vector<T> list;
    const json* entries = reader.array(document, "$", key, required);
    if (!entries)
        return list;
    std::set<std::string> seen;
    for (size_t i = 0; i < entries->size(); ++i)
    {
        const std::string path = element_path(key, i);
        if (!reader.object((*entries)[i], path))
            continue;
        T entry = read_one((*entries)[i], path);
        if (!entry.id.empty() && !seen.insert(entry.id).second)
            reader.add(field_path(path, "id"), "duplicate_id", {entry.id});
        list.push_back(std::move(entry));
    }
    return list;
}

std::string join(const std::vector<std::string_view>& words)
{
    std::string result;
    for (std::string_view word : words)
        result += (result.empty() ? "" : ", ") + std::string(word);
    return result;
}

void check_one_of(detail::Reader& reader, const std::string& path, const std::string& value,
                  const std::vector<std::string_view>& allowed)
{
    if (!value.empty() && std::find(allowed.begin(), allowed.end(), value) == allowed.end())
        reader.add(path, "unknown_value", {value, join(allowed)});
}

// Skip rules name items asked before the one they belong to, so whether a question is asked is
// settled by the time it comes; figures' exclusions may name any item.
void check_answer_conditions(detail::Reader& reader, const Questionnaire& q)
{
    const auto check_all = [&](const std::vector<Condition>& conditions, const std::string& path) {
        for (size_t i = 0; i < conditions.size(); ++i)
            for (Problem& problem : check_condition(conditions[i], q, element_path(path, i)))
                reader.add(std::move(problem.path), std::move(problem.code), std::move(problem.args));
    };
    for (size_t i = 0; i < q.items.size(); ++i)
    {
        const std::string path = field_path(element_path("items", i), "skip_if");
        check_all(q.items[i].skip_if, path);
        for (size_t j = 0; j < q.items[i].skip_if.size(); ++j)
        {
            // The first item with that id, so an id used twice counts as asked at its first use.
            const std::string& subject = q.items[i].skip_if[j].subject;
            const Item* asked = q.find_item(subject);
            if (asked && asked >= &q.items[i])
                reader.add(element_path(path, j), "skip_not_earlier", {subject});
        }
    }
    for (size_t i = 0; i < q.references.size(); ++i)
        check_all(q.references[i].excluded_when, field_path(element_path("references", i), "excluded_when"));
}

}  // namespace

const Scale* Questionnaire::find_scale(std::string_view id) const { return find_by_id(scales, id); }
const Section* Questionnaire::find_section(std::string_view id) const { return find_by_id(sections, id); }
const Dimension* Questionnaire::find_dimension(std::string_view id) const { return find_by_id(dimensions, id); }
const Item* Questionnaire::find_item(std::string_view id) const { return find_by_id(items, id); }

namespace
{

Questionnaire read_questionnaire(detail::Reader& reader, const json& document)
{
    Questionnaire q;
    q.id = reader.id(document, "$", "id");
    q.version = reader.string(document, "$", "version");

    if (const json* languages = reader.array(document, "$", "languages", false))
    {
        for (size_t i = 0; i < languages->size(); ++i)
        {
            if ((*languages)[i].is_string() && !(*languages)[i].get_ref<const std::string&>().empty())
                q.languages.push_back((*languages)[i].get<std::string>());
            else
                reader.add(element_path("languages", i), "wrong_type", {"a language code such as \"nl\""});
        }
    }
    if (q.languages.empty())
        q.languages = {"nl"};
    const std::vector<std::string>& languages = q.languages;
    q.title = reader.local_text(document, "$", "title", languages, false);

    q.scales = read_list<Scale>(reader, document, "scales", true, [&](const json& entry, const std::string& path) {
        Scale scale;
        scale.id = reader.id(entry, path, "id");
        scale.dont_know = reader.boolean(entry, path, "dont_know", false);
        scale.dont_know_label = reader.local_text(entry, path, "dont_know_label", languages, false);
        scale.not_applicable = reader.local_text(entry, path, "not_applicable", languages, false);
        if (const json* options = reader.array(entry, path, "options"))
        {
            for (size_t i = 0; i < options->size(); ++i)
            {
                const std::string option_path = element_path(field_path(path, "options"), i);
                if (reader.object((*options)[i], option_path))
                    scale.options.push_back(reader.local_text((*options)[i], option_path, "label", languages));
            }
            if (options->size() < 2)
                reader.add(field_path(path, "options"), "too_few_options");
        }
        return scale;
    });

    q.sections =
        read_list<Section>(reader, document, "sections", false, [&](const json& entry, const std::string& path) {
            Section section;
            section.id = reader.id(entry, path, "id");
            section.title = reader.local_text(entry, path, "title", languages);
            section.intro = reader.local_text(entry, path, "intro", languages, false);
            return section;
        });

    const std::vector<std::string_view> groups(std::begin(dimension_groups), std::end(dimension_groups));
    q.dimensions =
        read_list<Dimension>(reader, document, "dimensions", true, [&](const json& entry, const std::string& path) {
            Dimension dimension;
            dimension.id = reader.id(entry, path, "id");
            dimension.group = reader.string(entry, path, "group");
            check_one_of(reader, field_path(path, "group"), dimension.group, groups);
            dimension.name = reader.local_text(entry, path, "name", languages);
            dimension.description = reader.local_text(entry, path, "description", languages);
            if (const json* bands = reader.array(entry, path, "bands", false))
            {
                for (size_t i = 0; i < bands->size(); ++i)
                {
                    const std::string band_path = element_path(field_path(path, "bands"), i);
                    if (!reader.object((*bands)[i], band_path))
                        continue;
                    Band band;
                    band.min = reader.number((*bands)[i], band_path, "min", 0.0, true);
                    if (band.min < 0.0 || band.min > 100.0)
                        reader.add(field_path(band_path, "min"), "out_of_range",
                                   {detail::format_number(band.min), "0", "100"});
                    band.text = reader.local_text((*bands)[i], band_path, "text", languages);
                    dimension.bands.push_back(std::move(band));
                }
                std::sort(dimension.bands.begin(), dimension.bands.end(),
                          [](const Band& a, const Band& b) { return a.min < b.min; });
            }
            return dimension;
        });

    q.items = read_list<Item>(reader, document, "items", true, [&](const json& entry, const std::string& path) {
        Item item;
        item.id = reader.id(entry, path, "id");
        item.dimension = reader.id(entry, path, "dimension", false);
        if (!item.dimension.empty() && !find_by_id(q.dimensions, item.dimension))
            reader.add(field_path(path, "dimension"), "unknown_dimension", {item.dimension});
        item.scale = reader.id(entry, path, "scale");
        if (!item.scale.empty() && !find_by_id(q.scales, item.scale))
            reader.add(field_path(path, "scale"), "unknown_scale", {item.scale});
        item.reverse = reader.boolean(entry, path, "reverse", false);
        item.weight = reader.number(entry, path, "weight", 1.0);
        if (!(item.weight > 0.0))
            reader.add(field_path(path, "weight"), "not_positive");
        else if (item.weight > max_weight)
            reader.add(field_path(path, "weight"), "out_of_range", {detail::format_number(item.weight), "0", "1000"});
        item.in_short = reader.boolean(entry, path, "short", false);
        item.section = reader.id(entry, path, "section", false);
        if (!item.section.empty() && !find_by_id(q.sections, item.section))
            reader.add(field_path(path, "section"), "unknown_section", {item.section});
        item.text = reader.local_text(entry, path, "text", languages);
        item.source = reader.string(entry, path, "source", false);
        item.barrier = reader.string(entry, path, "barrier", false);
        check_one_of(reader, field_path(path, "barrier"), item.barrier,
                     {"psychological", "situational", "institutional"});
        item.background = reader.string(entry, path, "background", false);
        check_one_of(reader, field_path(path, "background"), item.background,
                     {"age", "contract", "education", "company_size"});
        item.skip_if = detail::read_conditions(reader, entry, path, "skip_if", true);
        return item;
    });
    if (const auto items = document.find("items"); items != document.end() && items->is_array() && items->empty())
        reader.add("items", "no_items");
    for (size_t i = 0; i < q.dimensions.size(); ++i)
    {
        const std::string& id = q.dimensions[i].id;
        const bool has_items =
            std::any_of(q.items.begin(), q.items.end(), [&](const Item& item) { return item.dimension == id; });
        if (!id.empty() && !q.items.empty() && !has_items)
            reader.add(element_path("dimensions", i), "dimension_without_items", {id});
    }

    q.references = read_list<
        Reference>(reader, document, "references", false, [&](const json& entry, const std::string& path) {
        Reference reference;
        reference.id = reader.id(entry, path, "id");
        reference.item = reader.id(entry, path, "item");
        const Item* item = find_by_id(q.items, reference.item);
        if (!reference.item.empty() && !item)
            reader.add(field_path(path, "item"), "unknown_item", {reference.item});
        const Scale* scale = item ? find_by_id(q.scales, item->scale) : nullptr;
        if (const json* options = reader.array(entry, path, "options"))
        {
            for (size_t i = 0; i < options->size(); ++i)
                if (const auto option = reader.option_number(
                        (*options)[i], element_path(field_path(path, "options"), i), scale ? scale->options.size() : 0))
                    reference.options.push_back(*option);
        }
        reference.value = reader.number(entry, path, "value", 0.0, true);
        if (reference.value < 0.0 || reference.value > 100.0)
            reader.add(field_path(path, "value"), "out_of_range", {detail::format_number(reference.value), "0", "100"});
        reference.year = int(reader.whole_number(entry, path, "year", 1900, 2100, 0, true));
        reference.approximate = reader.boolean(entry, path, "approximate", false);
        reference.population = reader.local_text(entry, path, "population", languages);
        reference.label = reader.local_text(entry, path, "label", languages);
        reference.construct = reader.local_text(entry, path, "construct", languages, false);
        reference.excluded_when = detail::read_conditions(reader, entry, path, "excluded_when", true);
        reference.source = reader.string(entry, path, "source");
        return reference;
    });

    check_answer_conditions(reader, q);
    return q;
}

}  // namespace

Loaded<Questionnaire> load_questionnaire(std::string_view json_text)
{
    return detail::load_document<Questionnaire>(json_text, "leerregie-questionnaire", false, read_questionnaire);
}

}  // namespace leerregie
