package extract

import (
	"strconv"
	"strings"
	"time"
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// dayParts are the parts of a day a date may come with.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "tonight": true}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// resolveTime turns a time phrase into a date (YYYY-MM-DD) where the
// document date makes it unambiguous: "on Sunday" is the last Sunday before
// the document date (the next one for future statements), "yesterday" the
// day before ("yesterday afternoon" and "last night" too), "June 3" that
// day of the document's year. A weekday equal to
// the document's own weekday is ambiguous (today or a week away) and stays
// as written, as does anything else.
func resolveTime(phrase, docDate string, future bool) string {
	words := strings.Fields(strings.ToLower(strings.Trim(phrase, " ,.")))
	surface := strings.TrimSpace(phrase)
	this := false // "this morning" is today's
	for len(words) > 0 && (words[0] == "on" || words[0] == "in" || words[0] == "at" || words[0] == "this" || words[0] == "by") {
		this = this || words[0] == "this"
		words = words[1:]
		if f := strings.Fields(surface); len(f) > 1 {
			surface = strings.Join(f[1:], " ")
		}
	}
	d, err := time.Parse("2006-01-02", docDate)
	if err != nil || len(words) == 0 {
		return surface
	}
	// "yesterday afternoon", "Monday morning", "last night", "this
	// evening", "tonight": the day's date.
	if n := len(words); n >= 1 && dayParts[words[n-1]] {
		switch {
		case n == 1 && (this || words[0] == "tonight"):
			return d.Format("2006-01-02")
		case n == 2 && words[0] == "last" && words[1] == "night":
			return d.AddDate(0, 0, -1).Format("2006-01-02")
		case n == 2 && words[0] != "last" && words[0] != "next":
			if r := resolveTime(words[0], docDate, future); r != words[0] {
				return r
			}
			return surface
		}
	}
	if len(words) == 2 && (words[0] == "last" || words[0] == "next") {
		future = words[0] == "next"
		words = words[1:]
	}
	if len(words) == 1 {
		switch w := strings.Trim(words[0], ","); w {
		case "yesterday":
			return d.AddDate(0, 0, -1).Format("2006-01-02")
		case "today":
			return d.Format("2006-01-02")
		case "tomorrow":
			return d.AddDate(0, 0, 1).Format("2006-01-02")
		default:
			wd, ok := weekdays[w]
			if !ok || wd == d.Weekday() {
				return surface
			}
			if future {
				return d.AddDate(0, 0, (int(wd)-int(d.Weekday())+7)%7).Format("2006-01-02")
			}
			return d.AddDate(0, 0, -((int(d.Weekday()) - int(wd) + 7) % 7)).Format("2006-01-02")
		}
	}
	// "June 3", "June 3, 2025", "3 June 2025".
	var mon time.Month
	day, year := 0, d.Year()
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if m, ok := months[w]; ok && mon == 0 {
			mon = m
		} else if n, err := strconv.Atoi(strings.TrimRight(w, "thsndr")); err == nil {
			switch {
			case n >= 1 && n <= 31 && day == 0:
				day = n
			case n >= 1000 && n <= 2999:
				year = n
			default:
				return surface
			}
		} else {
			return surface
		}
	}
	if mon == 0 || day == 0 {
		return surface
	}
	t := time.Date(year, mon, day, 0, 0, 0, 0, time.UTC)
	if t.Month() != mon {
		return surface
	}
	return t.Format("2006-01-02")
}

var timeWords = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "last": true, "next": true,
	"this": true, "week": true, "month": true, "year": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "weekend": true, "on": true, "in": true, "the": true, "early": true, "late": true,
}

// isTimeWord reports whether a phrase is only a time ("Wednesday", "last
// week", "June 2019"): such a subject is a parser error, not a thing.
func isTimeWord(phrase string) bool {
	w := strings.Fields(strings.ToLower(strings.Trim(phrase, " ,.")))
	if len(w) == 0 {
		return false
	}
	named := false
	for _, x := range w {
		_, wd := weekdays[x]
		_, mo := months[x]
		_, num := strconv.Atoi(x)
		switch {
		case wd || mo:
			named = true
		case timeWords[x] || num == nil:
		default:
			return false
		}
	}
	return named || len(w) <= 2 && (w[len(w)-1] == "today" || w[len(w)-1] == "yesterday" || w[len(w)-1] == "tomorrow" || w[len(w)-1] == "week" || w[len(w)-1] == "year" || w[len(w)-1] == "month")
}
