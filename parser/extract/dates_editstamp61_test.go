package extract

import (
	"testing"

	"bulletin/parser/chrono"
)

// TestEditStamp: the stamp an editor's change leaves over a post (…由 某某
// 于 TIME 编辑) is the page's time, not a date of the text; a date in a
// sentence about editing, a post's own time, and a date after 于 that no
// edit closes stay.
func TestEditStamp(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"本帖最后由 李四 于 2016-3-8 14:02 编辑\n通知于6月1日发布。", "2020-06-01"},
		{"最后由 网友甲 于 2019-11-20 08:15:33 编辑\n正文", ""},
		{"此帖由 管理员 于 2021年4月2日 修改\n通知如下", ""},
		{"本帖最后由 王五 于 2017-5-9 编辑", ""},
		// Dates of the text.
		{"区民政局于2016年3月8日编辑出版了《民政志》。", "2016-03-08"},
		{"发表于 2016-3-8 14:02\n正文", "2016-03-08"},
		{"作者: 张三    时间: 2016-3-8 14:02", "2016-03-08"},
		{"会议于2016-3-8 14:00召开", "2016-03-08"},
		{"编辑 2016-3-8 14:02", "2016-03-08"},
	}
	for _, tc := range tests {
		in := input(t, tc.in)
		in.Env.Ref = chrono.Ref{Year: 2020}
		if g := dateValues(in); g != tc.want {
			t.Errorf("Dates(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}
