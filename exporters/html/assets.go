package html

import _ "embed"

// The cytoscape build and its licence are copied from tools/js/node_modules
// by vendor.sh (the version pinned in tools/js/package.json).
//
//go:generate sh vendor.sh

//go:embed assets/cytoscape.min.js
var cytoscapeJS string

//go:embed assets/cytoscape.LICENSE
var cytoscapeLicense string

//go:embed assets/cytoscape.VERSION
var cytoscapeVersion string

//go:embed assets/view.js
var viewJS string

//go:embed assets/view.css
var viewCSS string

//go:embed assets/body.html
var bodyHTML string
