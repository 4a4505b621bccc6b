package extract

import "testing"

// TestAgencyCommonPlaceWord: a kind of body opening with a common word
// the segmenter tags as a place (城市), listed among kinds and closed by
// 等, is a kind; one body's own place, a name outside such a list, or
// one whose list holds bodies' names stays.
func TestAgencyCommonPlaceWord(t *testing.T) {
	checkRows(t, []rowCase{
		{"推进儿童福利院、城市养老服务中心、社会福利院等重大项目。", ""},
		{"推进儿童福利院、城市养老服务中心等重大项目。", ""},
		// Must not fire.
		{"城市管理局负责。", "城市管理局"},
		{"南宁市儿童福利院、南宁市社会福利院等单位参加。", "南宁市儿童福利院; 南宁市社会福利院"},
		{"推进南宁市城市养老服务中心建设。", "南宁市城市养老服务中心"},
	}, "agencies", agencyNames)
}
