// Package segment splits English text into sentences and tokens with byte
// offsets, following UD English EWT tokenisation (clitics such as n't and 's
// split off, most hyphens split, abbreviations kept whole) so the trained
// models see text cut the way they were trained. Headlines, lines without
// final punctuation and a wire story's inline dateline ("ANKARA, Turkey
// (AP) —", see IsDateline) are sentences of their own; long sentences are
// capped.
package segment
