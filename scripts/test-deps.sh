#!/usr/bin/env bash
# Installs the third-party programs kg's tests check its output with:
# Graphviz, rapper, rdflib, PostgreSQL, Chromium (Debian packages) and the
# npm packages pinned in tools/js/package-lock.json. Safe to run again: it
# installs only what is missing. make test runs it first.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v dot >/dev/null || need+=(graphviz)
command -v rapper >/dev/null || need+=(raptor2-utils)
/usr/bin/python3 -c 'import rdflib' 2>/dev/null || need+=(python3-rdflib)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v node >/dev/null || need+=(nodejs npm)
command -v runuser >/dev/null || need+=(util-linux)

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
if [ ${#need[@]} -gt 0 ]; then
	echo "test-deps: installing ${need[*]}" >&2
	$sudo apt-get update -qq
	$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Chromium is the one tool whose absence only skips its test (the viewer's
# browser test says so): it is large and not packaged everywhere.
if ! command -v chromium >/dev/null; then
	echo "test-deps: installing chromium" >&2
	{ $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null; } ||
		echo "test-deps: chromium could not be installed; the browser test will be skipped" >&2
fi

(cd tools/js && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
echo "test-deps: ready" >&2
