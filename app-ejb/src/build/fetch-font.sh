#!/usr/bin/env bash
# Fetches the PDF font (Noto Sans SC, SIL OFL-1.1) from the npm registry at a pinned version, checks its SHA-256 and
# places it as a classpath resource, so the EAR carries it and deployed servers need no font installed.
#   fetch-font.sh <npm package@version> <file inside the package> <sha256> <output dir> <resource name>
set -euo pipefail
package="$1" file="$2" sha="$3" out="$4" name="$5"
target="$out/$name"
if [[ -f "$target" ]] && [[ "$(sha256sum "$target" | cut -d' ' -f1)" == "$sha" ]]; then
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "$package" --silent >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" "package/$file" package/LICENSE_FONT
actual="$(sha256sum "$work/package/$file" | cut -d' ' -f1)"
if [[ "$actual" != "$sha" ]]; then
  echo "font $package/$file: SHA-256 $actual, expected $sha" >&2
  exit 1
fi
mkdir -p "$out"
cp "$work/package/$file" "$target"
cp "$work/package/LICENSE_FONT" "$out/OFL.txt"
echo "font $name from $package (SHA-256 verified)"
