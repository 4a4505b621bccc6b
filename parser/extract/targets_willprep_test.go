package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsWillPrep: 将 with a prepositional phrase before its verb
// (将对…改造, 将在全市建设, 将于近日向…发放) is the future's auxiliary, and the
// count the verb takes is a plan, beside a deed told before it with a
// word of its own (已经完成); 将 before its object, a deed's own clause
// and a frame that holds the sentence keep their reading.
func TestTargetsWillPrep(t *testing.T) {
	tests := []kindTargets{
		{"将对", "市民政局将对民办养老机构消防设施改造投资补贴60%。", "plan 60 % -", layout.Article},
		{"将在", "区民政局将在全区建设老年食堂5个。", "plan 5 个 -", layout.Article},
		{"two phrases", "大连将于近日向全市低保对象发放300万元临时救济金。", "plan 3000000 元 -", layout.Article},
		{"an adverb after the phrase", "下一步,区民政局将与组织部一同开展助餐项目,在现有基础上再增22个助餐点位。", "plan 22 个 -", layout.Article},
		{"进一步 after the phrase", "区民政局将对养老机构进一步加强监管,新建老年食堂5个。", "plan 5 个 -", layout.Article},
		{"a deed's word before", "各机构新安装了报警系统,集中改造资金500多万元,已经完成,市民政局将对民办养老机构改造投资补贴60%。", "plan 60 % -; achieved 5000000 元 -", layout.Article},

		// No plan: a deed, 将 before its object, a frame, the count done.
		{"no 将", "大连于近日向全市低保对象发放了300万元临时救济金。", "achieved 3000000 元 -", layout.Article},
		{"a deed", "市民政局对民办养老机构改造投资补贴了60%。", "achieved 60 % -", layout.Article},
		{"将 before its object", "市民政局将其纳入补贴范围,已补贴5家。", "achieved 5 家 -", layout.Article},
		{"a frame", "截至目前,各项工作进展顺利,年底将新增5000张。", "achieved 5000 张 -", layout.Article},
		{"an adverb, no 将", "区民政局与组织部一同开展助餐项目,在现有基础上增加了22个助餐点位。", "achieved 22 个 -", layout.Article},
		{"the count done after", "今年将对民办养老机构改造14个,目前已全部完成。", "achieved 14 个 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
