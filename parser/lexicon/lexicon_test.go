package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// naiveAt and naiveEndingAt are what At and EndingAt answer, found by
// trying every word of the list.
func naiveAt(all []string, s string, i int) string {
	best := ""
	for _, w := range all {
		if strings.HasPrefix(s[i:], w) && len(w) > len(best) {
			best = w
		}
	}
	return best
}

func naiveEndingAt(all []string, s string, i int) string {
	best := ""
	for _, w := range all {
		if strings.HasSuffix(s[:i], w) && len(w) > len(best) {
			best = w
		}
	}
	return best
}

// The indexes and filters of Words must not lose a word: at every
// character boundary of the corpus, every list answers as a scan of all
// its words does.
func TestWordsAgreeWithScan(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	var text strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
	}
	s := text.String()
	lists := map[string]*Words{"agency suffixes": AgencySuffixes(), "titles": Titles(), "units": Units(),
		"qualifiers": Qualifiers(), "places": Places().names, "boundaries": AgencyBoundaries()}
	for name, w := range lists {
		all := w.All()
		hits := 0
		for i := range s {
			got, ok := w.At(s, i)
			if want := naiveAt(all, s, i); got != want || ok != (want != "") {
				t.Fatalf("%s: At(%q…) = %q, want %q", name, s[i:min(len(s), i+12)], got, want)
			}
			if ok {
				hits++
			}
			if i == 0 {
				continue
			}
			got, ok = w.EndingAt(s, i)
			if want := naiveEndingAt(all, s, i); got != want || ok != (want != "") {
				t.Fatalf("%s: EndingAt(…%q) = %q, want %q", name, s[max(0, i-12):i], got, want)
			}
		}
		if hits == 0 {
			t.Errorf("%s: no word found in the corpus; the test checks nothing", name)
		}
	}
}

// A word stands on one row of cue_words.tsv with all its lists: a second
// row would be dropped when the list is read.
func TestCueWordsOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rows("cue_words.tsv") {
		if seen[r[0]] {
			t.Errorf("cue_words.tsv: %q stands on two rows; give its lists on one", r[0])
		}
		seen[r[0]] = true
	}
}
