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

// TestPeopleCountedRole70 covers the title of a group counted after 等:
// the first named holds it (赵某等4位委员 gives 委员). Rows where it must
// not fire: a form of address or a status counted (老人, 高龄老人), a count with no
// title after it, a title word running on into another word (委员会).
func TestPeopleCountedRole70(t *testing.T) {
	checkRows(t, []rowCase{
		{"赵云柱等4位委员:", "赵云柱 委员 [委员]"},
		{"钱志远等3位委员参加培训。", "钱志远 委员 [委员]"},
		{"张建军等5位委员提出的提案收悉。", "张建军 委员 [委员]"},
		// Where the rule must not fire.
		{"经审核,调增黄桂芳等12位高龄老人的补贴。", "黄桂芳 -"},
		{"调增李桂兰等66位老人的补贴。", "李桂兰 -"},
		{"赵云柱等4位委员会成员参加。", "赵云柱 -"},
		{"刘建军等3位代表发言。", "刘建军 -"},
	}, "people", personRows)
}
