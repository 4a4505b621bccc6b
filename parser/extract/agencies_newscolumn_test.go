package extract

import "testing"

// TestAgencyNewsColumn: 新闻中心 alone (generic_agencies.txt) is a
// portal's news column or a newsroom credited, no body; a news centre
// named with its owner stays one.
func TestAgencyNewsColumn(t *testing.T) {
	checkRows(t, []rowCase{
		{"您当前的位置:首页>>新闻中心>>基层信息", ""},
		{"首 页 | 新闻中心 | 政务公开 | 办事服务", ""},
		{"责编:新闻中心", ""},
		{"南岗市新闻中心组织记者开展采访。", "南岗市新闻中心"},
	}, "agencies", agencyNames)
}

// TestAgencyServiceHallKind: 政务服务中心 alone, a channel ticked in a
// disclosure table, and 城市副中心, a planned area, name no body; a hall
// named with its place is one.
func TestAgencyServiceHallKind(t *testing.T) {
	checkRows(t, []rowCase{
		{"公开方式 □纸质媒体 ■公开查阅点 ■政务服务中心 □便民服务站", ""},
		{"| 政府网站,公开查阅点,政务服务中心 |", ""},
		{"加快建设城市副中心,形成新格局。", ""},
		{"申请人可到南岗县政务服务中心民政窗口办理。", "南岗县政务服务中心"},
	}, "agencies", agencyNames)
}
