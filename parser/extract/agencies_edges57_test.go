package extract

import "testing"

// TestAgencyEdges57 covers the names left by reviews 53a and 54b: the
// price kinds of 价格法 §3 (政府指导价, 政府定价) after a place, a visitor's
// act at a hall (入馆, 进馆) after a clause, a project's quoted name after
// a body (某医院“某某公社”项目), and a room built to a standard after its
// body (…福利院标准化档案室建设). Each with rows where the rule must not
// fire.
func TestAgencyEdges57(t *testing.T) {
	checkRows(t, []rowCase{
		// 政府指导价 and 政府定价 are kinds of price: the place scopes them.
		{"关于调整青山县政府指导价丧葬服务收费的通知", ""},
		{"按照长林市政府定价执行。", ""},
		{"调整长林市政府定价目录。", ""},
		{"经审核同意调整白河县政府指导价项目。", ""},
		// Must not fire: the government itself, acting or owning.
		{"青山县政府指导各乡镇开展工作。", "青山县政府"},
		{"长林市政府定于5月召开会议。", "长林市政府"},
		{"白河县政府办公室印发通知。", "白河县政府办公室"},
		// 入馆 and 进馆: the act of entering a hall, no 馆 that ends a name.
		{"清明高峰日入馆人数将超过5万。", ""},
		{"预计祭扫首日入馆人员达3万。", ""},
		// A hall's name, then the act: the name ends at the hall.
		{"长林市图书馆进馆须知。", "长林市图书馆"},
		{"市殡仪馆入馆人员须佩戴口罩。", "市殡仪馆"},
		// Must not fire: a hall's name alone.
		{"青山县图书馆开放时间调整。", "青山县图书馆"},
		// A quoted name before 项目 after a body names the project.
		{"城关镇卫生院“幸福互助社”项目已投入运营。", "城关镇卫生院"},
		{"青山县敬老院“暖心服务社”项目完成验收。", "青山县敬老院"},
		// Must not fire: a quoted body after its class word.
		{"公益组织“爱心互助会”开展活动。", "爱心互助会"},
		{"城关镇卫生院“幸福互助社”开业。", "城关镇卫生院; 幸福互助社"},
		// A standard, a facility and 建设 after a body: the room built.
		{"抓好青山市儿童福利院标准化档案室建设。", "青山市儿童福利院"},
		{"做好洛阳市社会福利院信息化档案室建设。", "洛阳市社会福利院"},
		{"推进南阳市救助管理站规范化接待室建设。", "南阳市救助管理站"},
		// Must not fire: a unit of that standard, named with no 建设.
		{"青山市市场监管局标准化处负责审核。", "青山市市场监管局标准化处"},
		{"推进青山市儿童福利院标准化建设。", "青山市儿童福利院"},
	}, "agencies", agencyNames)
}
