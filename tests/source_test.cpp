#include <catch2/catch.hpp>

#include "lint/source.h"

using azlint::SourceFile;

TEST_CASE("source: offsets map to 1-based lines and code-point columns", "[source]") {
  SourceFile s("f", "ab\n日本x\n\nlast");
  CHECK(s.position(0).line == 1);
  CHECK(s.position(1).column == 2);
  CHECK(s.position(3).line == 2);
  CHECK(s.position(3).column == 1);
  CHECK(s.position(9).column == 3);  // after two 3-byte characters
  CHECK(s.position(11).line == 3);
  CHECK(s.position(12).line == 4);
  CHECK(s.position(999).line == 4);  // clamps
  CHECK(s.line_text(2) == "日本x");
  CHECK(s.line_count() == 4);
}

TEST_CASE("source: UTF-16 columns count surrogate pairs twice", "[source]") {
  SourceFile s("f", "a😀b日");
  CHECK(s.utf16_column(1) == 1);
  CHECK(s.utf16_column(5) == 3);  // after the emoji: 1 + 2
  CHECK(s.utf16_column(6) == 4);
  CHECK(s.utf16_column(9) == 5);
}

TEST_CASE("source: CRLF line ends are not part of the line", "[source]") {
  SourceFile s("f", "a: 1\r\nb: 2\r\n");
  CHECK(s.line_text(1) == "a: 1");
  CHECK(s.position(6).line == 2);
}
