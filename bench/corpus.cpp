#include "corpus.h"

#include <fmt/format.h>

namespace azlint::bench {

namespace {

std::string group(int i) {
  return fmt::format(
      "      - group: \"region-{0}\"\n"
      "        apiKey: \"${{REGION_{0}_API_KEY}}\"\n"
      "        instanceName: \"contoso-region-{0}\"\n"
      "        version: \"2024-10-21\"\n"
      "        additionalHeaders:\n"
      "          X-Team: \"team-{0}\"\n"
      "        models:\n"
      "          gpt-4o-r{0}:\n"
      "            deploymentName: \"gpt-4o\"\n"
      "          gpt-4o-mini-r{0}:\n"
      "            deploymentName: \"gpt-4o-mini\"\n"
      "          o3-mini-r{0}:\n"
      "            deploymentName: \"o3-mini\"\n"
      "            version: \"2024-12-01-preview\"\n",
      i);
}

}  // namespace

std::string typical_config() {
  std::string s =
      "version: \"1.2.1\"\n"
      "cache: true\n"
      "interface:\n"
      "  customWelcome: \"Welcome\"\n"
      "  privacyPolicy:\n"
      "    externalUrl: \"https://example.com/privacy\"\n"
      "registration:\n"
      "  socialLogins: [\"github\", \"google\"]\n"
      "endpoints:\n"
      "  custom:\n"
      "    - name: \"ollama\"\n"
      "      apiKey: \"ollama\"\n"
      "      baseURL: \"http://localhost:11434/v1\"\n"
      "      models:\n"
      "        default: [\"llama3\", \"qwen2\"]\n"
      "  azureOpenAI:\n"
      "    titleConvo: true\n"
      "    titleModel: \"gpt-4o-mini-r0\"\n"
      "    groups:\n";
  for (int i = 0; i < 3; ++i) s += group(i);
  s +=
      "      - group: \"mistral\"\n"
      "        apiKey: \"${MISTRAL_API_KEY}\"\n"
      "        baseURL: \"https://mistral-large.eastus2.inference.ai.azure.com/v1/chat/completions\"\n"
      "        serverless: true\n"
      "        models:\n"
      "          mistral-large: true\n";
  return s;
}

std::string config_of_size(size_t bytes) {
  std::string s = typical_config();
  for (int i = 3; s.size() < bytes; ++i) s += group(i);
  return s;
}

}  // namespace azlint::bench
