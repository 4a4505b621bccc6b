package cue

import (
	"regexp"
	"strings"
	"unicode"
)

// furniture: a line made of a web page's tool words: 打印, 关闭, 字号 大
// 中 小, 分享到, 纠错, 【字体: 打印本页.
type furniture struct{}

func (furniture) Name() string    { return "furniture" }
func (furniture) Roles() []Role   { return []Role{Chrome} }
func (furniture) Needs() []string { return nil }

func (furniture) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if s == "" {
		return false
	}
	// Take the line apart into furniture words and the marks between them.
	words := 0
	for s != "" {
		r := FirstRune(s)
		if !IsHan(r) && !unicode.IsLetter(r) {
			s = s[len(string(r)):]
			continue
		}
		w, ok := furnitureWords.prefix(s)
		if !ok {
			return false
		}
		s = s[len(w):]
		words++
	}
	return words > 0
}

// breadcrumb: a page's trail of links: 当前位置：首页 > 民政动态 > 通知公告.
type breadcrumb struct{}

func (breadcrumb) Name() string    { return "breadcrumb" }
func (breadcrumb) Roles() []Role   { return []Role{Chrome} }
func (breadcrumb) Needs() []string { return nil }

func (breadcrumb) Match(d *Doc, i int) bool {
	s := strings.TrimLeft(d.Lines[i].Sq, "【[ ")
	w, ok := breadcrumbWords.prefix(s)
	if !ok {
		return false
	}
	rest := s[len(w):]
	return strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") || strings.ContainsAny(rest, ">＞»›")
}

// border: a line of table borders and rules only: | | |, ----, ====.
type border struct{}

func (border) Name() string    { return "border" }
func (border) Roles() []Role   { return []Role{Chrome} }
func (border) Needs() []string { return nil }

func (border) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Text)
	return s != "" && strings.Trim(s, "|-=_—─━ \t") == ""
}

// pageNumberRe is a page's number as printers set it: 1/3, - 2 -, 第1页,
// 第 1 页 共 3 页, — 5 —.
var pageNumberRe = regexp.MustCompile(`^(?:\d+\s*/\s*\d+|[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页)$`)

// pageNumber: a page's number on a line of its own.
type pageNumber struct{}

func (pageNumber) Name() string    { return "page-number" }
func (pageNumber) Roles() []Role   { return []Role{Chrome} }
func (pageNumber) Needs() []string { return nil }

func (pageNumber) Match(d *Doc, i int) bool {
	return pageNumberRe.MatchString(strings.TrimSpace(d.Lines[i].Text))
}

// printStampRe is what a browser prints at a page's edge: 12/1/26, 2:35 PM,
// a file or web address.
var printStampRe = regexp.MustCompile(`^(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|(?:file|https?)://\S+|www\.\S+)(\s+.*)?$`)

// printStamp: a browser's or printer's stamp at a page's edge: the time it
// was printed, the page's address.
type printStamp struct{}

func (printStamp) Name() string    { return "print-stamp" }
func (printStamp) Roles() []Role   { return []Role{Chrome} }
func (printStamp) Needs() []string { return nil }

func (printStamp) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Text)
	m := printStampRe.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	// After the stamp a print may repeat the page's title, nothing else.
	return !SentencePunct(m[1])
}
