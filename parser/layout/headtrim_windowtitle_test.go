package layout

import "testing"

// TestWindowTitle: a page's window title (the headline and its site's
// name after a dash) over the headline is no line of the title; a title
// wrapped over lines, or one a dash goes on in with words of a sentence,
// stays whole.
func TestWindowTitle(t *testing.T) {
	body := "\n\n某市民政局 发布时间:2024-01-30 11:26\n\n各县市区民政局:\n\n根据有关规定，现将补助资金下达给你们，请按规定使用。\n"
	tests := []titleCase{
		{"the window title over the headline", "某市民政局关于下达救助资金的通知-某某网\n\n某市民政局关于下达救助资金的通知" + body, "某市民政局关于下达救助资金的通知"},
		{"the site after a bar", "某市民政局关于下达救助资金的通知 | 某市人民政府\n\n某市民政局关于下达救助资金的通知" + body, "某市民政局关于下达救助资金的通知"},
		{"a title wrapped", "某市民政局关于下达\n\n救助资金的通知" + body, "某市民政局关于下达救助资金的通知"},
		// Not so: a line that repeats the headline and goes on with a
		// sentence, or a dashed line that repeats no headline.
		{"the headline going on with a sentence", "某市民政局关于下达救助资金的通知——请各单位认真落实。\n\n某市民政局关于下达救助资金的通知" + body, "某市民政局关于下达救助资金的通知"},
		{"a dashed line over another headline", "某市民政局关于下达补助资金的通知-某某网\n\n某市民政局关于下达救助资金的通知" + body, "某市民政局关于下达补助资金的通知-某某网某市民政局关于下达救助资金的通知"},
	}
	checkTitles(t, tests)
}

func TestSiteSuffix(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"-某某网", true},
		{" _某市民政局", true},
		{"| 某市人民政府", true},
		{"——资金已下达，请按规定使用。", false},
		{"-某某网，欢迎访问", false},
		{"-资金已下达!", false},
		{"-－", false},
		{"某某网", false},
		{"-", false},
	} {
		if got := siteSuffix(tc.s); got != tc.want {
			t.Errorf("siteSuffix(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
