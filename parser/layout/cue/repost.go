package cue

import (
	"strings"
	"unicode/utf8"
)

var repostLinks = cueWords("repostlink")

// RepostLink reports whether s labels the address of the page a site
// copied its text from (原文链接:http://mz.example.gov.cn/…): the label of
// cue_words repostlink, its colon and an address.
func RepostLink(s string) bool {
	rest, ok := repostValue(s)
	return ok && webAddress(rest)
}

// repostValue is what follows the repost label s opens with, trimmed, and
// whether s opens with one.
func repostValue(s string) (string, bool) {
	rest, ok := repostLinks.valueAfter(strings.TrimLeft(s, "【[ "), " 】]")
	return strings.TrimSpace(rest), ok
}

// RepostAt reports whether line i of d gives the address of the page a
// site copied its text from: on the label's line (RepostLink), or alone
// on the line under a label that the page left bare (转自: / http://…).
func (d *Doc) RepostAt(i int) bool {
	if RepostLink(d.Lines[i].Sq) {
		return true
	}
	if i == 0 || !webAddress(strings.TrimSpace(d.Lines[i].Sq)) {
		return false
	}
	rest, ok := repostValue(d.Lines[i-1].Sq)
	return ok && rest == ""
}

// webAddress reports whether s opens with a web address.
func webAddress(s string) bool {
	return strings.HasPrefix(s, "http") || strings.HasPrefix(s, "www.")
}

// HostName reports whether w is a site's host name as a page prints it
// beside its publisher (某市财政局 cz.example.gov.cn): labels of ASCII
// letters, digits and hyphens parted by dots, the last of letters alone
// (a domain's, not a figure's: 1.5, No.3).
func HostName(w string) bool {
	labels := strings.Split(w, ".")
	if len(labels) < 2 {
		return false
	}
	for k, l := range labels {
		if l == "" {
			return false
		}
		for _, r := range l {
			letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if !letter && (k == len(labels)-1 || !(r >= '0' && r <= '9' || r == '-')) {
				return false
			}
		}
	}
	return len(labels[len(labels)-1]) > 1
}

var thisTexts = cueWords("thistext")

// repostCredit: the line a site that copied a text prints of where it
// copied it from, opening with the text itself as its subject (本文由某网
// 转载自“某某发布”, 本文转自某报): a credit, no headline or sentence of the
// text, wherever the copy sets it.
type repostCredit struct{}

func (repostCredit) Settles() Role   { return Chrome }
func (repostCredit) Name() string    { return "repost-credit" }
func (repostCredit) Roles() []Role   { return []Role{Chrome} }
func (repostCredit) Needs() []string { return compiledWords.all() }

func (repostCredit) Match(d *Doc, i int) bool {
	s := strings.TrimLeft(d.Lines[i].Sq, "（(【[ ")
	w, ok := thisTexts.prefix(s)
	if !ok {
		return false
	}
	rest := s[len(w):]
	if _, ok := compiledWords.prefix(rest); ok {
		return true // 本文转自…
	}
	// 本文由 the site that copied it 转载自…, in one clause (本文件…, 本文由
	// 某局负责解释 are the text's own words).
	rest, ok = strings.CutPrefix(rest, "由")
	for ok && rest != "" {
		if _, found := compiledWords.prefix(rest); found {
			return true
		}
		r, n := utf8.DecodeRuneInString(rest)
		if strings.ContainsRune("，,。；;", r) {
			return false
		}
		rest = rest[n:]
	}
	return false
}
