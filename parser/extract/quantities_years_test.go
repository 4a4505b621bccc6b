package extract

import "testing"

// TestQuantitiesYearsAndDays covers figures before 年, 成 and 日 whose
// reading the words around them decide: a short year (98年被评为) and a
// year run into a place name (2023成都) are no amounts; a count of days
// (30日内, 之日起5日) is one, with its unit 日, while a day of the month
// is none.
func TestQuantitiesYearsAndDays(t *testing.T) {
	tests := []rowCase{
		// A count of days: 内 or 以内 after it, 日起 before it.
		{"请你单位自本公告发布之日起30日内到我局办理手续", "30 日"},
		{"当事人可在送达之日起5日内提出申辩", "5 日"},
		{"请于收到通知后15日以内书面答复", "15 日"},
		{"自即日起10日为公示期", "10 日"},
		// At least N days: 以上 after it (a day of the month takes none).
		{"在村务公开栏张榜公示5日以上", "5 日"},
		{"公示期为7日以上,公示无异议后", "7 日"},
		// 成 takes at most ten tenths: a year before a place name.
		{"2023成都积分入学政策", ""},
		{"参加2024成都养老博览会的有12家机构", "12 家"},
		// A short year opening its clause, the event after it.
		{"现供养老人30人,99年被评为省级模范院", "30 人"},
		{"占地12亩,05年完成扩建", "12 亩"},
		// Not these rules: a day of the month, 内 opening a word.
		{"12日内蒙古自治区民政厅召开会议", ""},
		{"12日内部审计工作启动", ""},
		{"30日上午召开会议", ""},
		{"请于5月30日内完成", ""},
		{"截至6月8日以上数据均已核实", ""},
		{"8日上午召开会议", ""},
		// A periodical's issue after its year is an ordinal, no count.
		{"来源：某某周刊 2021年12期", ""},
		{"选自《某某民政》2019年 4期", ""},
		// Negatives: sessions counted after a verb, or after no year.
		{"2021年举办4期培训班", "4 期"},
		{"全年共举办12期培训班", "12 期"},
		{"全年举办社工培训班，2022年3期，2023年5期", "3 期; 5 期"},
		{"中学生报 2022年3期", ""},
		{"共办班3期,培训200人", "3 期; 200 人"},
		// Not these rules: shares in tenths, spans of years.
		{"群众满意度达8成以上", "8 成"},
		{"连续10年被评为先进单位", "10 年"},
		{"建院以来,30年来共收养孤儿", "30 年"},
		{"他们,20年如一日照顾老人", "20 年"},
		// A fiscal year over two calendar years, the second printed short
		// (2025至26年度, 2024/25年度), is a year; a span without 年度 counts.
		{"增至2025至26年度的12,000人", "12000 人"},
		{"2024/25年度预算", ""},
		{"2025-26年度资助计划", ""},
		{"连续26年度获评先进", "26 年"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
