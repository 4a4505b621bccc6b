package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// gridCase is a row of a table reader's test: its name, the text read,
// and the summary of what the reader made of it that the row wants.
type gridCase struct{ name, text, want string }

// checkGrids runs each row's text through read, the reader under test
// with what it read summed up, and holds the summary against the row's.
func checkGrids(t *testing.T, cases []gridCase, read func(text string) string) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := read(tc.text); got != tc.want {
				t.Errorf("read %q\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// analyzed sums up the grids of the document Analyze lays out of text.
func analyzed(text string) string { return gridSummary(Analyze(clean.Lines(text))) }

// runAssembly is an assembly of the lines of text, every one labelled a
// table's, and the run of them all.
func runAssembly(text string) (*assembly, []int) {
	d := cue.NewDoc(units(clean.Lines(text)))
	roles := make([]Role, len(d.Lines))
	run := make([]int, len(d.Lines))
	for i := range roles {
		roles[i], run[i] = cue.Table, i
	}
	return &assembly{d: d, roles: roles, doc: &Document{Lines: make([]Labelled, len(roles))}}, run
}

// runRead reads text as one run with reader and sums up what it laid out
// with sum ("not read" where it took none).
func runRead(reader func(*assembly, []int) bool, sum func(*Document) string) func(string) string {
	return func(text string) string {
		a, run := runAssembly(text)
		if !reader(a, run) {
			return "not read"
		}
		return sum(a.doc)
	}
}

// withWidths is the grids' summary with the rows' widths after it.
func withWidths(d *Document) string { return gridSummary(d) + "; widths " + gridWidths(d) }

// withText is the grids' summary with the text the reader gave back after
// it, its lines one space apart.
func withText(d *Document) string {
	got := gridSummary(d)
	for _, p := range d.Passages {
		got += "; text: " + strings.Join(strings.Fields(p.Text.String()), " ")
	}
	return got
}
