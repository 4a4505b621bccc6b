package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsAllottedIntent: 计划 before an allocation verb (计划向…拨付专项
// 资金50余万元) pledges a sum still to be given, a plan's as 将安排 and 拟安排
// are; the same allocation with no intent, 计划 as a noun, or a sum
// handed out reads as funds given. The test document is dated 2025-06-03.
func TestTargetsAllottedIntent(t *testing.T) {
	tests := []kindTargets{
		{"计划 拨付", "同时，计划向6州2市慈善会拨付专项资金50余万元用于慰问困难群众。", "plan 500000 元 -", layout.Article},
		{"计划 下拨", "同时，计划向各县下拨救助资金300万元用于冬春救助。", "plan 3000000 元 -", layout.Notice},

		// Funds given.
		{"no intent", "同时，向6州2市慈善会拨付专项资金50余万元用于慰问困难群众。", "", layout.Article},
		{"计划 as a noun", "按照年度计划，下拨救助资金300万元。", "", layout.Notice},
		{"已 拨付", "省慈善总会已拨付专项资金50余万元。", "achieved 500000 元 -", layout.Article},
	}
	checkKindTargets(t, tests)
}
