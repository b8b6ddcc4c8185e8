#include "lint/check_memo.h"

#include <unordered_map>

namespace azlint::check_memo {
namespace {

// More distinct paths than one config's check asks about: past it, the table starts again.
constexpr size_t kMaxAnswers = 4096;

thread_local std::unordered_map<std::string, std::string> answers[2];

}  // namespace

std::string remember(Table table, const std::string& key, std::string (*compute)(const std::string&)) {
  auto& t = answers[static_cast<int>(table)];
  if (auto it = t.find(key); it != t.end()) return it->second;
  if (t.size() >= kMaxAnswers) t.clear();
  return t.emplace(key, compute(key)).first->second;
}

void clear() {
  for (auto& t : answers) t.clear();
}

}  // namespace azlint::check_memo
