package layout

import "testing"

// TestPlaceRoundup: a roundup's headings led by places are its items, a
// list numbered under one of them that place's; with one such heading, or
// in a notice, the numbered parts stay the items.
func TestPlaceRoundup(t *testing.T) {
	lead := "事关清明节期间祭扫 多地发通知\n\n某某网3月29日讯 近日,福州、厦门相继发布清明节祭扫通知。\n\n"
	first := "福州:3月29日起通过APP预约登记祭扫\n\n为满足市民祭扫需求,提升服务质量,福州推行预约祭扫。\n\n"
	second := "厦门:清明祭扫集中开放时间为3月25日至4月9日\n\n为做好祭扫服务保障工作,厦门市民政局发布通告:\n\n"
	list := "一、各墓陵园实行预约祭扫,错峰有序。\n\n二、倡导以公共交通方式绿色出行,缓解交通压力。\n\n三、实行单、双号错时错峰祭扫。\n"
	checkItemCounts(t, []itemCountCase{
		{"two places, a list under the second", lead + first + second + list, 2},
		// Not so.
		{"one place's heading", lead + second + list, 3},
		{"a notice's own numbering", "某省民政厅关于做好清明节祭扫工作的通知\n\n某民发〔2023〕5号\n\n各设区市民政局:\n\n为做好清明节祭扫服务保障工作,现将有关事项通知如下:\n\n" + first + second + list + "\n某省民政厅\n\n2023年3月20日\n", 5},
	})
}
