package extract

import "testing"

// TestAgencyColumnLabel: a name alone on its line that the page's trail
// of links closes on is the column's label, no body; a name the trail
// does not close on, or the name in a sentence, stays.
func TestAgencyColumnLabel(t *testing.T) {
	checkRows(t, []rowCase{
		{"首页 > 县市政协 > 延吉政协\n延吉政协\n延吉市政协开展调研。", "延吉市政协"},
		{"首页 > 县市政协 > 龙井政协\n龙井政协\n6月21日,龙井市政协召开会议。", "龙井市政协"},
		// Must not fire.
		{"首页 > 县市政协 > 工作动态\n延吉政协\n延吉市政协开展调研。", "延吉政协; 延吉市政协"},
		{"首页 > 县市政协 > 延吉政协\n6月21日,延吉政协开展调研。", "延吉政协"},
		{"首页 > 县市政协 > 延吉政协\n延吉政协\n6月21日,延吉政协开展调研。", "延吉政协"},
	}, "agencies", agencyNames)
}
