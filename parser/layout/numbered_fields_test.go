package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestNumberedFields: a page's information field that holds the document's
// 发文字号 (文号, 文件编号, 发文字号), bulleted or not, gives the number,
// its year in brackets or none printed; a
// document-sharing site's 文档编号 and an index number give none.
func TestNumberedFields(t *testing.T) {
	body := "关于下拨养老服务资金的通知\n各街道社会事务办:\n现将资金下拨给你们，请按规定使用。\n某区民政局\n2020年5月9日\n"
	tests := []struct {
		name, head, want string
	}{
		{"a bulleted 文件编号", "• 索 引 号:001008003012007/2020-26153\n  • 文件编号:某瓯民〔2020〕37号\n  • 发布单位:区民政局\n", "某瓯民〔2020〕37号"},
		{"a 文号 field", "文号：某民发〔2021〕5号\n发布日期：2021-03-01\n", "某民发〔2021〕5号"},
		{"a 发文字号 with no year", "发文字号：某政办140号\n发布日期：2016-12-20\n", "某政办140号"},
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

// TestPrintedAboveAttachment: a copy that sets the 版记's 印发 line right
// under the 落款 and the attachment after it still reads the 落款's first
// co-issuer as the issuer, not the office that printed the notice, and
// the 印发 line as the foot.
func TestPrintedAboveAttachment(t *testing.T) {
	text := "各乡镇社会事务办:\n经研究，拨付城镇低保资金，请按规定发放。\n1、救助标准：每人每月386元。\n2、资金要及时发放到户。\n附件:城镇低保资金汇总表\n某县财政局 某县民政\n2022年8月25日\n某县财政局办公室 2022年8月25日 印发\n附件:\n城镇低保资金汇总表\n"
	d := Analyze(clean.Lines(text))
	if d.Signer == nil || d.Signer.Value != "某县财政局" {
		t.Errorf("signer %v, want 某县财政局", d.Signer)
	}
}
