package lexicon

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkWordsScan asks every list of cue_words.tsv and target_cues.tsv,
// and the lists the extractors scan most, for the word starting and the
// word ending at every character of the corpus: the lookups whose filters
// are the lists' rune sets.
func BenchmarkWordsScan(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	var text []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, data...)
	}
	s := string(text)
	lists := []*Words{AgencySuffixes(), Titles(), Units(), Qualifiers(), AgencyBoundaries(), Surnames()}
	for name := range cueLists() {
		lists = append(lists, CueWordList(name))
	}
	seen := map[string]bool{}
	for _, r := range TargetCues().labels {
		for _, name := range r {
			if !seen[name] {
				seen[name] = true
				lists = append(lists, TargetCueList(name))
			}
		}
	}
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for range b.N {
		hits := 0
		for i := range s {
			for _, w := range lists {
				if _, ok := w.At(s, i); ok {
					hits++
				}
				if _, ok := w.EndingAt(s, i); ok {
					hits++
				}
			}
		}
		if hits == 0 {
			b.Fatal("no word found")
		}
	}
}
