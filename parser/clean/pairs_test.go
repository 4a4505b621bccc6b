package clean

import "testing"

// TestBrokenPairs: a grid of keys and values whose values a converter set
// on the line under their keys is read a row a line; bars that close a
// site's links or fields, and keys with no whole row beside them, stay
// line for line.
func TestBrokenPairs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"values under their keys, among whole rows",
			"事项内容 |\n免除某市困难居民的基本殡葬服务费用。 |\n申请条件 | 具有本市常住户口的困难居民 |\n办理流程 |\n（一）申请；（二）审核。 |\n办理部门 | 某县民政局 |\n",
			"1:事项内容 | 免除某市困难居民的基本殡葬服务费用。 |\n3:申请条件 | 具有本市常住户口的困难居民 |\n4:办理流程 | （一）申请；（二）审核。 |\n6:办理部门 | 某县民政局 |"},
		{"a blank line between a key and its value",
			"受理地点 | 某区政务服务中心 |\n办理时限 |\n\n5个工作日 |\n",
			"1:受理地点 | 某区政务服务中心 |\n2:办理时限 | 5个工作日 |"},
		{"a site's links closed by bars: no whole row of a key and a value",
			"首页 |\n政务公开 |\n办事服务 |\n互动交流 |\n",
			"1:首页 |\n2:政务公开 |\n3:办事服务 |\n4:互动交流 |"},
		{"a key under a key is no value",
			"办理时限 |\n收费标准 |\n办理部门 | 某县民政局 |\n",
			"1:办理时限 |\n2:收费标准 |\n3:办理部门 | 某县民政局 |"},
		{"prose after a lone field: no grid around it",
			"来源 |\n市民政局召开会议，部署冬季救助工作。\n会议要求，各地抓好落实。\n",
			"1:来源 |\n2:市民政局召开会议，部署冬季救助工作。\n3:会议要求，各地抓好落实。"},
	}
	for _, tc := range tests {
		if got := numbered(tc.in); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
