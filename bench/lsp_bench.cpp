// Language server latency: the time from writing a `didChange` to reading the
// `publishDiagnostics` for that version, through the real framing, JSON-RPC and document store
// (the server runs in-process on pipes). Run: `make bench` (after the throughput table).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/lsp/fd_streambuf.h"
#include "corpus.h"
#include "lint/lsp/framing.h"
#include "lint/lsp/server.h"

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

using azlint::lsp::FdInBuf;

class FdOutBuf : public std::streambuf {
 public:
  explicit FdOutBuf(int fd) : fd_(fd) {}

 protected:
  int_type overflow(int_type c) override {
    if (c == traits_type::eof()) return c;
    char ch = static_cast<char>(c);
    return put(&ch, 1) ? c : traits_type::eof();
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override { return put(s, static_cast<size_t>(n)) ? n : 0; }

 private:
  bool put(const char* s, size_t n) {
    while (n > 0) {
      ssize_t w = ::write(fd_, s, n);
      if (w <= 0) return false;
      s += w;
      n -= static_cast<size_t>(w);
    }
    return true;
  }
  int fd_;
};

void write_all(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t w = ::write(fd, s.data() + done, s.size() - done);
    if (w <= 0) return;
    done += static_cast<size_t>(w);
  }
}

std::string frame(const json& j) {
  std::string b = j.dump();
  return "Content-Length: " + std::to_string(b.size()) + "\r\n\r\n" + b;
}

// Median and 90th percentile, in milliseconds, of didChange -> publishDiagnostics.
void measure(const char* name, const std::string& text, int rounds, int debounce_ms) {
  int to_server[2], from_server[2];
  if (::pipe(to_server) != 0 || ::pipe(from_server) != 0) return;
  FdInBuf server_in_buf(to_server[0]);
  FdOutBuf server_out_buf(from_server[1]);
  std::istream server_in(&server_in_buf);
  std::ostream server_out(&server_out_buf);
  azlint::lsp::ServerOptions o;
  o.debounce_ms = debounce_ms;
  if (std::getenv("AZLINT_BENCH_LOG")) o.log = &std::cerr;
  std::thread server([&] { azlint::lsp::run_server(server_in, server_out, o); });

  FdInBuf client_in_buf(from_server[0]);
  std::istream client_in(&client_in_buf);
  azlint::lsp::FrameReader reader(client_in);
  auto wait_publish = [&](int version) {
    for (;;) {
      auto f = reader.read();
      if (f.status == azlint::lsp::Frame::Status::Eof) return;
      if (f.status != azlint::lsp::Frame::Status::Ok) continue;
      json m = json::parse(f.body);
      if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"].value("version", -1) == version) return;
    }
  };

  const std::string uri = "file:///tmp/azlint-bench/librechat.yaml";
  write_all(to_server[1], frame({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}}}}));
  write_all(to_server[1], frame({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                                 {"params", {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}}}));
  wait_publish(1);
  // Each round types one character into the first line's comment-free end (a new last line).
  uint32_t lines = static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n'));
  std::vector<double> ms;
  for (int v = 2; v < 2 + rounds; ++v) {
    json change = {{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"},
                   {"params", {{"textDocument", {{"uri", uri}, {"version", v}}},
                               {"contentChanges", json::array({{{"range", {{"start", {{"line", lines}, {"character", v - 2}}}, {"end", {{"line", lines}, {"character", v - 2}}}}}, {"text", v == 2 ? "#" : "x"}}})}}}};
    std::string bytes = frame(change);
    auto t0 = Clock::now();
    write_all(to_server[1], bytes);
    wait_publish(v);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  write_all(to_server[1], frame({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}));
  write_all(to_server[1], frame({{"jsonrpc", "2.0"}, {"method", "exit"}}));
  ::close(to_server[1]);  // the reading thread ends at EOF
  server.join();
  ::close(to_server[0]);
  ::close(from_server[0]);
  ::close(from_server[1]);
  std::sort(ms.begin(), ms.end());
  std::printf("%-28s %9d ms %12.2f %12.2f\n", name, debounce_ms, ms[ms.size() / 2], ms[ms.size() * 9 / 10]);
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::atoi(argv[1]) : 30;
  std::string typical = azlint::bench::typical_config();
  std::string big = azlint::bench::config_of_size(1u << 20);
  std::printf("didChange -> publishDiagnostics, milliseconds (median, 90th percentile)\n");
  std::printf("%-28s %12s %12s %12s\n", "input", "debounce", "median", "p90");
  std::string t = "typical (" + std::to_string(typical.size()) + " B)";
  std::string b = "generated (" + std::to_string(big.size() / 1024) + " KiB)";
  measure(t.c_str(), typical, rounds, 0);
  measure(b.c_str(), big, std::max(5, rounds / 3), 0);
  measure(t.c_str(), typical, std::max(5, rounds / 3), 75);
  measure(b.c_str(), big, std::max(5, rounds / 3), 75);
  return 0;
}
