package clean

import (
	"strings"
	"unicode"
)

// brokenPairs joins the rows of a grid of keys and values (a service
// guide's 事项内容 | … |, 申请条件 | … |) where a converter set a value on
// the line under its key, each closed by its pipe:
//
//	事项内容 |
//	免除…基本殡葬服务费用。 |
//	申请条件 | 具有本市常住户口的城乡困难居民 |
//
// The key's line takes the row (事项内容 | 免除…。 |) and the value's
// line is left blank, so the numbering holds. A pair is joined only in
// a grid of such rows: a whole row of a key and its value stands next to
// it, among the lines closed by pipes, so a site's fields closed by bars
// (首页 |) stay as they were.
func brokenPairs(src []source) []source {
	var out []source
	var grid []bool
	for i := 0; i < len(src); i++ {
		if !keyCell(src[i].text) {
			continue
		}
		j := nextFilled(src, i+1)
		if j < 0 || !valueCell(src[j].text) {
			continue
		}
		if grid == nil {
			grid = pairGrids(src)
		}
		if !grid[i] {
			continue
		}
		if out == nil {
			out = append(make([]source, 0, len(src)), src...)
		}
		key := strings.TrimRightFunc(src[i].text, isPipeOrSpace)
		out[i].text = key + " | " + strings.TrimSpace(src[j].text)
		for k := i + 1; k <= j; k++ {
			out[k].text = ""
		}
		i = j
	}
	if out == nil {
		return src
	}
	return out
}

// nextFilled is the index of the first line from j on that is not blank,
// or -1.
func nextFilled(src []source, j int) int {
	for ; j < len(src); j++ {
		if strings.TrimSpace(src[j].text) != "" {
			return j
		}
	}
	return -1
}

// closedCell is the text of a line that is one cell closed by its pipe
// (办理流程 |), and whether it is one: a pipe cell (pipeKindOf) with no
// pipe before its text.
func closedCell(s string) (string, bool) {
	t := strings.TrimSpace(s)
	inner := strings.TrimFunc(t, isPipeOrSpace)
	return inner, pipeKindOf(t) == pipeCell && strings.HasPrefix(t, inner)
}

// keyCell reports whether s is a key alone in its cell: words with no
// mark, no space and no figure (申请条件 |).
func keyCell(s string) bool {
	inner, ok := closedCell(s)
	return ok && keyWords(inner)
}

// valueCell reports whether s is a value alone in its cell: what no key
// is (a sentence, a list, a figure).
func valueCell(s string) bool {
	inner, ok := closedCell(s)
	return ok && !keyWords(inner)
}

// keyWords reports whether s reads as a key: letters alone.
func keyWords(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// pairGrids marks each line that stands in a grid of keys and values:
// a run of lines closed by pipes (blank lines between them aside) that
// holds a whole row of a key and a value (办理部门 | 民政机构 |). One pass,
// so a long run is read once.
func pairGrids(src []source) []bool {
	in := make([]bool, len(src))
	for i := 0; i < len(src); {
		j, row := i, false
		for ; j < len(src); j++ {
			t := strings.TrimSpace(src[j].text)
			if t == "" {
				continue
			}
			_, cell := closedCell(t)
			kv := keyValueRow(t)
			if !cell && !kv {
				break
			}
			row = row || kv
		}
		for k := i; k < j; k++ {
			in[k] = row
		}
		i = j + 1
	}
	return in
}

// keyValueRow reports whether t is a whole row of a key and a value
// closed by its pipe (办理部门 | 户籍所在地民政机构 |).
func keyValueRow(t string) bool {
	inner := strings.TrimFunc(t, isPipeOrSpace)
	key, value, ok := strings.Cut(inner, "|")
	if !ok {
		key, value, ok = strings.Cut(inner, "｜")
	}
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	closed := strings.HasSuffix(t, "|") || strings.HasSuffix(t, "｜")
	return ok && closed && key != "" && value != "" && keyWords(key) && !strings.ContainsFunc(value, isPipe)
}
