package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsSizeNorm: the length a naming notice requires, stated plainly
// as the count of characters after 字数 (with a copula or none) or after a
// modal copula (应为), is a target with no deadline, both ends of a band;
// 明了 in the same sentence is no particle 了. A count a verb bounds, a
// count of characters a noun takes, one in a text that is no notice and
// a count after 字数 that is no count of characters are none.
func TestTargetsSizeNorm(t *testing.T) {
	tests := []kindTargets{
		{"字数 and no copula", "(三)字数2—4个字,名称应简洁明了,朗朗上口。", "plan 2 个 -; plan 4 个 -", layout.Notice},
		{"字数为…为宜", "结合历史,字数为2-3个字为宜(人名不宜使用)。", "plan 2 个 -; plan 3 个 -", layout.Notice},
		{"应为 of the name", "(二)社区名称应为2-4个字。", "plan 2 个 -; plan 4 个 -", layout.Notice},
		{"字数应在 a cap", "推荐材料字数应在300个字以内。", "plan 300 个 -", layout.Notice},
		{"宜为 of the name", "每条道路名称宜为3个字。", "plan 3 个 -", layout.Notice},

		// A verb bounds the count, a noun takes it, no notice, no
		// characters counted, the noun before no size noun.
		{"a verb bounds it", "专名字数一般应限定在4个字以内。", "", layout.Notice},
		{"a noun takes it", "各单位落实22个字的工作方针。", "", layout.Notice},
		{"an article", "当地征集的名称字数2—4个字,群众踊跃参与。", "", layout.Article},
		{"no characters", "参赛作品字数2—4个,名称应简洁。", "", layout.Notice},
		{"no size noun", "每个名称2-4个字。", "", layout.Notice},
		{"明了 alone, no target", "名称应简洁明了,共收到12个名称。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}
