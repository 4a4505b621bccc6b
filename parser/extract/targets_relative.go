package extract

import "strings"

// relativeVerb reports whether the plan word w at i closes a relative
// clause with 的 right after it (正在打造的某中心面积约为3000平方米, 新建的
// 养老院): the clause describes the noun after 的, the thing being made,
// and plans nothing of the sentence's own; what the sentence then says
// of that noun (its size, its make-up) describes it. Source: the 的 of
// the attribute (《现代汉语八百词》 的 ①: 动词短语＋的＋名词), as reports
// print 正在建设的, 新建的 before what is built.
func relativeVerb(s string, i int, w string) bool {
	return strings.HasPrefix(s[i+len(w):], "的")
}
