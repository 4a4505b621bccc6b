package cue

import (
	"strings"
	"unicode/utf8"
)

// RunsOn reports whether line i goes on with a sentence an extractor broke
// at a clause mark, the mark opening line i (…排查整治民政服务机构用电用 /
// 气、消防“生命通道” / 、施工动火等方面的安全隐患，): the line above left
// running text unfinished, with no break between. No heading opens with
// 、，；： after an unfinished sentence (a heading whose numeral the
// extractor lost, 、踏实工作, stands after a sentence that ended). The line above is
// running text where it holds a clause mark, or the one above it does, or
// where it fills the wrap (根据《某法》、《某条例》《社会团 / 、民政部《…》:
// a list the wrap cut, its marks 、 alone).
func (d *Doc) RunsOn(i int) bool {
	if i <= 0 || i >= len(d.Lines) || d.Break(i) || d.ends[i-1] || !d.punct[i-1] && (i < 2 || !d.punct[i-2]) && !d.Full(i-1) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Lines[i].Sq)
	return strings.ContainsRune("、，；：,;", r)
}
