// Azure OpenAI inference api-versions, from the folders of azure-rest-api-specs
// (specification/cognitiveservices/data-plane/AzureOpenAI/inference) and Microsoft's
// api-version lifecycle / deprecation pages (see shared/reference/litellm-openwebui-azure.md C1).
#include "lint/azure/api_versions.h"
#include "lint/ascii.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <string>

namespace azlint::azure {
namespace {

// Every dated inference api-version azlint knows, oldest first (retired ones included:
// they did exist).
constexpr std::array<std::string_view, 27> kReleased = {
    "2022-03-01-preview", "2022-06-01-preview", "2022-12-01",         "2023-03-15-preview",
    "2023-05-15",         "2023-06-01-preview", "2023-07-01-preview", "2023-08-01-preview",
    "2023-09-01-preview", "2023-10-01-preview", "2023-12-01-preview", "2024-02-01",
    "2024-02-15-preview", "2024-03-01-preview", "2024-04-01-preview", "2024-05-01-preview",
    "2024-06-01",         "2024-07-01-preview", "2024-08-01-preview", "2024-09-01-preview",
    "2024-10-01-preview", "2024-10-21",         "2024-12-01-preview", "2025-01-01-preview",
    "2025-02-01-preview", "2025-03-01-preview", "2025-04-01-preview",
};

constexpr std::array<std::string_view, 7> kRetired = {
    "2022-03-01-preview", "2022-06-01-preview", "2023-03-15-preview", "2023-07-01-preview",
    "2023-08-01-preview", "2023-09-01-preview", "2023-12-01-preview",
};

constexpr std::array<std::string_view, 3> kKeywords = {"preview", "latest", "v1"};

struct ModelVersion {
  std::string_view version;  // lower case
  std::string_view model;
};

// Azure model versions (the `version` of a model on a deployment), which users paste as api-versions.
constexpr std::array<ModelVersion, 22> kModelVersions = {{
    {"2024-05-13", "gpt-4o"},
    {"2024-08-06", "gpt-4o"},
    {"2024-11-20", "gpt-4o"},
    {"2024-07-18", "gpt-4o-mini"},
    {"2024-04-09", "gpt-4"},
    {"turbo-2024-04-09", "gpt-4"},
    {"1106-preview", "gpt-4"},
    {"0125-preview", "gpt-4"},
    {"vision-preview", "gpt-4"},
    {"0613", "gpt-4 or gpt-35-turbo"},
    {"0314", "gpt-4"},
    {"0301", "gpt-35-turbo"},
    {"1106", "gpt-35-turbo"},
    {"0125", "gpt-35-turbo"},
    {"2025-04-14", "gpt-4.1"},
    {"2025-02-27", "gpt-4.5-preview"},
    {"2024-12-17", "o1"},
    {"2024-09-12", "o1-preview and o1-mini"},
    {"2025-01-31", "o3-mini"},
    {"2025-04-16", "o3 and o4-mini"},
    {"2025-08-07", "gpt-5"},
    {"2025-11-13", "gpt-5.1"},
}};

std::string lower(std::string_view s) { return ascii_lower(s); }

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) { return std::atoi(std::string(s).c_str()); }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

// Days since a fixed epoch (civil calendar), for "closest" comparisons.
long day_number(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe;
}

// `YYYY-MM-DD` shape (digits and dashes in place); does not check the calendar.
bool date_shape(std::string_view s) {
  return s.size() >= 10 && digits(s.substr(0, 4)) && s[4] == '-' && digits(s.substr(5, 2)) && s[7] == '-' &&
         digits(s.substr(8, 2));
}

}  // namespace

std::optional<ApiVersion> parse_api_version(std::string_view text) {
  for (std::string_view k : kKeywords) {
    if (text == k) {
      ApiVersion v;
      v.keyword = k;
      return v;
    }
  }
  if (!date_shape(text)) return std::nullopt;
  ApiVersion v;
  std::string_view rest = text.substr(10);
  if (rest == "-preview") {
    v.preview = true;
  } else if (!rest.empty()) {
    return std::nullopt;
  }
  v.year = to_int(text.substr(0, 4));
  v.month = to_int(text.substr(5, 2));
  v.day = to_int(text.substr(8, 2));
  if (v.year < 1900 || v.month < 1 || v.month > 12 || v.day < 1 || v.day > days_in_month(v.year, v.month))
    return std::nullopt;
  return v;
}

std::string malformed_reason(std::string_view text) {
  if (parse_api_version(text)) return "";
  if (text.empty()) return "the value is empty";
  if (text.front() == ' ' || text.back() == ' ' || text.front() == '\t' || text.back() == '\t')
    return "it has leading or trailing spaces";
  std::string low = lower(text);
  if (low.rfind("api-version=", 0) == 0 || low.rfind("?api-version=", 0) == 0)
    return "it includes the query parameter name `api-version=`";
  for (std::string_view k : kKeywords)
    if (low == k) return "the keyword must be lower case (`" + std::string(k) + "`)";
  if (date_shape(text)) {
    std::string_view rest = text.substr(10);
    if (!rest.empty()) {
      if (lower(rest) == "-preview") return "the suffix must be lower case (`-preview`)";
      return "`" + std::string(rest) + "` is not a known suffix (expected `-preview` or none)";
    }
    int y = to_int(text.substr(0, 4)), m = to_int(text.substr(5, 2)), d = to_int(text.substr(8, 2));
    if (m < 1 || m > 12) return "month " + std::string(text.substr(5, 2)) + " does not exist";
    if (y < 1900 || d < 1 || d > days_in_month(y, m))
      return std::string(text.substr(0, 10)) + " is not a calendar date";
  }
  bool has_slash = text.find('/') != std::string_view::npos;
  if (has_slash) return "it uses slashes instead of dashes (expected `YYYY-MM-DD`)";
  return "expected `YYYY-MM-DD` or `YYYY-MM-DD-preview`";
}

bool is_released_api_version(std::string_view text) {
  for (std::string_view v : kReleased)
    if (v == text) return true;
  return false;
}

bool is_retired_api_version(std::string_view text) {
  for (std::string_view v : kRetired)
    if (v == text) return true;
  return false;
}

std::string_view newest_known_api_version() {
  // kReleased is sorted by date; of the same date GA sorts before preview.
  return kReleased.back();
}

std::string latest_ga_quoted() { return "\"" + std::string(kLatestGa) + "\" (the latest GA)"; }

std::string current_api_versions() {
  return std::string(kLatestGa) + " (GA) or " + std::string(newest_known_api_version());
}

std::string_view closest_api_version(std::string_view text) {
  std::optional<ApiVersion> v = parse_api_version(text);
  if (!v || !v->dated()) return {};
  std::string base(text.substr(0, 10));
  // The same date with the other preview-ness (`2024-08-01` for `2024-08-01-preview`).
  std::string other = v->preview ? base : base + "-preview";
  for (std::string_view r : kReleased)
    if (r == other && !is_retired_api_version(r)) return r;
  const long day = day_number(v->year, v->month, v->day);
  std::string_view best;
  long best_d = 0;
  for (int pass = 0; pass < 2 && best.empty(); ++pass) {
    for (std::string_view r : kReleased) {
      if (is_retired_api_version(r)) continue;
      std::optional<ApiVersion> rv = parse_api_version(r);
      if (pass == 0 && rv->preview != v->preview) continue;
      long d = std::labs(day_number(rv->year, rv->month, rv->day) - day);
      if (best.empty() || d <= best_d) {  // ties go to the newer version
        best = r;
        best_d = d;
      }
    }
  }
  return best;
}

std::string_view model_of_model_version(std::string_view text) {
  std::string low = lower(text);
  for (const ModelVersion& mv : kModelVersions)
    if (mv.version == low) return mv.model;
  return {};
}

bool api_version_older(const ApiVersion& a, const ApiVersion& b) {
  if (!a.dated() || !b.dated()) return false;
  if (a.date() != b.date()) return a.date() < b.date();
  return !a.preview && b.preview;
}

}  // namespace azlint::azure
