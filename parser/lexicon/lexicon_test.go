package lexicon

import (
	"bytes"
	"go/format"
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
	type matcher interface {
		All() []string
		At(string, int) (string, bool)
		EndingAt(string, int) (string, bool)
	}
	lists := map[string]matcher{"agency suffixes": AgencySuffixes(), "titles": Titles(), "units": Units(),
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

// A word stands on one row of a labelled list with all its labels: a
// second row would be dropped when the list is read (newWords keeps the
// first).
func TestWordsOnce(t *testing.T) {
	for _, name := range []string{"cue_words.tsv", "agency_suffixes.tsv", "agency_cues.tsv", "titles.tsv", "units.tsv", "qualifiers.tsv", "stance.tsv", "agency_words.tsv", "domain.tsv", "levels.tsv", "phone_words.tsv"} {
		seen := map[string]bool{}
		for _, r := range rows(name) {
			if seen[r[0]] {
				t.Errorf("%s: %q stands on two rows; give its labels on one", name, r[0])
			}
			seen[r[0]] = true
		}
	}
}

// TestPlacesCurrent checks that places_gen.go is what go generate makes of
// the data files, and that the tables give what the files say.
func TestPlacesCurrent(t *testing.T) {
	src, err := format.Source(PlacesSource())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("places_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, got) {
		t.Fatal("places_gen.go is stale: run go generate ./parser/lexicon")
	}
	divs, parents, byName, byShort := parsedPlaces()
	g := Places()
	for i, d := range divs {
		want := ""
		if parents[i] >= 0 {
			want = divs[parents[i]].Code
		}
		if p := g.divisions[i].Parent; (p == nil) != (want == "") || p != nil && p.Code != want {
			t.Fatalf("%s: parent %v, want %q", d.Name, p, want)
		}
	}
	for _, m := range []map[string][]int16{byName, byShort} {
		for name := range m {
			if !g.Has(name) {
				t.Errorf("Has(%q) = false", name)
			}
			ix := byName[name]
			if len(ix) == 0 {
				ix = byShort[name]
			}
			ds := g.Lookup(name)
			if len(ds) != len(ix) {
				t.Fatalf("Lookup(%q): %d divisions, want %d", name, len(ds), len(ix))
			}
			for k, i := range ix {
				if ds[k].Code != divs[i].Code {
					t.Fatalf("Lookup(%q)[%d] = %s, want %s", name, k, ds[k].Code, divs[i].Code)
				}
			}
		}
	}
	if g.Has("不是地名") || g.Lookup("不是地名") != nil {
		t.Error("a word that names no place is found")
	}
	if d := g.Lookup("西峡县"); len(d) != 1 || d[0].Prefecture() == nil || d[0].Prefecture().Name != "南阳市" || d[0].Province().Name != "河南省" {
		t.Errorf("西峡县: %v", d)
	}
}

// A blockSet holds what a flat runeSet holds: the same runes marked, every
// rune from 0x10000 up counted in, whatever blocks the marks fall in.
func TestBlockSetAgreesWithRuneSet(t *testing.T) {
	for _, marks := range [][]rune{
		nil,
		{'县'},
		{0, 511, 512, 0xFFFF},
		{'民', '政', '局', 'a', '中', '心', 0x10000, 0x1F600},
		[]rune("关于做好社会救助工作的通知各乡镇人民政府街道办事处"),
	} {
		var flat runeSet
		var blocks blockSet
		for _, r := range marks {
			mark(&flat, r)
			blocks.mark(r)
		}
		for r := rune(0); r < 0x10100; r++ {
			if got, want := blocks.marked(r), marked(&flat, r); got != want {
				t.Fatalf("marks %q: marked(%U) = %v, want %v", string(marks), r, got, want)
			}
		}
	}
	var all blockSet
	for r := rune(0); r < 1<<16; r++ {
		all.mark(r)
	}
	if len(all.bits) != len(all.block) {
		t.Errorf("every rune marked: %d blocks of bits, want %d", len(all.bits), len(all.block))
	}
	for r := rune(0); r < 1<<16; r++ {
		if !all.marked(r) {
			t.Fatalf("every rune marked: %U not", r)
		}
	}
}
