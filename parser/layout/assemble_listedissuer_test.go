package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestListedNoEditor: a body's name on a line of its own under the text's
// first sentence is one the text lists, no office that edits the page; a
// bulletin's office over its text still is.
func TestListedNoEditor(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a list of honoured bodies", "某省一批基层自治组织受表彰\n\n来源:某某网 时间:2023-02-17 23:13:47\n\n记者从某省民政厅获悉:我省3个基层群众性自治组织被民政部评为全国先进。\n\n我省获得全国先进基层群众性自治组织名单(3个)\n\n某市某区某街道某社区居民委员会\n\n某县某乡某村村民委员会\n\n某市某路街道某社区居民委员会\n", "-"},
		// Not so: the office over the text edits it.
		{"a bulletin's office", "某市民政工作动态\n\n第 39 期\n\n某市民政局办公室\n\n2025 年 12 月 8 日\n\n市民政局召开养老服务工作会议\n\n11月26日,市民政局召开会议,部署养老服务工作。(市局办公室)\n", "某市民政局办公室"},
	}
	for _, tc := range tests {
		d := Analyze(clean.Lines(tc.text))
		if got := valueOf(d.Issuer); got != tc.want {
			t.Errorf("%s: issuer %q, want %q", tc.name, got, tc.want)
		}
	}
}
