#!/usr/bin/env bash
# Builds the .deb with CPack, checks its contents (verify's HTTP module in /usr/lib/azlint), and — as
# root on Debian — installs it with apt-get, runs the installed `azlint --version` and a
# `verify --dry-run` (which loads the module), and removes it again.
# Usage: run.sh <build-dir>     (exit 77 = skipped)
set -euo pipefail
build=$1
command -v cpack >/dev/null || { echo "cpack not found: skipped"; exit 77; }
command -v dpkg-deb >/dev/null || { echo "dpkg-deb not found: skipped"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/azlint_*.deb)
echo "built $(basename "$deb")"
contents=$(dpkg-deb -c "$deb")
grep -q './usr/bin/azlint$' <<<"$contents" || { echo "FAIL: no /usr/bin/azlint in the package"; exit 1; }
grep -q 'schemas/librechat.schema.json' <<<"$contents" || { echo "FAIL: no schema in the package"; exit 1; }
grep -q 'rules/librechat/duplicate-group.md' <<<"$contents" || { echo "FAIL: no rule docs in the package"; exit 1; }
grep -q './usr/lib/azlint/azlint-verify-http.so$' <<<"$contents" || { echo "FAIL: no verify HTTP module in the package"; exit 1; }
# the packaged binary runs (unpacked, no root needed), and its verify finds its module there
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/azlint" --version | grep -q '^azlint ' || { echo "FAIL: packaged azlint --version"; exit 1; }
config="$(cd "$(dirname "$0")/../.." && pwd)/examples/valid/librechat.yaml"
"$out/root/usr/bin/azlint" verify --dry-run --no-env "$config" | grep -q 'dry run: nothing sent' ||
  { echo "FAIL: packaged azlint verify --dry-run"; "$out/root/usr/bin/azlint" verify --dry-run --no-env "$config"; exit 1; }
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! dpkg -s azlint >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  /usr/bin/azlint --version | grep -q '^azlint ' || { echo "FAIL: installed azlint --version"; exit 1; }
  /usr/bin/azlint verify --dry-run --no-env "$config" | grep -q 'dry run: nothing sent' || { echo "FAIL: installed azlint verify"; exit 1; }
  echo "installed with apt-get: $(/usr/bin/azlint --version)"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq azlint >/dev/null
else
  echo "not root (or azlint already installed): apt-get install not tried"
fi
echo "package OK"
