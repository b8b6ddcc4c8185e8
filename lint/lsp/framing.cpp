#include "lint/lsp/framing.h"

#include <cctype>

namespace azlint::lsp {

namespace {

constexpr std::size_t kMaxHeaderLine = 8192;

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool FrameReader::read_line(std::string& line) {
  line.clear();
  int c;
  bool any = false;
  while ((c = in_.get()) != std::char_traits<char>::eof()) {
    any = true;
    if (c == '\n') break;
    if (line.size() < kMaxHeaderLine) line.push_back(static_cast<char>(c));
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return any;
}

Frame FrameReader::read() {
  Frame f;
  std::string line;
  bool have_length = false, bad_length = false, any_header = false;
  unsigned long long length = 0;
  std::string junk;
  for (;;) {
    if (!read_line(line)) {
      f.status = any_header ? Frame::Status::BadHeader : Frame::Status::Eof;
      if (any_header) f.error = "end of input inside a message header";
      return f;
    }
    if (line.empty()) {
      if (!any_header) continue;  // stray blank line between messages
      break;
    }
    any_header = true;
    std::string low = lower(line);
    // Resync: junk before a header on the same line (e.g. the unread body of a bad message).
    std::size_t at = low.find("content-length:");
    if (at != std::string::npos && at > 0) {
      junk = "skipped " + std::to_string(at) + " bytes before a header";
      line.erase(0, at);
      low.erase(0, at);
    }
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) {
      junk = "not a header line";
      continue;
    }
    std::string name = lower(trim(std::string_view(line).substr(0, colon)));
    std::string_view value = trim(std::string_view(line).substr(colon + 1));
    if (name == "content-length") {
      unsigned long long v = 0;
      bool ok = !value.empty() && value.size() <= 19;
      for (char c : value) {
        if (c < '0' || c > '9') { ok = false; break; }
        v = v * 10 + static_cast<unsigned long long>(c - '0');
      }
      if (ok) {
        have_length = true;
        bad_length = false;
        length = v;
      } else {
        bad_length = true;
      }
    }
    // other headers (Content-Type) are accepted and ignored
  }
  if (!have_length) {
    f.status = Frame::Status::BadHeader;
    f.error = bad_length ? "invalid Content-Length" : "missing Content-Length";
    if (!junk.empty()) f.error += " (" + junk + ")";
    return f;
  }
  if (length > max_) {
    // Skip the body without keeping it.
    in_.ignore(static_cast<std::streamsize>(length));
    f.status = Frame::Status::TooLarge;
    f.error = "message of " + std::to_string(length) + " bytes is over the limit of " + std::to_string(max_);
    if (in_.eof()) in_.clear(std::ios::eofbit);
    return f;
  }
  f.body.resize(static_cast<std::size_t>(length));
  in_.read(f.body.data(), static_cast<std::streamsize>(length));
  if (static_cast<unsigned long long>(in_.gcount()) != length) {
    f.status = Frame::Status::BadHeader;
    f.error = "end of input inside a message body";
    f.body.clear();
    return f;
  }
  f.status = Frame::Status::Ok;
  return f;
}

void write_frame(std::ostream& out, std::string_view body) { write_frame(out, {body}); }

void write_frame(std::ostream& out, std::initializer_list<std::string_view> body) {
  std::size_t size = 0;
  for (std::string_view part : body) size += part.size();
  out << "Content-Length: " << size << "\r\n\r\n";
  for (std::string_view part : body) out.write(part.data(), static_cast<std::streamsize>(part.size()));
  out.flush();
}

}  // namespace azlint::lsp
