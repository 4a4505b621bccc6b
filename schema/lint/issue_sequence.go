package lint

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"

	"bulletin/schema"
)

// issueGap: the issues of one series (the same masthead, or issuer, in
// one year) are numbered without gaps: 第38期 → 第40期 misses 第39期.
type issueGap struct{}

func (issueGap) ID() string       { return "issue-gap" }
func (issueGap) Severity() string { return Warning }
func (r issueGap) CheckSeries(recs []*schema.Record) []Finding {
	var out []Finding
	for _, es := range seriesOf(recs) {
		for i := 1; i < len(es); i++ {
			prev, cur := es[i-1], es[i]
			if cur.n > prev.n+1 {
				missing := fmt.Sprintf("第%d期", prev.n+1)
				if cur.n > prev.n+2 {
					missing += fmt.Sprintf(" to 第%d期", cur.n-1)
				}
				out = append(out, finding(r, cur.rec, issueLine(cur.rec, "issue"), "第%d期 follows 第%d期 (%s): %s missing", cur.n, prev.n, prev.rec.Source.Path, missing))
			}
		}
	}
	return out
}

// issueRepeat: no two files of one series carry the same 第N期.
type issueRepeat struct{}

func (issueRepeat) ID() string       { return "issue-repeat" }
func (issueRepeat) Severity() string { return Error }
func (r issueRepeat) CheckSeries(recs []*schema.Record) []Finding {
	var out []Finding
	for _, es := range seriesOf(recs) {
		for i := 1; i < len(es); i++ {
			if prev, cur := es[i-1], es[i]; cur.n == prev.n {
				out = append(out, finding(r, cur.rec, issueLine(cur.rec, "issue"), "第%d期 repeats the issue of %s", cur.n, prev.rec.Source.Path))
			}
		}
	}
	return out
}

type issueEntry struct {
	n   int
	rec *schema.Record
}

// seriesOf groups the numbered issues by series (masthead or issuer, and
// year: numbering starts again each year), each sorted by number.
func seriesOf(recs []*schema.Record) [][]issueEntry {
	series := map[string][]issueEntry{}
	for _, rec := range recs {
		d := rec.Document
		if d.Issue == nil {
			continue
		}
		n, err := strconv.Atoi(*d.Issue)
		if err != nil {
			continue
		}
		name := ""
		switch {
		case d.Title != nil:
			name = *d.Title
		case d.Issuer != nil:
			name = *d.Issuer
		}
		year := ""
		if d.Date != nil && len(*d.Date) >= 4 {
			year = (*d.Date)[:4]
		}
		key := name + "|" + year
		series[key] = append(series[key], issueEntry{n, rec})
	}
	var out [][]issueEntry
	for _, k := range slices.Sorted(maps.Keys(series)) {
		es := series[k]
		sort.SliceStable(es, func(i, j int) bool { return es[i].n < es[j].n })
		out = append(out, es)
	}
	return out
}
