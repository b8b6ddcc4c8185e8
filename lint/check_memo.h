// Answers about the filesystem kept for one file's check: the rules of a large config ask the
// same of every provider (the key a path is known by, the work tree a folder is in), and each
// answer costs system calls. Per thread, cleared after each file (Project::unpin), so a check
// never sees an answer older than its own start; bounded.
#pragma once
#include <string>

namespace azlint::check_memo {

enum class Table { KeyOf, WorkTreeRoot };

// compute(key), remembered in `table` for this thread's current check.
std::string remember(Table table, const std::string& key, std::string (*compute)(const std::string&));
// Forgets this thread's answers (after each file checked).
void clear();

}  // namespace azlint::check_memo
