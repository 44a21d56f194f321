// Package resolve decides which mentions name the same real-world entity,
// within a document and across documents: full names and short names
// ("Lee Jae-myung", "Lee"), spelling variants and aliases ("US", "U.S.",
// "United States"), acronyms, demonyms ("South Korean" → South Korea),
// titles and definite descriptions ("the South Korean president") and
// pronouns. It keeps a corpus registry of entities and records, for every
// merge, the reason it was made, so that a user can ask why two mentions
// were joined. Distinct entities that share words ("South Korea" and
// "North Korea", two people with one surname) stay apart.
package resolve
