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
func tagValueAt(s string, i int) bool {
	line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
	tags := lexicon.CueWordList("tag")
	for k := len(line); k > 0; k-- {
		w, ok := tags.EndingAt(line, k)
		if !ok || !fieldOpensAt(line, k-len(w)) {
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

// fieldOpensAt reports whether a field's label may open at j of a line:
// at the line's start, or after a cell's bar or a space.
func fieldOpensAt(line string, j int) bool {
	before := strings.TrimRight(line[:j], " \t")
	return before == "" || strings.HasSuffix(before, "|") || len(before) < j
}
