// Generated benchmark inputs: a typical librechat.yaml and one grown to a target size.
#pragma once
#include <string>

namespace azlint::bench {

// A realistic config: a few Azure groups, a serverless group, custom endpoints, interface.
std::string typical_config();
// The typical config with Azure groups appended until it is at least `bytes` long.
std::string config_of_size(size_t bytes);

}  // namespace azlint::bench
