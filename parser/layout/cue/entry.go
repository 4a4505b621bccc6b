package cue

import (
	"strings"
	"unicode"
)

// bracketEntry: an entry of a yearbook or a chronicle, its name set in
// brackets and its text run on after it ([优抚安置] 两年共接受…, 【概述】
// 某县民政局设…): the entry's heading. Labels that take turns through
// the text are a script's or a form's (【解说】…/【同期】…), no entries'
// names (measureEntries); a summary's label (【摘要】) and a page's fields
// (【法宝引证码】CLI…) run on with no sentence.
type bracketEntry struct{}

func (bracketEntry) Name() string    { return "bracket-entry" }
func (bracketEntry) Roles() []Role   { return []Role{Heading} }
func (bracketEntry) Needs() []string { return []string{"【", "[", "〔"} }

func (bracketEntry) Match(d *Doc, i int) bool {
	at := d.entries[i]
	if at == 0 || d.inParagraph(i) {
		return false
	}
	// The text runs on as a sentence does, or on to the next line.
	s := d.Lines[i].Sq
	return SentencePunct(s[at:]) || EndsSentence(s) || d.Full(i)
}

// entryBrackets are the brackets an entry's name is set in.
var entryBrackets = [][2]string{{"【", "】"}, {"[", "]"}, {"〔", "〕"}}

// EntryLabel finds, in s, a line that opens with an entry's name in
// brackets and runs on into its text, the name's words (from, to: byte
// offsets in s, without the brackets) and where the text begins, or
// reports false. The name is words alone (a 、 may join two): no figure,
// no clause mark, no outlet's dateline (【某某日报讯】); the text holds words.
func EntryLabel(s string) (from, to, text int, ok bool) {
	lead := len(s) - len(strings.TrimLeft(s, " 　"))
	for _, p := range entryBrackets {
		inner, found := strings.CutPrefix(s[lead:], p[0])
		if !found {
			continue
		}
		k := strings.Index(inner, p[1])
		if k <= 0 {
			return 0, 0, 0, false
		}
		from = lead + len(p[0])
		to = from + k
		rest := inner[k+len(p[1]):]
		body := strings.TrimLeft(rest, " 　")
		text = len(s) - len(body)
		name := entryNameOf(s[from:to])
		if !entryName(name) || !HasHan(body) || summaryWords.has(name) || scriptWords.has(name) || OutletLead(name) {
			return 0, 0, 0, false
		}
		return from, to, text, true
	}
	return 0, 0, 0, false
}

// entryNameOf is an entry's name with the spaces a copy set between its
// characters taken out.
func entryNameOf(s string) string { return strings.Join(strings.Fields(s), "") }

// entryName reports whether s is an entry's name: Han words, two at the
// least, that a 、 may join.
func entryName(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
		case r == '、':
		default:
			return false
		}
	}
	return n >= 2 && !strings.HasPrefix(s, "、") && !strings.HasSuffix(s, "、")
}

// measureEntries marks the lines bracketEntry reads, with where each
// one's text begins (0 for none): a name in brackets
// opening its text, on a line that is no page's information field, in a
// text whose bracketed names are most of them names of their own. A
// script's few labels take turns through it (【现场】…/【采访】…/【现场】…);
// a yearbook names each entry, a chapter's 【概述】 perhaps once more in the
// next chapter.
func measureEntries(d *Doc) []int {
	out := make([]int, len(d.Lines))
	names := make([]string, len(d.Lines))
	texts := make([]int, len(d.Lines))
	count := map[string]int{}
	total := 0
	for i, l := range d.Lines {
		if d.info[i] {
			continue
		}
		if from, to, text, ok := EntryLabel(l.Sq); ok {
			names[i], texts[i] = entryNameOf(l.Sq[from:to]), text
			count[names[i]]++
			total++
		}
	}
	if 2*len(count) <= total {
		return out // the labels repeat more than they name: a script's
	}
	for i, name := range names {
		if name != "" {
			out[i] = texts[i]
		}
	}
	return out
}
