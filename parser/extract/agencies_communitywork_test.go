package extract

import (
	"strings"
	"testing"
)

// TestAgencyCommunityWork: 社区 before a word of the work done in
// communities (建设, 治理, 共治, 养老), after a division or a common word,
// qualifies the field, and the words before it name the place whose work
// it is, no community. A community's own name before it, a community that
// acts (建设了), a body named with the field after it, or a community with
// no such word after it keeps its name (the rule must not fire).
func TestAgencyCommunityWork(t *testing.T) {
	checkRows(t, []rowCase{
		{"杨丽荣讲解了天津市社区共治的基本思路。", ""},
		{"关于印发广州市居家社区养老服务管理办法的通知。", ""},
		{"研究部署全市社区治理工作,西城区社区治理取得成效。", ""},
		// Must not fire.
		{"长铺社区建设了一个活动室。", "长铺社区"},
		{"加强城乡社区和古塔社区建设。", "古塔社区"},
		{"长铺社区养老服务站正式运营。", "长铺社区养老服务站"},
		{"龙山县民政局到华新社区开展慰问。", "龙山县民政局; 华新社区"},
	}, "agencies", agencyNames)
}

// TestCommunityWorkGuards holds dropCommunityWork itself to its guards,
// one row a guard, on the one name given: 社区 after a division, a
// distinguishing adjective or a common word, before a word of the
// field's work, is dropped; not so a body with an ending of its own, a
// community with no such word after it, a community's own act (建设了),
// or a community's own name before the ending.
func TestCommunityWorkGuards(t *testing.T) {
	tests := []struct {
		s, name string
		drop    bool
	}{
		{"讲解了天津市社区共治的基本思路。", "天津市社区", true},
		{"推进新型社区建设。", "新型社区", true},
		{"印发居家社区养老服务管理办法。", "居家社区", true},
		// Must not fire.
		{"天津市民政局养老服务工作会议召开。", "天津市民政局", false},
		{"天津市社区。", "天津市社区", false},
		{"和平区社区建设了一批活动室。", "和平区社区", false},
		{"加强古塔社区建设。", "古塔社区", false},
	}
	for _, tc := range tests {
		in := input(t, tc.s)
		i := strings.Index(tc.s, tc.name)
		cs := []candidate{{i, i + len(tc.name), "test"}}
		if got := len(dropCommunityWork(tc.s, in.Words, cs)) == 0; got != tc.drop {
			t.Errorf("dropCommunityWork(%q, %q) dropped %v, want %v", tc.s, tc.name, got, tc.drop)
		}
	}
}
