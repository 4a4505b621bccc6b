package extract

import (
	"regexp"

	"bulletin/parser/span"
	"bulletin/schema"
)

// honourRows reads the rows of a list of honoured people (先进个人名单), one
// person a line: the name, the sex or ethnic group in brackets where the
// list prints it (张某某(女)), then the unit and post run on
// (张某某(女)某市民政局副局长), or set off by a space where no bracket
// parts them (张某某 某市民政局局长). The post is the person's, as on a
// roster line (memberPerson). A line with the bracket is a row on its own,
// as the bracket marks it one; a line parted by a space alone only where
// a row of either form stands next to it, since one such line may be
// anything. The rows' lines are returned too, so the title rules do not
// read a post at one line's end as the title of the name opening the next.
func honourRows(t span.Text) ([]schema.Person, []bounds) {
	s := t.String()
	type row struct {
		p      schema.Person
		line   bounds
		marked bool
	}
	var run []row
	var out []schema.Person
	var lines []bounds
	flush := func() {
		if len(run) > 1 || len(run) == 1 && run[0].marked {
			for _, r := range run {
				out = append(out, r.p)
				lines = append(lines, r.line)
			}
		}
		run = run[:0]
	}
	last := -1 // the end of the line the run holds last
	for start, end := range lineSpans(s) {
		p, marked, ok := honourRow(t, start, end)
		if !ok || last >= 0 && !onlyBlankBetween(s, last, start) {
			flush()
		}
		if !ok {
			last = -1
			continue
		}
		run = append(run, row{p, bounds{start, end}, marked})
		last = end
	}
	flush()
	return out, lines
}

// honourMark is a row's name with the bracket after it that gives the
// sex or the ethnic group (张某某(女), 李某(回族)), and the rest of the line.
var honourMark = regexp.MustCompile(`^(\p{Han}{2,4})[(（](女|男|\p{Han}{1,3}族)[)）](\p{Han}[\p{Han}、]*)$`)

// honourRow reads one row of an honours list from start to end: the
// person and whether the sex or ethnic bracket marked the row.
func honourRow(t span.Text, start, end int) (schema.Person, bool, bool) {
	s := t.String()
	if m := honourMark.FindStringSubmatchIndex(s[start:end]); m != nil {
		name, mark := s[start+m[2]:start+m[3]], s[start+m[4]:start+m[5]]
		p, ok := chainedPost(name, s[start+m[6]:start+m[7]], transcribedRow(name, mark)) // people_honourchain.go
		if !ok || p.Role == nil {
			return schema.Person{}, false, false
		}
		p.Found = found(t, start, end, "people/honour-row")
		return p, true, true
	}
	p, ok := memberOf(t, start, end)
	if !ok || p.Role == nil {
		return schema.Person{}, false, false
	}
	p.Found.Rule = "people/honour-row"
	return p, false, true
}
