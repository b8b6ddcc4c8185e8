#include "lint/azure/non_chat_models.h"

#include <string>

#include "lint/ascii.h"
#include "lint/glob.h"

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

}  // namespace

const NonChatFamily* non_chat_family(std::string_view model) {
  const size_t slash = model.rfind('/');
  if (slash != std::string_view::npos) model.remove_prefix(slash + 1);
  if (model.empty()) return nullptr;
  const std::string name = ascii_lower(model);
  for (const NonChatFamily& f : kFamilies)
    if (glob(f.pattern, name)) return &f;
  return nullptr;
}

std::string_view non_chat_noun(NonChatKind kind) {
  switch (kind) {
    case NonChatKind::Image: return "an image-generation model";
    case NonChatKind::Transcription: return "a speech-to-text model";
    case NonChatKind::Speech: return "a text-to-speech model";
    case NonChatKind::Realtime: return "a realtime (audio) model";
    case NonChatKind::Embedding: return "an embedding model";
    case NonChatKind::Video: return "a video-generation model";
  }
  return "a model that is not a chat model";
}

std::string_view non_chat_route(NonChatKind kind) {
  switch (kind) {
    case NonChatKind::Image: return "/images/generations";
    case NonChatKind::Transcription: return "/audio/transcriptions";
    case NonChatKind::Speech: return "/audio/speech";
    case NonChatKind::Realtime: return "/realtime";
    case NonChatKind::Embedding: return "/embeddings";
    case NonChatKind::Video: return "/video/generations";
  }
  return "its own route";
}

std::string_view litellm_mode(NonChatKind kind) {
  switch (kind) {
    case NonChatKind::Image: return "image_generation";
    case NonChatKind::Transcription: return "audio_transcription";
    case NonChatKind::Speech: return "audio_speech";
    case NonChatKind::Realtime: return "realtime";
    case NonChatKind::Embedding: return "embedding";
    case NonChatKind::Video: return "video_generation";
  }
  return "chat";
}

std::string_view non_chat_answer() {
  return "Azure answers 400 OperationNotSupported (\"The chatCompletion operation does not work with the specified "
         "model\")";
}

}  // namespace azlint::azure
