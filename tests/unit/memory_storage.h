// Local storage in memory for an App under test.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "app/app.h"

// Reads and writes `stored`; writing fails, as a full browser storage does, while `*full` is set.
inline leerregie::Storage memory_storage(std::map<std::string, std::string>& stored, const bool* full = nullptr)
{
    return {[&stored](const std::string& key) -> std::optional<std::string> {
                const auto found = stored.find(key);
                return found == stored.end() ? std::nullopt : std::optional(found->second);
            },
            [&stored, full](const std::string& key, const std::string& value) {
                if (full && *full)
                    return false;
                stored[key] = value;
                return true;
            },
            [&stored](const std::string& key) { stored.erase(key); }};
}
