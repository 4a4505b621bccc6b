package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestWrappedNumber: a 发文字号 that closes a page's fields and that the
// wrap cut after its year takes its serial from the line under it; a
// number whole on its line, a line under it that opens with no serial, a
// blank line between, and a number cut anywhere else do not join.
func TestWrappedNumber(t *testing.T) {
	head := "某市民政局关于公布2025年度低保边缘家庭认定标准的通知\n2025-07-02 作者: 点击数:\n"
	body := "根据有关规定，结合我市实际，现将有关事项通知如下。\n"
	for _, tc := range []struct{ name, fields, want string }{
		{"the serial on the line under", "主题词: 其他 发布机构: 市民政局 文 号: 某民发〔2025〕\n73号\n", "某民发〔2025〕73号"},
		{"the number whole on its line", "发布机构: 市民政局 文号: 某民发〔2025〕73号\n", "某民发〔2025〕73号"},
		// Not a wrapped number.
		{"a count under it", "发布机构: 市民政局 文号: 某民发〔2025〕\n73个单位参加\n", "-"},
		{"a blank line between", "发布机构: 市民政局 文号: 某民发〔2025〕\n\n73号\n", "-"},
		{"a field after the number", "文号: 某民发〔2025〕 发布机构: 市民政局\n73号\n", "-"},
		{"no year's bracket closing it", "发布机构: 市民政局 文号: 某民发2025\n73号\n", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(head + tc.fields + "\n" + body))
			if got := valueOf(d.DocNumber); got != tc.want {
				t.Errorf("doc number %q, want %q", got, tc.want)
			}
		})
	}
}
