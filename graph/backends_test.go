package graph

import "testing"

func extraBackends(t *testing.T) []backend { return nil }
