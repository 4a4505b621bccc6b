package layout

import (
	"regexp"

	"bulletin/parser/layout/cue"
	"bulletin/parser/numeral"
)

// countedParts reads the parts of a plan that numbers them by what each
// counts, a count in quotes opening each (按照“12345”总体目标: 坚持“一个目标”：…
// / 突出“两大重点”：… / 发力“三个方向”：…; “1”就是…, “2”就是…, “6”就是…),
// the way officialese sums up a plan in figures. Where two or more such
// lines count up from one, they are the text's outermost parts, its items
// (GOLD.md: the outermost level the body uses), whatever the decoder read
// them as; the headings under them, numbered or not, are parts of those
// parts.
func (a *assembly) countedParts() {
	var parts []int
	last := 0
	for i, r := range a.roles {
		switch r {
		case cue.Body, cue.Heading, cue.Subheading, cue.Header:
			// A head's field too: the decoder may read a plan's first
			// lines under its title so.
		default:
			continue
		}
		if i > 0 && !a.d.Break(i) && a.d.Full(i-1) && !cue.EndsSentence(a.d.Lines[i-1].Sq) {
			continue // a line the wrap began inside a sentence (…围绕“1262”工作思路，即突出“一条主 / 线”，…，抓好“六大重点工作”…) opens nothing
		}
		v, ok := countedOpening(a.d.Lines[i].Sq)
		if !ok {
			continue
		}
		if len(parts) == 0 && v != 1 || len(parts) > 0 && v <= last {
			return // no count from one up: figures a sentence names
		}
		parts, last = append(parts, i), v
	}
	if len(parts) < 2 {
		return
	}
	a.raiseParts(parts, func(int) bool { return false })
}

// countedOpeningRe is a line that opens with a count in quotes, after a
// verb at most (坚持“一个目标”, 突出“两大重点”, “1”就是): the count, and
// the measure or the closing quote after it.
var countedOpeningRe = regexp.MustCompile(`^\p{Han}{0,4}“([0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:”|[个大项条种类支批张件]\p{Han}{1,8}”)`)

// countedOpening reads the count a line opens with (countedOpeningRe).
func countedOpening(s string) (int, bool) {
	m := countedOpeningRe.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	v, ok := numeral.Parse(m[1]) // 两 is 2 as 二 is
	return int(v), ok && v > 0
}
