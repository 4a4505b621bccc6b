package extract

import "testing"

// TestQuantitiesReview26Measures covers review 24's missed measure words
// (units.tsv: 车道 the lanes of a road, 冢 graves, 头只 and 头 livestock),
// the days a span lasts (共7日, 为期7日: qualifiers.tsv's duration words
// make 日 a count of days) and the 番号 of a military unit (35551部队),
// which counts nothing.
func TestQuantitiesReview26Measures(t *testing.T) {
	tests := []rowCase{
		{"设计速度60km/h,双向6车道,道路等级为交通性城市主干路。", "60 km/h; 6 车道"},
		{"目前烈士陵园安葬有2冢非烈士人员墓。", "2 冢"},
		{"死亡大牲畜2577头只。", "2577 头只"},
		{"公示时间:2025年12月22日至12月28日(共7日)。", "7 日"},
		{"活动为期3日。", "3 日"},
		{"自公告之日起30日内。", "30 日"},
		// Negatives: a military unit's designation, a day of the month,
		// 日 with no duration word before the figure.
		{"中国人民解放军35551部队61分队战士。", ""},
		{"公示时间:2025年12月22日至12月28日。", ""},
		{"会议于7日召开。", ""},
		{"共同开展工作。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
