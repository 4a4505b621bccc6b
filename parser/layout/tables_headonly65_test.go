package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestHeadOnly65: a statistical grid whose column heads name figures
// (金额, 补贴, 特困金, 件数: measurehead) and under whose head no row holds a
// digit was cut off after its head (a form printed unfilled, the second of
// two grids a copy cut short, a section of the 2019 report form of 政府信息
// 公开 with no figures): all its rows are the head, none is data. A grid
// with a row of figures, or of amounts with units, or one whose heads name
// no figures (a list of words), keeps its rows.
func TestHeadOnly65(t *testing.T) {
	const notice = "各乡镇社会事务办:\n现将2025年4月份补贴资金拨付如下。\n某县民政局\n2025年4月15日\n"
	tests := []struct{ name, text, grids string }{
		{"a form's head, two levels, no row",
			notice + "某县2025年4月份困难残疾人生活补贴汇总表\n" +
				"乡镇 | 居民类别 (人) | 发放金额 | ||||\n" +
				"一二级 | 三四级 | 总计 | 一二级困难生活补贴 | 三四级困难生活补贴 | 总合计 |\n" +
				"低保家庭中的残疾人 |\n",
			"某县2025年4月份困难残疾人生活补贴汇总表 | 2 |  | "},
		{"the second of two grids cut off after its head",
			notice + "某区8月份农村分散特困金统计表 | |||\n" +
				"单位 | 7月份农村分散特困金 | 8月份农村分散特困金 |\n" +
				"甲镇 | 5 | 4440 |\n乙镇 | 2 | 1776 |\n" +
				"某区8月份城市分散特困金统计表 | |||\n" +
				"单位 | 7月份城市分散特困金 | 8月份城市分散特困金 |\n" +
				"月减少 | 月新增 |\n",
			"某区8月份农村分散特困金统计表 | 1 | 甲镇 乙镇 | ; 某区8月份城市分散特困金统计表 | 2 |  | "},
		{"a section of the report form printed with no figures",
			"二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n",
			"主动公开政府信息情况 | 2 |  | "},
		// Not head alone: a row holds figures, or amounts with units, or
		// the heads name no figures.
		{"a row of figures under the same head",
			notice + "某县2025年4月份困难残疾人生活补贴汇总表\n" +
				"乡镇 | 一二级困难生活补贴 | 三四级困难生活补贴 |\n" +
				"甲镇 | 1200 | 800 |\n乙镇 | 900 | 300 |\n",
			"某县2025年4月份困难残疾人生活补贴汇总表 | 1 | 甲镇 乙镇 | "},
		{"amounts written with their unit",
			notice + "某殡仪馆收费标准表\n收费项目 | 收费金额 | 备注 |\n火化费 | 380元 | 平板炉 |\n接运费 | 200元 | 20公里内 |\n",
			"某殡仪馆收费标准表 | 1 | 火化费 接运费 | "},
		{"a list of words whose heads name no figures",
			notice + "某县社会组织名单\n名称 | 业务主管单位 | 登记机关 |\n某县慈善总会 | 某县民政局 | 某县民政局 |\n某县老年协会 | 某县民政局 | 某县民政局 |\n",
			"某县社会组织名单 | 1 | 某县慈善总会 某县老年协会 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}
