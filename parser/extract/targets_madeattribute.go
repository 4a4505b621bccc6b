package extract

import (
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// A bound on an attribute of the thing a verb is to make (建设面积不低于500
// 方米的社区养老服务中心; 设立建筑面积不低于300方米的社区日间照料中心) sets the
// size the plan's facility must reach, as a bound right after the verb
// does (新增不少于500张的养老床位: boundOfNoun): the attribute noun (面积,
// 建筑面积) stands between the verb and the bound and names what the bound
// measures. The verb is one of making (stance.tsv plan: 建设, 设立, 新建);
// a bound whose attribute follows no verb (每笔金额不低于1元的捐赠) or a verb
// that makes nothing (要登记面积不少于50平方米的场所) still says which things
// qualify. Source: the 意见
// and 方案 of city governments on community care centres (建设面积不低于…
// 平方米的…中心).

// madeAttribute reports whether the tokens that end at i are one or more
// nouns with a verb right before them, or a verbal noun that no noun
// precedes (，建设|面积: the segmenter tags 建设 vn): the bound at i
// measures an attribute of what the verb makes.
func madeAttribute(ts []segment.Token, i int) bool {
	b := tokenEndingAt(ts, i)
	n := b
	for n >= 0 && (ts[n].Tag == "n" || ts[n].Tag == "nz") {
		n--
	}
	if n == b || n < 0 || ts[n].End != ts[n+1].Start {
		return false
	}
	if lexicon.Stance().Label(ts[n].Word, 0) != "plan" {
		return false // 登记面积不少于50平方米的场所: a verb that makes nothing
	}
	switch ts[n].Tag {
	case "v":
		return true
	case "vn":
		// A verbal noun that opens its clause is its verb (，建设|面积…);
		// after a noun it heads a compound (项目建设面积).
		return n == 0 || ts[n-1].End != ts[n].Start || !nounish(ts[n-1])
	}
	return false
}
