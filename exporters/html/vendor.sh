#!/bin/sh
# vendor.sh copies the pinned cytoscape build (tools/js/package.json) and its
# licence into assets/, where go:embed picks them up. Run it after changing
# the pinned version: `cd tools/js && npm ci && cd - && sh exporters/html/vendor.sh`.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../../tools/js/node_modules/cytoscape"
want=$(sed -n 's/.*"cytoscape": *"\([^"]*\)".*/\1/p' "$here/../../tools/js/package.json")
have=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$src/package.json" | head -n 1)
if [ "$want" != "$have" ]; then
	echo "vendor.sh: tools/js pins cytoscape $want but $have is installed; run npm ci in tools/js" >&2
	exit 1
fi
cp "$src/dist/cytoscape.min.js" "$here/assets/cytoscape.min.js"
cp "$src/LICENSE" "$here/assets/cytoscape.LICENSE"
printf '%s\n' "$have" >"$here/assets/cytoscape.VERSION"
echo "vendored cytoscape $have"
