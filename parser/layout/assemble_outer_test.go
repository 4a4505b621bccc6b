package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestOuterHeadings: headings set on lines of their own over numbered
// parts are the text's outermost parts, its items, where the first of
// them stands over the first numbered part and no numbering runs on
// across one (a question over a list; labels with no colon over lists
// numbered again under each, numbered further under the later or
// numbering lines of words, or under a lead whose wrapped line opens with
// 、, a body's line and no numbered part; a call or a question after a
// sentence that leads into them with a colon). A line between parts numbered on
// through the text, lines after the numbered parts, one heading alone, a
// label's value and a photo's caption over another are no such part, nor
// is a line that runs to the wrap, a line over the site's foot, a line of
// no Chinese, a line of clauses or a quoted sentence.
func TestOuterHeadings(t *testing.T) {
	const head = "某市养老机构等级评定启动\n2024-03-22 08:47:27 来源：某市民政局\n"
	const notice = "各社会组织：依据有关条例，现将年检事项通知如下。\n年检对象\n全市登记的社会团体和民办非企业单位。\n所需材料\n（一）社团：填报年度工作报告书。\n（二）民非：填报年度工作报告书和审计报告。\n"
	const steps = "操作流程\n（一）网上填报年度工作报告。\n（二）登记管理机关审查。\n"
	checkItemTitles(t, []itemTitlesCase{
		{"questions over a list", head + "近日，某市启动新一轮养老机构等级评定工作。\n哪些机构可以参评？\n依法登记、正式运营满一年的养老机构均可申请参评。\n评定的程序有哪些？\n1、申请环节。养老机构结合自评情况提出申请。\n2、审查环节。评定机构对申报材料进行审查。\n3、公示环节。评定结果向社会公示。\n",
			"哪些机构可以参评？ | 评定的程序有哪些？"},
		{"labels over lists numbered again", head + "各社会组织：依据有关条例，现将年检事项通知如下。\n年检对象\n全市登记的社会团体和民办非企业单位。\n所需材料\n（一）社团：填报年度工作报告书。\n（二）民非：填报年度工作报告书和审计报告。\n操作流程\n（一）网上填报年度工作报告。\n（二）登记管理机关审查。\n",
			"年检对象 | 所需材料 | 操作流程"},
		{"a call after a sentence that leads in", head + "记者从市民政局了解到，清明节服务保障进行调整，具体内容如下：\n祭扫服务时间\n3月23日至4月4日期间，每天早5时30分至晚17时30分。\n节日期间服务有增量！\n市殡仪馆增设登记窗口3个。\n祭扫注意事项\n1.寄存费续缴：请市民携带寄存证办理续缴。\n2.骨灰迁出：请持本人身份证办理。\n",
			"祭扫服务时间 | 节日期间服务有增量！ | 祭扫注意事项"},
		{"a heading over labelled lines", "某镇公墓扫墓预约指南\n导语 某镇公墓3月23、24日实行预约祭扫。\n某镇公墓\n预约祭扫日期:3月23、24、30、31日,4月4-6、13、14日\n预约祭扫入口：某镇公墓微信公众号。\n预约流程：\n1、点击公众号菜单栏“祭扫预约”；\n2、填写信息，提交即可完成预约。\n某区清明期间祭扫有关事项通告\n为做好我区清明期间群众祭扫服务保障工作，现将有关事项通告如下。\n一、实施预约祭扫。\n全区各祭扫场所实施预约祭扫。\n二、倡导文明祭扫。\n倡导群众采用网络祭扫等方式。\n",
			"某镇公墓 | 某区清明期间祭扫有关事项通告"},
		{"questions after a sentence that leads in", head + "近日，某市启动新一轮养老机构等级评定工作，具体安排如下：\n哪些机构可以参评？\n依法登记、正式运营满一年的养老机构均可申请参评。\n评定的程序有哪些？\n1、申请环节。养老机构结合自评情况提出申请。\n2、审查环节。评定机构对申报材料进行审查。\n",
			"哪些机构可以参评？ | 评定的程序有哪些？"},
		{"labels over lists numbered again and further", head + notice + steps + "（三）公告年检结论。\n",
			"年检对象 | 所需材料 | 操作流程"},
		{"labels over numbered lines of words", head + "各社会组织：依据有关条例，现将年检事项通知如下。\n年检对象\n全市登记的社会团体和民办非企业单位。\n所需材料\n（一）社团年检材料\n填报年度工作报告书。\n（二）民非年检材料\n填报年度工作报告书和审计报告。\n操作流程\n（一）网上填报\n登录系统填报年度工作报告。\n（二）机关审查\n登记管理机关审查报告。\n",
			"年检对象 | 所需材料 | 操作流程"},
		{"labels under a lead whose wrapped line opens with 、", head + "各社会组织：依据有关条例，现将年检事项通知如下，请各单位做好准备，按时参加年检\n、认真填报年度工作报告，确保年检顺利进行。\n年检对象\n全市登记的社会团体和民办非企业单位。\n所需材料\n（一）社团：填报年度工作报告书。\n（二）民非：填报年度工作报告书和审计报告。\n" + steps,
			"年检对象 | 所需材料 | 操作流程"},
		// Not so.
		{"a line that runs to the wrap", head + "近日，某市召开养老服务工作会议，总结全年\n工作成效，部署下一步任务，对全市养老服\n务工作提出明确要求，会议由副市长主持。\n工作成效\n1、提升服务质量。\n2、加强安全管理。\n会议要求，各地要切实履行职责，抓好落实。\n全市养老机构服务质量和安全管理水平持续稳\n步提升，群众满意度不断提高，成效明显。\n下一步打算\n（一）完善服务体系。\n（二）强化队伍建设。\n",
			"工作成效 | 下一步打算"},
		{"a line over the site's foot", head + notice + steps + "欢迎社会各界监督\n版权所有：某市民政局 网站标识码：0000000000\n",
			"年检对象 | 所需材料 | 操作流程"},
		{"a line of no Chinese", head + notice + "Part 2\n登记机关周末照常办理年检业务。\n" + steps,
			"年检对象 | 所需材料 | 操作流程"},
		{"a line of clauses", head + notice + "年检期间，服务不打烊\n登记机关周末照常办理年检业务。\n" + steps,
			"年检对象 | 所需材料 | 操作流程"},
		{"a quoted sentence", head + notice + "“年检是社会组织的法定义务。”\n登记机关周末照常办理年检业务。\n" + steps,
			"年检对象 | 所需材料 | 操作流程"},
		{"lines after the numbered parts", head + "近日，某市召开养老服务工作会议。\n1、提升服务质量。全市养老机构开展服务质量提升行动。\n2、加强安全管理。各地开展养老机构安全隐患排查整治。\n下一步打算\n全市将持续推进养老服务体系建设。\n工作成效\n全市养老服务水平持续提升。\n",
			"!下一步打算"},
		{"a heading inside parts numbered on", head + "近日，某市召开养老服务工作会议。\n会议情况\n会议总结了全年养老服务工作。\n一、提升服务质量\n全市养老机构开展服务质量提升行动。\n下一步打算\n二、加强安全管理\n各地开展养老机构安全隐患排查整治。\n",
			"!下一步打算"},
		{"captions over captions", head + "近日，某市四家公墓推出代祭服务。\n礼仪师正在点香\n工作人员正在代祭扫\n代祭服务是指家属不能到场时由公墓工作人员代为祭扫。\n预约指南\n1、代祭服务自3月23日开始。\n2、家属可拨打公墓电话预约。\n",
			"!礼仪师正在点香"},
		{"a line between parts numbered on", head + "近日，某市召开养老服务工作会议。\n一、提升服务质量\n全市养老机构开展服务质量提升行动。\n活动现场\n二、加强安全管理\n各地开展养老机构安全隐患排查整治。\n工作成效\n三、强化队伍建设\n组织养老护理员职业技能培训。\n",
			"提升服务质量 | 加强安全管理 | 强化队伍建设"},
		{"one heading over the numbered parts", head + "近日，某市召开养老服务工作会议。\n会议部署\n一、提升服务质量。全市养老机构开展服务质量提升行动。\n二、加强安全管理。各地开展养老机构安全隐患排查整治。\n",
			"提升服务质量 | 加强安全管理"},
		{"a label's value", "婚姻登记办事指南\n2024-03-22 08:47:27 来源：某县民政局\n办理机构：\n某县民政局婚姻登记中心\n办理条件：\n（一）婚姻登记处具有管辖权；\n（二）双方自愿结婚。\n收费情况：\n不收费\n申请材料：\n（一）本人有效的身份证、户口簿；\n（二）本人无配偶的签字声明。\n",
			"!某县民政局婚姻登记中心 | 不收费"},
	})
}

// TestOneStopHeadings: a question or a call alone on its line heads the
// text under it, and the item names which (question heading, call
// heading); its clauses parted by a comma are one question all the same.
// A mark with no words before it, or a question run on into its answer,
// heads nothing.
func TestOneStopHeadings(t *testing.T) {
	const head = "某市养老机构等级评定启动\n2024-03-22 08:47:27 来源：某市民政局\n"
	const qa = "婚姻登记问答\n发布时间:2022-05-27\n"
	for _, tc := range []struct{ name, text, want string }{
		{"a question and a call over their parts", head + "记者从市民政局了解到，清明节服务保障进行调整，具体内容如下：\n祭扫服务时间\n3月23日至4月4日期间，每天早5时30分至晚17时30分。\n节日期间服务有增量！\n市殡仪馆增设登记窗口3个。\n祭扫注意事项\n1.寄存费续缴：请市民携带寄存证办理续缴。\n2.骨灰迁出：请持本人身份证办理。\n",
			"节日期间服务有增量！ by call heading"},
		{"numbered questions, one of clauses", qa + "一、结婚证丢了，如何补领？\n当事人持身份证到原登记机关申请补领。\n二、离婚需要哪些材料？\n双方的身份证、户口簿和结婚证。\n",
			"结婚证丢了，如何补领？ by question heading | 离婚需要哪些材料？ by question heading"},
		// Not so.
		{"a mark with no words", qa + "一、？\n当事人持身份证到原登记机关申请补领。\n二、离婚需要哪些材料？\n双方的身份证、户口簿和结婚证。\n",
			"- | 离婚需要哪些材料？ by question heading"},
		{"a question run on into its answer", qa + "一、何时申领？目前办法已印发，可以申领。\n二、哪些人可以申领？退役军人、其他优抚对象均可申领。\n",
			"- | -"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			var got []string
			for _, it := range d.Items {
				switch {
				case it.Title == nil:
					got = append(got, "-")
				case strings.HasSuffix(it.Title.Rule, " heading") && oneStop(it.Title.Value, questionMarks+callMarks):
					got = append(got, it.Title.Value+" by "+it.Title.Rule)
				}
			}
			if s := strings.Join(got, " | "); s != tc.want {
				t.Errorf("items %q, want %q", s, tc.want)
			}
		})
	}
}
