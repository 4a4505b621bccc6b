package extract

import "testing"

// TestPeopleBodyListed covers a list of entries each a body's name and a
// person's, which gives the people with no title, and the look-alikes: one
// entry alone, words of a clause after a body, bodies joined by 和
// (people_bodylisted.go).
func TestPeopleBodyListed(t *testing.T) {
	checkRows(t, []rowCase{
		// Entries of a body's name and a person's.
		{"获奖选手有：东城区康养服务中心刘晓燕、西河县敬老院张丽和王佳，安康养老服务有限公司马蓉。", "刘晓燕 -; 张丽 -; 王佳 -; 马蓉 -"},
		{"他们是县福利院陈红、县救助站李强。", "陈红 -; 李强 -"},
		// One entry alone, words of a clause after a body, bodies joined.
		{"东城区康养服务中心刘晓燕获得一等奖。", ""},
		{"县民政局高度重视，县财政局大力支持。", ""},
		{"市民政局和县民政局、县财政局和县审计局参加。", ""},
	}, "people", personRows)
}
