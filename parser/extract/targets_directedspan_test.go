package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsDirectedSpan: a notice's clause with no subject that opens
// with an event and a span counted from it (迁坟后10日内持…办理) and goes on
// with its predicate sets the limit its reader must act within; a subject
// before the event, a span after an event clause of its own, a verb of
// permission or a 的 after the span, no 内, or a report's text set none. The test document is
// dated 2025-06-03.
func TestTargetsDirectedSpan(t *testing.T) {
	tests := []kindTargets{
		{"迁坟后N日内 持…办理", "请坟主按时迁移。迁坟后10日内持迁坟通知单到镇人民政府办理补助手续。", "plan 10 日 -", layout.Notice},
		{"…之后N个工作日内 提交", "收到通知之后5个工作日内提交整改报告。", "plan 5 个工作日 -", layout.Notice},
		{"a clause after a request", "请坟主按时迁移，迁坟后10日内持迁坟通知单到镇人民政府办理补助手续。", "plan 10 日 -", layout.Notice},
		{"a sentence of its own on a line", "二、相关事项\n领取证书后30日内办理备案手续。", "plan 30 日 -", layout.Notice},

		// None.
		{"a subject before the event", "村民迁坟后10日内到镇人民政府办理补助手续。", "", layout.Notice},
		{"an event clause of its own", "网上预审资料审核通过后，5个工作日内提交线下复核纸质材料。", "", layout.Notice},
		{"a verb of permission", "迁坟后10日内可到镇人民政府领取补助资金。", "", layout.Notice},
		{"the span a noun's attribute", "迁坟后10日内的补助申请由镇人民政府受理。", "", layout.Notice},
		{"no 内", "迁坟后3个月持迁坟通知单到镇人民政府办理补助手续。", "", layout.Notice},
		{"a report's text", "迁坟后10日内持迁坟通知单到镇人民政府办理补助手续。", "", layout.Article},
	}
	checkKindTargets(t, tests)
}
