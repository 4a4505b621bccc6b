package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
)

// TestInspectionYearRef: a notice with no date whose text states no year
// of its own and announces a year's annual inspection (开展2022年度…年检)
// resolves its yearless deadlines against the year after, the year it is
// held; an article about one, a notice that states its own year or a
// notice of a report with no inspection take none from it.
func TestInspectionYearRef(t *testing.T) {
	tests := []struct {
		name string
		kind layout.Kind
		text string
		want int
	}{
		{"notice of an inspection", layout.Notice, "经研究决定,自即日起开展2022年度市属社会组织年检。于4月30日前提交。", 2023},
		{"notice of a 年度检查", layout.Notice, "现就做好2019年度社会团体年度检查工作通知如下", 2020},
		// Not read.
		{"an article", layout.Article, "5月19日某区民政局举办了2020年度社会组织年检培训。", 0},
		{"own year first", layout.Notice, "2023年3月开展2022年度社会组织年检。", 2023},
		{"a report, no inspection", layout.Notice, "做好2023年度基金会年度报告工作", 0},
		{"year without 度", layout.Notice, "2021年检结论为基本合格", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &layout.Document{Kind: tc.kind}
			doc.Lines = append(doc.Lines, layout.Labelled{Num: 1, Text: tc.text, Role: cue.Body})
			if got := refOf(doc).Year; got != tc.want {
				t.Errorf("refOf year = %d, want %d", got, tc.want)
			}
		})
	}
}
