package cue

import "testing"

func TestPartLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // what the label leaves
	}{
		{"第一篇:宜川县城区街道办事处社区动态", "宜川县城区街道办事处社区动态"},
		{"第3篇：工作总结", "工作总结"},
		{"篇一", ""},
		{"篇十二", ""},
		{"下篇 民政工作要点", "民政工作要点"},
		// No label: words that open with the same characters.
		{"第一篇章", "第一篇章"},
		{"篇幅有限", "篇幅有限"},
		{"第一次会议", "第一次会议"},
		{"上篇文章提到", "上篇文章提到"},
	} {
		got := tc.in[PartLabel(tc.in):]
		if got != tc.want {
			t.Errorf("PartLabel(%q) leaves %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFramedLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"·殡葬改革·", true},
		{" ·工作动态· ", true},
		// No label: a dot that opens a list's entry, a dot inside a name,
		// a sentence framed.
		{"·殡葬改革", false},
		{"中国·宜川", false},
		{"·会议要求，抓好落实·", false},
		{"··", false},
	} {
		if got := FramedLabel(tc.in); got != tc.want {
			t.Errorf("FramedLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
