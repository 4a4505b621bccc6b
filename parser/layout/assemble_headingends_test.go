package layout

import "testing"

// TestHeadingEndsMeasuredWrap: a numbered heading with a comma in it that
// stops short of the wrap the text measured ends at its line's end, though
// a line of the text broke earlier than the wrap (at a figure); one that
// fills the wrap runs on into the line under it.
func TestHeadingEndsMeasuredWrap(t *testing.T) {
	// Text wrapped at twenty columns; its third line broke early.
	wrapped := []string{
		"为做好今年清明节期间的祭扫工作，现将有关",
		"事项通告如下，请广大市民群众相互转告，自",
		"觉遵守各项规定，共同营造安全文明的",
		"氛围，确保祭扫活动平稳有序，减少人员大量",
		"聚集，切实维护祭扫群众的生命财产安全。",
	}
	for _, tc := range []struct {
		name  string
		lines []string // the heading and the text under it
		want  string
	}{
		{"short of the wrap", []string{"二、新建日间服务中心1所，助餐2个", "某某路日间服务中心添置设备。"}, "新建日间服务中心1所，助餐2个"},
		// Not so.
		{"at the wrap", []string{"二、新建日间服务中心1所，社区助餐点2个", "，按计划进度正常进行。"}, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := firstItemTitle(t, append(append([]string{}, wrapped...), tc.lines...)); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}
