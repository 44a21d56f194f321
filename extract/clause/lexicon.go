package clause

import "strings"

// sayVerbs introduce reported speech: their clausal complement is a fact
// attributed to their subject.
var sayVerbs = map[string]bool{
	"say": true, "tell": true, "add": true, "state": true, "announce": true, "claim": true,
	"report": true, "note": true, "insist": true, "argue": true, "warn": true, "declare": true,
	"explain": true, "confirm": true, "deny": true, "write": true, "stress": true, "assert": true,
	"suggest": true, "believe": true, "think": true, "allege": true, "acknowledge": true, "admit": true,
	"emphasize": true, "emphasise": true, "indicate": true, "reveal": true, "predict": true,
	"contend": true, "maintain": true, "tweet": true, "testify": true, "concede": true, "remark": true,
	"reply": true, "respond": true, "comment": true, "complain": true, "recall": true, "caution": true,
	// Verbs of finding and knowing report a clause the same way: "Bristol
	// found the flies had a harder time landing on zebras".
	"find": true, "show": true, "estimate": true, "rule": true, "determine": true, "conclude": true,
	"decide": true, "discover": true, "realize": true, "realise": true,
}

// IsSayVerb reports whether a verb lemma introduces reported speech.
func IsSayVerb(lemma string) bool { return sayVerbs[lemma] }

// lightObjects are verbs with a bare noun that make one predicate ("took
// place", "made landfall"): the noun is no participant.
var lightObjects = map[string]bool{
	"take place": true, "take part": true, "take office": true, "take effect": true, "take power": true,
	"take control": true, "take shape": true, "take charge": true, "take aim": true, "take care": true,
	"make landfall": true, "make way": true, "pay tribute": true, "pay attention": true, "give birth": true,
	"make progress": true, "take root": true, "lose sight": true, "make sense": true, "take hold": true,
}

// reflexives are the pronouns that stand for their clause's subject.
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true, "themself": true,
	"myself": true, "yourself": true, "ourselves": true, "yourselves": true}

// IsReflexive reports whether a word (any case) is a reflexive pronoun.
func IsReflexive(w string) bool { return reflexives[strings.ToLower(w)] }

// modals map modal auxiliaries to the modality recorded on a triple.
var modals = map[string]string{
	"will": "will", "'ll": "will", "wo": "will", "shall": "will", "would": "would", "could": "could",
	"can": "can", "ca": "can", "may": "may", "might": "might", "must": "must", "should": "should",
}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "nt": true}

// eventNouns are nouns that state an event between participants: "a
// summit with Ishiba" says the possessor met Ishiba. Each maps to the verb
// lemma the graph records and the preposition that marks the other party.
var eventNouns = map[string]struct{ verb, prep string }{
	"summit": {"meet", "with"}, "meeting": {"meet", "with"}, "talk": {"meet", "with"},
	"talks": {"meet", "with"}, "encounter": {"meet", "with"}, "negotiation": {"negotiate", "with"},
	"visit": {"visit", "to"}, "trip": {"visit", "to"}, "call": {"call", "with"},
	"phone call": {"call", "with"}, "conversation": {"talk", "with"}, "agreement": {"agree", "with"},
	"deal": {"agree", "with"}, "alliance": {"ally", "with"}, "partnership": {"partner", "with"},
	"invasion": {"invade", "of"}, "occupation": {"occupy", "of"}, "attack": {"attack", "on"},
	"election": {"elect", "as"}, "interview": {"interview", "with"}, "dispute": {"dispute", "with"},
	"war": {"fight", "with"}, "rivalry": {"rival", "with"}, "dialogue": {"talk", "with"},
}

// timeWords head phrases that say when something happened.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "day": true, "week": true, "weekend": true,
	"month": true, "year": true, "decade": true, "century": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "time": true, "period": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "hour": true, "minute": true, "moment": true, "era": true,
	"age": true, "season": true, "date": true, "quarter": true, "anniversary": true, "now": true, "later": true,
	"earlier": true, "ago": true, "recently": true, "eve": true,
}
