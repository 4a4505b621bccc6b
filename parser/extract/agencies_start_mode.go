package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// modeVerb reports whether the verb ts[k] is bound to the 式 after it
// (嵌入/v 式/k, 托管/v 式/k, 开放/v 式/k) inside a name that opens with
// the body or the place that owns the facility (某某社区|嵌入式养老服务
// 中心, 某某县|开放式…中心): a verb and 式 form an attribute of a kind,
// the way a thing is run or built (嵌入式养老, run inside the community it
// serves), which a facility's name holds after its owner as it holds any
// word of its trade. It is no verb the name opens after there. With no
// owner before it (新建嵌入式养老服务中心, 推广嵌入式…) the words name a
// kind of facility, and the verb is read as any verb is.
func modeVerb(s string, ts []segment.Token, k, i int) bool {
	if k+1 >= len(ts) || ts[k+1].Word != "式" || ts[k+1].Start != ts[k].End || ts[k].Start <= i {
		return false
	}
	owner := s[i:ts[k].Start]
	if w, ok := lexicon.Stance().Prefix(owner); ok && w == owner {
		return false // 新建/ns|嵌入式…: the plan's verb, no place (stanceBeforeKind)
	}
	suffix, _ := agency.Ending(owner)
	return suffix != "" || agency.HasLocality(owner)
}
