package cue

import (
	"regexp"
	"strings"
)

// splitStamp: a page's publish stamp that its template prints in boxes,
// each its own line once the page is copied: the year, the month and day,
// the time of day (2024 / 07/30 / 16:46), the year at times set between
// rules (—2023— / 01/19 / 08:18:12). Each of the lines is the page's
// header, however little it says alone: a bare year is no title, a month
// and day no page number.
type splitStamp struct{}

func (splitStamp) Settles() Role            { return Header }
func (splitStamp) Name() string             { return "split-stamp" }
func (splitStamp) Roles() []Role            { return []Role{Header} }
func (splitStamp) Needs() []string          { return nil }
func (splitStamp) Match(d *Doc, i int) bool { return d.stamp[i] }

var (
	stampYearRe  = regexp.MustCompile(`^[—–-]*((?:19|20)\d{2})[—–-]*$`)
	stampDayRe   = regexp.MustCompile(`^(1[0-2]|0?[1-9])[-/.](3[01]|[12]\d|0?[1-9])$`)
	stampClockRe = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)
)

// splitStampAt reads the stamp whose year stands on line i: the date as
// ISO and the stamp's lines (blank lines are none of the document's).
func splitStampAt(lines []Line, i int) (string, []int, bool) {
	if i+1 >= len(lines) {
		return "", nil, false
	}
	y := stampYearRe.FindStringSubmatch(strings.TrimSpace(lines[i].Text))
	if y == nil {
		return "", nil, false
	}
	m := stampDayRe.FindStringSubmatch(strings.TrimSpace(lines[i+1].Text))
	if m == nil {
		return "", nil, false
	}
	at := []int{i, i + 1}
	if i+2 < len(lines) && stampClockRe.MatchString(strings.TrimSpace(lines[i+2].Text)) {
		at = append(at, i+2)
	}
	return y[1] + "-" + pad2(m[1]) + "-" + pad2(m[2]), at, true
}

// measureSplitStamps marks the lines of each split stamp of d.
func measureSplitStamps(lines []Line) []bool {
	out := make([]bool, len(lines))
	for i := range lines {
		if _, at, ok := splitStampAt(lines, i); ok {
			for _, k := range at {
				out[k] = true
			}
		}
	}
	return out
}

// SplitStamp reads the split stamp whose year stands on line i: its date
// and its lines.
func (d *Doc) SplitStamp(i int) (string, []int, bool) { return splitStampAt(d.Lines, i) }
