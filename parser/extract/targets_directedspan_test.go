package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsDirectedSpan: a notice's clause with no subject that opens
// with an event and a span counted from it (收到通知后15日内持…办理) and goes on
// with its predicate sets the limit its reader must act within; a subject
// before the event, a span after an event clause of its own, a verb of
// permission or a 的 after the span, no 内, a span of no time, a span before
// the event, a clause's stop after 内, or a report's text set none. The test document is
// dated 2025-06-03.
func TestTargetsDirectedSpan(t *testing.T) {
	tests := []kindTargets{
		{"…后N日内 持…办理", "请家属按时办理。收到通知后15日内持身份证明到街道办事处办理登记手续。", "plan 15 日 -", layout.Notice},
		{"…之后N个工作日内 提交", "收到通知之后5个工作日内提交整改报告。", "plan 5 个工作日 -", layout.Notice},
		{"a clause after a request", "请家属按时办理，收到通知后15日内持身份证明到街道办事处办理登记手续。", "plan 15 日 -", layout.Notice},
		{"the text's first sentence", "收到通知后15日内持身份证明到街道办事处办理登记手续。", "plan 15 日 -", layout.Notice},
		{"a sentence of its own on a line", "二、相关事项\n领取证书后30日内办理备案手续。", "plan 30 日 -", layout.Notice},

		// None.
		{"a subject before the event", "家属收到通知后15日内到街道办事处办理登记手续。", "", layout.Notice},
		{"an event clause of its own", "网上预审资料审核通过后，5个工作日内提交线下复核纸质材料。", "", layout.Notice},
		{"a verb of permission", "收到通知后15日内可到街道办事处领取补助资金。", "", layout.Notice},
		{"the span a noun's attribute", "收到通知后15日内的补助申请由街道办事处受理。", "", layout.Notice},
		{"no 内", "收到通知后3个月持身份证明到街道办事处办理登记手续。", "", layout.Notice},
		{"a span of no time", "进入墓区后50米内下车步行。", "", layout.Notice},
		{"a span before the event", "收到通知前15日内持身份证明到街道办事处办理登记手续。", "", layout.Notice},
		{"a clause's stop after 内", "收到通知后15日内，由村委会统一组织验收。", "", layout.Notice},
		{"a report's text", "收到通知后15日内持身份证明到街道办事处办理登记手续。", "", layout.Article},
	}
	checkKindTargets(t, tests)
}
