package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestQuery(t *testing.T) {
	cases := []struct {
		src, want string // want: JSON of the results
		err       string
	}{
		{`g.V("<https://kg.example.org/entity/lee-jae-myung>").Out("<https://kg.example.org/rel/lead>").All()`,
			`[{"id":"\u003chttps://kg.example.org/entity/south-korea\u003e"}]`, ""},
		{`g.V("Fumio Kishida").In("<http://www.w3.org/2000/01/rdf-schema#label>").Out("<https://kg.example.org/rel/meet>").Out("<http://www.w3.org/2000/01/rdf-schema#label>").Unique().All()`,
			`[{"id":"Lee Jae-myung"}]`, ""},
		{`g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://kg.example.org/type/GPE>").All()`,
			`[{"id":"\u003chttps://kg.example.org/entity/japan\u003e"},{"id":"\u003chttps://kg.example.org/entity/pyongyang\u003e"},{"id":"\u003chttps://kg.example.org/entity/south-korea\u003e"}]`, ""},
		{`while (true) {}`, ``, "time limit"},
		{`require("fs")`, ``, "require"},
		{`g.V(`, ``, "query:"},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := loaded(t, b, fixtureA(), fixtureB())
			for _, c := range cases {
				res, err := st.Query(context.Background(), c.src, 10, time.Second)
				if c.err != "" {
					if err == nil || !strings.Contains(err.Error(), c.err) {
						t.Errorf("%s: err = %v, want %q", c.src, err, c.err)
					}
					if c.err == "time limit" && !errors.Is(err, ErrQueryTimeout) {
						t.Errorf("timeout not ErrQueryTimeout: %v", err)
					}
					continue
				}
				if err != nil {
					t.Errorf("%s: %v", c.src, err)
					continue
				}
				// Result order is the backend's; compare sorted.
				slices.SortFunc(res, func(a, b any) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
				got, _ := json.Marshal(res)
				if string(got) != c.want {
					t.Errorf("%s:\n got %s\nwant %s", c.src, got, c.want)
				}
			}
			// The result limit holds.
			res, err := st.Query(context.Background(), `g.V().All()`, 3, time.Second)
			if err != nil || len(res) != 3 {
				t.Errorf("limit: %d results, %v", len(res), err)
			}
		})
	}
}
