package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/segment"
)

// A report prints a leader's name before the title as often as after it
// (习近平总书记, 总书记习近平), and what it says of the leader right after
// the title (习近平总书记关于家庭、家教、家风的重要论述; 习近平总书记家庭、
// 家教、家风的…). A word after the title that the segmenter knows as a
// common word (家庭, a noun: n) and that heads a list (、) is the topic the
// list names, no given name, when a name stands right before the title: the
// name printed before it is the holder's.

// nounListAfter reports whether the candidate n read after the title that
// ends at i is a common word (no name's tag) the segmenter read whole, with
// 、 right after it, and a name stands right before the title at start.
func nounListAfter(s string, ts []segment.Token, i int, n string, before []segment.Token, start int) bool {
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Word != n || nameTag(ts[k].Tag) || utf8.RuneCountInString(n) != 2 {
		return false
	}
	if !strings.HasPrefix(s[i+len(n):], "、") {
		return false
	}
	_, ok := nameBefore(s, before, start)
	return ok
}
