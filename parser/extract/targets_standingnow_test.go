package extract

import "testing"

// TestTargetsStandingNow: a headline's count that the body tells standing
// at the time of speaking (目前…共有) is reported reached; a body that turns
// ahead after 目前 (将, 计划, a plan word) or gives no time of speaking
// keeps the headline's plan.
func TestTargetsStandingNow(t *testing.T) {
	for _, tc := range []struct {
		head, body string
		done       bool
	}{
		{"某省建成助老食堂1200家", "某台10月9日电 目前全省共有助老食堂1200家，运营良好。", true},
		{"某市建成社区服务站46个", "某报讯 某市目前在运营社区服务站共46个。", true},
		{"某县建成日间照料中心18所", "某报讯 目前，全县有日间照料中心18所，分布在各乡镇。", true},
		// Not standing now: the headline's plan stays.
		{"某省建成助老食堂1200家", "某台10月9日电 目前，全省计划建成助老食堂1200家。", false},
		{"某市建成社区服务站46个", "某报讯 目前，某市将新建社区服务站46个。", false},
		{"某县建成日间照料中心18所", "某报讯 某县今年要建成日间照料中心18所。", false},
		{"某区将新建社区食堂20个", "某报讯 目前，某区20个社区食堂建设项目正在推进。", false},
	} {
		out := extractThrough(headlineInput(t, tc.head, tc.body), "targets")
		done := len(out.Targets) == 0 && len(out.Achievements) == 1
		if done != tc.done {
			t.Errorf("%s / %s: targets %+v, achievements %+v; want done %v", tc.head, tc.body, out.Targets, out.Achievements, tc.done)
		}
	}
}
