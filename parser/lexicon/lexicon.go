// Package lexicon holds the word lists the parser reads, as embedded data
// files under data/, each with its source noted at its top: agency endings,
// titles of office, measure words, surnames, places. Lists load once, on
// first use.
package lexicon

import (
	"bufio"
	"embed"
	"sort"
	"strings"
	"sync"
)

//go:embed data
var files embed.FS

// rows reads a data file: one entry a line, tab-separated fields, lines
// starting with # are comments.
func rows(name string) [][]string {
	f, err := files.Open("data/" + name)
	if err != nil {
		panic("lexicon: missing embedded file " + name) // a build defect, not input
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

// Suffixes is a list of word endings, longest first, each with a label.
type Suffixes struct {
	words  []string
	labels map[string]string
}

// Match returns the longest ending of s in the list, and its label.
func (x *Suffixes) Match(s string) (string, string, bool) {
	for _, w := range x.words {
		if strings.HasSuffix(s, w) {
			return w, x.labels[w], true
		}
	}
	return "", "", false
}

// Words are the entries, longest first.
func (x *Suffixes) Words() []string { return x.words }

// Label is the label of an entry.
func (x *Suffixes) Label(w string) string { return x.labels[w] }

func loadSuffixes(name string) *Suffixes {
	x := &Suffixes{labels: map[string]string{}}
	for _, r := range rows(name) {
		w := r[0]
		if _, dup := x.labels[w]; dup {
			continue
		}
		label := ""
		if len(r) > 1 {
			label = r[1]
		}
		x.words = append(x.words, w)
		x.labels[w] = label
	}
	sort.SliceStable(x.words, func(i, j int) bool { return len(x.words[i]) > len(x.words[j]) })
	return x
}

var agencySuffixes = sync.OnceValue(func() *Suffixes { return loadSuffixes("agency_suffixes.tsv") })

// AgencySuffixes are the endings of agency names (局, 办公室, 中心, 协会 …)
// labelled with the kind of body (government, unit, party, institution,
// social, company).
func AgencySuffixes() *Suffixes { return agencySuffixes() }
