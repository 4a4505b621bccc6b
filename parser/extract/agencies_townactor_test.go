package extract

import "testing"

// TestAgencyTownActor: a township or a street that opens a clause as the
// subject of a body's act (举办, 召开, 荣获, 决定, after its adverbs) is
// named as a body, each of a list of them too; one where something lies
// or happens, one a noun follows, one whose own party committee or
// government the text names, and a town that does a place's things are
// no body here.
func TestAgencyTownActor(t *testing.T) {
	checkRows(t, []rowCase{
		{"4月16日下午,射阳湖镇举办社会救助暨汛期防灾救灾培训班。", "射阳湖镇"},
		{"按照上级要求,大新镇决定对公墓实行限流。", "大新镇"},
		{"清明节期间,大新镇将组织祭扫。", "大新镇"},
		{"经过激烈角逐,东园镇、南城街道荣获前三名。", "东园镇; 南城街道"},
		{"近日,柳林街道召开养老服务推进会。", "柳林街道"},
		// Must not fire.
		{"射阳湖镇位于宝应县东部。", ""},
		{"4月16日下午,在射阳湖镇举办培训班。", ""},
		{"射阳湖镇低保对象共有120户。", ""},
		{"10月28日,礼嘉镇组织开展走访慰问活动,体现了礼嘉镇党委对老龄事业的重视。", "礼嘉镇党委"},
		{"射阳湖镇下辖12个村,射阳湖镇人口3万。", ""},
	}, "agencies", agencyNames)
}
