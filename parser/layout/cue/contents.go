package cue

import (
	"regexp"
	"strings"
)

// contentsHead: the heading of a bulletin's table of contents: 本期内容,
// 本 期 要 目, 目录.
type contentsHead struct{}

func (contentsHead) Settles() Role   { return Contents }
func (contentsHead) Name() string    { return "contents-head" }
func (contentsHead) Roles() []Role   { return []Role{Contents} }
func (contentsHead) Kind() string    { return "bulletin" }
func (contentsHead) Needs() []string { return nil }

func (contentsHead) Match(d *Doc, i int) bool { return IsContentsHead(d.Lines[i].Sq) }

// IsContentsHead reports whether s heads a table of contents.
func IsContentsHead(s string) bool { return contentsWords.has(strings.Trim(s, "【】[] ")) }

// tocLeaderRe is the run of dots and the page number after an entry.
var tocLeaderRe = regexp.MustCompile(`[.·…．]{3,}\s*\d+$`)

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
