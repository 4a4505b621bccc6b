package cue

import (
	"strings"

	"bulletin/parser/agency"
)

// agencyRow: the names of two bodies or more set side by side on one line,
// parted by white space (某镇人民政府　某乡人民政府): a list set in
// columns, as a 表彰 names its units, or the co-issuers of a 落款; or a
// body's name and the grade a rating gave it (某某养老院 二级), a line of a
// list of results. A heading or a headline names no such row.
type agencyRow struct{}

func (agencyRow) Name() string    { return "agency-row" }
func (agencyRow) Roles() []Role   { return []Role{Body, Signature} }
func (agencyRow) Needs() []string { return nil }
func (agencyRow) Denies() []Role  { return []Role{Title, Section, Heading, Subheading} }

func (agencyRow) Match(d *Doc, i int) bool {
	if d.punct[i] {
		return false
	}
	names := strings.Fields(d.Lines[i].Text)
	if len(names) < 2 {
		return false
	}
	if len(names) == 2 && agency.Shapes(names[0]) && grades.has(names[1]) {
		return true
	}
	for _, n := range names {
		if !agency.Shapes(n) {
			return false
		}
	}
	return true
}
