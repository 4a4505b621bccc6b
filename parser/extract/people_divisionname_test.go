package extract

import "testing"

// TestPeopleDivisionName: a credit's value that is a division's place and
// level (杜楼镇) the page prints elsewhere opening a body's name
// (杜楼镇人民政府) is that body, no person. A name the page prints before
// no body's ending, or a value that is no division, stays a person.
func TestPeopleDivisionName(t *testing.T) {
	tests := []rowCase{
		{"发表时间:2020-12-18 14:35信息来源:杜楼镇人民政府作者:杜楼镇阅读人次:", ""},
		{"信息来源:柳林镇人民政府\n作者:柳林镇", ""},
		{"信息来源:李村镇人民政府 作者:李村镇 点击数:", ""},

		// No division, or none the page prints as a body's opening.
		{"信息来源:杜楼镇人民政府作者:李华阅读人次:", "李华 作者 [作者] @杜楼镇人民政府"},
		{"信息来源:县民政局\n作者:王镇", "王镇 作者 [作者]"},
		{"镇长杜楼主持会议。", "杜楼 镇长 [镇长]"},
	}
	checkRows(t, tests, "people", personRows)
}
