package extract

import "testing"

// TestRoadDivisionInside: a name holding a community or street office
// named after its road is one body's; a name with no road before its
// level, or a road's ending with no name before it, holds none.
func TestRoadDivisionInside(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"体育场路社区日间照料中心", true},
		{"建设路街道养老服务中心", true},
		{"人民大街社区卫生服务站", true},
		// Must not fire.
		{"社区日间照料中心", false},
		{"街道综合养老服务中心", false},
		{"路社区服务站", false},
		{"居家服务中心", false},
		{"体育场路养老院", false},
	} {
		if got := roadDivisionInside(tc.name); got != tc.want {
			t.Errorf("roadDivisionInside(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
