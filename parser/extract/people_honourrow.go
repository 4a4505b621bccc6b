package extract

import (
	"iter"
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
	return adjacentRows(lineSpans(t.String()), func(start, end int) (schema.Person, bool, bool) {
		return honourRow(t, start, end)
	})
}

// adjacentRows reads the rows of a list that prints one person a line
// (honourRows, nomineeRows): read gives the person the line from start to
// end holds as a row, whether a mark only a row prints (a bracket of sex
// or ethnic group) makes it one on its own, and whether it is a row at
// all. A line that is no row ends the run of rows before it (a blank
// line is none of the text's: its lines are those that print something);
// a run is kept where it holds two rows or more, or one marked, as
// one line parted by a space alone may be anything. Each row kept comes
// with its line.
func adjacentRows(lines iter.Seq2[int, int], read func(start, end int) (schema.Person, bool, bool)) ([]schema.Person, []bounds) {
	type row struct {
		p      schema.Person
		line   bounds
		marked bool
	}
	var run []row
	var out []schema.Person
	var kept []bounds
	flush := func() {
		if len(run) > 1 || len(run) == 1 && run[0].marked {
			for _, r := range run {
				out = append(out, r.p)
				kept = append(kept, r.line)
			}
		}
		run = run[:0]
	}
	for start, end := range lines {
		p, marked, ok := read(start, end)
		if !ok {
			flush()
			continue
		}
		run = append(run, row{p, bounds{start, end}, marked})
	}
	flush()
	return out, kept
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
