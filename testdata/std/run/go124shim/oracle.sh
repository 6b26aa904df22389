#!/bin/sh
# Records the expected output of a testdata/std/run program that uses Go 1.24 APIs (package weak,
# runtime.AddCleanup) with the Go 1.23 oracle: the program is copied into this module with those
# names rewritten to the shims here (weak: Go 1.23's runtime weak handles through internal/weak's
# linknames; go124.AddCleanup: finalizer-based, see go124/cleanup.go), then run with go run.
#   usage: oracle.sh ../weak1.go > ../weak1.out
set -e
GO=${GO:-/usr/lib/go-1.23/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d "$here/prog.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
sed -e 's#^\([[:space:]]*\)"weak"$#\1"gomemlab.test/go124shim/weak"#' \
    -e 's#runtime\.AddCleanup(#go124.AddCleanup(#g' -e 's#runtime\.Cleanup\b#go124.Cleanup#g' \
    -e 's#^import (#import (\n\t"gomemlab.test/go124shim/go124"#' "$src" > "$tmp/main.go"
grep -q 'go124\.' "$tmp/main.go" || sed -i '/gomemlab.test\/go124shim\/go124/d' "$tmp/main.go"
cd "$here" && "$GO" run -ldflags=-checklinkname=0 "./$(basename "$tmp")"
