// Package gazetteer reads lists of names from Debian packages at training
// time: given names and surnames (ruby-ffaker's name lists, from US census
// data) and place names (GeoNames' cities, regions and countries, in the
// English message catalogue of libgeonames-common). The recogniser keeps
// what it needs of them in its model, so nothing reads these files at run
// time.
package gazetteer
