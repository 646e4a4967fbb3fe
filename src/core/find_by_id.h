// Looking up an entry of the content by its id: the one way every list of scales, items,
// dimensions, profiles, advice, publications or scores is searched.
#pragma once

#include <string_view>
#include <vector>

namespace leerregie
{

// The first entry of `list` whose `id` equals `id`, or nullptr. The first, so that a list still
// being validated, which may hold an id twice, answers as it will once the duplicate is fixed.
template <typename T> const T* find_by_id(const std::vector<T>& list, std::string_view id)
{
    for (const T& entry : list)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

}  // namespace leerregie
