// OpenAI model-name facts. The known-model list is the key set of LibreChat's token tables
// (packages/data-provider/src/tokens.ts: openAI, google, anthropic, mistral, cohere, deepseek,
// moonshot, meta, qwen, ai21, amazon, xAI, gpt-oss/GLM), plus a few older keys and Azure's
// spellings. LibreChat matches a model name by substring: the lower-cased name contains the key.
#include "lint/azure/models.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/ascii.h"

namespace azlint::azure {
namespace {

constexpr std::string_view kKnownModels[] = {
    // openAI (= Azure)
    "o4-mini", "o3-mini", "o3", "o1", "o1-mini", "o1-preview", "gpt-4", "gpt-4-0613", "gpt-4-32k",
    "gpt-4-32k-0314", "gpt-4-32k-0613", "gpt-4-1106", "gpt-4-0125", "gpt-4.5", "gpt-4.1", "gpt-4.1-mini",
    "gpt-4.1-nano", "gpt-5", "gpt-5.1", "gpt-5.2", "gpt-5-mini", "gpt-5-nano", "gpt-5-pro", "gpt-4o",
    "gpt-4o-mini", "gpt-4o-2024-05-13", "gpt-4o-2024-08-06", "gpt-4-turbo", "gpt-4-vision", "gpt-3.5-turbo",
    "gpt-3.5-turbo-0613", "gpt-3.5-turbo-0301", "gpt-3.5-turbo-16k", "gpt-3.5-turbo-16k-0613",
    "gpt-3.5-turbo-1106", "gpt-3.5-turbo-0125",
    // Azure's spelling of gpt-3.5 (LibreChat strips the period from Azure deployment names)
    "gpt-35-turbo", "gpt-35-turbo-16k",
    // google
    "gemma", "gemma-2", "gemma-3", "gemma-3-27b", "gemini", "gemini-pro-vision", "gemini-exp", "gemini-3",
    "gemini-3-pro-image", "gemini-2.5", "gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.5-flash-image",
    "gemini-2.5-flash-lite", "gemini-2.0", "gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-1.5",
    "gemini-1.5-flash", "gemini-1.5-flash-8b", "text-bison-32k", "chat-bison-32k", "code-bison-32k",
    "codechat-bison-32k", "code-", "codechat-", "text-", "chat-",
    // anthropic
    "claude-", "claude-instant", "claude-2", "claude-2.1", "claude-3", "claude-3-haiku", "claude-3-sonnet",
    "claude-3-opus", "claude-3.5-haiku", "claude-3-5-haiku", "claude-3-5-sonnet", "claude-3.5-sonnet",
    "claude-3-7-sonnet", "claude-3.7-sonnet", "claude-3-5-sonnet-latest", "claude-3.5-sonnet-latest",
    "claude-haiku-4-5", "claude-sonnet-4", "claude-4", "claude-opus-4", "claude-opus-4-5", "claude-opus-4-6",
    // mistral
    "mistral-", "mistral-7b", "mistral-small", "mixtral-8x7b", "mixtral-8x22b", "mistral-large",
    "mistral-large-2402", "mistral-large-2407", "mistral-nemo", "pixtral-large", "mistral-saba", "codestral",
    "ministral-8b", "ministral-3b",
    // cohere
    "command-light", "command-light-nightly", "command", "command-nightly", "command-text", "command-r",
    "command-r-plus",
    // deepseek
    "deepseek", "deepseek-chat", "deepseek-reasoner", "deepseek-r1", "deepseek-v3", "deepseek.r1",
    // moonshot
    "kimi", "moonshot", "kimi-latest", "kimi-k2", "kimi-k2.5", "kimi-k2-turbo", "kimi-k2-thinking",
    "moonshot-v1", "moonshot.kimi",
    // meta
    "llama3", "llama2", "llama-3", "llama-2", "llama3.1", "llama3.2", "llama3.3", "llama3-1", "llama3-2",
    "llama3-3", "llama-3.1", "llama-3.2", "llama-3.3", "llama-3.1-405b", "llama-3.1-70b", "llama-3.1-8b",
    "llama-3.3-70b", "llama3-70b", "llama3-8b", "llama2-70b", "llama2-13b",
    // qwen
    "qwen", "qwen2.5", "qwen-turbo", "qwen-plus", "qwen-max", "qwq-32b", "qwen3", "qwen3-coder", "qwen3-max",
    // ai21, amazon
    "j2-mid", "j2-ultra", "jamba-instruct", "titan-text-lite", "titan-text-express", "titan-text-premier",
    "nova-micro", "nova-lite", "nova-pro", "nova-premier",
    // xAI
    "grok", "grok-beta", "grok-2", "grok-3", "grok-3-mini", "grok-4", "grok-4-fast", "grok-code-fast",
    // gpt-oss, GLM
    "gpt-oss", "gpt-oss-20b", "gpt-oss-120b", "glm4", "glm-4", "glm-4.5", "glm-4.6",
};

// Names used for did-you-mean (full model names, not LibreChat's partial keys such as "text-").
constexpr std::string_view kSuggestions[] = {
    "o1", "o1-mini", "o1-preview", "o3", "o3-mini", "o3-pro", "o4-mini", "gpt-4", "gpt-4-32k", "gpt-4-turbo",
    "gpt-4-vision-preview", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.5-preview",
    "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-chat", "gpt-5.1", "gpt-5.2", "gpt-35-turbo", "gpt-35-turbo-16k",
    "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-oss-120b", "gpt-oss-20b", "chatgpt-4o-latest",
    "text-embedding-3-large", "text-embedding-3-small", "text-embedding-ada-002",
    "mistral-large", "mistral-small", "codestral", "deepseek-r1", "deepseek-v3", "grok-3", "grok-4",
    "llama-3.3-70b", "command-r", "command-r-plus",
};

constexpr std::string_view kResponsesOnly[] = {
    "o1-pro", "o3-pro", "codex-mini", "gpt-5-pro", "gpt-5-codex", "computer-use-preview",
    "o3-deep-research", "o4-mini-deep-research",
};

std::string lower(std::string_view s) { return ascii_lower(s); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `name` is `base` or `base` followed by a suffix after a separator (`o3-pro-2025-06-10`).
bool is_or_extends(std::string_view name, std::string_view base) {
  if (name.size() < base.size() || name.compare(0, base.size(), base) != 0) return false;
  return name.size() == base.size() || name[base.size()] == '-' || name[base.size()] == '_' ||
         name[base.size()] == '.';
}

// The minor-version-free family: "gpt-5.1-codex-max" -> "gpt-5-codex-max" (gpt-N.M -> gpt-N).
std::string drop_minor(std::string name) {
  if (name.rfind("gpt-", 0) == 0) {
    size_t i = 4;
    while (i < name.size() && is_digit(name[i])) ++i;
    if (i > 4 && i < name.size() && name[i] == '.') {
      size_t j = i + 1;
      while (j < name.size() && is_digit(name[j])) ++j;
      if (j > i + 1) name.erase(i, j - i);
    }
  }
  return name;
}

}  // namespace

bool is_o_series(std::string_view model) {
  std::string m = lower(model);
  if (m.size() < 2 || m[0] != 'o' || !is_digit(m[1])) return false;
  size_t i = 1;
  while (i < m.size() && is_digit(m[i])) ++i;
  return i == m.size() || m[i] == '-' || m[i] == '_' || m[i] == '.';
}

bool is_reasoning_model(std::string_view model) {
  if (is_o_series(model)) return true;
  std::string m = lower(model);
  if (is_or_extends(m, "codex-mini")) return true;
  // gpt-N with N >= 5 (gpt-5, gpt-5-mini, gpt-5.1, ...), except the non-reasoning chat variants.
  if (m.rfind("gpt-", 0) != 0) return false;
  size_t i = 4, start = 4;
  while (i < m.size() && is_digit(m[i])) ++i;
  if (i == start || i - start > 1) return false;  // gpt-35-turbo is Azure's gpt-3.5-turbo, not "gpt-35"
  int major = std::stoi(m.substr(start, i - start));
  if (major < 5) return false;
  if (i < m.size() && m[i] != '-' && m[i] != '.' && m[i] != '_') return false;
  return m.find("-chat") == std::string::npos;
}

bool is_responses_only_model(std::string_view model) {
  std::string m = drop_minor(lower(model));
  for (std::string_view r : kResponsesOnly)
    if (is_or_extends(m, r)) return true;
  return false;
}

bool is_known_model(std::string_view model) {
  std::string m = lower(model);
  for (std::string_view k : kKnownModels)
    if (m.find(k) != std::string::npos) return true;
  return false;
}

std::string_view closest_known_model(std::string_view model) {
  static const std::vector<std::string_view> candidates(std::begin(kSuggestions), std::end(kSuggestions));
  return did_you_mean(model, candidates);
}

std::string responses_only_answer(std::string_view model) {
  return "Azure answers 400 \"The chatCompletion operation does not work with the specified model, " + std::string(model) + "\"";
}

}  // namespace azlint::azure
