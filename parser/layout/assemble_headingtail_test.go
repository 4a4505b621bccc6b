package layout

import "testing"

// TestHeadingTail: a heading line that fills the wrap width, the rest of
// its words on the line under it with no mark of a sentence, is the
// heading whole; and a numbered paragraph that lost its stop stays a
// paragraph though the wrap cut it so. A tail that ends a sentence, a
// line under a heading short of the wrap and one under a clause are no
// heading's tail.
func TestHeadingTail(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string // the heading's lines and the next part's
		want  string
	}{
		{"a heading's tail", []string{"二、强化“社会救助”“养老服务”“社会事", "务管理”三项重点工作", "1.强化社会救助水平"}, "强化“社会救助”“养老服务”“社会事务管理”三项重点工作"},
		{"a stop lost, the tail wrapped", []string{"一、全市各服务中心、各区社区服务站活动室集", "中开放时间为4月1日", "二、提倡错峰前往有序参加活动。"}, "-"},
		{"a label's colon closing the tail", []string{"一、某某路段命名应当符合《某某条例》中以", "下要求：", "（一）有利于社区和谐，照顾居民的习惯。"}, "某某路段命名应当符合《某某条例》中以下要求"},
		// Not so.
		{"a clause in the tail", []string{"三、县公安局、应急管理局、市场监管局等部门和各乡", "镇要加强联合执法，加大对非法"}, "-"},
		{"a tail that ends a sentence", []string{"二、强化“社会救助”“养老服务”“社会事", "务管理”三项重点工作。", "三、提倡错峰前往有序参加活动。"}, "-"},
		{"a heading short of the wrap", []string{"一、开放时间、地点", "全市各墓陵园集中开放", "二、提倡错峰前往有序参加活动。"}, "开放时间、地点"},
		{"a clause over the wrap", []string{"一、各地要加强组织领导，落实工作责任，确保", "各项工作落到实处", "1.强化社会救助水平"}, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := firstItemTitle(t, append(append([]string{}, wrapped20...), tc.lines...)); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}
