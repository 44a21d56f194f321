package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgHeads end the names of organisations: a run of capitalised words
// ending in one is an organisation whatever the model made of its first
// words ("Chicago Symphony Orchestra" was a place, "Israeli Defense
// Forces" nothing). Words that as often end places ("West Bank", "Oval
// Office") or reviews ("Great Service") are left out. Chosen on UNER dev
// (see the nlp README).
var orgHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`corporation corp corp. inc inc. ltd ltd. llc co. company
		committee department ministry agency commission council board forces army navy
		orchestra post times group party association union institute university college
		court foundation society league federation club books energy services airlines
		motors network press authority bureau administration organization organisation
		center centre trust fund police brigade offices senate parliament assembly congress
		cabinet government industries holdings partners associates technologies systems
		laboratories labs records studios pictures media journal herald tribune gazette
		magazine electronics airways pharmaceuticals entertainment capital software networks
		semiconductor semiconductors petroleum telecom insurance financial securities
		logistics automotive aerospace chemicals steel mining resources brands stores`) {
		orgHeads[w] = true
	}
}

// OrgHead says whether a word (any case) ends organisations' names
// (University, Department, Police, ...).
func OrgHead(w string) bool { return orgHeads[strings.ToLower(w)] }

// posts are the titles of people that an organisation's name follows with
// "of": "Senior Staff Attorney of the ...", "Member of Parliament".
var posts = map[string]bool{"attorney": true, "director": true, "president": true, "chairman": true, "chairwoman": true,
	"secretary": true, "minister": true, "professor": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ceo": true, "head": true, "chief": true, "member": true, "officer": true, "fellow": true, "editor": true,
	"founder": true, "manager": true, "governor": true, "mayor": true, "ambassador": true, "commissioner": true,
	"judge": true, "counsel": true, "chair": true, "dean": true, "chancellor": true, "lecturer": true, "researcher": true}

// leading are function words a sentence or headline capitalises before a
// name ("For Libertarian Party members", "The Jakarta Post" when the model
// left "The" out).
var leading = map[string]bool{"the": true, "a": true, "an": true, "for": true, "in": true, "at": true,
	"on": true, "by": true, "with": true, "from": true, "to": true, "and": true, "but": true, "or": true,
	"as": true, "this": true, "that": true, "his": true, "her": true, "its": true, "their": true, "our": true}

// capitalised tests the first letter in Unicode ("Électricité de
// France"); isCap, which the model's features were trained with, tests
// ASCII only.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// orgRuns relabels as ORG each run of capitalised words (joined by "of",
// "for", "&", hyphens, "of the", and "and" after an "of" or tagged inside
// an organisation) that ends in an
// organisation head or has one before its first "of" ("Department of
// Housing and Urban Development"). Leading words the model tagged as a person, and
// leading function words it left out, stay as they were: "Bob Woodward of
// the Washington Post".
func orgRuns(words, tags []string) {
	n := len(words)
	for i := 0; i < n; {
		if !capitalised(words[i]) {
			i++
			continue
		}
		j, of, beforeOf := i, false, false
	scan:
		for j+1 < n {
			w, lw := words[j+1], strings.ToLower(words[j+1])
			next := j+2 < n && (capitalised(words[j+2]) || words[j+2] == "the")
			switch {
			case capitalised(w):
			case (lw == "of" || lw == "for" || lw == "&" || lw == "-") && next:
				if lw == "of" && !of {
					beforeOf = orgHeads[strings.ToLower(words[j])] // "Department of ..."
				}
				of = of || lw == "of"
			case lw == "the" && strings.EqualFold(words[j], "of") && j+2 < n && capitalised(words[j+2]):
			case lw == "and" && (of || tags[j+1] == "I-ORG") && j+2 < n && capitalised(words[j+2]):
				// "Department of Housing and Urban Development", and
				// "House Oversight and Reform Committee" where the model
				// already read the "and" inside the name.
			default:
				break scan
			}
			j++
		}
		if j > i && (orgHeads[strings.ToLower(words[j])] || beforeOf) {
			// A person before the body is left out ("Bob Woodward of the
			// Washington Post"), unless the model ran the person's tag
			// over the body's head too: "Bradford Council" is no one.
			person := strings.HasSuffix(tags[j], "PER") && !of
			s := i
			for s < j && (!person && strings.HasSuffix(tags[s], "PER") || !capitalised(words[s]) || leading[strings.ToLower(words[s])] && tags[s] == "O") {
				s++
			}
			// "a Senior Staff Attorney of the Electronic Frontier
			// Foundation": a person's post before "of" is no part of the
			// body.
			post := false
			for k := s + 1; k < j; k++ {
				if strings.EqualFold(words[k], "of") {
					if posts[strings.ToLower(words[k-1])] {
						for s = k + 1; s < j && strings.EqualFold(words[s], "the"); s++ {
						}
						post = true // "Member of Parliament": one word is a body too
					}
					break
				}
			}
			if j > s || post && j == s {
				tags[s] = "B-ORG"
				for k := s + 1; k <= j; k++ {
					tags[k] = "I-ORG"
				}
				if j+1 < n && strings.HasPrefix(tags[j+1], "I-") {
					tags[j+1] = "B-" + tags[j+1][2:] // keep IOB2 valid after the run
				}
			}
		}
		i = j + 1
	}
}
