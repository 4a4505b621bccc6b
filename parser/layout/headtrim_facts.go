package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// factsOverHeadline: a label and a value of no words (邮箱:1071532839@qq.com,
// 网址:www.example.com, 电话:0531-1234567) is a fact a page sets out, its
// sidebar's or its card's, never a headline's line: a title run's lines
// that are such facts are the page's, and a run of nothing else is none.
type factsOverHeadline struct{}

func (factsOverHeadline) name() string { return "facts over the headline" }

func (factsOverHeadline) trim(a *assembly, ts [][]int) [][]int {
	var out [][]int
	for _, run := range ts {
		var kept []int
		for _, i := range run {
			if labelledFact(a.d.Lines[i].Sq) {
				a.relabel(i, cue.Chrome)
				continue
			}
			kept = append(kept, i)
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// labelledFact reports whether s is a label, its colon and a value that
// holds no Chinese word: an address, a number or a mail box.
func labelledFact(s string) bool {
	label, v, ok := labelAndValue(s)
	return ok && cue.HasHan(label) && v != "" && !cue.HasHan(v)
}

// labelAndValue parts s at its first colon into the label before it and
// the value after it, the colons and spaces that open the value aside.
func labelAndValue(s string) (label, value string, ok bool) {
	k := strings.IndexAny(s, "：:")
	if k <= 0 {
		return "", "", false
	}
	return s[:k], strings.TrimLeft(s[k:], "：: "), true
}
