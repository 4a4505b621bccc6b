package cue

import "testing"

// TestStatedOwnNumber reads the number a text issues itself under (现以…号
// 文下达), not a number it cites.
func TestStatedOwnNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"根据省财政厅《关于下达某资金的通知》(某财社〔2015〕23号)精神,现以某财社【2015】57号文下达某资金29.72万元。", "某财社〔2015〕57号"},
		{"现以某民发〔2020〕3号文件印发给你们,请遵照执行。", "某民发〔2020〕3号"},
		{"根据《关于下达某资金的通知》(某财社〔2015〕23号)精神,请抓紧落实。", ""},
		{"以某民发〔2020〕3号文件精神为指导,做好救助工作。", ""},
	} {
		got, _, _, ok := StatedOwnNumber(tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("StatedOwnNumber(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFieldNumber: a field labelled as the 发文字号 gives the number as
// printed, with its year in brackets or with none (某政办140号); a value
// that is no issuer's code and serial gives none.
func TestFieldNumber(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"某政办140号", "某政办140号", true},
		{"某民发〔2020〕3号", "某民发〔2020〕3号", true},
		{" 某政办字12号 ", "某政办字12号", true},
		// No number.
		{"140号", "", false},
		{"某政办140号文件", "", false},
		{"无", "", false},
	}
	for _, tc := range tests {
		got, ok := FieldNumber(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("FieldNumber(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestBareNumber: a header line that is a 发文字号 with its year dropped
// (某财社3号) is the number; a count of issues, a code of one character or
// a number with words after it is none.
func TestBareNumber(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"某财社3号", true},
		{" 某政办字12号", true},
		{"第3号", false},
		{"总第3号", false},
		{"公告第3号", false},
		{"某3号", false},
		{"某财社3号文件", false},
		{"3号", false},
	} {
		if got := BareNumber(tc.s); got != tc.want {
			t.Errorf("BareNumber(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
