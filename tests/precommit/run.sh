#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml) really blocks a broken config and lets the fixed
# one through: in a throw-away git repository, a .pre-commit-config.yaml installs the `azlint`
# hook from this checkout by path and revision; `pre-commit run --all-files` and a real
# `git commit` (hook installed with `pre-commit install`) fail on a librechat.yaml with a
# duplicate group, naming the rule, and pass once it is fixed.
#
# Usage: run.sh <path to the built azlint> <source dir>     (exit 77 = skipped)
set -euo pipefail

. "$(dirname "$0")/lib.sh"
precommit_setup "$1" "$2"

# ---- the user's repository
user_repository "$tmp/work"
printf '.env\n' >.gitignore
git add .pre-commit-config.yaml .gitignore
git commit --quiet -m "pre-commit config"

# The key lives in an untracked .env beside the config, as in a real deployment.
printf 'WESTUS_API_KEY=dummy\nEASTUS_API_KEY=dummy\n' >.env
write_librechat() {  # $1: the second group's name
  cat >librechat.yaml <<EOF
version: "1.3.17"
endpoints:
  azureOpenAI:
    groups:
      - group: "westus"
        apiKey: "\${WESTUS_API_KEY}"
        instanceName: "contoso-westus"
        version: "2024-10-21"
        models:
          gpt-4o:
            deploymentName: "gpt-4o"
      - group: "$1"
        apiKey: "\${EASTUS_API_KEY}"
        instanceName: "contoso-eastus"
        version: "2024-10-21"
        models:
          gpt-4o-mini:
            deploymentName: "gpt-4o-mini"
EOF
}
write_librechat westus   # the same group name twice: LibreChat refuses to start
# Files the hook must leave alone or let through: an unrelated broken YAML (not matched by
# `files`), and a generic config.yaml that is no gateway config (matched; only an info).
printf 'services:\n  web: [\n' >docker-compose.yml
printf 'log_level: debug\nretries: 3\n' >config.yaml
git add librechat.yaml docker-compose.yml config.yaml

expect_blocked() {  # $1: what ran
  grep -q 'librechat/duplicate-group' "$log" || fail "$1: the log does not name librechat/duplicate-group"
  grep -q '^librechat.yaml:12:16: error: group "westus" is defined twice' "$log" \
    || fail "$1: azlint's text diagnostic (file:line:col: error: …) is not in the log"
  grep -q '^1 error, 0 warnings, 1 info in 2 files checked against librechat 0.8.524$' "$log" || fail "$1: azlint's summary line is not in the log"
  grep -q 'docker-compose' "$log" && fail "$1: docker-compose.yml was passed to azlint"
  if grep -q $'\e' "$log"; then fail "$1: escape sequences in the log (colour is not readable there)"; fi
  return 0
}

# 1. pre-commit run --all-files fails on the broken file and names the rule.
if pre-commit run --all-files --color never >"$log" 2>&1; then
  fail "pre-commit run --all-files passed on a librechat.yaml with a duplicate group"
fi
grep -q '^azlint\.*Failed' "$log" || fail "pre-commit run: no 'azlint...Failed' line"
expect_blocked "pre-commit run --all-files"
echo "ok: pre-commit run --all-files blocks the broken librechat.yaml:"
sed -n '/^librechat.yaml:12:16/p' "$log" | sed 's/^/    /'

# 2. With the hook installed, a real git commit is refused.
pre-commit install >"$log" 2>&1 || fail "pre-commit install"
head_before=$(git rev-parse HEAD)
if git commit -m "broken config" >"$log" 2>&1; then
  fail "git commit succeeded with a librechat.yaml with a duplicate group"
fi
[ "$(git rev-parse HEAD)" = "$head_before" ] || fail "git commit created a commit despite the failing hook"
expect_blocked "git commit"
echo "ok: git commit is refused by the hook"

# 3. Fixed: pre-commit passes and the commit goes through.
write_librechat eastus
git add librechat.yaml
pre-commit run --all-files --color never >"$log" 2>&1 || fail "pre-commit run --all-files failed on the fixed librechat.yaml"
grep -q '^azlint\.*Passed' "$log" || fail "pre-commit run: no 'azlint...Passed' line"
echo "ok: pre-commit run --all-files passes on the fixed librechat.yaml"
git commit -m "fixed config" >"$log" 2>&1 || fail "git commit of the fixed librechat.yaml failed"
[ "$(git rev-parse HEAD)" != "$head_before" ] || fail "git commit made no commit"
git cat-file -e HEAD:librechat.yaml || fail "librechat.yaml is not in the new commit"
grep -q '^azlint\.*Passed' "$log" || fail "git commit: the hook did not run (no 'azlint...Passed' line)"
echo "ok: git commit of the fixed librechat.yaml succeeds"
echo "precommit OK"
