package cue

import "strings"

// pageColumn: the name of a newspaper page's column under its number, in
// a paper's list of its pages (第01版 / 头版, 第02版 / 新闻, …): the site's
// directory of the issue, never a heading of the article the page shows.
type pageColumn struct{}

func (pageColumn) Name() string             { return "page-column" }
func (pageColumn) Roles() []Role            { return []Role{Chrome} }
func (pageColumn) Settles() Role            { return Chrome }
func (pageColumn) Needs() []string          { return nil }
func (pageColumn) Match(d *Doc, i int) bool { return d.pageColumns[i] }

// columnPairs is the least number of page numbers, each over its column's
// name, that list a paper's pages: one is a page over its headline.
const columnPairs = 2

// measurePageColumns marks the column names of a list of a paper's pages:
// words with no clause mark, each right under a page's number, two such
// pairs in a row at the least (one number over one line of words is a page
// with its headline).
func measurePageColumns(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	// A paper's page number alone on its line (第01版), no column's name
	// run on after it (第01版:头版).
	paper := func(i int) bool {
		if i >= len(d.Lines) {
			return false
		}
		t := strings.TrimSpace(d.Lines[i].Text)
		return strings.HasSuffix(t, "版") && isPageNumber(t)
	}
	column := func(i int) bool { return i < len(d.Lines) && d.shaped(i) && !paper(i) }
	for i := 0; i+1 < len(d.Lines); {
		j := i
		for paper(j) && column(j+1) {
			j += 2
		}
		if (j-i)/2 >= columnPairs {
			for k := i + 1; k < j; k += 2 {
				out[k] = true
			}
		}
		if j > i {
			i = j
		} else {
			i++
		}
	}
	return out
}
