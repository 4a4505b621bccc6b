package cue

import (
	"regexp"
	"strings"
)

// footerList: a distribution list at a bulletin's foot or a 公文's 版记
// (GB/T 9704-2012 §7.4.2): 报：…, 发：…, 抄送：…, 发至：….
type footerList struct{}

func (footerList) Name() string    { return "footer-list" }
func (footerList) Roles() []Role   { return []Role{Footer} }
func (footerList) Needs() []string { return []string{"：", ":"} }

func (footerList) Match(d *Doc, i int) bool {
	_, _, ok := FooterList(d.Lines[i].Sq)
	return ok
}

// FooterList reads a distribution list's label and the text after it.
func FooterList(s string) (label, rest string, ok bool) {
	s = strings.TrimSpace(s)
	w, found := footerLabels.prefix(s)
	if !found {
		return "", "", false
	}
	r := strings.TrimLeft(s[len(w):], " ")
	for _, c := range []string{"：", ":"} {
		if strings.HasPrefix(r, c) {
			return w, strings.TrimSpace(r[len(c):]), true
		}
	}
	return "", "", false
}

// printed: the 印发 line of a 公文's 版记 (GB/T 9704-2012 §7.4.3): 平顶山市
// 民政局办公室 2021年7月29日印发.
type printed struct{}

func (printed) Settles() Role   { return Footer }
func (printed) Name() string    { return "printed" }
func (printed) Roles() []Role   { return []Role{Footer} }
func (printed) Kind() string    { return "notice" }
func (printed) Needs() []string { return []string{"印发"} }

func (printed) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Text)
	if !strings.HasSuffix(s, "印发") {
		return false
	}
	_, ok := AgencyAndDate(s)
	return ok
}

// copiesRe is the count of copies printed: （共印 50 份）.
var copiesRe = regexp.MustCompile(`^[（(]?共印\d+份[）)]?$`)

// copies: the count of copies printed at a bulletin's foot.
type copies struct{}

func (copies) Settles() Role            { return Footer }
func (copies) Name() string             { return "copies" }
func (copies) Roles() []Role            { return []Role{Footer} }
func (copies) Needs() []string          { return []string{"共印"} }
func (copies) Match(d *Doc, i int) bool { return Copies(d.Lines[i].Sq) }

// Copies reports whether s is the count of copies printed (（共印40份）).
func Copies(s string) bool { return copiesRe.MatchString(s) }

// footCredit: a credit under a distribution list (报：… 发：… / 编辑：…,
// 核稿：…) with no running text between: the 简报's foot goes on, where
// the same credits under a news report are its byline.
type footCredit struct{}

func (footCredit) Settles() Role   { return Footer }
func (footCredit) Name() string    { return "foot-credit" }
func (footCredit) Roles() []Role   { return []Role{Footer} }
func (footCredit) Needs() []string { return []string{"：", ":"} }

func (footCredit) Match(d *Doc, i int) bool { return d.foot[i] && (credit{}).Match(d, i) }

// footLines marks the lines under a distribution list with no running text
// between (running text ends the foot).
func (d *Doc) footLines() []bool {
	foot := make([]bool, len(d.Lines))
	in := false
	for i, l := range d.Lines {
		foot[i] = in
		if _, _, ok := FooterList(l.Sq); ok {
			in = true
		} else if d.punct[i] && d.ends[i] {
			in = false
		}
	}
	return foot
}
