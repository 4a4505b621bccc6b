package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// outerHeadings reads headings set on lines of their own over the text's
// numbered parts as its outermost parts (哪些机构可以参评？ / … / 评定的
// 程序有哪些？ / 1、申请环节… / 2、…; 所需材料 / （一）… / 操作流程 /
// （一）…): GOLD.md takes the item level from the outermost level the body
// uses, and a numbering that first stands under such a heading numbers the
// parts of that heading's part. Two such headings at least, the first over
// the first numbered part, and a numbering that never runs on across one
// of them (二、 over a heading, 三、 under it: the heading stands inside
// the numbered parts, a caption or a label of the text's).
func (a *assembly) outerHeadings() {
	var heads []int
	for i := range a.roles {
		if a.lineHeading(i) {
			heads = append(heads, i)
		}
	}
	if len(heads) < 2 {
		return
	}
	var numbered []int
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading {
			continue
		}
		if k, _, _ := cue.Enumerator(a.d.Lines[i].Sq); k != cue.NoEnum {
			numbered = append(numbered, i)
		}
	}
	if len(numbered) == 0 || numbered[0] < heads[0] {
		return
	}
	for _, h := range heads[1:] {
		if a.numberingRunsOn(numbered, h) {
			return
		}
	}
	a.raiseParts(heads, func(int) bool { return false })
}

// lineHeading reports whether line i is a heading set on a line of its
// own in the text: a line heading's words (lineWords), shorter than the
// text's lines run, after a line whose sentence ended (not a label's
// colon: 办理机构： / 某某登记中心 is a label's value), over a line of
// other words: it heads the lines under it.
func (a *assembly) lineHeading(i int) bool {
	switch a.roles[i] {
	case cue.Heading, cue.Subheading, cue.Body:
	default:
		return false
	}
	if !a.lineWords(i) || a.d.Full(i) || a.d.Continues(i) || i > 0 && labelClosed(a.d.Lines[i-1].Sq) {
		return false
	}
	return i+1 < len(a.roles) && a.roles[i+1] != cue.Chrome && !a.lineWords(i+1)
}

// lineWords reports whether line i has a heading's words: no clause in
// them, no number before them and no colon after them (a label's,
// 预约流程：), a question or a call at the most closing them (哪些机构
// 可以参评？).
func (a *assembly) lineWords(i int) bool {
	s, _ := closedBy(a.d.Lines[i].Sq, questionMarks+callMarks)
	k, _, _ := cue.Enumerator(s)
	return k == cue.NoEnum && cue.HasHan(s) && !cue.SentencePunct(s) && !cue.EndsSentence(s) && !strings.ContainsAny(s, "：:")
}

// numberingRunsOn reports whether a numbering goes on across line h: of
// some kind of enumerator, the last line numbered before it and the first
// after it count on (二、 … h … 三、).
func (a *assembly) numberingRunsOn(numbered []int, h int) bool {
	last := map[cue.Enum]int{}
	seen := map[cue.Enum]bool{}
	for _, n := range numbered {
		k, v, _ := cue.Enumerator(a.d.Lines[n].Sq)
		if n < h {
			last[k] = v
			continue
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		if b, ok := last[k]; ok && v == b+1 {
			return true
		}
	}
	return false
}

// labelClosed reports whether s is a label its colon closes, no clause
// before it (办理机构：); a sentence that leads into what follows (…具体
// 内容如下：) is none.
func labelClosed(s string) bool {
	return endsColon(s) && !cue.SentencePunct(strings.TrimSpace(s))
}

// endsColon reports whether s, trimmed, closes with a colon.
func endsColon(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")
}
