package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/kgraph/kg/fact"
)

// AmbiguousError is returned when a name fits several entities.
type AmbiguousError struct {
	Name       string
	Candidates []fact.Entity
	// Preferred is the candidate whose canonical name is Name, if one is.
	Preferred *fact.Entity
}

func (e *AmbiguousError) Error() string {
	var c []string
	for _, x := range e.Candidates {
		c = append(c, fmt.Sprintf("%s (%s)", x.Name, x.ID))
	}
	return fmt.Sprintf("%q is ambiguous: it could be %s", e.Name, strings.Join(c, ", "))
}

// UnknownEntityError is returned when no entity has the name.
type UnknownEntityError struct {
	Name        string
	Suggestions []string
}

func (e *UnknownEntityError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no entity is called %q", e.Name)
	}
	return fmt.Sprintf("no entity is called %q; did you mean %s?", e.Name, strings.Join(e.Suggestions, ", "))
}

// Lookup finds the entity a user means: by ID, by entity IRI, or by any
// alias, case-insensitively; failing that, by a name containing all the
// given words ("Kishida" for "Fumio Kishida").
func (s *Store) Lookup(ctx context.Context, name string) (fact.Entity, error) {
	c, err := s.candidates(ctx, name)
	if err != nil {
		return fact.Entity{}, err
	}
	return c[0], nil
}

// candidates returns the entities a name may mean, the most likely first,
// or an error when it means none (or several, none of them preferred).
// Several are returned only when one's canonical name is the name itself.
func (s *Store) candidates(ctx context.Context, name string) ([]fact.Entity, error) {
	e, err := s.lookup(ctx, name)
	var amb *AmbiguousError
	if err == nil {
		return []fact.Entity{e}, nil
	}
	if errors.As(err, &amb) && amb.Preferred != nil {
		out := []fact.Entity{*amb.Preferred}
		for _, c := range amb.Candidates {
			if c.ID != amb.Preferred.ID {
				out = append(out, c)
			}
		}
		return out, nil
	}
	return nil, err
}

func (s *Store) lookup(ctx context.Context, name string) (fact.Entity, error) {
	name = strings.TrimSpace(name)
	var ids []string
	if strings.HasPrefix(name, "<") && strings.HasSuffix(name, ">") {
		name = strings.Trim(name, "<>")
	}
	if id := entityIDOf(quad.IRI(name)); id != "" {
		ids = append(ids, id)
	} else {
		var err error
		if ids, err = s.entitiesKeyed(ctx, lookupKey(name)); err != nil {
			return fact.Entity{}, err
		}
	}
	if len(ids) == 0 && name != "" {
		if ok, err := s.entityExists(ctx, name); err != nil {
			return fact.Entity{}, err
		} else if ok {
			ids = append(ids, name)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) == 1 {
		return s.entityInfo(ctx, ids[0])
	}
	if len(ids) > 1 {
		return s.pick(ctx, name, ids)
	}
	// No exact alias: fall back to names containing every word, which
	// needs the full entity list (only on this slower path).
	ents, err := s.Entities(ctx)
	if err != nil {
		return fact.Entity{}, err
	}
	words := strings.Fields(lookupKey(name))
	var hits []fact.Entity
	for _, e := range ents {
		if len(words) > 0 && slices.ContainsFunc(keysOf(e.Name, e.Aliases), func(k string) bool { return hasWords(k, words) }) {
			hits = append(hits, e)
		}
	}
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		return fact.Entity{}, &UnknownEntityError{Name: name, Suggestions: suggest(name, ents, 5)}
	}
	if len(hits) > 10 {
		hits = hits[:10]
	}
	return fact.Entity{}, &AmbiguousError{Name: name, Candidates: hits}
}

// entitiesKeyed returns the IDs of the entities with the lookup key k,
// from the kg_key index where the store has it. Otherwise, a
// well-known entity has one key quad per document that names it, so only
// the quads' subject and predicate references are compared, and each
// distinct subject is resolved once: fetching every quad whole (four value
// reads each) made looking up "Trump" in a million-quad store take 130 ms.
func (s *Store) entitiesKeyed(ctx context.Context, k string) ([]string, error) {
	if s.keyIndexed && !strings.Contains(k, sep) {
		return s.indexKeyed(k)
	}
	ref, err := s.qs.ValueOf(quad.String(k))
	if err != nil || ref == nil {
		return nil, err
	}
	pred, err := s.qs.ValueOf(predKey)
	if err != nil || pred == nil {
		return nil, err
	}
	seen := map[any]bool{}
	var subjects []cgraph.Ref
	it := s.qs.QuadIterator(quad.Object, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		p, err := s.qs.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return nil, err
		}
		if p == nil || p.Key() != pred.Key() {
			continue
		}
		sub, err := s.qs.QuadDirection(it.Result(), quad.Subject)
		if err != nil {
			return nil, err
		}
		if sub != nil && !seen[sub.Key()] {
			seen[sub.Key()] = true
			subjects = append(subjects, sub)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("store %s: %v", s.name, oneLine(err))
	}
	var ids []string
	for _, r := range subjects {
		v, err := s.qs.NameOf(r)
		if err != nil {
			return nil, fmt.Errorf("store %s: %v", s.name, oneLine(err))
		}
		if id := entityIDOf(v); id != "" {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// pick resolves an alias shared by several entities: one whose canonical
// name is exactly the name asked for wins ("Kishida" the entity over
// "Fumio Kishida" whose alias it is); otherwise the name is ambiguous.
func (s *Store) pick(ctx context.Context, name string, ids []string) (fact.Entity, error) {
	amb := &AmbiguousError{Name: name}
	var exact []fact.Entity
	for _, id := range ids {
		x, err := s.entityInfo(ctx, id)
		if err != nil {
			return fact.Entity{}, err
		}
		amb.Candidates = append(amb.Candidates, x)
		if lookupKey(x.Name) == lookupKey(name) {
			exact = append(exact, x)
		}
	}
	if len(exact) == 1 {
		amb.Preferred = &exact[0]
	}
	return fact.Entity{}, amb
}

// hasWords reports whether every word occurs as a word of k.
func hasWords(k string, words []string) bool {
	kw := strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '-' })
	for _, w := range words {
		if !slices.Contains(kw, w) && !strings.Contains(" "+k+" ", " "+w+" ") {
			return false
		}
	}
	return true
}

// entityExists reports whether any quad mentions the entity. (SQL stores
// return a reference for any value, so ValueOf alone cannot tell.)
func (s *Store) entityExists(ctx context.Context, id string) (bool, error) {
	if s.indexed {
		// Every entity in a fact or a record has a label in the index;
		// Cayley's iterator would fetch a batch of a hub's quads.
		if s.indexName(ctx, id) != "" {
			return true, nil
		}
	}
	found := false
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		err := s.eachQuad(ctx, dir, EntityIRI(id), func(quad.Quad) error {
			found = true
			return errStop
		})
		if err != nil && err != errStop {
			return false, err
		}
		if found {
			return true, nil
		}
	}
	return false, nil
}

var errStop = errors.New("stop")

// entityInfo reads an entity's name and type from its label quads (cheap:
// one index scan), not from the documents' records.
func (s *Store) entityInfo(ctx context.Context, id string) (fact.Entity, error) {
	e := fact.Entity{ID: id}
	if s.indexed {
		// The index has the name; scanning the entity's quads for its type
		// would read every fact of a well-connected entity.
		if e.Name = s.indexName(ctx, id); e.Name == "" {
			e.Name = id
		}
		return e, nil
	}
	err := s.eachQuad(ctx, quad.Subject, EntityIRI(id), func(q quad.Quad) error {
		switch q.Predicate {
		case predLabel:
			if e.Name == "" {
				e.Name, _ = litString(q.Object)
			}
		case predType:
			if iri, ok := q.Object.(quad.IRI); ok && e.Type == "" {
				e.Type = strings.TrimPrefix(string(iri), typePrefix)
			}
		}
		return nil
	})
	if e.Name == "" {
		e.Name = id
	}
	return e, err
}

// min2 returns the shorter string first.
func min2(a, b string) (string, string) {
	if len(a) <= len(b) {
		return a, b
	}
	return b, a
}

// suggest lists up to n entity names closest to name by edit distance.
func suggest(name string, ents []fact.Entity, n int) []string {
	key := lookupKey(name)
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, e := range ents {
		best := -1
		for _, k := range keysOf(e.Name, e.Aliases) {
			d := editDistance(key, k)
			// One name inside the other counts as close only for whole
			// words of three letters or more: "kishida" does not suggest "S".
			if short, long := min2(k, key); len(short) >= 3 && strings.Contains(" "+long+" ", " "+short+" ") {
				d = min(d, 1+abs(len(k)-len(key))/4)
			}
			if best < 0 || d < best {
				best = d
			}
		}
		if best >= 0 && best <= max(2, len(key)/3) {
			cs = append(cs, cand{e.Name, best})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.d != b.d {
			return a.d - b.d
		}
		return strings.Compare(a.name, b.name)
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, c.name) {
			out = append(out, c.name)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Explain returns the full record of the entity a name means: aliases,
// mentions and merge reasons united across documents.
func (s *Store) Explain(ctx context.Context, name string) (fact.Entity, error) {
	e, err := s.Lookup(ctx, name)
	if err != nil {
		return e, err
	}
	ents, err := s.Entities(ctx)
	if err != nil {
		return e, err
	}
	if i, ok := slices.BinarySearchFunc(ents, e.ID, func(x fact.Entity, id string) int { return strings.Compare(x.ID, id) }); ok {
		return ents[i], nil
	}
	return e, nil // only named by facts, never recorded as an entity
}
