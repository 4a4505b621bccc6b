// Command fitweights fits the layout decoder's weights to the documents of
// testdata/roles, each with its lines labelled, and to the same documents
// laid out again (without blank lines, a paragraph a line, wrapped at
// other widths). `go generate ./parser/layout` runs it; with -cv it fits
// leaving each document out in turn and reports how the fitted and the
// hand-set weights label the documents left out.
package main

import (
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

// widths are the widths the documents are wrapped at again: a narrow
// column, a page of 公文 (28 characters a line, GB/T 9704-2012 §5.2.2), a
// wide page.
var widths = []int{20, 28, 38}

func main() {
	out := flag.String("o", "weights.tsv", "file to write the weights to")
	dir := flag.String("testdata", "../../testdata", "folder holding corpus/ and roles/")
	epochs := flag.Int("epochs", 10, "passes over the documents")
	lambda := flag.Float64("lambda", 0, "how strongly the weights are held to the hand-set ones (0: averaged perceptron)")
	cv := flag.Bool("cv", false, "cross-validate instead: leave each document out, report")
	verbose := flag.Bool("v", false, "with -cv, list the lines labelled wrong")
	explain := flag.String("explain", "", "instead: show how the layout reads this text file, line by line")
	emit := flag.String("emit", "", "with -explain, the line numbers (comma-separated) to show every role's score for")
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
		layout.Explain(os.Stdout, string(text), lines)
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
		fitted, hand, err := layout.CrossValidate(docs, layout.Fitting{Epochs: *epochs, Lambda: *lambda}, wrong)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fitweights:", err)
			os.Exit(1)
		}
		report("fitted, each document left out of its fitting", fitted)
		report("hand-set", hand)
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
	if err := layout.Fit(all, layout.Fitting{Epochs: *epochs, Lambda: *lambda}, &buf, header); err != nil {
		fmt.Fprintln(os.Stderr, "fitweights:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "fitweights:", err)
		os.Exit(1)
	}
}

// load reads every labelled document and lays it out again.
func load(dir string) ([][]layout.Example, error) {
	files, err := filepath.Glob(filepath.Join(dir, "roles", "*.roles"))
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
		text, err := os.ReadFile(filepath.Join(dir, "corpus", name+".txt"))
		if err != nil {
			return nil, err
		}
		ex := layout.Example{Name: name, Text: string(text), Kind: kind, Rows: rows}
		out = append(out, append([]layout.Example{ex}, layout.Variants(ex, widths)...))
	}
	return out, nil
}

func report(title string, s layout.Score) {
	fmt.Printf("%s: lines %.4f, kinds %d/%d\n", title, s.Accuracy(), s.KindRight, s.KindTotal)
	for r := 0; r < cue.NumRoles; r++ {
		if s.Total[r] > 0 {
			fmt.Printf("  %-12s %4d/%-4d %.3f\n", cue.Role(r), s.Right[r], s.Total[r], float64(s.Right[r])/float64(s.Total[r]))
		}
	}
}
