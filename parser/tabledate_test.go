package parser

import (
	"testing"
)

// TestItemDateFromTable: a part whose text is the table under its heading
// (一、道路命名表 over its grid) is dated by the grid's cells, where its own
// words date nothing; a part whose text gives a date keeps it, and a part
// with no table stays undated.
func TestItemDateFromTable(t *testing.T) {
	const head = "关于某开发区部分道路名称拟命名的公示\n根据有关规定,现将拟命名情况公示如下:\n"
	const grid = "序号 | 拟名称 | 起点 | 终点 | 开工年月\n1 | 桂庄路 | 南起中兴东路 | 北至前进路 | 2011.07\n2 | 前进路 | 西起桂庄路 | 东至永阳路 | 2012.05\n"
	const tail = "二、建议方式\n以电话形式建议。\n公示日期:2023年2月13日—2023年2月17日。\n某区地名办\n2023年2月13日\n"
	tests := []struct {
		name, text, want string
	}{
		{"a part that is its table", head + "一、道路命名表\n" + grid + tail, "2011-07"},
		// Not so.
		{"a part whose text gives a date", head + "一、道路命名表\n2023年1月5日,开发区提出命名申请。\n" + grid + tail, "2023-01-05"},
		{"a part with no table", head + "一、道路命名表\n拟命名道路两条。\n" + tail, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Parse(Source{Path: "t.txt", Data: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			if len(rec.Items) == 0 {
				t.Fatalf("no items")
			}
			got := ""
			if d := rec.Items[0].Date; d != nil {
				got = *d
			}
			if got != tc.want {
				t.Errorf("first item's date %q, want %q", got, tc.want)
			}
		})
	}
}
