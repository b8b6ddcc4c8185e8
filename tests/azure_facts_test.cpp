// Unit tests for the Azure facts: api-versions (lint/azure/api_versions.h) and model names
// (lint/azure/models.h).
#include <catch2/catch.hpp>

#include "lint/azure/api_versions.h"
#include "lint/azure/models.h"
#include "lint/azure/non_chat_models.h"

using namespace azlint::azure;

TEST_CASE("parse_api_version accepts dated versions and keywords", "[azure]") {
  auto ga = parse_api_version("2024-10-21");
  REQUIRE(ga);
  CHECK(ga->dated());
  CHECK_FALSE(ga->preview);
  CHECK(ga->date() == 20241021);

  auto pre = parse_api_version("2024-12-01-preview");
  REQUIRE(pre);
  CHECK(pre->preview);

  for (const char* k : {"preview", "latest", "v1"}) {
    auto kw = parse_api_version(k);
    REQUIRE(kw);
    CHECK_FALSE(kw->dated());
    CHECK(kw->keyword == k);
  }
}

TEST_CASE("parse_api_version rejects malformed versions", "[azure]") {
  for (const char* bad : {"", "2024-02-15-previw", "api-version=2024-10-21", "1106-Preview", "2024-13-01",
                          "2023-02-29", "2024-1-05", "2024/10/21", " 2024-10-21", "2024-10-21-Preview", "Latest"}) {
    INFO(bad);
    CHECK_FALSE(parse_api_version(bad));
    CHECK_FALSE(malformed_reason(bad).empty());
  }
  CHECK(parse_api_version("2024-02-29"));  // a leap day
  CHECK(malformed_reason("2024-10-21").empty());
  CHECK(malformed_reason("2024-02-15-previw").find("-previw") != std::string::npos);
  CHECK(malformed_reason("2024-13-01").find("month 13") != std::string::npos);
  CHECK(malformed_reason("api-version=2024-10-21").find("api-version=") != std::string::npos);
}

TEST_CASE("released and retired api-versions", "[azure]") {
  for (const char* v : {"2022-12-01", "2023-05-15", "2024-02-01", "2024-06-01", "2024-10-21", "2024-02-15-preview",
                        "2024-09-01-preview", "2024-12-01-preview", "2025-04-01-preview"})
    CHECK(is_released_api_version(v));
  for (const char* v : {"2023-03-15-preview", "2023-07-01-preview", "2023-08-01-preview", "2023-09-01-preview",
                        "2023-12-01-preview", "2022-03-01-preview", "2022-06-01-preview"}) {
    CHECK(is_retired_api_version(v));
    CHECK(is_released_api_version(v));  // retired versions did exist
  }
  CHECK_FALSE(is_retired_api_version("2024-10-21"));
  CHECK_FALSE(is_retired_api_version("2023-06-01-preview"));
  CHECK_FALSE(is_released_api_version("2024-10-12"));
  CHECK_FALSE(is_released_api_version("preview"));
  CHECK(newest_known_api_version() == "2025-04-01-preview");
}

TEST_CASE("closest_api_version suggests a released neighbour", "[azure]") {
  CHECK(closest_api_version("2024-08-01") == "2024-08-01-preview");  // same date, the other kind
  CHECK(closest_api_version("2024-10-12") == "2024-10-21");          // nearest GA
  CHECK(closest_api_version("2024-11-15-preview") == "2024-12-01-preview");
  CHECK(closest_api_version("not-a-version").empty());
}

TEST_CASE("model versions are recognised case-insensitively", "[azure]") {
  CHECK(model_of_model_version("2024-05-13") == "gpt-4o");
  CHECK(model_of_model_version("2024-08-06") == "gpt-4o");
  CHECK(model_of_model_version("2024-11-20") == "gpt-4o");
  CHECK(model_of_model_version("2024-07-18") == "gpt-4o-mini");
  CHECK(model_of_model_version("1106-Preview") == "gpt-4");
  CHECK(model_of_model_version("1106-preview").find("gpt-4") == 0);
  CHECK(model_of_model_version("0125-PREVIEW").find("gpt-4") == 0);
  CHECK(model_of_model_version("0613").find("gpt-4") != std::string_view::npos);
  CHECK(model_of_model_version("0301") == "gpt-35-turbo");
  CHECK(model_of_model_version("2025-04-14") == "gpt-4.1");
  CHECK(model_of_model_version("2024-12-17") == "o1");
  CHECK(model_of_model_version("2025-01-31") == "o3-mini");
  CHECK(model_of_model_version("2025-08-07") == "gpt-5");
  CHECK(model_of_model_version("2024-10-21").empty());
  CHECK(model_of_model_version("2024-12-01-preview").empty());
}

TEST_CASE("api_version_older orders by date, GA before preview", "[azure]") {
  auto v = [](const char* s) { return *parse_api_version(s); };
  CHECK(api_version_older(v("2024-10-21"), v(kMinReasoning.data())));
  CHECK_FALSE(api_version_older(v("2024-12-01-preview"), v("2024-12-01-preview")));
  CHECK(api_version_older(v("2024-12-01"), v("2024-12-01-preview")));
  CHECK_FALSE(api_version_older(v("2024-12-01-preview"), v("2024-12-01")));
  CHECK(api_version_older(v("2024-02-01"), v("2024-02-15-preview")));
  CHECK_FALSE(api_version_older(v("2024-10-21"), v("2024-09-01-preview")));
  CHECK_FALSE(api_version_older(v("preview"), v("2024-12-01-preview")));
  CHECK_FALSE(api_version_older(v("latest"), v("2024-12-01-preview")));
}

TEST_CASE("model families", "[azure]") {
  for (const char* m : {"o1", "o1-mini", "o3", "o3-mini", "o3-pro", "o4-mini", "O3-Mini", "o1-preview"}) {
    INFO(m);
    CHECK(is_o_series(m));
    CHECK(is_reasoning_model(m));
  }
  for (const char* m : {"gpt-4o", "gpt-4o-mini", "demo10", "omni", "o", "gpt-4.1"}) {
    INFO(m);
    CHECK_FALSE(is_o_series(m));
    CHECK_FALSE(is_reasoning_model(m));
  }
  CHECK(is_reasoning_model("gpt-5"));
  CHECK(is_reasoning_model("gpt-5-mini"));
  CHECK(is_reasoning_model("gpt-5.1"));
  CHECK_FALSE(is_reasoning_model("gpt-5-chat"));
  CHECK_FALSE(is_reasoning_model("gpt-35-turbo"));  // Azure spelling of gpt-3.5-turbo
  CHECK_FALSE(is_reasoning_model("gpt-3.5-turbo"));
  CHECK_FALSE(is_o_series("gpt-5"));
}

TEST_CASE("responses-only models", "[azure]") {
  for (const char* m : {"o1-pro", "o3-pro", "O3-PRO", "o3-pro-2025-06-10", "codex-mini", "codex-mini-latest",
                        "gpt-5-pro", "gpt-5-codex", "gpt-5.1-codex", "gpt-5.1-codex-mini", "gpt-5.1-codex-max",
                        "computer-use-preview", "o3-deep-research", "o4-mini-deep-research"}) {
    INFO(m);
    CHECK(is_responses_only_model(m));
  }
  for (const char* m : {"o3", "o1", "o4-mini", "gpt-5", "gpt-5.1", "gpt-4o", "o1-prod", "o3-mini", "gpt-5-mini"}) {
    INFO(m);
    CHECK_FALSE(is_responses_only_model(m));
  }
}

TEST_CASE("known models match LibreChat's token keys by substring", "[azure]") {
  for (const char* m : {"gpt-4o", "gpt-4o-mini", "gpt-4", "gpt-4-turbo", "gpt-4-1106-preview", "gpt-4-vision-preview",
                        "gpt-3.5-turbo", "gpt-35-turbo", "gpt-4.1", "gpt-4.5-preview", "gpt-5", "o1", "o3-mini",
                        "o4-mini", "chatgpt-4o-latest", "text-davinci-003", "Mistral-large-2407", "mixtral-8x7b",
                        "Meta-Llama-3.1-70B-Instruct", "claude-3-5-sonnet", "gemini-1.5-pro", "command-r-plus",
                        "DeepSeek-R1", "grok-3", "GPT-4O"}) {
    INFO(m);
    CHECK(is_known_model(m));
  }
  for (const char* m : {"foo", "my-model", "gpt4o", "prod"}) {
    INFO(m);
    CHECK_FALSE(is_known_model(m));
  }
  CHECK(closest_known_model("gpt4o") == "gpt-4o");
  CHECK(closest_known_model("gpt-4o-mnii") == "gpt-4o-mini");
  CHECK(closest_known_model("completely-unrelated-name").empty());
}

TEST_CASE("non_chat_family: the model families that are not chat models", "[azure]") {
  struct Case {
    const char* model;
    NonChatKind kind;
  };
  for (const Case& c : {Case{"dall-e-3", NonChatKind::Image}, Case{"azure/DALL-E-2", NonChatKind::Image},
                        Case{"gpt-image-1", NonChatKind::Image}, Case{"gpt-image-1-mini", NonChatKind::Image},
                        Case{"whisper", NonChatKind::Transcription}, Case{"whisper-1", NonChatKind::Transcription},
                        Case{"gpt-4o-transcribe", NonChatKind::Transcription},
                        Case{"gpt-4o-mini-transcribe", NonChatKind::Transcription},
                        Case{"tts-1-hd", NonChatKind::Speech}, Case{"gpt-4o-mini-tts", NonChatKind::Speech},
                        Case{"gpt-4o-realtime-preview", NonChatKind::Realtime}, Case{"gpt-realtime", NonChatKind::Realtime},
                        Case{"text-embedding-3-large", NonChatKind::Embedding}, Case{"sora", NonChatKind::Video}}) {
    INFO(c.model);
    const NonChatFamily* f = non_chat_family(c.model);
    REQUIRE(f);
    CHECK(f->kind == c.kind);
  }
  // Chat models, including the audio one that answers chat completions, and near names.
  for (const char* m : {"gpt-4o-audio-preview", "gpt-4o", "gpt-4.1", "o3-mini", "gpt-5.2-chat", "my-whisperer-chat",
                        "text-davinci-003", "dall-e", "", "azure/"}) {
    INFO(m);
    CHECK(non_chat_family(m) == nullptr);
  }
}
