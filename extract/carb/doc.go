// Package carb scores open information extraction against the CaRB
// benchmark (Bhardwaj et al., EMNLP 2019) exactly as CaRB's own scorer
// does, so kg's figures sit next to the published ones: tuples are made
// binary, matched by word overlap with a lenient relation test, recall lets
// each gold tuple take its best extraction, precision pairs extractions and
// gold tuples one to one, and a sweep over confidence thresholds gives the
// precision–recall curve whose best F1 and area (AUC) are reported. It also
// reads the output formats of the systems CaRB publishes figures for.
package carb
