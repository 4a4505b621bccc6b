package extract

import "testing"

// TestAgencyClipped82: 安委会 (安全生产委员会) and 编委会 (机构编制委员会)
// clipped as 管委会 is end a government committee's name after its place,
// level or the 国务院. Not so: the clipped word with nothing before it or
// with a class before it (各级).
func TestAgencyClipped82(t *testing.T) {
	tests := []rowCase{
		{"为贯彻落实国务院安委会和省安委会有关要求。", "国务院安委会; 省安委会"},
		{"经县安委会研究同意。", "县安委会"},
		{"方案报市编委会审批。", "市编委会"},
		{"经安委会研究同意。", ""},
		{"各级编委会要严格把关。", ""},
		{"安委会成员单位要各司其职。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
