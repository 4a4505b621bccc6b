package extract

import "testing"

// TestAgencyEdges49 covers the edges of names found in review 49b: a
// unit's one-character ending the segmenter read with the adverb after it
// (部将), a quoted label inside a unit's name (区委“两新”工委), 各地 before
// the prefecture level (各地市), a township's short name alone on a line
// (a column of places), one co-ordinated before a township's unit, and a
// body's name run together with its address in a directory's row.
// Each with rows where the rule must not fire.
func TestAgencyEdges49(t *testing.T) {
	checkRows(t, []rowCase{
		// An ending, then an adverb read with it as one word (部将/n).
		{"下一步，青石区委社会工作部将会同有关部门抓好落实。", "青石区委社会工作部"},
		{"随后，白沙县委社会工作部将组织专题培训。", "白沙县委社会工作部"},
		// Must not fire: the word as a noun of its own, and a name the
		// dictionary reads whole before the adverb.
		{"他讲述了古代部将的故事。", ""},
		{"县委组织部将派员参加。", "县委组织部"},
		// A quoted label between a party committee and its working
		// committee: one name.
		{"6月3日，东江区委“两新”工委召开专题会议。", "东江区委“两新”工委"},
		{"会上，北岭市委“两新”工委作了发言。", "北岭市委“两新”工委"},
		// Must not fire: a quoted topic after the committee, no unit's
		// ending after it; a quoted slogan with a bare 办.
		{"全力推进市委“三农”工作会议精神落实。", "市委"},
		{"落实县委“一把手”责任制。", "县委"},
		{"区民政局“一网通”办理事项增加。", "区民政局"},
		// 各地 before the prefecture level counts every prefecture's body.
		{"各地市党委社会工作部相关同志参加观摩。", ""},
		{"组织各地市民政局负责同志参加培训。", ""},
		// Must not fire: a body named after 各地 and a verb.
		{"各地要及时向市民政局报告。", "市民政局"},
		{"各地在省民政厅指导下开展工作。", "省民政厅"},
		// A township's short name alone on a line: a column's place label.
		{"序号\n镇街\n1\n青云街道\n青云街道养老服务中心", "青云街道养老服务中心"},
		// Must not fire: the street's name in a sentence, and its body on a
		// line of its own.
		{"青云街道组织志愿者开展走访。", "青云街道"},
		{"序号\n单位\n1\n青云街道养老服务中心", "青云街道养老服务中心"},
		// A township's short name co-ordinated before a township's unit
		// shares that unit: the last member only.
		{"青云、白石街道、红岭镇社会事务办：", "红岭镇社会事务办"},
		// Must not fire: a government after it (a street has none), and a
		// body of another kind.
		{"白石街道、红岭镇人民政府：", "白石街道; 红岭镇人民政府"},
		{"白石街道、区民政局联合开展检查。", "白石街道; 区民政局"},
		// A directory's row run together: serial, the body's name, its
		// address opening with its place, its phone.
		{"1青山区福寿山公墓武汉市青山区和平路8号027-12345678", "青山区福寿山公墓"},
		{"4黄陂区祥和养老院黄陂区前川街板桥大道9号13900001111", "黄陂区祥和养老院"},
		// Must not fire: a place inside an address, before its street.
		{"成都市高新区锦城大道366号", ""},
		{"办公地点：成都市高新区天府大道366号", ""},
	}, "agencies", agencyNames)
}
