package extract

import "testing"

// TestAgencyTroupes: a troupe, an academy of painters and a volunteer
// team printed with their own names are bodies (agency_suffixes.tsv:
// 艺术团, 演唱团, 剧团, 书画院, 救援队; 爱心团队 and 志愿团队 local). Not
// so: a team of a kind with no place before it, a class counted by 众多,
// and a quoted slogan that closes with 院 after a class's word.
func TestAgencyTroupes(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局携手县残联在特殊教育学校开展活动,宕昌县哈达铺老战士艺术团表演节目。", "县民政局; 县残联; 特殊教育学校; 宕昌县哈达铺老战士艺术团"},
		{"青山广播电视艺术团、青山市大石山书画院被撤销登记。", "青山广播电视艺术团; 青山市大石山书画院"},
		{"许昌市魏都区蓝天救援队开展演练。正阳县曲剧团演出。定海美之声演唱团演出。", "许昌市魏都区蓝天救援队; 正阳县曲剧团; 定海美之声演唱团"},
		{"婚姻登记处联合吕剧团拍摄文明婚俗小品。", "婚姻登记处; 吕剧团"},
		{"立山区巾帼爱心团队、立山区老干部大学爱心团队参加活动。", "立山区巾帼爱心团队; 立山区老干部大学爱心团队"},
		// Must not fire.
		{"接着是众多爱心团队上台。", ""},
		{"表彰愛心團隊和愛心個人。组建志愿团队。", ""},
		{"探索儿童福利机构“开门办院”工作模式。", ""},
	}, "agencies", agencyNames)
}
