// The one table of model families that are not chat models — image, audio, realtime, embedding
// and video models — which a gateway must not send chat completions to (`non-chat-model`).
#pragma once
#include <string_view>

namespace azlint::azure {

enum class NonChatKind { Image, Transcription, Speech, Realtime, Embedding, Video };

struct NonChatFamily {
  std::string_view pattern;  // a glob on the lower-case name: `*` is any run of characters
  NonChatKind kind;
};

// The family a model or deployment name belongs to (matched on the part after the last `/`,
// ignoring case: `azure/dall-e-3` is `dall-e-3`), or nullptr for any other name — chat models,
// unknown names, and `gpt-4o-audio-preview` (audio in and out through chat completions).
const NonChatFamily* non_chat_family(std::string_view model);

// "an image-generation model", "a speech-to-text model", …
std::string_view non_chat_noun(NonChatKind kind);
// The route the model is served on ("/images/generations").
std::string_view non_chat_route(NonChatKind kind);
// LiteLLM's `model_info.mode` for it ("image_generation").
std::string_view litellm_mode(NonChatKind kind);

// What Azure answers a chat-completions request to such a model:
// `400 OperationNotSupported ("The chatCompletion operation does not work with the specified model, …")`.
std::string_view non_chat_answer();

}  // namespace azlint::azure
