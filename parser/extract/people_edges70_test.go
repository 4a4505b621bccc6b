package extract

import "testing"

// TestPeopleEdges70: the people of review 70's pages. A reply letter's
// closing 分管领导:某某 names its signer as 领导署名 does, with no role, a
// two-character name printed spaced (郑  爽) read whole. Rows where it
// must not fire: 分管领导 in running text, with no colon, or before a post
// and no name.
func TestPeopleEdges70(t *testing.T) {
	checkRows(t, []rowCase{
		{"分管领导:郑  爽", "郑爽 -"},
		{"联系人:郑  爽", "郑爽 -"},
		{"分管领导：黄桂珍", "黄桂珍 -"},
		{"分管领导:王晓文\n联系人:李明", "李明 -; 王晓文 -"},
		// Where the rule must not fire.
		{"各分管领导要亲自部署。", ""},
		{"分管领导亲自抓,主要领导负总责。", ""},
		{"分管领导:各乡镇分管副职", ""},
	}, "people", personRows)
}
