#pragma once
// Fields of a grading result, read defensively: results are files an instructor may have
// edited, truncated or merged from another version, so a missing or mistyped field reads
// as its fallback — never an exception in the middle of a page, never a crash.
#include <nlohmann/json.hpp>

#include <string>

namespace checker::workshop {

inline std::string text_field(const nlohmann::json& object, const char* name, const std::string& fallback = "") {
  if (!object.is_object()) return fallback;
  const auto found = object.find(name);
  return found != object.end() && found->is_string() ? found->get<std::string>() : fallback;
}

inline double number_field(const nlohmann::json& object, const char* name, double fallback = 0) {
  if (!object.is_object()) return fallback;
  const auto found = object.find(name);
  return found != object.end() && found->is_number() ? found->get<double>() : fallback;
}

// The object under `name`, or an empty object.
inline const nlohmann::json& object_field(const nlohmann::json& object, const char* name) {
  static const nlohmann::json empty = nlohmann::json::object();
  if (!object.is_object()) return empty;
  const auto found = object.find(name);
  return found != object.end() && found->is_object() ? *found : empty;
}

}  // namespace checker::workshop
