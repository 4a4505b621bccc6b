package layout

import "testing"

// TestPastSiteFoot: the headline and lead of another article a site prints
// under the foot that closes the text are no item of it; a site's banner
// words over the text leave the text as it is.
func TestPastSiteFoot(t *testing.T) {
	const text = "某县开展救助管理开放日活动\n2021年6月21日15:14:17\n为做好生活无着的流浪、乞讨人员救助工作,县救助站开展开放日活动。\n县民政局负责人告诉记者,关爱弱势群体是每个人的责任。\n"
	checkItemCounts(t, []itemCountCase{
		{"another article under the foot", text + "特别声明：以上内容来源于编辑整理发布，如有不妥之处，请与我方联系删除。\n某县成功入选全省数字乡村试点县某县资讯\n\n某县成功入选全省数字乡村试点县\n\n12月2日,全省数字农业农村论坛在南昌举行,会上宣布了试点县名单。\n", 0},
		// Not so.
		{"the site's banner over the text", "主办单位：某县人民政府\n\n某县开展救助管理开放日活动\n\n一、活动内容\n\n县救助站开放参观。\n\n二、活动要求\n\n各单位要认真组织。\n", 2},
	})
}
