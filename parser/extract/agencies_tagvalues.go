package extract

import (
	"slices"
	"strings"

	"bulletin/parser/lexicon"
)

// dropTagValues drops a name that stands among the values of a page's tag
// field (cue_words.tsv, tag: 关键词, 关键字, 标签, Tags), a cell of the
// page's information grid or a line of its own (关键词:|经济开发区;道路名称):
// the tags are the words a page files itself under for its site's search,
// no body the text names (GOLD.md: a site's furniture names no agency). A
// value holds no sentence: a name after a clause's end on the line (关键词:
// 民政。市民政局召开…) is the text's.
func dropTagValues(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool { return tagValueAt(s, c.start) })
}

// tagValueAt reports whether i stands among the values after a tag
// field's label and its colon on i's line, with no clause's end between.
// A label before the clause's end last before i on the line has a value
// that holds that end, so only the stretch after it is read: a line a
// whole page long is read back to its last sentence, not to its start,
// for each name.
func tagValueAt(s string, i int) bool {
	lo, lineStart := valueStretch(s, i)
	line := s[lo:i]
	tags := lexicon.CueWordList("tag")
	for k := len(line); k > 0; k-- {
		w, ok := tags.EndingAt(line, k)
		if !ok || !fieldOpensAt(line, k-len(w), lineStart) {
			continue
		}
		rest := strings.TrimLeft(line[k:], " \t")
		value, ok := strings.CutPrefix(rest, ":")
		if !ok {
			value, ok = strings.CutPrefix(rest, "：")
		}
		return ok && !strings.ContainsAny(value, "。！？!?")
	}
	return false
}

// valueStretch returns where the stretch of i's line that a tag's value
// before i may fill opens: after the last clause's end (。！？!?) before i
// on the line, or at the line's start (lineStart).
func valueStretch(s string, i int) (lo int, lineStart bool) {
	for p := i; p > 0; p-- {
		switch s[p-1] {
		case '\n':
			return p, true
		case '!', '?':
			return p, false
		case 0x82, 0x81, 0x9F: // the last byte of 。, ！, ？
			if m := s[:p]; strings.HasSuffix(m, "。") || strings.HasSuffix(m, "！") || strings.HasSuffix(m, "？") {
				return p, false
			}
		}
	}
	return 0, true
}

// fieldOpensAt reports whether a field's label may open at j of a line:
// at the line's start, or after a cell's bar or a space. lineStart says
// whether line opens at its line's start; else it opens after a mark.
func fieldOpensAt(line string, j int, lineStart bool) bool {
	if j == 0 {
		return lineStart
	}
	c := line[j-1]
	return c == ' ' || c == '\t' || c == '|'
}
