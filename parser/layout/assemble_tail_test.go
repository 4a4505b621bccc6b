package layout

import (
	"fmt"
	"testing"
)

// TestTailHeadings: heading lines a report ends with, no text under any of
// them (an account's name, a picture's credit), head no item. A numbered
// heading a copy stops under, a heading that runs into its own text, a
// heading with text under it, and a bulletin's entry whose text the copy
// cut off are parts of the text.
func TestTailHeadings(t *testing.T) {
	const head = "某区开展养老机构安全检查\n来源:某某热线网 时间:2020-04-07\n"
	const text = "9月13日至14日，某区民政局联合开展养老机构安全检查。\n通过检查，全区各养老机构都能按照安全生产管理制度开展工作。\n"
	const page = "网站地图-广告服务\n您的当前位置:首页>>资讯>>本地\n\n某区开展养老机构安全检查\n\n来源:某某热线网热度:0时间:2020-04-07\n导读:\n9月13日至14日某区民政局、某区消防大队联合开展养老机构安全检查。\n\n这次检查范围是全区公办养老机构和社会办养老机构，重点检查安全管理制度建设情况。\n\n通过检查，全区各养老机构都能按照安全生产管理制度开展工作。%s\n\n某某热线网公众号\n%s"
	checkItemTitles(t, []itemTitlesCase{
		{"an account's name", head + text + "某某热线网公众号\n", ""},
		{"a picture's credit", head + text + "图片来源:百度搜图\n", ""},
		{"a picture's credit over furniture", head + text + "图片来源:百度搜图\n【打印】【关闭】\n", ""},
		{"an account's name under a credit", fmt.Sprintf(page, "(供稿:某某)", ""), ""},
		{"an account's name over furniture", fmt.Sprintf(page, "", "栏目分类\n"), ""},
		// Not so.
		{"a numbered heading the copy stops under", head + "一、检查范围\n全区公办和社会办养老机构。\n二、检查结果\n", "检查范围 | 检查结果"},
		{"headings that run into their text", "2025年某区民政局工作思路\n全面贯彻落实上级决策部署，按照总体目标，全力推进民政事业高质量发展。\n坚持“一个目标”:以全面标准化为抓手,以改革创新为动力,推动民政工作提质增效\n突出“两大重点”:聚焦积极应对人口老龄化,服务保障困难群众\n", "坚持“一个目标” | 突出“两大重点”"},
		{"a bulletin's entry the copy cut off", "某县民政工作周报(第12期)\n\n本周要事\n\n3月5日,县民政局召开全县养老服务工作推进会,部署全年养老服务重点任务,对各乡镇提出明确要求。\n\n科室动态\n\n办公室:做好机关后勤保障工作;完成年度预算编制工作;组织干部职工参加业务知识培训。\n\n此外,本周还开展了困难群众走访慰问活动,发放慰问金2万元,送去米面油等生活物资。\n\n社会事务科:对辖区\n", "- | 办公室 | 社会事务科"},
		{"headings with text under them", head + text + "工作成效\n全区养老机构安全管理水平持续提升。\n下一步工作\n区民政局将持续开展养老机构安全隐患排查整治。\n", "工作成效 | 下一步工作"},
	})
}
