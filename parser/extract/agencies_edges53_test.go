package extract

import "testing"

// TestAgencyEdges53 covers the names left by reviews 50b, 51a and 51b: a
// title line that prints a title the text cites in 《》, a kind of
// cemetery after common words, a plan word that is also a district's name
// after a community, and a Party department run into its head's title.
// Each with rows where the rule must not fire.
func TestAgencyEdges53(t *testing.T) {
	checkRows(t, []rowCase{
		// A line printing the cited title: its subject names no body.
		{"现将《石桥镇第九届村民委员会换届选举实施方案》印发给你们。\n石桥镇第九届村民委员会换届选举实施方案", ""},
		{"现将《青山乡第十届村民委员会换届选举工作方案》印发给你们。\n青山乡第十届村民委员会换届选举工作方案", ""},
		// Must not fire: the line's issuer is a body; a line that is
		// not the cited title.
		{"根据《长林县民政局关于做好养老服务工作的通知》要求。\n长林县民政局关于做好养老服务工作的通知", "长林县民政局"},
		{"现将《石桥镇第九届村民委员会换届选举实施方案》印发给你们。\n石桥镇第九届村民委员会办公室负责解释", "石桥镇第九届村民委员会办公室"},
		// A kind of cemetery after common words names no body.
		{"为规范公益性公墓经营活动，制定本办法。", ""},
		{"每年对上年度经营性公墓建设情况进行年检。", ""},
		// Must not fire: a place or a cemetery's own name before the kind.
		{"长岭县城区公益性公墓暂停祭扫。", "长岭县城区公益性公墓"},
		{"市公办养老院入住老人。", "市公办养老院"},
		{"联合农业农村局等单位开展检查。", "农业农村局"},
		// 新建 after a community's name: the community's act.
		{"青石社区新建日间照料中心。", "青石社区"},
		{"东风社区新建嵌入式养老服务中心。", "东风社区"},
		// Must not fire: 新建 with its level names the district.
		{"青石社区新建区民政局。", "青石社区; 新建区民政局"},
		{"南昌市新建区民政局召开会议。", "南昌市新建区民政局"},
		// A Party committee and its department's head's title run together.
		{"市委常委、市委组织部长、市老龄委主任张某某讲话。", "市委; 市委组织部; 市老龄委"},
		{"县委宣传部长李某出席会议。", "县委宣传部"},
		{"镇党委统战部长王某出席会议。", "镇党委统战部"},
		// Must not fire: the title alone, the title spelt in full, a
		// deputy head, a bureau's department.
		{"县委常委、组织部长李某讲话。", "县委"},
		{"市委组织部部长张某出席。", "市委组织部"},
		{"市委副部长张某出席。", "市委"},
		{"市卫健委宣传部长张某出席。", "市卫健委"},
	}, "agencies", agencyNames)
}
