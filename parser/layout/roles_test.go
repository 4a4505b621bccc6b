package layout

import (
	"bulletin/parser/hant"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

var (
	showRoles = flag.Bool("roles", false, "print every line whose role differs from its golden role")
	useHand   = flag.Bool("hand", false, "label with the hand-set weights, not the fitted ones")
)

// loadRoles reads the documents of testdata/roles (texts in
// testdata/corpus) and of testdata/more (texts beside) with their roles.
func loadRoles(t *testing.T) []Example {
	t.Helper()
	corpus, err := filepath.Glob("../../testdata/roles/*.roles")
	if err != nil || len(corpus) == 0 {
		t.Fatalf("no line-role files: %v", err)
	}
	more, _ := filepath.Glob("../../testdata/more/*.roles")
	var out []Example
	for _, f := range append(corpus, more...) {
		name := strings.TrimSuffix(filepath.Base(f), ".roles")
		rf, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		kind, rows, err := ReadRoles(rf)
		rf.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		textFile := "../../testdata/corpus/" + name + ".txt"
		if filepath.Base(filepath.Dir(f)) == "more" {
			textFile = strings.TrimSuffix(f, ".roles") + ".txt"
		}
		text, err := os.ReadFile(textFile)
		if err != nil {
			t.Fatal(err)
		}
		// In simplified characters, as the parse hands a text to the layout.
		out = append(out, Example{Name: name, Text: hant.Map(string(text)), Kind: kind, Rows: rows})
	}
	return out
}

// TestLineRoles labels every document of testdata/roles and reports the
// accuracy per role against its golden roles; the whole must reach 0.97.
func TestLineRoles(t *testing.T) {
	exs := loadRoles(t)
	s := Evaluate(exs, *useHand)
	for r := 0; r < cue.NumRoles; r++ {
		if s.Total[r] > 0 {
			t.Logf("%-12s %4d/%-4d %.3f", cue.Role(r), s.Right[r], s.Total[r], float64(s.Right[r])/float64(s.Total[r]))
		}
	}
	t.Logf("all lines %.4f, kinds %d/%d", s.Accuracy(), s.KindRight, s.KindTotal)
	if *showRoles {
		for _, ex := range exs {
			d := analyzeWith(clean.Lines(ex.Text), *useHand)
			gold := alignRoles(unitsOf(d), ex.Rows)
			for i, l := range d.Lines {
				if gold[i] >= 0 && cue.Role(gold[i]) != l.Role {
					t.Logf("%s:%d: %s, want %s: %s", ex.Name, l.Num, l.Role, cue.Role(gold[i]), firstRunes(l.Text, 40))
				}
			}
			if d.Kind != ex.Kind {
				t.Logf("%s: kind %s, want %s", ex.Name, d.Kind, ex.Kind)
			}
		}
	}
	if s.Accuracy() < 0.97 {
		t.Errorf("line-role accuracy %.4f, want at least 0.97", s.Accuracy())
	}
	if s.KindRight != s.KindTotal {
		t.Errorf("kinds %d/%d right", s.KindRight, s.KindTotal)
	}
}

func unitsOf(d *Document) []cue.Line {
	out := make([]cue.Line, len(d.Lines))
	for i, l := range d.Lines {
		out[i] = cue.Line{Num: l.Num, Part: l.Part, Text: l.Text}
	}
	return out
}
