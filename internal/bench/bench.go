package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kgraph/kg/internal/pgserver"
)

// Config says what to measure.
type Config struct {
	KG      string // the kg binary
	Self    string // this program: the measuring helper and the prose runner
	Corpus  string // a JSON Lines corpus (id, title, date, text)
	WorkDir string // scratch space
	ScaleMB int    // size of the repeated corpus (0 skips the scale runs)
	// ScaleAll also runs kg parse on the repeated corpus (by default only
	// kg extract and kg build --extracted run there).
	ScaleAll bool
	// Postgres is a postgres:// DSN to measure, "" to start a throwaway
	// server when PostgreSQL is installed, or "off".
	Postgres  string
	PathPairs [][2]string
	// StoreBenchmarks runs graph/'s Go benchmarks against the storage
	// targets (from the module root).
	StoreBenchmarks bool
	Out             io.Writer // progress, one line per step
}

// Step is one measured command.
type Step struct {
	Name       string             `json:"name"`
	Input      string             `json:"input"`
	Seconds    float64            `json:"seconds"`     // wall time
	CPUSeconds float64            `json:"cpu_seconds"` // user + system
	PeakRSSMB  float64            `json:"peak_rss_mb"`
	LoadAvg    float64            `json:"load_avg"` // one-minute load average when the step started
	Rates      map[string]float64 `json:"rates"`
	Note       string             `json:"note,omitempty"`
	Error      string             `json:"error,omitempty"`
	Command    string             `json:"command"`
}

// Cores is how many cores the step kept busy on average.
func (s Step) Cores() float64 {
	if s.Seconds <= 0 {
		return 0
	}
	return s.CPUSeconds / s.Seconds
}

// Results is what bench/results.json holds.
type Results struct {
	Machine Machine `json:"machine"`
	Corpus  Corpus  `json:"corpus"`
	Steps   []Step  `json:"steps"`
	Seconds float64 `json:"seconds"` // the whole run
}

// Machine identifies where the figures come from.
type Machine struct {
	CPU       string  `json:"cpu"`
	Cores     int     `json:"cores"`
	MemGB     int     `json:"mem_gb"`
	Go        string  `json:"go"`
	OS        string  `json:"os"`
	Date      string  `json:"date"`
	LoadStart float64 `json:"load_avg_start"`
	LoadEnd   float64 `json:"load_avg_end"`
}

// Corpus describes the inputs.
type Corpus struct {
	Docs       int `json:"docs"`
	Words      int `json:"words"`
	Bytes      int `json:"bytes"`
	ScaleDocs  int `json:"scale_docs"`
	ScaleWords int `json:"scale_words"`
	ScaleBytes int `json:"scale_bytes"`
}

type doc struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

// input is one corpus in the two forms kg reads.
type input struct {
	name        string // wikinews or 20MB
	text, jsonl string // a plain text file (for kg parse and prose), a JSONL file
	words       float64
}

// Run measures every step and returns the results; a failing step is
// recorded with its error and the run goes on.
func Run(ctx context.Context, c Config) (*Results, error) {
	t0 := time.Now()
	docs, err := readCorpus(c.Corpus)
	if err != nil {
		return nil, err
	}
	res := &Results{Machine: machine()}
	res.Corpus.Docs, res.Corpus.Words, res.Corpus.Bytes = len(docs), words(docs), size(docs)
	small := input{name: filepath.Base(filepath.Dir(c.Corpus)), text: filepath.Join(c.WorkDir, "wikinews.txt"), jsonl: c.Corpus, words: float64(res.Corpus.Words)}
	if err := writeText(small.text, docs); err != nil {
		return nil, err
	}
	var big input
	if c.ScaleMB > 0 {
		copies := repeat(docs, c.ScaleMB*1e6)
		res.Corpus.ScaleDocs, res.Corpus.ScaleWords, res.Corpus.ScaleBytes = len(copies), words(copies), size(copies)
		big = input{name: fmt.Sprintf("%dMB", c.ScaleMB), text: filepath.Join(c.WorkDir, "scale.txt"),
			jsonl: filepath.Join(c.WorkDir, "scale.jsonl"), words: float64(res.Corpus.ScaleWords)}
		if err := writeJSONL(big.jsonl, copies); err != nil {
			return nil, err
		}
		if c.ScaleAll {
			if err := writeText(big.text, copies); err != nil {
				return nil, err
			}
		}
	}
	docs = nil
	fmt.Fprintf(c.Out, "kg bench: %d documents, %d words (%.1f MB); load average %.2f\n",
		res.Corpus.Docs, res.Corpus.Words, float64(res.Corpus.Bytes)/1e6, res.Machine.LoadStart)

	b := &bencher{c: c, res: res, r: &runner{self: c.Self, workDir: c.WorkDir}}

	// The NLP pipeline, and prose on the same text.
	parse := b.words(b.kg(ctx, Step{Name: "kg parse", Input: small.name}, nil, "parse", small.text), small.words)
	prose := b.words(b.step(ctx, Step{Name: "prose tag+NER", Input: small.name, Command: "kgbench -prose " + small.text},
		nil, nil, c.Self, "-prose", small.text), small.words)
	if parse.Error == "" && prose.Error == "" {
		// Per CPU-second: on a shared machine the fairest comparison.
		b.res.Steps = append(b.res.Steps, Step{Name: "kg parse / prose", Input: small.name, Rates: map[string]float64{
			"speed ratio (words/CPU-s)": parse.Rates["words/CPU-s"] / prose.Rates["words/CPU-s"],
			"speed ratio (words/s)":     parse.Rates["words/s"] / prose.Rates["words/s"],
			"peak RSS ratio":            parse.PeakRSSMB / prose.PeakRSSMB,
		}, Note: "kg parse also lemmatises and parses; prose tags and finds entities"})
		b.progress(b.res.Steps[len(b.res.Steps)-1])
	}
	// kg extract saves its results (--format docs), which the second round
	// of builds stores without parsing again: that is the store's own
	// loading speed, which the storage targets are about.
	smallDocs := filepath.Join(c.WorkDir, "wikinews.docs.jsonl")
	b.words(b.kgTo(ctx, Step{Name: "kg extract", Input: small.name}, smallDocs, "extract", "--format", "docs", small.jsonl), small.words)

	// Builds into each backend.
	bolt := filepath.Join(c.WorkDir, "wikinews.db")
	stores := []struct{ name, db string }{{"bolt", bolt}, {"memory", "memory"}}
	pg, pgSkip := c.Postgres, ""
	// A throwaway server with PostgreSQL's default durability (fsync on),
	// since the figures are meant for users.
	var srv *pgserver.Server
	if pg == "" {
		if bin := pgserver.FindBin(); bin == "" {
			pgSkip = "skipped: PostgreSQL is not installed (no initdb)"
		} else if srv, err = pgserver.Start(bin, c.WorkDir, true); err != nil {
			pgSkip = "skipped: could not start a throwaway PostgreSQL: " + err.Error()
		} else {
			defer srv.Stop() // also on a panic; Stop is idempotent
			pg = srv.DSN("postgres")
		}
	} else if pg == "off" {
		pgSkip = "skipped (-postgres off)"
	}
	if pgSkip == "" {
		stores = append(stores, struct{ name, db string }{"postgres", pg})
	}
	var counts storeCounts
	for _, st := range stores {
		s := b.build(ctx, st.name, st.db, small)
		if st.name == "bolt" && s.Error == "" {
			counts = b.counts(ctx, st.db)
		}
		if st.name != "bolt" && s.Error == "" && counts.Quads > 0 {
			// The same input gives the same graph on every backend.
			s.Rates["quads/s"] = float64(counts.Quads) / s.Seconds
			s.Note = "quads as counted in the Bolt store"
			b.res.Steps[b.index(s)] = s
		}
	}
	if pgSkip != "" {
		b.skip(Step{Name: "kg build postgres", Input: small.name}, pgSkip)
	}
	// The same documents from the saved extraction, into fresh stores.
	for _, st := range stores {
		db := st.db
		switch {
		case st.name == "bolt":
			db = filepath.Join(c.WorkDir, "wikinews-extracted.db")
		case st.name == "postgres" && srv != nil:
			if err := srv.CreateDB("extracted"); err != nil {
				b.skip(Step{Name: "kg build --extracted postgres", Input: small.name}, err.Error())
				continue
			}
			db = srv.DSN("extracted")
		case st.name == "postgres":
			continue // a server given with -postgres: its database is in use
		}
		s := b.buildExtracted(ctx, st.name, db, smallDocs, small)
		if s.Error == "" && counts.Quads > 0 {
			s.Rates["quads/s"] = float64(counts.Quads) / s.Seconds
			s.Note = fmt.Sprintf("%d quads (as counted in the Bolt store built from text)", counts.Quads)
			if t, ok := loadTargets[st.name]; ok {
				s.Note += "; " + verdict(s.Rates["quads/s"], t, "quads/s", false)
			}
			b.res.Steps[b.index(s)] = s
		}
	}
	if srv != nil {
		srv.Stop() // free its memory before the scale run
	}

	// Exports and paths on the Bolt store.
	nt := 0
	if counts.Quads > 0 {
		var buf bytes.Buffer
		b.r.run(ctx, &Step{}, nil, &buf, c.KG, "export", "--db", bolt, "--format", "nt")
		nt = bytes.Count(buf.Bytes(), []byte("\n"))
	}
	for _, f := range []string{"nt", "nq", "ttl", "jsonld", "dot", "graphml"} {
		s := b.kg(ctx, Step{Name: "kg export " + f, Input: small.name}, nil, "export", "--db", bolt, "--format", f, "-o", os.DevNull)
		if s.Error == "" && nt > 0 {
			s.Rates["RDF triples/s"] = float64(nt) / s.Seconds
			s.Note = fmt.Sprintf("%d RDF triples (N-Triples lines)", nt)
			b.res.Steps[b.index(s)] = s
		}
	}
	b.paths(ctx, bolt, small.name, false)

	// The store alone, against the storage targets.
	if c.StoreBenchmarks {
		b.storeBenchmarks(ctx)
	}

	// The repeated corpus.
	if big.name != "" {
		if c.ScaleAll {
			b.words(b.kg(ctx, Step{Name: "kg parse", Input: big.name}, nil, "parse", big.text), big.words)
		}
		// Extraction and loading apart, so that each has its own speed
		// and peak memory: kg build does both at once.
		bigDocs := filepath.Join(c.WorkDir, "scale.docs.jsonl")
		if s := b.words(b.kgTo(ctx, Step{Name: "kg extract", Input: big.name}, bigDocs, "extract", "--format", "docs", big.jsonl), big.words); s.Error == "" {
			db := filepath.Join(c.WorkDir, "scale.db")
			if s := b.buildExtracted(ctx, "bolt", db, bigDocs, big); s.Error == "" {
				if n := b.counts(ctx, db); n.Quads > 0 {
					last := &b.res.Steps[len(b.res.Steps)-1]
					last.Note += "; " + verdict(last.Rates["quads/s"], loadTargets["bolt"], "quads/s", false)
				}
				b.paths(ctx, db, big.name, true)
			}
		}
	}
	res.Machine.LoadEnd = loadAvg()
	res.Seconds = time.Since(t0).Seconds()
	return res, nil
}

// bencher runs the steps and collects them.
type bencher struct {
	c   Config
	res *Results
	r   *runner
}

func (b *bencher) progress(s Step) {
	msg := s.Error
	if msg == "" {
		msg = s.Note
	}
	if s.Command == "" {
		var rates []string
		for _, k := range sortedKeys(s.Rates) {
			rates = append(rates, num(s.Rates[k])+" "+k)
		}
		fmt.Fprintf(b.c.Out, "  %-24s %-8s %s\n", s.Name, s.Input, strings.Join(rates, ", "))
		return
	}
	fmt.Fprintf(b.c.Out, "  %-24s %-8s %7.2fs wall %7.2fs CPU %6.0f MB  load %5.2f  %s\n", s.Name, s.Input, s.Seconds, s.CPUSeconds, s.PeakRSSMB, s.LoadAvg, msg)
}

// step measures argv and appends the step.
func (b *bencher) step(ctx context.Context, s Step, env []string, stdout io.Writer, argv ...string) Step {
	s.Rates = map[string]float64{}
	if s.Command == "" {
		s.Command = strings.Join(argv, " ")
	}
	b.r.run(ctx, &s, env, stdout, argv...)
	b.res.Steps = append(b.res.Steps, s)
	b.progress(s)
	return s
}

// kg measures one kg command.
func (b *bencher) kg(ctx context.Context, s Step, stdout io.Writer, args ...string) Step {
	s.Command = "kg " + strings.Join(args, " ")
	return b.step(ctx, s, nil, stdout, append([]string{b.c.KG}, args...)...)
}

func (b *bencher) skip(s Step, why string) {
	s.Note = why
	b.res.Steps = append(b.res.Steps, s)
	fmt.Fprintf(b.c.Out, "  %-24s %-8s %s\n", s.Name, s.Input, why)
}

// index finds the step s (by name and input) among the results.
func (b *bencher) index(s Step) int {
	for i := len(b.res.Steps) - 1; i >= 0; i-- {
		if b.res.Steps[i].Name == s.Name && b.res.Steps[i].Input == s.Input {
			return i
		}
	}
	panic("bench: step not recorded: " + s.Name)
}

// words adds words/s (all cores: wall time) and words/CPU-s (per core).
func (b *bencher) words(s Step, n float64) Step {
	if s.Error == "" && s.Seconds > 0 {
		s.Rates["words/s"] = n / s.Seconds
		if s.CPUSeconds > 0 {
			s.Rates["words/CPU-s"] = n / s.CPUSeconds
		}
		b.res.Steps[b.index(s)] = s
	}
	return s
}

// build measures kg build of in into db.
func (b *bencher) build(ctx context.Context, name, db string, in input) Step {
	s := b.buildStep(ctx, Step{Name: "kg build " + name, Input: in.name}, "build", "--db", db, in.jsonl)
	return b.words(s, in.words)
}

// loadTargets are the storage issue's loading targets for kg build.
var loadTargets = map[string]float64{"bolt": 50000, "postgres": 10000}

// buildExtracted measures kg build --extracted of the saved results of in.
func (b *bencher) buildExtracted(ctx context.Context, name, db, saved string, in input) Step {
	return b.buildStep(ctx, Step{Name: "kg build --extracted " + name, Input: in.name}, "build", "--extracted", "--db", db, saved)
}

// buildStep measures one kg build; its summary line gives the number of kg
// triples, hence triples/s.
func (b *bencher) buildStep(ctx context.Context, s Step, args ...string) Step {
	var out bytes.Buffer
	s = b.kg(ctx, s, &out, args...)
	if s.Error == "" {
		var docs, changed, unchanged, sentences, triples int
		if _, err := fmt.Sscanf(out.String(), "built %d documents (%d added or changed, %d unchanged): %d sentences, %d triples",
			&docs, &changed, &unchanged, &sentences, &triples); err == nil && s.Seconds > 0 {
			s.Rates["triples/s"] = float64(triples) / s.Seconds
		}
		b.res.Steps[b.index(s)] = s
	}
	return s
}

// kgTo measures one kg command whose standard output goes to the file out.
func (b *bencher) kgTo(ctx context.Context, s Step, out string, args ...string) Step {
	f, err := os.Create(out)
	if err != nil {
		s.Error = err.Error()
		b.skip(s, s.Error)
		return s
	}
	defer f.Close()
	return b.kg(ctx, s, f, args...)
}

// storeCounts is what kg stats --format json says.
type storeCounts struct {
	Docs    int `json:"docs"`
	Quads   int `json:"quads"`
	Triples int `json:"triples"`
}

// counts asks kg stats for the store's size and adds quads/s to the
// build step that made it.
func (b *bencher) counts(ctx context.Context, db string) storeCounts {
	var out bytes.Buffer
	var st Step
	b.r.run(ctx, &st, nil, &out, b.c.KG, "stats", "--db", db, "--format", "json")
	var c storeCounts
	if st.Error != "" || json.Unmarshal(out.Bytes(), &c) != nil {
		return c
	}
	s := &b.res.Steps[len(b.res.Steps)-1]
	if strings.HasPrefix(s.Name, "kg build") && s.Seconds > 0 {
		s.Rates["quads/s"] = float64(c.Quads) / s.Seconds
		s.Note = fmt.Sprintf("%d docs, %d triples, %d quads", c.Docs, c.Triples, c.Quads)
	}
	return c
}

// paths measures kg path for each pair: the latency of the whole command,
// the median of three runs (one run is at the mercy of whatever else the
// machine does in that tenth of a second). On the repeated corpus (about a
// million quads) it says whether the 100 ms target is met.
func (b *bencher) paths(ctx context.Context, db, input string, scale bool) {
	for _, p := range b.c.PathPairs {
		argv := []string{b.c.KG, "path", "--db", db, p[0], p[1]}
		var runs []Step
		for i := 0; i < 3; i++ {
			s := Step{Name: "kg path " + p[0] + " → " + p[1], Input: input, Rates: map[string]float64{},
				Command: "kg " + strings.Join(argv[1:], " ")}
			b.r.run(ctx, &s, nil, nil, argv...)
			runs = append(runs, s)
			if s.Error != "" {
				break
			}
		}
		sort.SliceStable(runs, func(i, j int) bool { return runs[i].Seconds < runs[j].Seconds })
		s := runs[len(runs)/2]
		for _, r := range runs {
			if r.Error != "" {
				s = r
			}
		}
		if s.Error == "" {
			s.Rates["latency ms"] = s.Seconds * 1000
			s.Note = "the whole command (start, open, search, print), median of 3 runs"
			if scale {
				s.Note += "; " + verdict(s.Seconds*1000, 100, "ms", true)
			}
		}
		b.res.Steps = append(b.res.Steps, s)
		b.progress(s)
	}
}

func readCorpus(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents", path)
	}
	return docs, nil
}

// repeat copies the corpus until it reaches about n bytes, giving each copy
// its own id and a distinct last line so every copy is a new document.
func repeat(docs []doc, n int) []doc {
	var out []doc
	for total, i := 0, 0; total < n; i++ {
		d, round := docs[i%len(docs)], i/len(docs)
		d.ID = fmt.Sprintf("%s-copy%d", d.ID, round)
		d.Text += fmt.Sprintf("\n\n(Copy %d.)", round)
		out = append(out, d)
		total += len(d.Text)
	}
	return out
}

func words(docs []doc) (n int) {
	for _, d := range docs {
		n += len(strings.Fields(d.Text))
	}
	return n
}

func size(docs []doc) (n int) {
	for _, d := range docs {
		n += len(d.Text)
	}
	return n
}

func writeText(path string, docs []doc) error {
	var b bytes.Buffer
	for _, d := range docs {
		b.WriteString(d.Text)
		b.WriteString("\n\n")
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func writeJSONL(path string, docs []doc) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func machine() Machine {
	m := Machine{Cores: runtime.NumCPU(), Go: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH,
		Date: time.Now().UTC().Format("2006-01-02 15:04 UTC"), LoadStart: loadAvg()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int
		fmt.Sscanf(strings.TrimPrefix(firstLine(string(b)), "MemTotal:"), "%d", &kb)
		m.MemGB = (kb + 512<<10) >> 20
	}
	return m
}

// Failed lists the steps that failed.
func (r *Results) Failed() []string {
	var f []string
	for _, s := range r.Steps {
		if s.Error != "" {
			f = append(f, s.Name+" ("+s.Input+")")
		}
	}
	return f
}

// WriteTable prints the results for people.
func WriteTable(w io.Writer, r *Results) {
	m := r.Machine
	fmt.Fprintf(w, "\nmachine: %s, %d cores, %d GB, %s %s, %s; load average %.2f at start, %.2f at end\n",
		m.CPU, m.Cores, m.MemGB, m.Go, m.OS, m.Date, m.LoadStart, m.LoadEnd)
	fmt.Fprintf(w, "corpus: wikinews %d docs, %d words, %.1f MB", r.Corpus.Docs, r.Corpus.Words, float64(r.Corpus.Bytes)/1e6)
	if r.Corpus.ScaleDocs > 0 {
		fmt.Fprintf(w, "; repeated: %d docs, %d words, %.1f MB", r.Corpus.ScaleDocs, r.Corpus.ScaleWords, float64(r.Corpus.ScaleBytes)/1e6)
	}
	fmt.Fprintf(w, "\nwords/s uses wall time (all cores); words/CPU-s is per core; cores = CPU time / wall time\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "step\tinput\twall s\tCPU s\tcores\tpeak RSS MB\tload\trates")
	for _, s := range r.Steps {
		var rates []string
		for _, k := range sortedKeys(s.Rates) {
			rates = append(rates, num(s.Rates[k])+" "+k)
		}
		if s.Error != "" {
			rates = append(rates, "ERROR: "+s.Error)
		} else if s.Note != "" && s.Command == "" {
			rates = append(rates, s.Note)
		} else if i := strings.Index(s.Note, "target "); i >= 0 {
			rates = append(rates, s.Note[i:]) // the verdict; the rest of the note is in the JSON
		}
		if s.Command == "" {
			fmt.Fprintf(tw, "%s\t%s\t\t\t\t\t\t%s\n", s.Name, s.Input, strings.Join(rates, ", "))
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.2f\t%.0f\t%.1f\t%s\n", s.Name, s.Input, s.Seconds, s.CPUSeconds, s.Cores(), s.PeakRSSMB, s.LoadAvg, strings.Join(rates, ", "))
	}
	tw.Flush()
	cpu := 0.0
	for _, s := range r.Steps {
		cpu += s.CPUSeconds
	}
	fmt.Fprintf(w, "\nwhole run: %.0f s wall; the measured commands used %.0f CPU-seconds (%.0f s on %d idle cores at best)\n",
		r.Seconds, cpu, cpu/float64(r.Machine.Cores), r.Machine.Cores)
}

// num formats a rate with sensible precision and thousands separators.
func num(v float64) string {
	if v < 100 {
		return fmt.Sprintf("%.2f", v)
	}
	s := fmt.Sprintf("%.0f", v)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
