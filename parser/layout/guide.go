package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
)

// guideLabels reads the parts of a guide (办事指南) that heads each with a
// label alone on its line, a colon closing it, over the lines that give
// what it names (办理机构： / 某某婚姻登记中心 / 办理条件： / （一）… /
// （二）…). Where the text sets two or more such labels, they are its
// outermost parts, its items (GOLD.md: the item level is the outermost
// level the body uses), the numbered lines under each the parts of that
// part, and the lines under them its text, however the decoder read
// them: a head's field, a heading of the numbering that starts again
// under each label. The parts run to the first contact's label (咨询电话：,
// 办公地址：), which opens what a guide closes with: the lines from it on
// are its closing, as a notice's contact lines are (GOLD.md).
func (a *assembly) guideLabels() {
	// A label that names a guide's part by its word (所需材料：) makes the
	// text a guide; in one, a label of other words over a list numbered
	// from its first (可申报项目： / （1）…) heads a part as well.
	var labels []int
	named, bare := false, false
	for i := range a.roles {
		switch {
		case a.labelAlone(i, true):
			labels, named = append(labels, i), true
			bare = bare || !strings.ContainsAny(a.d.Lines[i].Sq, ":：")
		case a.labelAlone(i, false) && a.listUnder(i):
			labels = append(labels, i)
		case a.labelRunIn(i):
			labels, named = append(labels, i), true
		}
	}
	if !named || len(labels) < 2 || !a.unnumbered() && (bare || !a.numberedUnder()) {
		return
	}
	if end := a.raiseParts(labels, func(i int) bool { return cue.ContactLabel(a.d.Lines[i].Sq) }); end < len(a.roles) && cue.ContactLabel(a.d.Lines[end].Sq) {
		a.guideClosing(end)
	}
}

// raiseParts makes parts the text's outermost parts from the first of
// them on: each a heading, the headings under them parts of those parts,
// a head's field or the title of a rule a part cites (设定依据 / 《…的通知》)
// under them their text, however the decoder read them. It stops at a
// line stop takes, or at one of no part of the text (the closing, the
// 落款, an attachment), and returns where it stopped.
func (a *assembly) raiseParts(parts []int, stop func(i int) bool) int {
	isPart := map[int]bool{}
	for _, i := range parts {
		isPart[i] = true
	}
	for i := parts[0]; i < len(a.roles); i++ {
		if stop(i) {
			return i
		}
		switch r := a.roles[i]; {
		case isPart[i]:
			a.relabel(i, cue.Heading)
		case r == cue.Heading:
			a.relabel(i, cue.Subheading)
		case r == cue.Header, r == cue.Title:
			a.relabel(i, cue.Body)
		case r != cue.Body && r != cue.Subheading && r != cue.Chrome && r != cue.Table:
			return i
		}
	}
	return len(a.roles)
}

// numbered is a line the text's outermost numbering numbers, and its number.
type numberedLine struct{ line, value int }

// topNumbered is the lines the text's outermost numbering (cue.Doc.Top)
// numbers, in order, and how many of them number 1: the tally the passes
// that ask how a text numbers its parts read.
func (a *assembly) topNumbered() (at []numberedLine, ones int) {
	if a.d.Top == cue.NoEnum {
		return nil, 0
	}
	for i, l := range a.d.Lines {
		if k, v, _ := cue.Enumerator(l.Sq); k == a.d.Top {
			at = append(at, numberedLine{i, v})
			if v == 1 {
				ones++
			}
		}
	}
	return at, ones
}

// numberedUnder reports whether the labels can be the outermost parts:
// the text numbers no parts, or its outermost numbering starts again
// (（一） under 办理条件：, （一） again under 申请材料：), as lists under
// labels do; a numbering that runs on through the text (一、 二、 三、)
// numbers the parts the labels stand in.
func (a *assembly) numberedUnder() bool {
	if a.d.Top == cue.NoEnum {
		return true
	}
	_, ones := a.topNumbered()
	return ones > 1
}

// unnumbered reports whether the text numbers none of its parts: no
// enumerator, or one only that opens a list run into a paragraph of
// the text (办理材料 / 1.申请书;2.户口簿…). Labels with no colon head a
// guide's parts only then; where lists are numbered under them, the
// numbers are the parts (GOLD.md: the outermost numbering).
func (a *assembly) unnumbered() bool {
	if a.d.Top == cue.NoEnum {
		return true
	}
	at, _ := a.topNumbered()
	return len(at) == 1 && runOnList(a.d.Lines[at[0].line].Sq)
}

// runOnList reports whether s opens with a member of a count and holds
// the count's next member further on, after words and no figure (1、个人
// 申请(…)2、持本人身份证…): a list an extractor ran into one paragraph,
// whatever role the decoder gave its line.
func runOnList(s string) bool {
	k, v, end := cue.Enumerator(s)
	if k == cue.NoEnum {
		return false
	}
	for j := end; j < len(s); {
		r, w := utf8.DecodeRuneInString(s[j:])
		j += w
		if unicode.IsDigit(r) {
			continue
		}
		if k2, v2, _ := cue.Enumerator(s[j:]); k2 == k && v2 == v+1 {
			return true
		}
	}
	return false
}

// labelAlone reports whether line i is a label alone on its line over
// the lines that give its value: words closed by a colon, no clause, no
// number of a list, no page's field and no contact's label, the line
// under it no label of the same kind. named asks for a label that names
// a guide's part by its word (labelWords).
func (a *assembly) labelAlone(i int, named bool) bool {
	switch a.roles[i] {
	case cue.Header, cue.Body, cue.Heading, cue.Subheading:
	default:
		return false
	}
	if !a.labelWords(i, named) || cue.ContactLabel(a.d.Lines[i].Sq) || len(cue.InfoFields(a.d.Lines[i].Text)) > 0 {
		return false
	}
	if _, ok := cue.AttachmentList(a.d.Lines[i].Sq); ok {
		return false
	}
	return i+1 < len(a.roles) && !a.labelWords(i+1, true) && a.roles[i+1] != cue.Chrome
}

// labelWords reports whether line i is a guide's label: words closed by
// a colon and nothing else, no clause punctuation, no enumerator, or the
// whole name of a guide's part with no colon (guideLabel); named asks
// that it name a part of a guide by its word (cue_words guidepart: 条件,
// 材料, 时限).
func (a *assembly) labelWords(i int, named bool) bool {
	s := a.d.Lines[i].Sq
	label := strings.TrimRight(s, ":：")
	if label == s {
		// A guide may print its parts' labels with no colon (设定依据 /
		// 《…通知》): only its elements' whole names then (guideLabel),
		// no heading of other words.
		return named && guideLabel(label)
	}
	if !cue.HasHan(label) || cue.SentencePunct(label) || cue.EndsSentence(label) {
		return false
	}
	if named && !guidePart(label) {
		return false // 会议指出：, 城关镇：: a speech's or a list's lead, no part of a guide
	}
	k, _, _ := cue.Enumerator(label)
	return k == cue.NoEnum
}

// labelRunIn reports whether line i opens with a label that names a
// guide's part by its word, its value run in after the colon (享受条件：
// 低保、特困…): a part of the guide, titled by the label.
func (a *assembly) labelRunIn(i int) bool {
	switch a.roles[i] {
	case cue.Body, cue.Heading, cue.Subheading:
	default:
		return false
	}
	s := a.d.Lines[i].Sq
	k := strings.IndexAny(s, ":：")
	if k <= 0 || strings.TrimSpace(strings.TrimLeft(s[k:], ":：")) == "" || cue.ContactLabel(s) || len(cue.InfoFields(a.d.Lines[i].Text)) > 0 {
		return false
	}
	label := s[:k]
	if !cue.HasHan(label) || cue.SentencePunct(label) || !guidePart(label) {
		return false
	}
	e, _, _ := cue.Enumerator(label)
	return e == cue.NoEnum
}

// guidePart reports whether label names a part of a guide by its word
// (cue_words guidepart: 条件, 材料, 时限).
func guidePart(label string) bool {
	_, ok := lexicon.CueWordList("guidepart").Suffix(label)
	return ok
}

// guideLabel reports whether label is the whole name of a guide's part
// (cue_words guidelabel: 设定依据, 申请条件, 办理流程).
func guideLabel(label string) bool {
	return lexicon.CueWordList("guidelabel").Has(label)
}

// listUnder reports whether the line under label i opens a list at its
// first number ((1), 1、, （一）).
func (a *assembly) listUnder(i int) bool {
	if i+1 >= len(a.d.Lines) {
		return false
	}
	k, v, _ := cue.Enumerator(a.d.Lines[i+1].Sq)
	return k != cue.NoEnum && v == 1
}

// guideClosing gives the closing role to the lines of the guide's text
// from line i on, up to what the decoder read as closing or later.
func (a *assembly) guideClosing(i int) {
	for ; i < len(a.roles); i++ {
		switch a.roles[i] {
		case cue.Body, cue.Heading, cue.Subheading, cue.Header:
			a.relabel(i, cue.Closing)
		case cue.Chrome, cue.Table:
		default:
			return
		}
	}
}
