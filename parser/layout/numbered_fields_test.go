package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestNumberedFields: a page's information field that holds the document's
// 发文字号 (文号, 文件编号, 发文字号), bulleted or not, gives the number; a
// document-sharing site's 文档编号 and an index number give none.
func TestNumberedFields(t *testing.T) {
	body := "关于下拨养老服务资金的通知\n各街道社会事务办:\n现将资金下拨给你们，请按规定使用。\n某区民政局\n2020年5月9日\n"
	tests := []struct {
		name, head, want string
	}{
		{"a bulleted 文件编号", "• 索 引 号:001008003012007/2020-26153\n  • 文件编号:某瓯民〔2020〕37号\n  • 发布单位:区民政局\n", "某瓯民〔2020〕37号"},
		{"a 文号 field", "文号：某民发〔2021〕5号\n发布日期：2021-03-01\n", "某民发〔2021〕5号"},
		// No document number.
		{"a sharing site's 文档编号", "文档编号：2021〔05〕\n上传时间：2021-03-01\n", ""},
		{"an index number alone", "• 索 引 号:001008003012007/2020-26153\n  • 发布单位:区民政局\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.head + body))
			got := ""
			if d.DocNumber != nil {
				got = d.DocNumber.Value
			}
			if got != tc.want {
				t.Errorf("doc number %q, want %q", got, tc.want)
			}
		})
	}
}
