package cue

import (
	"bulletin/parser/agency"
	"regexp"
	"strings"
)

// issuerMarkRe is a 发文机关标志 (GB/T 9704-2012 §7.2.4): 平顶山市民政局文件.
var issuerMarkRe = regexp.MustCompile(`^(.+?)文件$`)

// issuerMark: the issuing body's name and 文件 heading a 公文.
type issuerMark struct{}

func (issuerMark) Settles() Role   { return Header } // GB/T 9704 §7.2.3: the 发文机关标志 heads the 版头
func (issuerMark) Name() string    { return "issuer-mark" }
func (issuerMark) Roles() []Role   { return []Role{Header} }
func (issuerMark) Defines() bool   { return true }
func (issuerMark) Kind() string    { return "notice" }
func (issuerMark) Needs() []string { return []string{"文件"} }

func (issuerMark) Match(d *Doc, i int) bool {
	_, ok := IssuerMark(d.Lines[i].Sq)
	return ok
}

// IssuerMark returns the body of a 发文机关标志 line (the first of joint issuers).
func IssuerMark(s string) (string, bool) {
	m := issuerMarkRe.FindStringSubmatch(s)
	if m == nil || !agency.Shapes(m[1]) {
		return "", false
	}
	return strings.Fields(m[1])[0], true
}
