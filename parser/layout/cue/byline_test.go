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
		// No credit: a sentence that holds a job's word.
		{"编辑部召开会议。", ""},
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
