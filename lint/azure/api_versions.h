// Facts about Azure OpenAI api-versions (see ../shared/reference/litellm-openwebui-azure.md C1).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace azlint::azure {

struct ApiVersion {
  int year = 0, month = 0, day = 0;
  bool preview = false;
  std::string_view keyword;  // "preview", "latest" or "v1" (the v1 API); empty for dated versions
  bool dated() const { return year != 0; }
  int date() const { return year * 10000 + month * 100 + day; }
};

// A well-formed api-version (`YYYY-MM-DD` with an optional `-preview`, a real calendar date,
// or one of the keywords), or nullopt when malformed.
std::optional<ApiVersion> parse_api_version(std::string_view text);
// Why a value is malformed, as a short phrase ("`-previw` is not a known suffix"); "" if well-formed.
std::string malformed_reason(std::string_view text);

bool is_released_api_version(std::string_view text);   // in the list azlint knows
bool is_retired_api_version(std::string_view text);
std::string_view newest_known_api_version();           // by date
// The latest generally available api-version: what fixes suggest.
inline constexpr std::string_view kLatestGa = "2024-10-21";
// `"2024-10-21" (the latest GA)`, as a fix names it.
std::string latest_ga_quoted();
// `2024-10-21 (GA) or 2025-04-01-preview`: a current GA and the newest preview, unquoted.
std::string current_api_versions();
// The released version closest to a well-formed but unknown one (same preview-ness preferred).
std::string_view closest_api_version(std::string_view text);
// The model a model-version string belongs to ("2024-05-13" -> "gpt-4o"), or "".
std::string_view model_of_model_version(std::string_view text);

// Minimum api-versions for features (dated, inclusive).
inline constexpr std::string_view kMinAssistants = "2024-02-15-preview";
inline constexpr std::string_view kMinReasoning = "2024-12-01-preview";
inline constexpr std::string_view kMinMaxCompletionTokens = "2024-09-01-preview";
// a < b by date (then GA before preview of the same date); keywords are never older.
bool api_version_older(const ApiVersion& a, const ApiVersion& b);

}  // namespace azlint::azure
