package parser

import (
	"strings"
	"testing"
)

// TestChronicle: a bureau's chronicle (大事记) sets its entries under
// month lines, each entry opening with its day alone: every entry is a
// brief of the month's section, dated in that month of the year the title
// names, though the page was put up the year after; an entry that lost its
// full stop still ends where the next day opens. A day alone with no month
// over it dates nothing.
func TestChronicle(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each item's section and date
	}{
		{"months over entries",
			"某市民政局大事记2023年\n发布日期:2024-02-29\n\n1\n\n3日，市民政局召开全市民政工作会议。\n\n5日，市民政局开展走访慰问\n\n20日至21日，市民政局举办业务培训。\n\n4月\n\n27日，市政府出台养老服务实施意见。",
			[]string{"1 2023-01-03", "1 2023-01-05", "1 2023-01-20", "4月 2023-04-27"}},
		{"an undated chronicle whose text names its own year",
			"某市民政局大事记\n\n1\n\n3日，市民政局召开会议，部署今年工作。\n\n2\n\n5日，全市2023年养老服务工作会议召开。",
			[]string{"1 2023-01-03", "2 2023-02-05"}},
		{"an entry's paragraph that lost its stop over the next day",
			"某市民政局大事记2023年\n\n1\n\n3日，市民政局召开全市民政工作会议\n\n会议部署了全年工作\n\n5日，市民政局开展走访慰问。\n\n2\n\n8日，市民政局举办业务培训。",
			[]string{"1 2023-01-03", "1 2023-01-05", "2 2023-02-08"}},
		{"a paragraph with no day of its own that lost its stop runs on",
			"某市民政局大事记2023年\n\n1\n\n3日，市民政局召开全市民政工作会议。\n\n2\n\n8日，市民政局举办业务培训。\n\n市民政局部署全年重点工作，推进项目建设\n\n10日，市民政局开展走访慰问。",
			[]string{"1 2023-01-03", "2 2023-02-08", "2 -"}},
		{"one month line over a dated line",
			"某市民政局工作动态\n发布日期:2024-02-29\n\n1\n\n3日，市民政局召开全市民政工作会议。",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Parse(Source{Path: "t.txt", Data: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range rec.Items {
				d := "-"
				if it.Date != nil {
					d = *it.Date
				}
				got = append(got, it.Section+" "+d)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("items %q, want %q", got, tc.want)
			}
		})
	}
}
