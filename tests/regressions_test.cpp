// Every input the fuzzers found a bug with (tests/regressions/<surface>/<name>), replayed through
// the same surface and invariants as the fuzz targets (fuzz/surfaces.cpp) with the normal build:
// the run ends (ctest's timeout catches a hang), nothing crashes, and every invariant holds.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/surfaces.h"

namespace fs = std::filesystem;

TEST_CASE("regressions: every saved fuzz input runs clean", "[regressions][fuzz]") {
  fs::path root = fs::path(AZLINT_SOURCE_DIR) / "tests" / "regressions";
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  for (const fs::path& file : files) {
    std::string surface_name = file.parent_path().filename().string();
    DYNAMIC_SECTION(surface_name << "/" << file.filename().string()) {
      auto surface = azlint::fuzz::parse_surface(surface_name);
      REQUIRE(surface);
      std::ifstream in(file, std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      azlint::fuzz::Problems p = azlint::fuzz::run_one(*surface, bytes.str());
      for (const std::string& line : p.list) UNSCOPED_INFO(line);
      CHECK(p.list.empty());
    }
  }
}
