package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// 分别 (respectively, each) spreads its predicate over the members of the
// subject before it (《现代汉语八百词》 分别 ③: 各自, 表示不同的主体分头
// 做同一件事): in 全区N个地级市分别打造1至2家…, each of the N cities builds,
// and the count of the subject tells who acts, no level the plan sets out
// to reach; the count after the verb is the target (GOLD.md, targets). So a
// count of things that opens its clause's subject, with only its noun
// between it and 分别 and no plan verb before it in the clause, is no
// target. A count after a plan verb (新建5个中心分别…) is the verb's
// object, and stays one; a plan word of time or effort that governs the
// whole clause (年底前, 力争: stance.tsv, future) makes no object of it.

// eachScope reports whether the count at r is the subject 分别 spreads a
// plan's predicate over: a count of things, its noun of Chinese characters
// alone between it and 分别, and no plan word of stance.tsv but one of
// time or effort (future) between the clause's start and it.
func eachScope(s string, clause, r byteRange, unit string) bool {
	if lexicon.Units().Label(unit, 0) != "count" || r.End > clause.End {
		return false
	}
	rest := s[r.End:clause.End]
	k := strings.Index(rest, severally)
	if k <= 0 {
		return false
	}
	noun := strings.TrimSpace(rest[:k])
	if !allHan(noun) || utf8.RuneCountInString(noun) > maxEachNoun {
		return false
	}
	st := lexicon.Stance()
	for i := clause.Start; i < r.Start; {
		if w, ok := st.At(s, i); ok && st.Label(w, 0) == "plan" && st.Label(w, 1) != "future" {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return true
}

// severally is 分别, the adverb that spreads a predicate over its subject.
const severally = "分别"

// maxEachNoun is the most characters of the noun a subject's count counts
// (地级市, 县级养老服务中心): a longer run holds more than a noun.
const maxEachNoun = 10
