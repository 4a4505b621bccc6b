package clean

import (
	"flag"
	"strings"
	"testing"
	"unicode/utf8"
)

var _ = flag.Bool("update", false, "rewrite golden files")

func TestLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Line
	}{
		{"full-width digits and letters fold, brackets stay", "２０２５年（ＡＢ）１２．７３％",
			[]Line{{Num: 1, Text: "2025年（AB）12.73%"}}},
		{"markdown heading and bold", "### **一、提升站位，加强领导**",
			[]Line{{Num: 1, Text: "一、提升站位，加强领导", Heading: 3}}},
		{"horizontal rule", "---", []Line{{Num: 1, Rule: true}}},
		{"leading space of a new page", " 5 月 28 日，淅川县", []Line{{Num: 1, Text: "5 月 28 日，淅川县", Indent: 1}}},
		{"CRLF and CR line ends", "甲\r\n乙\r丙", []Line{{Num: 1, Text: "甲"}, {Num: 2, Text: "乙"}, {Num: 3, Text: "丙"}}},
		{"ideographic space", "编　辑：王晨晖", []Line{{Num: 1, Text: "编 辑：王晨晖"}}},
		{"web page chrome is kept for the layout", "【打印】【关闭】", []Line{{Num: 1, Text: "【打印】【关闭】"}}},
		{"tab-separated cells are marked", "单位\t目标数", []Line{{Num: 1, Text: "单位\t目标数", Tabs: true}}},
		{"bom", "\uFEFF南阳", []Line{{Num: 1, Text: "南阳"}}},
		// Not chrome: words that merely contain the button names.
		{"print in running text", "打印机采购完成", []Line{{Num: 1, Text: "打印机采购完成"}}},
		{"a dash that is not a rule", "--x", []Line{{Num: 1, Text: "--x"}}},
		{"a button word inside a line", "请点击【打印】保存", []Line{{Num: 1, Text: "请点击【打印】保存"}}},
		{"bold marks, odd counts", "***重点***与__下划__", []Line{{Num: 1, Text: "*重点*与下划"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Lines(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d lines %+v, want %+v", len(got), got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("line %d: got %+v, want %+v", i+1, got[i], tc.want[i])
				}
			}
		})
	}
}

// FuzzLines checks that cleaning never panics and keeps one Line per line.
func FuzzLines(f *testing.F) {
	f.Add("# 标题\r\n\r\n**正文** ２０２５\n---\n")
	f.Fuzz(func(t *testing.T, s string) {
		for i, l := range Lines(s) {
			if l.Num != i+1 {
				t.Fatalf("line %d numbered %d", i+1, l.Num)
			}
		}
	})
}

// needsFold is a byte-level shortcut: it must agree with foldRune on every
// rune, alone and inside Chinese text.
func TestNeedsFoldAgreesWithFoldRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "民政" + string(r) + "，。"
		if got, want := needsFold(s), strings.Map(foldRune, s) != s; got != want {
			t.Fatalf("needsFold(%q) = %v, want %v", s, got, want)
		}
	}
}
