// The floor of a cold start for `make bench` (bench/cold_start.cpp): a C++ hello world that links
// libstdc++ only.
#include <iostream>

int main() {
  std::cout << "hello world\n";
  return 0;
}
