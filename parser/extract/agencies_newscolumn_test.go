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
