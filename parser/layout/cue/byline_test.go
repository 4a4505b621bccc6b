package cue

import (
	"strings"
	"testing"
)

func TestCredits(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"责任编辑:冷晶晶 / 编审:翟竞", "责任编辑=冷晶晶 编审=翟竞"},
		{"编 辑：王晨晖  审核：郭宇", "编辑=王晨晖 审核=郭宇"},
		{"（责任编辑：李四）", "责任编辑=李四"},
		{"编辑 | 李平", "编辑=李平"},
		{"编辑｜李平 审核｜王芳", "编辑=李平 审核=王芳"},
		// The rounds of 三审三校, parted by commas, or with the round's
		// note in brackets.
		{"一审:陆益平,二审:曾佰龙,三审:邹丽娜", "一审=陆益平 二审=曾佰龙 三审=邹丽娜"},
		{"二校(审):余逸飞", "二校=余逸飞"},
		{"二校(审核通过):余逸飞", "二校=余逸飞"},
		// No credit: a sentence that holds a job's word, a job in a
		// table's row of cells.
		{"编辑部召开会议。", ""},
		{"编辑部 | 3人", ""},
		{"一审法院判决后，二审维持原判。", ""},
	} {
		roles, names := Credits(tc.in)
		var got []string
		for k := range roles {
			got = append(got, roles[k]+"="+names[k])
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("Credits(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}

func TestVerbByline(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"商铮 报道", true},
		{"张三 李四 摄", true},
		{"王小明  整理", true},
		// No byline: the verb in a sentence, an outlet's long name, a
		// line of one field, a verb that credits no one.
		{"据新华社报道", false},
		{"中国社会报记者站 报道", false},
		{"报道", false},
		{"商铮 发言", false},
		{"2月28日 报道", false},
	} {
		if got := VerbByline(tc.in); got != tc.want {
			t.Errorf("VerbByline(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
