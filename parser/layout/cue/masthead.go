package cue

import (
	"strconv"
	"strings"

	"bulletin/parser/chrono"
)

// masthead: a bulletin's name on a line of its own: 南阳民政工作动态,
// 民政简报, 2024年2月全区社会救助工作动态, 民政信息（增刊）.
type masthead struct{}

func (masthead) Name() string    { return "masthead" }
func (masthead) Roles() []Role   { return []Role{Title} }
func (masthead) Kind() string    { return "bulletin" }
func (masthead) Needs() []string { return nil }

func (masthead) Match(d *Doc, i int) bool {
	if !d.shaped(i) || (trailColumn{}).Match(d, i) {
		return false // a column the trail above leads through (首页>>市直动态>> / 市直动态) is the site's
	}
	s := MastheadName(d.Lines[i].Sq)
	if strings.ContainsAny(s, "：:") {
		return false
	}
	// An edition in brackets may follow the name: （增刊）, （第2期）.
	if strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")") {
		if k := strings.LastIndexAny(s, "（("); k > 0 {
			s = s[:k]
		}
	}
	// The way an issue presents its news may follow the name: 工作动态速览.
	if t, ok := mastheadTails.suffix(s); ok {
		if _, named := mastheadWords.suffix(s[:len(s)-len(t)]); named {
			s = s[:len(s)-len(t)]
		}
	}
	w, ok := mastheadWords.suffix(s)
	if !ok || len(s) == len(w) || NoticeTitle(s) {
		return false
	}
	// 社会服务统计月报: a statistical form of the period, one table, no
	// issue of news.
	_, statistical := statisticalForms.suffix(s[:len(s)-len(w)])
	return !statistical
}

// dayStamp reports whether the figures f are a day written with no marks
// (20221229): a record's date run on to its name (养老扶持补贴信息20221229),
// no issue's number.
func dayStamp(f string) bool {
	if len(f) != len("20060102") {
		return false
	}
	y, _ := strconv.Atoi(f[:4])
	m, _ := strconv.Atoi(f[4:6])
	day, _ := strconv.Atoi(f[6:])
	return chrono.PlausibleYear(y) && chrono.ValidDay(y, m, day)
}

// MastheadName reads a bulletin's name from its masthead line: without the
// label of a collection's part over it (第一篇:…社区动态) and without the
// issue's number printed after it (…社区动态3, the big figure beside the
// name).
func MastheadName(s string) string {
	s = s[PartLabel(s):]
	if t := strings.TrimRight(s, "0123456789"); len(t) < len(s) && !dayStamp(s[len(t):]) {
		if _, ok := mastheadWords.suffix(t); ok {
			return t
		}
	}
	return s
}

// mastheadFirst: the document's first line of Chinese text that could be a
// title is a bulletin's name (民政工作动态, 2024年2月全区社会救助工作动态):
// GOLD.md makes a 简报 / 工作动态 / 信息 issue a bulletin. A masthead word
// ending a later line may be a wrapped sentence's, and a name under the
// text's first sentence is no masthead: a bulletin prints its name over
// its news (a page's column label 市级动态 set after the report).
type mastheadFirst struct{}

func (mastheadFirst) Name() string    { return "masthead-first" }
func (mastheadFirst) Roles() []Role   { return []Role{Title} }
func (mastheadFirst) Kind() string    { return "bulletin" }
func (mastheadFirst) Defines() bool   { return true }
func (mastheadFirst) Needs() []string { return nil }

func (mastheadFirst) Match(d *Doc, i int) bool {
	// A web page's column label (政务动态) over the page's headline, the
	// headline over the page's information line, names the column, not
	// an issue.
	if i+2 < len(d.Lines) && d.info[i+2] && !d.info[i+1] && !d.ends[i+1] {
		return false
	}
	return i < d.running && d.Lines[i].Sq == d.headline && d.firstAt[d.headline] == i && (masthead{}).Match(d, i)
}
