package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsMadeAttribute: a bound on an attribute noun right after the
// verb that makes a thing (设立建筑面积不低于300平方米的…中心) sets the size
// the plan's facility must reach; an attribute no verb precedes, or a
// verbal noun after a noun (项目建设面积), describes which things qualify.
// The test document is dated 2025-06-03.
func TestTargetsMadeAttribute(t *testing.T) {
	tests := []kindTargets{
		{"设立 建筑面积", "在社区设立建筑面积不低于300平方米的社区日间照料中心。", "plan 300 平方米 -", layout.Notice},
		{"建设 面积, a verbal noun opening its clause", "打造社区养老幸福工程，建设面积不低于500平方米的社区养老服务中心。", "plan 500 平方米 -", layout.Notice},

		// Which things qualify.
		{"no verb", "每笔不低于1元的捐赠，都可开具票据。", "", layout.Notice},
		{"a verbal noun after a noun", "申请项目建设面积不低于500平方米的机构，可获补助。", "", layout.Notice},
		{"a verb that makes nothing", "要登记面积不少于50平方米的场所，逐一核查。", "", layout.Notice},
		{"an attribute no verb precedes", "每笔金额不低于1元的捐赠，都可开具票据。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}
