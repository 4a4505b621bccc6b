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

// TestAskerLabel reads the label a press conference's transcript sets
// over a question: an outlet and its reporter's job, nothing else.
func TestAskerLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"中央广播电视总台央视记者", true},
		{"《中国社会报》记者", true},
		{"香港《紫荆》杂志记者", true},
		{"新华社记者", true},
		{"澎湃新闻记者", true},
		{"人民日报记者", true},
		// A name after the job, a clause, a figure, no outlet: no label.
		{"新华社记者张三", false},
		{"记者", false},
		{"会议邀请了省电视台记者", true}, // the shape alone: askerLines asks for a transcript's several
		{"2名电视台记者", false},
		{"张三对记者说，新华社记者", false},
		{"民政局记者", false},
	} {
		if got := AskerLabel(tc.in); got != tc.want {
			t.Errorf("AskerLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
