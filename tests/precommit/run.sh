#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml) really blocks a broken config and lets the fixed
# one through: in a throw-away git repository, a .pre-commit-config.yaml installs the `azlint`
# hook from this checkout by path and revision; `pre-commit run --all-files` and a real
# `git commit` (hook installed with `pre-commit install`) fail on a librechat.yaml with a
# duplicate group, naming the rule, and pass once it is fixed.
#
# pre-commit clones the hook repository at `rev`, so it only sees a committed
# .pre-commit-hooks.yaml. The test therefore snapshots this checkout: it clones it into a
# temporary directory, copies in the working tree's .pre-commit-hooks.yaml, commits it there
# when it differs, and points `repo`/`rev` at that clone. With a clean checkout (CI), the
# snapshot's HEAD is the checkout's HEAD. Nothing touches the network or the user's config:
# HOME, XDG dirs and PRE_COMMIT_HOME are temporary, and `language: system` installs nothing.
#
# Usage: run.sh <path to the built azlint> <source dir>     (exit 77 = skipped)
set -euo pipefail

azlint_bin=$1
src=$(cd "$2" && pwd)

command -v git >/dev/null || { echo "git not installed: skipped (apt-get install git, or make deps)"; exit 77; }
command -v pre-commit >/dev/null || { echo "pre-commit not installed: skipped (apt-get install pre-commit, or make deps)"; exit 77; }
[ -x "$azlint_bin" ] || { echo "FAIL: azlint binary not found at $azlint_bin"; exit 1; }
[ -f "$src/.pre-commit-hooks.yaml" ] || { echo "FAIL: $src/.pre-commit-hooks.yaml is missing"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
log=$tmp/log

fail() {
  echo "FAIL: $*"
  if [ -f "$log" ]; then
    echo "---- last output ----"
    cat "$log"
    echo "---------------------"
  fi
  exit 1
}

# Isolation: a fresh HOME (so no ~/.gitconfig, ~/.cache/pre-commit), no inherited git state
# (e.g. when the suite itself runs from a git hook), no system git config.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES \
      GIT_CONFIG GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT GIT_CEILING_DIRECTORIES PRE_COMMIT_COLOR
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_CACHE_HOME=$tmp/home/.cache
export PRE_COMMIT_HOME=$tmp/pre-commit-home GIT_CONFIG_NOSYSTEM=1
export GIT_TERMINAL_PROMPT=0 NO_COLOR=1 TERM=dumb
mkdir -p "$HOME" "$PRE_COMMIT_HOME"
git config --global user.name "azlint test"
git config --global user.email "azlint-test@example.invalid"
git config --global init.defaultBranch main
git config --global commit.gpgSign false
# The checkout may belong to another user than the one running the suite (CI containers).
git config --global safe.directory '*'

# The hook's azlint is the one on PATH: put the built binary's directory first.
PATH=$(cd "$(dirname "$azlint_bin")" && pwd):$PATH
export PATH
[ "$(command -v azlint)" -ef "$azlint_bin" ] || fail "azlint on PATH is $(command -v azlint), not $azlint_bin"

# ---- the hook repository: a snapshot of this checkout with the working tree's hooks file
hookrepo=$tmp/hookrepo
if git -C "$src" rev-parse --verify -q HEAD >/dev/null 2>&1; then
  git clone --quiet "$src" "$hookrepo" || fail "git clone $src"
else
  # Not a git checkout (a source tarball): a repository holding just the hooks file.
  git init --quiet "$hookrepo"
fi
cp "$src/.pre-commit-hooks.yaml" "$hookrepo/.pre-commit-hooks.yaml"
git -C "$hookrepo" add .pre-commit-hooks.yaml
if ! git -C "$hookrepo" diff --cached --quiet 2>/dev/null || ! git -C "$hookrepo" rev-parse -q --verify HEAD >/dev/null; then
  git -C "$hookrepo" commit --quiet -m "test snapshot: working-tree .pre-commit-hooks.yaml"
  echo "hook repo: snapshot of $src with its working-tree .pre-commit-hooks.yaml"
else
  echo "hook repo: $src at its HEAD (.pre-commit-hooks.yaml committed)"
fi
rev=$(git -C "$hookrepo" rev-parse HEAD)

# ---- the user's repository
work=$tmp/work
git init --quiet "$work"
cd "$work"
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $hookrepo
    rev: $rev
    hooks:
      - id: azlint
EOF
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
  grep -q '^1 error, 0 warnings, 1 info in 2 files; checked against librechat 0.8.524$' "$log" || fail "$1: azlint's summary line is not in the log"
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
