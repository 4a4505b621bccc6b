package cue

import "testing"

// TestAddressOpening finds the address a flattened text opens with, run
// into the text after a white space.
func TestAddressOpening(t *testing.T) {
	for _, tc := range []struct{ in, address string }{
		{"亲爱的市民朋友们: 农历十一月初二“冬至”即将到来，特向广大市民发出如下倡议：", "亲爱的市民朋友们:"},
		{"各乡、镇人民政府,县级各单位、部门: 为规范地名管理，现将有关事项通知如下。", "各乡、镇人民政府,县级各单位、部门:"},
		{"广大市民朋友：　清明节即将到来。", "广大市民朋友："},
		// No white space after the colon, no running text after it, or
		// no address before it: nothing.
		{"广大市民朋友：清明节即将到来。", ""},
		{"各县（市、区）民政局：", ""},
		{"承办单位： 市民政局", ""},
		{"会议指出： 要抓好落实。", ""},
	} {
		got := ""
		if k := AddressOpening(tc.in); k > 0 {
			got = tc.in[:k]
		}
		if got != tc.address {
			t.Errorf("AddressOpening(%q) = %q, want %q", tc.in, got, tc.address)
		}
	}
}
