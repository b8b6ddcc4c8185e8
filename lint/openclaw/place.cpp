#include "lint/openclaw/place.h"

#include <utility>

namespace azlint::openclaw {

namespace {

// The innermost provider or model a pointer is in ("model \"gpt-4o\" of provider
// \"azure-openai\"") and the rest of the pointer below it ("/compat"); an empty owner elsewhere.
std::pair<std::string, std::string> split(PointerFinder& finder, const std::string& pointer) {
  static const std::string kProviders = "/models/providers/";
  if (pointer.rfind(kProviders, 0) != 0) return {};
  std::string rest = pointer.substr(kProviders.size());
  size_t slash = rest.find('/');
  std::string provider = "provider \"" + pointer_unescape(rest.substr(0, slash)) + "\"";
  if (slash == std::string::npos) return {provider, ""};
  std::string after = rest.substr(slash);
  static const std::string kModels = "/models/";
  if (after.rfind(kModels, 0) != 0) return {provider, after};
  std::string index = after.substr(kModels.size());
  size_t end = index.find('/');
  std::string below = end == std::string::npos ? std::string() : index.substr(end);
  index = index.substr(0, end);
  if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) return {provider, after};
  const Node* m = finder.find(kProviders + rest.substr(0, slash) + kModels + index);
  const Member* id = m && m->is_mapping() ? finder.member(*m, "id") : nullptr;
  const Node* mid = id ? &id->value : nullptr;
  std::string model = mid && mid->is_string() && !mid->text.empty() ? "model \"" + mid->text + "\""
                                                                     : "model " + std::to_string(std::stoul(index) + 1);
  return {model + " of " + provider, below};
}

}  // namespace

std::string dotted(const std::string& pointer) {
  std::string out;
  size_t pos = 0;
  while (pos < pointer.size()) {
    size_t next = pointer.find('/', pos + 1);
    if (!out.empty()) out += '.';
    out += pointer_unescape(std::string_view(pointer).substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1));
    pos = next == std::string::npos ? pointer.size() : next;
  }
  return out.empty() ? "<root>" : out;
}

std::string place(PointerFinder& finder, const std::string& pointer) {
  auto [owner, below] = split(finder, pointer);
  if (owner.empty() || below.empty()) return owner;
  return "`" + dotted(below) + "` of " + owner;
}

}  // namespace azlint::openclaw
