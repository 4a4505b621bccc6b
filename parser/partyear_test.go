package parser

import (
	"strings"
	"testing"
)

// TestPartYear: in an undated text, a part whose heading states its year
// (一、2023年工作总结 / 二、2024年工作计划) resolves its yearless dates and
// deadlines against that year, not the year the title states first; a
// heading that states none, or a dated document, keeps the document's.
func TestPartYear(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each item's dates, joined by ","
	}{
		{"each part its own year",
			"某局2019年工作总结及2023年工作计划\n一、2023年工作总结\n今年以来，全市新建养老服务中心70家，在12月底前完成全部建设。\n二、2024年工作计划\n计划在6月底前建成社区食堂12家。",
			[]string{"2023-12", "2024-06"}},
		{"a heading that states no year",
			"某局2019年工作总结\n一、主要工作\n全市新建养老服务中心70家，在12月底前完成全部建设。",
			[]string{"2019-12"}},
		{"a heading's year that names what the work is about",
			"某镇2023年民政工作总结\n一、2022年度审计问题整改\n3月20日前全部完成整改。",
			[]string{"2023-03-20"}},
		{"a dated document",
			"某局2019年工作总结\n某局办公室  2019年12月5日\n一、2023年工作总结\n全市在12月底前完成全部建设。",
			[]string{"2019-12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Parse(Source{Path: "t.txt", Data: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range rec.Items {
				var ds []string
				for _, d := range it.Dates {
					ds = append(ds, d.Value)
				}
				got = append(got, strings.Join(ds, ","))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("item dates %q, want %q", got, tc.want)
			}
		})
	}
}
