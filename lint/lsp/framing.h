// LSP base protocol: `Content-Length: N\r\n\r\n<N bytes of JSON>` over a byte stream.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace azlint::lsp {

inline constexpr std::size_t kMaxMessageBytes = std::size_t(64) << 20;  // 64 MiB

struct Frame {
  enum class Status { Ok, Eof, BadHeader, TooLarge };
  Status status = Status::Eof;
  std::string body;   // Ok: the message body
  std::string error;  // BadHeader / TooLarge: what was wrong (no message content)
};

// Reads one framed message. Malformed headers are reported and skipped (the reader resyncs on
// the next `Content-Length:`), an oversized body is skipped unread, EOF ends the stream.
class FrameReader {
 public:
  explicit FrameReader(std::istream& in, std::size_t max_bytes = kMaxMessageBytes) : in_(in), max_(max_bytes) {}
  Frame read();

 private:
  bool read_line(std::string& line);  // false at EOF with nothing read
  std::istream& in_;
  std::size_t max_;
};

// Writes one framed message and flushes.
void write_frame(std::ostream& out, std::string_view body);
// The same, the body given as consecutive parts (a large one is not copied into one string).
void write_frame(std::ostream& out, std::initializer_list<std::string_view> body);

}  // namespace azlint::lsp
