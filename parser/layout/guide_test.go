package layout

import "testing"

// TestGuideLabels: a guide (办事指南) that names one part by a guide's word
// (所需材料：) heads its parts with labels: a label of other words over a
// list numbered from its first (可申报项目： / （1）…) is one too, and so is
// a guide's word run into its value (享受条件：低保…). Labels of a speech's
// points (会议要求：) make no guide, nor does a label of other words over
// no list, nor labels with no colon in a text whose one numbered line
// holds no run-on list (12、13日 is a figure's list, （2） counts another
// count).
func TestGuideLabels(t *testing.T) {
	const head = "惠民殡葬补贴\n2025-03-31 09:03:29\n"
	const materials = "所需材料:\n(1)死亡人员户口本、身份证原件及复印件3份;\n(2)火化证原件及复印件3份;\n"
	const projects = "(1)遗体运接费,最高补贴额度390元;\n(2)火化费,最高补贴额度240元;\n"
	// items lists the item titles; a case with none lists the labels no
	// item may be titled by (after "!").
	checkItemTitles(t, []itemTitlesCase{
		{"a label of other words over a list", head + materials + "可申报项目:\n" + projects, "所需材料 | 可申报项目"},
		{"a guide's word run into its value", head + "享受条件:辖区低保、特困、重点优抚对象。\n" + materials + "可申报项目:\n" + projects, "享受条件 | 所需材料 | 可申报项目"},
		{"labels with no colon, a list run into a paragraph", head + "设定依据\n《国务院关于全面建立临时救助制度的通知》\n申请条件\n因火灾、交通事故等意外事故导致基本生活暂时出现严重困难的家庭。\n办理材料\n1.临时救助申请书;2.户口簿复印件;3.身份证复印件。\n办理流程\n申请对象向户籍所在地镇政府提出书面申请。\n", "设定依据 | 申请条件 | 办理材料 | 办理流程"},
		{"labels with no colon, a list run on in one part", "高龄老人津贴申请\n发布时间:2017-07-13 16:55:20\n办理部门\n各乡镇民政站\n办理依据\n某民发(2012)11号及某市民发(2012)63号文件\n申请条件\n本县户籍年满69周岁\n办理流程\n1、个人申请(本县户籍年满69周岁)2、持本人身份证到民政站办理\n办理地点\n各乡镇(街道社区)民政站\n办理时间\n周一至周五上午8:00-12:00\n", "办理部门 | 办理依据 | 申请条件 | 办理流程 | 办理地点 | 办理时间"},
		// Not so.
		{"labels with no colon over lists numbered under each", "国内婚姻登记\n前置条件\n1、男女双方必须自愿结婚。\n2、结婚年龄:男年满22周岁,女年满20周岁。\n办理程序\n1、双方持所需证件共同到婚姻登记机关提出申请。\n2、婚姻登记机关对证件进行审查。\n申请材料\n1、本人常住户口簿、居民身份证。\n2、当事人提交3张2寸近期半身免冠合影照片。\n", "!办理程序 | 申请材料"},
		{"labels with no colon in a text numbered through", head + "一、补贴对象\n本区户籍的困难群众。\n申请材料\n申请书、身份证复印件。\n二、补贴标准\n每人每月100元。\n办理流程\n申请对象向户籍所在地镇政府提出书面申请。\n", "!办理流程"},
		{"a speech's points", "全市民政工作会议召开\n2025-03-31 09:03:29\n会议要求:\n(1)提高站位,狠抓落实;\n(2)压实责任,守牢底线。\n会议强调:\n(1)加强统筹;\n(2)强化保障。\n", "!会议要求 | 会议强调"},
		{"one numbered line, a figure listed in it", "高龄老人津贴申请\n发布时间:2017-07-13 16:55:20\n办理部门\n各乡镇民政站\n申请条件\n本县户籍年满80周岁\n办理流程\n1、每月12、13日到民政站办理\n办理地点\n各乡镇民政站\n", "!办理部门 | 申请条件 | 办理流程"},
		{"one numbered line, a count of another kind in it", "高龄老人津贴申请\n发布时间:2017-07-13 16:55:20\n办理部门\n各乡镇民政站\n申请条件\n本县户籍年满80周岁\n办理流程\n1、提交材料（1）申请书（2）身份证\n办理地点\n各乡镇民政站\n", "!办理部门 | 申请条件 | 办理流程"},
		{"a label of other words over no list", head + materials + "可申报项目:\n遗体运接费、火化费,按实际费用补贴。\n", "!所需材料 | 可申报项目"},
	})
}
