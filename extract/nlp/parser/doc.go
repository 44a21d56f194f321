// Package parser is kg's dependency parser: greedy labelled arc-hybrid
// transitions scored by an averaged perceptron over Zhang & Nivre-style
// features, trained with a dynamic oracle (so it learns to recover from its
// own mistakes and can train on non-projective trees, whose lost arcs the
// oracle simply costs). The artificial root sits at the end of the buffer and
// only one word may attach to it.
//
// Besides the usual word, tag, distance, valency, child and label-set
// templates, the features count the punctuation and verbs between the stack
// top and the buffer front, whether a verb is still ahead and how much of the
// sentence is left (for the root decision), and word suffixes. Feature keys
// are mixed from value hashes computed once per sentence, so extraction is
// a few multiplications per feature; scoring the ~130 features of a
// transition is what the parser spends its time on, so the two forced
// moves (shift on an empty stack, the last word's root arc; about one
// transition in nine) are not scored at all. Training can average
// perceptrons trained with successive seeds (Models): the mean keeps its
// accuracy when pruned harder than a single perceptron does, so the model
// is both better and smaller.
// A model file records its feature-set version and is refused by code with
// other templates. After parsing, repairs mend mistakes greedy parsing
// cannot undo once made: RepairSubject and RepairFrontedSubject a subject
// fenced off by an insertion before its verb (news leads), and
// RepairComplement and RepairRelativeSubject a clause's subject taken for
// the object of a reporting verb ("noted the purchase appeared"), for an
// oblique ("fell as the cartel agreed") or for the head of a relative
// clause that has no relative pronoun. time.go gives verbs back the times
// news writes between subject and verb (and "a number of years ago"),
// coordination.go mends conjuncts (coordinated subjects too), relative
// clauses and headline passives attached to the wrong word; age.go and
// vocative.go give an opening name its subject's place back from an age
// or description set off after it; object.go moves objects and participles
// written after an oblique or an object to where they belong; report.go
// makes ", officials said." a parataxis; subordinate.go gives a clause
// opened by "after", "as", ... its subject back (also when a closing
// report took it, and "as caretaker until the party elects"), and mends
// "of" read as a clause marker; modifier.go makes "high-ranking",
// "governing board" and "a magnitude 6.8 earthquake" modifiers of their
// noun; possessive.go hangs "Mexico's" on the name it possesses;
// object.go also reads "up to 40 people" and "more than 100 flights" as
// counts, a number before ", officials said" as its verb's object, a bare
// noun after a verb as its object, and "accused X of torturing Y" as a
// deed. Other repairs hang on the clause what news writes around a
// clause: dates and events on a person or an agent ("signed by Governor
// Abbott in May"), fenced times (", after talks ..."), participles on
// times, purposes after places, a report's participle and figures; and
// keep names whole ("Kennedy Space Center", "Texas Attorney General Ken
// Paxton", "the rebel-held northwest"). All repairs keep a tree (a
// property test runs them on random trees with the words they look for
// planted), and the pipeline keeps the parser's own tree if a repair ever
// leaves none (IsTree).
package parser
