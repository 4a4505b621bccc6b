package layout

import (
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// originalNamed: a repost notes its original's title under its head
// (原标题:募集款物15亿元 惠及困难群众250万人次). Where that title is some
// of the head's lines and not all, the rest are a newspaper's kicker (引题,
// 省慈善总会成立15周年以来) or deck over or under its main title: the
// note names which lines the title is.
type originalNamed struct{}

func (originalNamed) name() string { return "the original's title noted" }

func (originalNamed) trim(a *assembly, idx []int) []int {
	if len(idx) < 2 {
		return idx
	}
	orig := a.originalTitleUnder(idx[len(idx)-1])
	if orig == "" {
		return idx
	}
	for from := range idx {
		for to := from + 1; to <= len(idx); to++ {
			if to-from == len(idx) || span.SqueezeString(a.text(idx[from:to]...).String()) != orig {
				continue
			}
			// The kicker and the deck are the head's words still, no
			// page furniture: what they state is the text's.
			for _, i := range idx[:from] {
				a.relabel(i, cue.Header)
			}
			for _, i := range idx[to:] {
				a.relabel(i, cue.Header)
			}
			return idx[from:to]
		}
	}
	return idx
}

// originalTitleUnder is the title an 原标题 note names in the head under
// line last, before the text starts; "" where there is none.
func (a *assembly) originalTitleUnder(last int) string {
	for i := last + 1; i < len(a.roles); i++ {
		switch a.roles[i] {
		case cue.Chrome, cue.Header, cue.Byline:
			if t, ok := cue.OriginalTitle(a.d.Lines[i].Sq); ok {
				return span.SqueezeString(t)
			}
		default:
			return ""
		}
	}
	return ""
}
