package layout

import (
	"fmt"
	"testing"

	"bulletin/parser/clean"
)

// TestFirstStampDatesThePage: of two unlabelled stamps over the text, the
// first is the page's own; the second belongs to something the page shows
// after it (a repost's, a related story's).
func TestFirstStampDatesThePage(t *testing.T) {
	body := "某区民政局开展敬老月活动\n%s\n\n10月9日，某区民政局在辖区敬老院开展敬老月慰问活动，为老人送去慰问品。\n"
	for _, tc := range []struct{ name, info, want string }{
		{"a timestamp, then a stamp opening its line", "2021-06-21 15:14:17\n2021年6月25日09:02:11某某资讯", "2021-06-21"},
		{"a stamp opening its line alone", "2021年6月25日09:02:11某某资讯401字阅读1分20秒", "2021-06-25"},
		// Not the page's day: a date with no clock after it opens no stamp.
		{"a date with no clock opening a line", "2021年6月21日某某资讯401字", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(fmt.Sprintf(body, tc.info)))
			got := "-"
			if d.Date != nil {
				got = d.Date.Value
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
