package layout

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// corpusText is the corpus's documents one after another, as one long
// document.
func corpusText(t *testing.T) string {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var text strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
		text.WriteString("\n")
	}
	return text.String()
}

// TestUnitsSameShared: a long document's lines cut in stretches on several
// goroutines are those cut on one, blank lines counted across the
// stretches' edges (a run of them longer than a stretch too).
func TestUnitsSameShared(t *testing.T) {
	text := "\n\n" + corpusText(t)
	text += strings.Repeat("\n", strings.Count(text, "\n")) + "末行\n"
	cl := clean.Lines(text)
	one := unitsWith(cl, 1)
	for _, w := range []int{2, 3, 7} {
		if !reflect.DeepEqual(one, unitsWith(cl, w)) {
			t.Fatalf("lines cut on %d goroutines differ from those cut on one", w)
		}
	}
	if one[len(one)-1].Blanks == 0 || !slices.ContainsFunc(one, func(l cue.Line) bool { return l.Part > 0 }) {
		t.Fatal("no long run of blank lines or no line cut: the test compares too little")
	}
}

// TestDecodeSameShared: a long document scored in stretches and decoded
// under its profiles on several goroutines is labelled as on one.
func TestDecodeSameShared(t *testing.T) {
	d := cue.NewDoc(units(clean.Lines(corpusText(t))))
	matches := cue.Match(d)
	feats := featuresOf(matches)
	for _, w := range []int{2, 3, 7} {
		if !reflect.DeepEqual(feats, featuresOn(matches, w)) {
			t.Fatalf("features on %d goroutines differ from those on one", w)
		}
	}
	continued := 0
	for _, fs := range feats {
		if slices.Contains(fs, continuesCue()) {
			continued++
		}
	}
	if continued == 0 {
		t.Fatal("no line continues another: the stretches' starts are not tried")
	}
	m := weights()
	for _, settle := range []int{len(feats), len(feats) / 2, 0} {
		one := m.emissionsOn(feats, settle, 1)
		for _, w := range []int{2, 3, 7} {
			if !reflect.DeepEqual(one, m.emissionsOn(feats, settle, w)) {
				t.Fatalf("scores on %d goroutines (settled to line %d) differ from those on one", w, settle)
			}
		}
	}
	one, three := m.decodeOn(feats, matches, nil, nil, nil, 1), m.decodeOn(feats, matches, nil, nil, nil, 3)
	if !reflect.DeepEqual(one, three) {
		t.Fatal("the labelling on three goroutines differs from that on one")
	}
}

// assembleLines assembles the document of lines labelled roles, one a
// line, as decoded under the profile at index profile.
func assembleLines(lines []string, roles []cue.Role, profile int) *Document {
	d := cue.NewDoc(unitsWith(clean.Lines(strings.Join(lines, "\n")), 1))
	return assemble(d, labelling{roles: roles, zones: make([]int, len(roles)), profile: profile})
}

// labelledAssembly is an assembly of lines labelled roles, one a line,
// before any of its passes ran: the start a test of one pass needs.
func labelledAssembly(lines []string, roles []cue.Role) *assembly {
	d := cue.NewDoc(unitsWith(clean.Lines(strings.Join(lines, "\n")), 1))
	a := &assembly{d: d, roles: append([]cue.Role(nil), roles...), doc: &Document{}}
	for i, l := range d.Lines {
		a.doc.Lines = append(a.doc.Lines, Labelled{Num: l.Num, Text: l.Text, Role: a.roles[i]})
	}
	return a
}

// labelledCase is lines with the roles a reading gave them, and the value
// a pass of the assembly reads from them ("" for none).
type labelledCase struct {
	name  string
	lines []string
	roles []cue.Role
	want  string
}

// checkLabelledField runs read on each case's labelled assembly and checks
// the value of the field it returns; what names the field in a failure.
func checkLabelledField(t *testing.T, what string, tests []labelledCase, read func(*assembly) *Field) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if f := read(labelledAssembly(tc.lines, tc.roles)); f != nil {
				got = f.Value
			}
			if got != tc.want {
				t.Errorf("%s %q, want %q", what, got, tc.want)
			}
		})
	}
}

// wrapped20 is a notice's text wrapped at twenty columns, each line
// running on into the next: lines that measure a wrap for the title rules.
var wrapped20 = []string{
	"为做好今年清明节期间的祭扫工作，现将有关",
	"事项通告如下，请广大市民群众相互转告，自",
	"觉遵守各项规定，共同营造安全文明的氛围，",
	"确保祭扫活动平稳有序，减少人员大量聚集。",
}

// firstItemTitle assembles lines under a notice's title as a reading
// labels them (a line opening with （ a subheading, one another enumerator
// opens a heading, the rest text, blank lines none) and returns the title
// of the first item, "-" where it has none.
func firstItemTitle(t *testing.T, lines []string) string {
	t.Helper()
	lines = append([]string{"某市民政局关于某某事项的通知"}, lines...)
	var roles []cue.Role
	for _, l := range lines {
		switch {
		case l == "":
		case len(roles) == 0:
			roles = append(roles, cue.Title)
		case strings.HasPrefix(l, "（"):
			roles = append(roles, cue.Subheading)
		case enumerated(l):
			roles = append(roles, cue.Heading)
		default:
			roles = append(roles, cue.Body)
		}
	}
	doc := assembleLines(lines, roles, len(profiles)-1)
	if len(doc.Items) == 0 {
		t.Fatal("no item")
	}
	return valueOf(doc.Items[0].Title)
}
