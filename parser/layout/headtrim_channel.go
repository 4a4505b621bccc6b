package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// channelUnder: a news app's channel printed under the headline, over its
// information line: the account and its column parted by a bullet set
// apart by spaces (新东安 • 单位乡镇), each a name with no mark of a
// sentence. A headline's words part their phrases with no spaced bullet;
// the line is the page's header, no second line of the title.
type channelUnder struct{}

func (channelUnder) name() string { return "a channel under the headline" }

func (channelUnder) trim(a *assembly, idx []int) []int {
	if len(idx) == 0 {
		return idx
	}
	last := idx[len(idx)-1]
	if !channelPath(a.d.Lines[last].Text) {
		return idx
	}
	a.relabel(last, cue.Header)
	return idx[:len(idx)-1]
}

// channelPath reports whether s is names parted by a bullet with white
// space on both sides (新东安 • 单位乡镇), none with a sentence's marks.
func channelPath(s string) bool {
	parts := strings.Split(strings.TrimSpace(s), " • ")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if cue.SentencePunct(p) {
			return false
		}
	}
	return true
}
