package layout

import (
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestFactNoSibling: paragraphs led by a label as an item's heading was
// are its siblings, each an item (百年古街巷：… / 古建筑遗址遗迹：…); a label
// that sets out a day or a contact (公示时间：…, 电话：…, 邮寄地址：…) under
// them is the closing's fact, no sibling. The text is a 公示's, as a
// bureau's page printed it.
func TestFactNoSibling(t *testing.T) {
	text := "为贯彻落实《地名管理条例》及其实施办法,进一步挖掘保护和弘扬传承我市优秀地名文化,根据四川省民政厅《关于印发《四川省地名保护名录鉴定工作指引》的通知》要求,经县级梳理申报、调研考察,市级组织专家评审,拟推荐以下4处地名纳入2025年省级地名保护名录(第一批)。\n\n百年古街巷:花盐街(乐山市五通桥区)\n\n古建筑遗址遗迹:犍为文庙(犍为县)、永济桥(沐川县);\n\n红色地名:中国核动力九O九基地(夹江县)。\n\n现予以公示,公开征求社会意见。如有意见或建议,请在公示期内以书面形式通过邮箱或邮寄方式进行反馈。\n\n公示时间:2025年4月30日至2025年5月7日\n\n电话:0833-2130248邮箱:2669289873@qq.com\n\n邮寄地址:乐山市市中区郑坝街77号(市民政局事务区划科)\n\n附件:乐山市拟推荐纳入省级地名保护名录(第一批)地名简介.docx\n\n乐山市民政局\n\n2025年4月30日\n"
	checkItemTitles(t, []itemTitlesCase{
		{"a day's label", text, "!公示时间"},
		{"a contact's label", text, "!电话"},
		{"a postal address", text, "!邮寄地址"},
		// Nor are the labels of what is listed, a list of facts set out
		// by class (factList; GOLD: the 公示 has no items).
		{"the listed labels", text, ""},
	})
}

// TestFactLine: the lines that set out a day or a contact under its label
// (factLine), which no item led by a label takes as its sibling.
func TestFactLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"公示时间:2025年4月30日至2025年5月7日", true},
		{"电话:0833-2130248邮箱:2669289873@qq.com", true},
		{"邮寄地址:某市某路77号(市民政局区划科)", true},
		{"联系电话:0735-2287123", true},
		{"预约平台开放时间:2023年3月29日至4月9日,可提前三天预约。", true},
		// Not so.
		{"办公室:牵头开展安全生产检查,督促各科室落实责任。", false},
		{"办公室:2024年5月10日,组织开展安全生产检查。", false},
		{"福州:2024年3月29日起通过APP预约登记祭扫", false},
		{"古建筑遗址遗迹:某某文庙(某某县)、永济桥(某某县);", false},
		{"社会事务科:本周办理婚姻登记32对。", false},
	}
	for _, tc := range tests {
		// Under a sentence of the text, so that the line is read whole,
		// as no headline.
		a := &assembly{d: cue.NewDoc(unitsWith(clean.Lines("现予以公示,公开征求社会意见。\n"+tc.line), 1))}
		if n := len(a.d.Lines); n != 2 {
			t.Fatalf("%q read as %d lines", tc.line, n)
		}
		if got := a.factLine(1); got != tc.want {
			t.Errorf("factLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
