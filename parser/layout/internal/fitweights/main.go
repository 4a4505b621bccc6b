// Command fitweights fits the layout decoder's weights to the documents of
// testdata/roles and testdata/more, each with its lines labelled, and to the same documents
// laid out again (without blank lines, a paragraph a line, wrapped at
// other widths). `go generate ./parser/layout` runs it; with -cv it fits
// leaving each document out in turn and reports how the fitted and the
// hand-set weights label the documents left out.
package main

import (
	"bulletin/parser/hant"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
)

func main() {
	out := flag.String("o", "weights.tsv", "file to write the weights to")
	dir := flag.String("testdata", "../../testdata", "folder holding corpus/ and roles/")
	epochs := flag.Int("epochs", layout.DefaultFitting.Epochs, "passes over the documents")
	lambda := flag.Float64("lambda", layout.DefaultFitting.Lambda, "how strongly the weights are held to the hand-set ones (0: averaged perceptron)")
	orders := flag.Int("orders", layout.DefaultFitting.Orders, "shuffled orders to average over")
	tail := flag.Int("tail", layout.DefaultFitting.Tail, "percent of first epochs left out of the average")
	cv := flag.Bool("cv", false, "cross-validate instead: leave each document out, report")
	verbose := flag.Bool("v", false, "with -cv, list the lines labelled wrong")
	explain := flag.String("explain", "", "instead: show how the layout reads this text file, line by line")
	emit := flag.String("emit", "", "with -explain, the line numbers (comma-separated) to show every role's score for")
	lenient := flag.Bool("lenient", false, "skip documents whose roles no profile admits instead of failing")
	eval := flag.String("eval", "", "instead: score the embedded weights on the labelled documents of this folder (NAME.txt beside NAME.roles)")
	flag.Parse()
	if *explain != "" {
		text, err := os.ReadFile(*explain)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fitweights:", err)
			os.Exit(1)
		}
		lines := map[int]bool{}
		for _, f := range strings.Split(*emit, ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil {
				lines[n] = true
			}
		}
		// The parser reads traditional characters in their simplified
		// form; so does the explanation.
		layout.Explain(os.Stdout, hant.Map(string(text)), lines)
		return
	}
	if *eval != "" {
		docs, err := loadFrom(filepath.Join(*eval, "*.roles"), func(name string) string { return filepath.Join(*eval, name+".txt") })
		if err != nil {
			fmt.Fprintln(os.Stderr, "fitweights:", err)
			os.Exit(1)
		}
		var exs []layout.Example
		for _, d := range docs {
			exs = append(exs, d[0])
		}
		s := layout.Evaluate(exs, false)
		report("embedded weights on "+*eval, s, true)
		report("hand-set weights on "+*eval, layout.Evaluate(exs, true), false)
		if *verbose {
			for _, ex := range exs {
				layout.Mismatches(os.Stdout, ex)
			}
		}
		return
	}
	docs, err := load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitweights:", err)
		os.Exit(1)
	}
	if *cv {
		var wrong func(string, int, layout.Role, layout.Role)
		if *verbose {
			wrong = func(doc string, num int, got, want layout.Role) {
				fmt.Printf("%s:%d: %s, want %s\n", doc, num, got, want)
			}
		}
		fitted, hand, err := layout.CrossValidate(docs, layout.Fitting{Epochs: *epochs, Lambda: *lambda, Orders: *orders, Tail: *tail}, wrong)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fitweights:", err)
			os.Exit(1)
		}
		report("fitted, each document left out of its fitting", fitted, *verbose)
		report("hand-set", hand, false)
		return
	}
	var all []layout.Example
	for _, d := range docs {
		all = append(all, d...)
	}
	header := fmt.Sprintf("# Weights of the layout decoder, fitted by `go generate ./parser/layout`\n"+
		"# (internal/fitweights) to the %d documents of testdata/roles and %d variants of them,\n"+
		"# %d epochs, λ = %g (fit.go says what that means). Do not edit: fit again.\n", len(docs), len(all)-len(docs), *epochs, *lambda)
	var buf bytes.Buffer
	if err := layout.Fit(all, layout.Fitting{Epochs: *epochs, Lambda: *lambda, Orders: *orders, Tail: *tail, Lenient: *lenient}, &buf, header); err != nil {
		fmt.Fprintln(os.Stderr, "fitweights:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "fitweights:", err)
		os.Exit(1)
	}
}

// load reads every labelled document, those of the corpus (roles in
// roles/, texts in corpus/) and those of other bureaus (more/, texts
// beside), and lays each out again.
func load(dir string) ([][]layout.Example, error) {
	corpus, err := loadFrom(filepath.Join(dir, "roles", "*.roles"), func(name string) string { return filepath.Join(dir, "corpus", name+".txt") })
	if err != nil {
		return nil, err
	}
	more, err := loadFrom(filepath.Join(dir, "more", "*.roles"), func(name string) string { return filepath.Join(dir, "more", name+".txt") })
	return append(corpus, more...), err
}

func loadFrom(pattern string, textOf func(name string) string) ([][]layout.Example, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out [][]layout.Example
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".roles")
		rf, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		kind, rows, err := layout.ReadRoles(rf)
		rf.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		text, err := os.ReadFile(textOf(name))
		if err != nil {
			return nil, err
		}
		// The layout reads a traditional text in simplified characters, as
		// bulletin's parse hands it over (hant.Map, one character for one).
		ex := layout.Example{Name: name, Text: hant.Map(string(text)), Kind: kind, Rows: rows}
		out = append(out, append([]layout.Example{ex}, layout.Variants(ex, layout.FitWidths())...))
	}
	return out, nil
}

func report(title string, s layout.Score, verbose bool) {
	fmt.Printf("%s: lines %.4f, kinds %d/%d\n", title, s.Accuracy(), s.KindRight, s.KindTotal)
	if verbose {
		for _, k := range s.KindWrong {
			fmt.Printf("  kind missed: %s\n", k)
		}
	}
	for r := 0; r < cue.NumRoles; r++ {
		if s.Total[r] > 0 {
			fmt.Printf("  %-12s %4d/%-4d %.3f\n", cue.Role(r), s.Right[r], s.Total[r], float64(s.Right[r])/float64(s.Total[r]))
		}
	}
}
