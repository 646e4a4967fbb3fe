// libFuzzer target: load_references on any bytes, and the same bytes read as a source field; an
// accepted list cites only works it holds, and every source field gives one citation per work it
// names that is in the list.
#include <cstddef>
#include <cstdint>

#include "core/references.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace leerregie;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Loaded<References> loaded = load_references(text, {"nl", "en"});
    for (const Problem& problem : loaded.problems)
        describe(problem);
    if (!loaded.value)
        return 0;
    const References& references = *loaded.value;
    for (const Publication& publication : references.publications)
    {
        if (publication.id.empty() || references.find(publication.id) != &publication)
            __builtin_trap();
        if (!publication.cited_in.empty() && !references.find(publication.cited_in))
            __builtin_trap();
        if (full_citation(publication, references, "en").empty() ||
            short_citation(publication, references, "nl").empty())
            __builtin_trap();
    }
    size_t known = 0;
    for (const std::string& id : named_references(text))
        known += references.find(id) ? 1 : 0;
    if (cite_source(text, references, "nl").size() != known)
        __builtin_trap();
    return 0;
}
