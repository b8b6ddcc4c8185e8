#include "lint/azure/non_chat_models.h"

#include <string>

#include "lint/ascii.h"
#include "lint/wildcard.h"

namespace azlint::azure {
namespace {

// Azure OpenAI's non-chat model families (its model catalog: image, audio, realtime, embedding
// and video models). `gpt-4o-audio-preview` is a chat model and matches none of them.
constexpr NonChatFamily kFamilies[] = {
    {"dall-e-*", NonChatKind::Image},
    {"gpt-image-*", NonChatKind::Image},
    {"whisper*", NonChatKind::Transcription},
    {"gpt-4o*-transcribe*", NonChatKind::Transcription},
    {"tts-*", NonChatKind::Speech},
    {"*-tts", NonChatKind::Speech},
    {"*-realtime-*", NonChatKind::Realtime},
    {"*-realtime", NonChatKind::Realtime},
    {"text-embedding-*", NonChatKind::Embedding},
    {"sora*", NonChatKind::Video},
};

// What each kind is called, the route Azure serves it on, and LiteLLM's `model_info.mode` for it.
struct KindFacts {
  NonChatKind kind;
  std::string_view noun, route, mode;
};
constexpr KindFacts kKinds[] = {
    {NonChatKind::Image, "an image-generation model", "/images/generations", "image_generation"},
    {NonChatKind::Transcription, "a speech-to-text model", "/audio/transcriptions", "audio_transcription"},
    {NonChatKind::Speech, "a text-to-speech model", "/audio/speech", "audio_speech"},
    {NonChatKind::Realtime, "a realtime (audio) model", "/realtime", "realtime"},
    {NonChatKind::Embedding, "an embedding model", "/embeddings", "embedding"},
    {NonChatKind::Video, "a video-generation model", "/video/generations", "video_generation"},
};

const KindFacts& facts(NonChatKind kind) {
  for (const KindFacts& k : kKinds)
    if (k.kind == kind) return k;
  return kKinds[0];  // every kind is in the table
}

}  // namespace

const NonChatFamily* non_chat_family(std::string_view model) {
  const size_t slash = model.rfind('/');
  if (slash != std::string_view::npos) model.remove_prefix(slash + 1);
  if (model.empty()) return nullptr;
  const std::string name = ascii_lower(model);
  for (const NonChatFamily& f : kFamilies)
    if (wildcard_match(f.pattern, name)) return &f;
  return nullptr;
}

std::string_view non_chat_noun(NonChatKind kind) { return facts(kind).noun; }
std::string_view non_chat_route(NonChatKind kind) { return facts(kind).route; }
std::string_view litellm_mode(NonChatKind kind) { return facts(kind).mode; }

std::string_view non_chat_answer() {
  return "Azure answers 400 OperationNotSupported (\"The chatCompletion operation does not work with the specified "
         "model\")";
}

}  // namespace azlint::azure
