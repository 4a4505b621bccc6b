package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestBareNumberHeader: a header line under the title that is a 发文字号
// with its year dropped is the document's number, with its own rule; a
// number printed whole above it stays the number; a count of issues is
// none.
func TestBareNumberHeader(t *testing.T) {
	const body = "\n\n某市财政局 发布时间:2024-01-30 11:26\n\n各县市区民政局：\n\n根据有关规定，现将2024年困难群众救助补助资金下达给你们，请按规定使用。\n\n一、资金用途\n\n用于低保、特困和临时救助。\n\n二、工作要求\n\n请及时拨付到位。\n"
	for _, tc := range []struct {
		name, text, want, rule string
	}{
		{"a number with its year dropped", "某市财政局 某市民政局关于下达2024年救助补助资金的通知\n\n某财社3号" + body, "某财社3号", "发文字号 without its year"},
		{"a number printed whole above it", "某市财政局 某市民政局关于下达2024年救助补助资金的通知\n\n某财社〔2024〕3号\n\n某财社3号" + body, "某财社〔2024〕3号", "发文字号"},
		{"a count of issues", "某市财政局 某市民政局关于下达2024年救助补助资金的通知\n\n总第3号" + body, "-", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			if got := valueOf(d.DocNumber); got != tc.want {
				t.Fatalf("doc number %q, want %q", got, tc.want)
			}
			if d.DocNumber != nil && d.DocNumber.Rule != tc.rule {
				t.Errorf("rule %q, want %q", d.DocNumber.Rule, tc.rule)
			}
		})
	}
}
