package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/layout"
	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// spentMeans reports whether the clause of a number opens with an
// investment word and a sum of money that a verb follows right after
// (cue_words.tsv, invest: 投资419万元新建儿童福利院2326平方米; 投入136万元用于
// 设备购置): the sum is the means the clause's deed was paid with, and in
// a news article that does not turn ahead the deed is told as done, its
// numbers no level still to reach (GOLD.md, targets: what has already
// been done is not a target). A plan marks the same clause with a word
// that turns ahead (计划投资, 将投资, 拟投资), which the caller asks first;
// a sum that bounds a class (投资500万元以上的项目) or is the object of
// 的 (投资100万元的项目) is no means. Source: the reports of finished
// projects in bureaus' news (项目总投资…，投资…万元新建…), 《政府投资条例》
// (2019) 投资.
func spentMeans(in *Input, s string, clause byteRange, qs []byteRange, quantities []schema.Quantity) bool {
	if in.Env == nil || in.Env.Doc == nil || in.Env.Doc.Kind != layout.Article {
		return false
	}
	i := clause.Start
	for i < clause.End && (s[i] == ' ' || strings.HasPrefix(s[i:], "\u3000")) {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	w, ok := lexicon.CueWordList("invest").At(s, i)
	if !ok {
		return false
	}
	for k, r := range qs {
		if r.Start != i+len(w) || k >= len(quantities) || lexicon.Units().Label(quantities[k].Unit, 0) != "money" || r.End >= clause.End {
			continue
		}
		if comparator(s, r) != "" {
			return false
		}
		c, _ := utf8.DecodeRuneInString(s[r.End:])
		return unicode.Is(unicode.Han, c) && c != '的'
	}
	return false
}
