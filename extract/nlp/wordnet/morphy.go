package wordnet

// Detach lists WordNet's suffix detachment rules (morphy) by the Penn tag
// of the inflected form: ending, replacement. A rule finds a lemma only
// where WordNet has the result under the tag's part of speech (POS).
var Detach = map[string][][2]string{
	"NNS": {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	"VBZ": {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}},
	"VBD": {{"ed", "e"}, {"ed", ""}},
	"VBN": {{"ed", "e"}, {"ed", ""}},
	"VBG": {{"ing", "e"}, {"ing", ""}},
	"JJR": {{"er", ""}, {"er", "e"}},
	"JJS": {{"est", ""}, {"est", "e"}},
}

// POS is the WordNet part of speech of a Penn tag ('n', 'v', 'a', 'r'),
// or 0 for closed classes and names.
func POS(xpos string) byte {
	switch xpos {
	case "NN", "NNS":
		return 'n'
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		return 'v'
	case "JJ", "JJR", "JJS":
		return 'a'
	case "RB", "RBR", "RBS":
		return 'r'
	}
	return 0
}
