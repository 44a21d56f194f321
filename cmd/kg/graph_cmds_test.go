package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Tests of the graph commands (path, neighbors, query, stats, entities,
// explain, rank, communities, rm) driving the built binary on the seeds.

func TestGraphCommandsOnSeeds(t *testing.T) {
	db := seedDB(t)
	cases := []struct {
		args []string
		want []string // substrings of stdout
	}{
		{[]string{"stats"}, []string{"documents: 2", "most connected:"}},
		{[]string{"stats", "--format", "json"}, []string{`"docs": 2`, `"top_connected"`}},
		{[]string{"entities", "--type", "GPE"}, []string{"japan\tJapan\tGPE"}},
		{[]string{"entities", "--format", "json"}, []string{`"id":"japan"`}},
		{[]string{"neighbors", "Japan", "--evidence"}, []string{"Japan (japan):", "sentence"}},
		{[]string{"neighbors", "Japan", "--depth", "2", "--format", "json"}, []string{`"center"`, `"edges"`}},
		{[]string{"query", `g.V("<https://kg.example.org/entity/japan>").Out("<http://www.w3.org/2000/01/rdf-schema#label>").All()`}, []string{`{"id":"Japan"}`}},
		{[]string{"rank", "--top", "5"}, []string{"  1  "}},
		{[]string{"rank", "--by", "degree", "--format", "json"}, []string{`"score"`}},
		{[]string{"rank", "--by", "betweenness"}, []string{"  1  "}},
		{[]string{"communities"}, []string{"communities, modularity"}},
		{[]string{"explain", "Japan"}, []string{"Japan (japan)", "type:     GPE"}},
		{[]string{"path", "--format", "dot", "Japan", "South Korea"}, []string{"digraph"}},
	}
	for _, c := range cases {
		out := mustKG(t, append(c.args, "--db", db)...)
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("kg %s: output lacks %q:\n%.2000s", strings.Join(c.args, " "), w, out)
			}
		}
	}
	// The rankings put the seeds' countries and leaders on top.
	var top []struct{ ID string }
	json.Unmarshal([]byte(mustKG(t, "rank", "--db", db, "--top", "6", "--format", "json")), &top)
	var ids []string
	for _, s := range top {
		ids = append(ids, s.ID)
	}
	for _, want := range []string{"japan", "south-korea"} {
		if !strings.Contains(strings.Join(ids, " "), want) {
			t.Errorf("rank top 6 = %v, lacks %s", ids, want)
		}
	}
}

func TestGraphCommandErrors(t *testing.T) {
	db := seedDB(t)
	dir := t.TempDir()
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"path", "Japan"}, ExitUsage, "two entities"},
		{[]string{"path", "--format", "svg", "Japan", "Lee"}, ExitUsage, "svg"},
		{[]string{"path", "--since", "last week", "Japan", "Lee"}, ExitUsage, "last week"},
		{[]string{"path", "Japan", "Nobody Atall"}, ExitFailure, "no entity is called"},
		{[]string{"neighbors", "Jpan"}, ExitFailure, "did you mean Japan"},
		{[]string{"rank", "--by", "fame"}, ExitUsage, "fame"},
		{[]string{"query", "while(true){}", "--timeout", "300ms"}, ExitFailure, "time limit"},
		{[]string{"query", "g.V("}, ExitFailure, "query"},
		{[]string{"query", `require("fs").readFileSync("/etc/passwd")`}, ExitFailure, "require"},
		{[]string{"rm", "no-such-doc.txt"}, ExitFailure, "no document named"},
		{[]string{"stats", "--db", filepath.Join(dir, "none.db")}, ExitFailure, "does not exist"},
	}
	for _, c := range cases {
		args := c.args
		if args[0] != "stats" {
			args = append(args, "--db", db)
		}
		if args[0] == "rm" { // rm writes: use a copy of the seed store
			cp := filepath.Join(dir, "rm.db")
			b, _ := os.ReadFile(db)
			os.WriteFile(cp, b, 0o644)
			args = append(c.args, "--db", cp)
		}
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			oneErrorLine(t, runKG(t, dir, nil, args...), c.code, c.want)
		})
	}
}

func TestRmRemovesWhatOnlyTheDocumentSaid(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Maria Silva founded Acme Corp in Lisbon.\n"), 0o644)
	os.WriteFile(b, []byte("Tom Baker acquired Globex Industries in 2020.\n"), 0o644)
	mustKG(t, "build", "--db", db, b)
	only := mustKG(t, "export", "--db", db, "--format", "nq")
	mustKG(t, "build", "--db", db, a)
	if out := mustKG(t, "rm", "--db", db, a); !strings.Contains(out, "removed") {
		t.Errorf("rm said %q", out)
	}
	if after := mustKG(t, "export", "--db", db, "--format", "nq"); after != only {
		t.Errorf("after rm the store differs from one built without the document:\n%s\nvs\n%s", after, only)
	}
}
