package extract

import "testing"

// TestAgenciesReview25 covers how official names are built, each with
// cases where the rule must not fire (about a third of the table): a line
// of co-issuers a space apart (a joint document's headline) is no text
// strewn with spaces, and a 和 inside one of its names (卫生和健康委员会)
// holds; 共青团 opens a committee's name, the space before it bounding the
// name; 人大 is a division's congress; a development zone's name opens the
// names of the bodies in it; a domain's kind of institution after a
// placed member of a list is that place's; a division's level a space
// apart from its government (经区 人民政府) is the government's; 按
// bounds a name; 各 spreads over alternatives (或) and a masthead's body
// is named by its place.
func TestAgenciesReview25(t *testing.T) {
	checkRows(t, []rowCase{
		{"广东省民政厅 广东省人力资源和社会保障厅 广东省卫生和健康委员会 广东省医疗保障局 共青团广东省委员会 广东省残疾人联合会关于进一步加强儿童保障工作的实施意见", "广东省民政厅; 广东省人力资源和社会保障厅; 广东省卫生和健康委员会; 广东省医疗保障局; 共青团广东省委员会; 广东省残疾人联合会"},
		{"共青团广东省委员会、广东省妇女联合会联合印发意见。", "共青团广东省委员会; 广东省妇女联合会"},
		{"在市人大、市政协的监督支持下，全市民政工作取得进展。", "市人大; 市政协"},
		{"各县市区民政局、经济技术开发区社会事业局、三山经济开发区人社局、爱心企业等参加了启动仪式。", "经济技术开发区社会事业局; 三山经济开发区人社局"},
		{"督导组先后检查了漳州市正兴养护院、社会福利院（儿童福利院）、台商投资区角美镇敬老院。", "漳州市正兴养护院; 社会福利院（儿童福利院）; 台商投资区角美镇敬老院"},
		{"报本级人民政府审批。经区 人民政府同意，现批复如下：原江翠路路段，起江海四路，至五邑路，路宽16米。", "区人民政府"},
		{"善款按市红十字会、市慈善总会各50%分配。", "市红十字会; 市慈善总会"},
		{"伊犁州民政局组织伊犁慈善总会、伊犁州福彩彩票发行中心筹集御寒衣物。", "伊犁州民政局; 伊犁慈善总会; 伊犁州福彩彩票发行中心"},
		{"铁岭市民政局文件\n铁市民发〔2021〕7号", "铁岭市民政局"},
		{"民政部文件\n民发〔2021〕7号", "民政部"},
		// Must not fire: spaces strewn inside words part no names; a
		// 和 between two whole names parts them; a zone's kind alone
		// names no place; a government's office after a list of places
		// is each place's; 各 before alternatives makes a class; words
		// run onto a masthead with no place name no body.
		{"市 救助服务中 心党支部开展活动，走访 困难群众 家中。", "市救助服务中心党支部"},
		{"市民政局和市财政局联合印发通知。", "市民政局; 市财政局"},
		{"各县市区民政局、开发区社会事业局参加会议。", ""},
		{"发行福利彩票，市福利彩票发行中心负责。", "市福利彩票发行中心"},
		{"云安区、新兴县人民政府、民政局和相关镇（街）负责同志陪同调研。", "新兴县人民政府"},
		{"申请人向各县区乡镇人民政府民政办或街道办事处民政办提出申请。", ""},
		{"办理地点各县区乡镇人民政府民政办或街道办事处民政办。", ""},
		{"beat365手机安卓版_365网站余额截图民政局文件\n铁市民发〔2021〕7号", ""},
	}, "agencies", agencyNames)
}
