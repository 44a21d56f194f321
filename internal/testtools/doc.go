// Package testtools finds the third-party programs kg's tests check output
// with (Graphviz, rapper, rdflib, Node packages, Chromium, PostgreSQL).
// `make test` installs them (scripts/test-deps.sh) and sets
// KG_REQUIRE_TOOLS=1, so there a missing tool fails the test instead of
// skipping it: a green run can never hide a missing install step.
package testtools
