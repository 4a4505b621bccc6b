package extract

import "testing"

// TestAgencyWelfareHomeJoined: 福利院 is a word (domain.tsv), so a named
// welfare home joined by 和 to the next home ends before the conjunction
// (某镇福利院和某某护理院: two names), where the segmenter read 院和某 as
// one unknown word and the scan ran the two together. A class of homes
// (农村福利院和…) stays no name; one home alone keeps its whole name.
func TestAgencyWelfareHomeJoined(t *testing.T) {
	checkRows(t, []rowCase{
		{"联合检查组对青石镇福利院和东湖滨护理院两家机构开展检查。", "青石镇福利院; 东湖滨护理院"},
		{"对甲市福利院、青石镇福利院和南岗镇敬老院开展检查。", "甲市福利院; 青石镇福利院; 南岗镇敬老院"},
		{"走访了青石镇福利院和南岗镇卫生院。", "青石镇福利院; 南岗镇卫生院"},
		{"检查组来到青石镇福利院,查看消防设施。", "青石镇福利院"},
		{"为农村福利院和集中供养中心老人住房安装取暖设备。", ""},
		{"辖区敬老院、福利院和残疾人托养中心的人员安心过节。", ""},
	}, "agencies", agencyNames)
}
