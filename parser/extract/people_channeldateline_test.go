package extract

import "testing"

// TestPeopleChannelDateline: an outlet's name of any length that opens
// its line before 消息 (四川在线泸州频道消息(某某)) is a dateline, the bare
// name in its bracket a credit with no role; 消息 in a clause, or after
// words that end in no outlet's word, credits no one.
func TestPeopleChannelDateline(t *testing.T) {
	tests := []rowCase{
		{"四川在线泸州频道消息(姚军)9月17日,纳溪区召开会议。", "姚军 -"},
		{"中国社会组织网泸州频道消息(孙海)近日,纳溪区召开会议。", "孙海 -"},
		{"泸州新闻网消息(周敏)9月17日,纳溪区召开会议。", "周敏 -"},

		// No one: 消息 in a clause, or the words before it end in no outlet.
		{"我们收到了上级传来的好消息(姚军)今天召开会议。", ""},
		{"会议指出，据泸州频道消息(姚军)今天召开会议。", ""},
		{"纳溪区龙车镇长寿村传来消息(姚军)今天召开会议。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
