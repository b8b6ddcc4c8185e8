// The git work tree a file is in: the nearest folder at or above it that holds `.git` (a folder,
// or the file a worktree or submodule has). Files found beside a config are looked for up to
// there; outside a work tree only in the config's own folder.
#pragma once
#include <string>

namespace azlint {

// The work-tree root above the folder `dir` (absolute, lexically normal), or "" outside one.
std::string work_tree_root(const std::string& dir);

}  // namespace azlint
