#!/usr/bin/env bash
# Runs every fuzz target in the module for a bounded time each
# (FUZZTIME, default 30s). Crashers land in the package's
# testdata/fuzz/ and become regression cases of make test once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-30s}
status=0
for pkg in $(go list ./...); do
	dir=$(go list -f '{{.Dir}}' "$pkg")
	for fn in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
		echo "fuzz: $pkg $fn ($fuzztime)" >&2
		go test "$pkg" -run '^$' -fuzz "^$fn\$" -fuzztime "$fuzztime" || status=1
	done
done
exit $status
