package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
)

// Config says what to measure.
type Config struct {
	KG        string // the kg binary
	Corpus    string // a JSON Lines corpus (id, title, date, text)
	WorkDir   string // scratch space
	ScaleMB   int    // size of the repeated corpus (0 skips the scale runs)
	Postgres  string // a postgres:// DSN, or "" to skip PostgreSQL
	PathPairs [][2]string
	Out       io.Writer
}

// Step is one measured command.
type Step struct {
	Name       string             `json:"name"`
	Input      string             `json:"input"`
	Cores      int                `json:"cores"`
	Seconds    float64            `json:"seconds"`
	PeakRSSMB  float64            `json:"peak_rss_mb"`
	Rates      map[string]float64 `json:"rates"` // e.g. words/s, triples/s
	Error      string             `json:"error,omitempty"`
	Command    string             `json:"command"`
	commandOut []byte
}

// Results is what bench/results.json holds.
type Results struct {
	Machine Machine `json:"machine"`
	Corpus  Corpus  `json:"corpus"`
	Steps   []Step  `json:"steps"`
}

// Machine identifies where the figures come from.
type Machine struct {
	CPU   string `json:"cpu"`
	Cores int    `json:"cores"`
	MemGB int    `json:"mem_gb"`
	Go    string `json:"go"`
	OS    string `json:"os"`
	Date  string `json:"date"`
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

// Run measures every step and returns the results; a failing step is
// recorded with its error and the run goes on.
func Run(ctx context.Context, c Config) (*Results, error) {
	docs, err := readCorpus(c.Corpus)
	if err != nil {
		return nil, err
	}
	res := &Results{Machine: machine()}
	text := filepath.Join(c.WorkDir, "corpus.txt")
	res.Corpus.Docs, res.Corpus.Words, res.Corpus.Bytes = len(docs), words(docs), size(docs)
	if err := writeText(text, docs); err != nil {
		return nil, err
	}
	scale := ""
	if c.ScaleMB > 0 {
		scale = filepath.Join(c.WorkDir, "scale.jsonl")
		big := repeat(docs, c.ScaleMB<<20)
		res.Corpus.ScaleDocs, res.Corpus.ScaleWords, res.Corpus.ScaleBytes = len(big), words(big), size(big)
		if err := writeJSONL(scale, big); err != nil {
			return nil, err
		}
	}
	w, n := float64(res.Corpus.Words), runtime.NumCPU()
	run := func(s Step, env []string, args ...string) Step {
		s = measure(ctx, c.KG, env, args...)(s)
		res.Steps = append(res.Steps, s)
		fmt.Fprintf(c.Out, "  %-28s %-8s %d core(s) %8.2fs %7.0f MB %s\n", s.Name, s.Input, s.Cores, s.Seconds, s.PeakRSSMB, s.Error)
		return s
	}
	one := []string{"GOMAXPROCS=1"}
	fmt.Fprintf(c.Out, "kg bench: %d documents, %d words (%.1f MB)\n", res.Corpus.Docs, res.Corpus.Words, float64(res.Corpus.Bytes)/1e6)

	perWord := func(s Step, words float64) Step {
		if s.Error == "" && s.Seconds > 0 {
			s.Rates["words/s"] = words / s.Seconds
		}
		res.Steps[len(res.Steps)-1] = s
		return s
	}
	perWord(run(Step{Name: "parse", Input: "wikinews", Cores: 1}, one, "parse", text), w)
	perWord(run(Step{Name: "parse", Input: "wikinews", Cores: n}, nil, "parse", text), w)
	ps := Prose(text, res.Corpus.Words)
	res.Steps = append(res.Steps, ps)
	fmt.Fprintf(c.Out, "  %-28s %-8s %d core(s) %8.2fs\n", ps.Name, ps.Input, ps.Cores, ps.Seconds)
	if kgParse := res.Steps[0]; kgParse.Error == "" && ps.Error == "" {
		ps.Rates["kg parse / prose speed"] = kgParse.Rates["words/s"] / ps.Rates["words/s"]
	}
	perWord(run(Step{Name: "extract", Input: "wikinews", Cores: 1}, one, "extract", "--workers", "1", c.Corpus), w)
	perWord(run(Step{Name: "extract", Input: "wikinews", Cores: n}, nil, "extract", c.Corpus), w)

	stores := []struct{ name, db string }{
		{"bolt", filepath.Join(c.WorkDir, "bench.db")},
		{"memory", "memory"},
	}
	if c.Postgres != "" {
		stores = append(stores, struct{ name, db string }{"postgres", c.Postgres})
	}
	triples := 0
	for _, st := range stores {
		s := run(Step{Name: "build " + st.name, Input: "wikinews", Cores: n}, nil, "build", "--db", st.db, c.Corpus)
		if st.name == "bolt" && s.Error == "" {
			triples, _ = countLines(ctx, c.KG, "export", "--db", st.db, "--format", "nt")
			quads, _ := countLines(ctx, c.KG, "export", "--db", st.db, "--format", "nq")
			s.Rates["words/s"] = w / s.Seconds
			s.Rates["exported N-Quads lines/s"] = float64(quads) / s.Seconds
		}
		res.Steps[len(res.Steps)-1] = s
	}
	bolt := stores[0].db
	for _, f := range []string{"nt", "nq", "ttl", "jsonld", "dot", "graphml"} {
		s := run(Step{Name: "export " + f, Input: "wikinews", Cores: n}, nil, "export", "--db", bolt, "--format", f, "-o", os.DevNull)
		if s.Error == "" && triples > 0 {
			s.Rates["N-Triples lines/s"] = float64(triples) / s.Seconds
			res.Steps[len(res.Steps)-1] = s
		}
	}
	for _, p := range c.PathPairs {
		run(Step{Name: "path " + p[0] + " → " + p[1], Input: "wikinews", Cores: n}, nil, "path", "--db", bolt, p[0], p[1])
	}
	if scale != "" {
		sw := float64(res.Corpus.ScaleWords)
		perWord(run(Step{Name: "extract", Input: "20MB", Cores: n}, nil, "extract", scale), sw)
		perWord(run(Step{Name: "build bolt", Input: "20MB", Cores: n}, nil, "build", "--db", filepath.Join(c.WorkDir, "scale.db"), scale), sw)
	}
	return res, nil
}

// measure runs kg and records wall time and the child's peak RSS.
func measure(ctx context.Context, kg string, env []string, args ...string) func(Step) Step {
	return func(s Step) Step {
		s.Rates = map[string]float64{}
		s.Command = "kg " + strings.Join(args, " ")
		cmd := exec.CommandContext(ctx, kg, args...)
		cmd.Env = append(os.Environ(), env...)
		cmd.Stdout = io.Discard
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		s.Seconds = time.Since(start).Seconds()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && cmd.ProcessState != nil {
			s.PeakRSSMB = float64(ru.Maxrss) / 1024 // Linux reports KiB
		}
		if err != nil {
			s.Error = strings.TrimSpace(firstLine(stderr.String()) + " " + err.Error())
		}
		return s
	}
}

func countLines(ctx context.Context, kg string, args ...string) (int, error) {
	out, err := exec.CommandContext(ctx, kg, args...).Output()
	return bytes.Count(out, []byte("\n")), err
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
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
	return docs, sc.Err()
}

// repeat copies the corpus until it reaches about n bytes, giving each copy
// its own id and a distinct last line so every copy is a new document.
func repeat(docs []doc, n int) []doc {
	var out []doc
	for total, round := 0, 0; total < n; round++ {
		for _, d := range docs {
			d.ID = fmt.Sprintf("%s-copy%d", d.ID, round)
			d.Text += fmt.Sprintf("\n\n(Copy %d.)", round)
			out = append(out, d)
			total += len(d.Text)
		}
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
	m := Machine{Cores: runtime.NumCPU(), Go: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH, Date: time.Now().Format("2006-01-02")}
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

// WriteTable prints the results for people.
func WriteTable(w io.Writer, r *Results) {
	fmt.Fprintf(w, "\nmachine: %s, %d cores, %d GB, %s %s, %s\n", r.Machine.CPU, r.Machine.Cores, r.Machine.MemGB, r.Machine.Go, r.Machine.OS, r.Machine.Date)
	fmt.Fprintf(w, "corpus: wikinews %d docs, %d words; scale %d docs, %d words\n\n", r.Corpus.Docs, r.Corpus.Words, r.Corpus.ScaleDocs, r.Corpus.ScaleWords)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "step\tinput\tcores\tseconds\tpeak RSS MB\trates")
	for _, s := range r.Steps {
		var rates []string
		for _, k := range sortedKeys(s.Rates) {
			rates = append(rates, fmt.Sprintf("%.0f %s", s.Rates[k], k))
		}
		if s.Error != "" {
			rates = append(rates, "ERROR: "+s.Error)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%.0f\t%s\n", s.Name, s.Input, s.Cores, s.Seconds, s.PeakRSSMB, strings.Join(rates, ", "))
	}
	tw.Flush()
}

func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
