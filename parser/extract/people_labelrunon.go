package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// infoLabelRunOn reports whether the label of a page's next info field
// (cue_words.tsv, info: 点击, 来源, 发布时间) stands at j right after a name
// a credit lists, with its colon after it and no space before it (作者:甲某
// 乙某点击:5220): the page lost the space that parts the fields, so the
// name ends where the label opens, and the label's colon is no sign that
// the field the space opened is itself a label (labelField). Golds list
// the name so run on: the second of two spaced names 9 of 9, a name run
// into the next label (编辑:某某来源:, 作者:某某时间:) 3 of 3. The name
// read from i is none where a longer label opens inside it and runs over
// j (文章|来源: the field is the label 文章来源, 文 a surname).
func infoLabelRunOn(t span.Text, i, j int) bool {
	s := t.String()
	if j >= len(s) || t.HasGapAt(j) {
		return false
	}
	info := lexicon.CueWordList("info")
	w, ok := info.At(s, j)
	if !ok {
		return false
	}
	for k := i; k < j; {
		if l, ok := info.At(s, k); ok && k+len(l) > j {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	r, _ := utf8.DecodeRuneInString(s[j+len(w):])
	return strings.ContainsRune(":：", r)
}
