// The document's arena: what it keeps stays put, whichever thread asks. A linked document is
// shared by the checks of several threads, and views add their labels to its arena.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "lint/document.h"

using namespace azlint;

TEST_CASE("arena: texts kept by two threads at once are each intact") {
  NodeArena arena;
  constexpr int kPerThread = 50'000;
  std::vector<std::string_view> kept[2];
  auto keep_many = [&](int t) {
    for (int i = 0; i < kPerThread; ++i) kept[t].push_back(arena.keep(std::to_string(t) + ":" + std::to_string(i) + ":label"));
  };
  std::thread a(keep_many, 0), b(keep_many, 1);
  a.join();
  b.join();
  for (int t = 0; t < 2; ++t)
    for (int i = 0; i < kPerThread; ++i)
      REQUIRE(kept[t][i] == std::to_string(t) + ":" + std::to_string(i) + ":label");
}
