package cue

import (
	"regexp"
	"strings"
)

// contentsHead: the heading of a table of contents: 本期内容, 本 期 要 目,
// 目录.
type contentsHead struct{}

func (contentsHead) Settles() Role   { return Contents }
func (contentsHead) Name() string    { return "contents-head" }
func (contentsHead) Roles() []Role   { return []Role{Contents} }
func (contentsHead) Needs() []string { return nil }

func (contentsHead) Match(d *Doc, i int) bool { return IsContentsHead(d.Lines[i].Sq) }

// IsContentsHead reports whether s heads a table of contents.
func IsContentsHead(s string) bool { return contentsWords.has(strings.Trim(s, "【】[] ")) }

// issueContents: the heading of an issue's own contents (本期内容, 本期
// 要目): a bulletin's mark, where a 目录 may head a report's or a
// compilation's as well.
type issueContents struct{}

func (issueContents) Name() string    { return "issue-contents" }
func (issueContents) Roles() []Role   { return []Role{Contents} }
func (issueContents) Kind() string    { return "bulletin" }
func (issueContents) Needs() []string { return []string{"本期"} }

func (issueContents) Match(d *Doc, i int) bool {
	return issueContentsWords.has(strings.Trim(d.Lines[i].Sq, "【】[] "))
}

// tocLeaderRe is the run of dots and the page number after an entry, the
// number bare (……13) or bracketed (……(13)), the closing bracket lost where
// an extraction cut the line.
var tocLeaderRe = regexp.MustCompile(`[.·…．]{3,}\s*(?:\d+|[(（]\d+[)）]?)$`)

// tocLeader: a contents entry with its leader dots and page number.
type tocLeader struct{}

func (tocLeader) Name() string    { return "toc-leader" }
func (tocLeader) Roles() []Role   { return []Role{Contents} }
func (tocLeader) Needs() []string { return []string{"…", "..", "··", "．．"} }

func (tocLeader) Match(d *Doc, i int) bool { return tocLeaderRe.MatchString(d.Lines[i].Sq) }

// ContentsEntry returns a contents line without its leader and page number.
func ContentsEntry(s string) string {
	return strings.TrimSpace(tocLeaderRe.ReplaceAllString(s, ""))
}

// ContentsEntryAt reports whether line i reads as an entry of a table of
// contents: its leader dots and page number (一、工作开展情况……1), or its
// words, without a page number, printed again further on (the part it
// lists).
func (d *Doc) ContentsEntryAt(i int) bool {
	s := d.Lines[i].Sq
	if tocLeaderRe.MatchString(s) {
		return true
	}
	e := strings.TrimRightFunc(ContentsEntry(s), func(r rune) bool { return r >= '0' && r <= '9' })
	if e == "" {
		return false
	}
	k, ok := d.lastAt[e]
	return ok && k > i
}

// ContentsGoesOn reports whether line j goes on a table of contents whose
// first entry is line first and last so far line prev, where j's words
// are not printed again (a copy that stops before the parts it lists):
// j is numbered in prev's series with the next number (第一部分 … 第二部分),
// and the first entry is printed again below j (the text's own part,
// where the series starts over: the caller stops at the first line that
// does not go on the series).
func (d *Doc) ContentsGoesOn(first, prev, j int) bool {
	k, v, _ := Enumerator(d.Lines[prev].Sq)
	kj, vj, _ := Enumerator(d.Lines[j].Sq)
	if k == NoEnum || kj != k || vj != v+1 {
		return false
	}
	e := strings.TrimRightFunc(ContentsEntry(d.Lines[first].Sq), func(r rune) bool { return r >= '0' && r <= '9' })
	at, ok := d.lastAt[e]
	return ok && at > j
}
