package extract

import (
	"strings"
	"unicode"
)

// A copula right before a count that a phrase closed by 的 goes on to
// qualify (…工作是20项民心工程、重点政务目标必须做好的一项重要工作) says what
// the subject is: the count names the list of a programme the subject
// belongs to (N项民心工程, N件实事 as a programme's name), and the
// requirement inside the phrase qualifies the head noun after 的, no
// level the sentence sets for that count (GOLD.md, targets: only a number
// a plan or requirement sets out to reach). A copula with the count as
// its whole complement (目标是20个) or with a verb between (任务是新建20
// 个) still sets the level.

// copulaWord is the copula (《现代汉语词典》 是: 联系两种事物，表明前者属于
// 后者的种类或性质).
const copulaWord = "是"

// attributiveMark closes an attributive phrase before its head noun.
const attributiveMark = "的"

// copulaClassCount reports whether the number at r stands right after
// the copula and a 的 follows it in its clause.
func copulaClassCount(s string, clause, r byteRange) bool {
	before := strings.TrimRightFunc(s[clause.Start:r.Start], unicode.IsSpace)
	if !strings.HasSuffix(before, copulaWord) {
		return false
	}
	return strings.Contains(s[r.End:clause.End], attributiveMark)
}
