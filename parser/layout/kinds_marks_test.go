package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestNoticeShowsAMark: a text is read as a notice only where it shows a
// mark of one (its kind's word, a 发文字号, a 主送) or a date its 落款
// closes on. A body's name alone under a news report, no date with it, is
// the site's sponsor, and the report stays an article.
func TestNoticeShowsAMark(t *testing.T) {
	report := "某区为300名困难群众送温暖\n作者:张某|来源:某市文明网|发表时间:2016-01-21\n1月20日上午,某区两节慰问活动正式启动。\n为确保困难群众欢度春节,某区今年共筹资53万元,采取集中慰问和分散慰问相结合的方式。\n"
	tests := []struct {
		name, text string
		want       Kind
	}{
		{"a sponsor's name under a report", report + "某省某市精神文明建设指导委员会\n分享按钮\n", Article},
		{"a 落款 with its date", report + "某区民政局\n2016年1月21日\n", Notice},
		{"a notice's title, its 落款 undated", "某区民政局关于开展春节慰问活动的通知\n各街道办事处:\n现就有关事项通知如下。\n一、慰问对象为困难群众。\n二、慰问资金由区财政安排。\n某区民政局\n", Notice},
		// Not made a notice by a sponsor's line alone either way.
		{"a report with no closing", report, Article},
		// A 公文's title over a page cut before its 落款: a notice; a
		// report that cites one in 《》 stays an article.
		{"a notice's title, no 落款 on the page", "NEWS / 新闻中心\n某部 某某部关于举办全国养老护理职业技能大赛的通知\n\n(二)周密制定各类安全预案。各地民政部门要制定应急预案,确保大赛安全有序。\n\n(三)切实提升竞赛工作质量。各地民政部门要严格标准,确保公平公正。\n\n(四)大力加强大赛宣传推广。大赛采取多种方式加大新闻宣传力度。\n\n九、联系方式\n\n(一)全国组委会秘书处。\n\n联系单位:某部养老服务司\n\n联系人:何某\n\n联系方式:010-58123149\n\n(二)全国组委会技术工作组。\n\n联系单位:某部职业技能鉴定指导中心\n\n联系人:张某\n\n联系方式:010-61595451\n", Notice},
		{"a report citing a notice", "事关今年清明祭扫!某省最新通知\n近日\n某省民政厅印发了\n《关于做好2022年清明节祭扫工作的通知》\n(以下简称《通知》)\n《通知》要求,各地要做好祭扫服务保障。\n", Article},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Analyze(clean.Lines(tc.text)).Kind; got != tc.want {
				t.Errorf("kind %v, want %v", got, tc.want)
			}
		})
	}
}
