package numeral

import (
	"flag"
	"strings"
	"testing"
)

var _ = flag.Bool("update", false, "rewrite golden files")

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"4416", 4416, true}, {"4,416", 4416, true}, {"1.1", 1.1, true}, {"12.73", 12.73, true},
		{"四千四百一十六", 4416, true}, {"十二", 12, true}, {"二十", 20, true}, {"一百零五", 105, true},
		{"两万", 20000, true}, {"十万", 100000, true}, {"三亿", 3e8, true}, {"一亿二千万", 1.2e8, true},
		{"二〇二五", 2025, true}, {"〇", 0, true}, {"零", 0, true}, {"两", 2, true}, {"百", 100, true},
		{"", 0, false}, {"abc", 0, false}, {"十x", 0, false}, {"人", 0, false},
		// A digit right after 百, 千, 万 or 亿 is the place below it (abbreviatedPlace).
		{"百八", 180, true}, {"三百五", 350, true}, {"一千二", 1200, true}, {"两万三", 23000, true},
		{"五亿六", 5.6e8, true},
		// ... but not after 十 or 零, nor where a lower unit follows.
		{"十五", 15, true}, {"二十七", 27, true}, {"三百零五", 305, true}, {"一千零二", 1002, true},
		{"四百五十", 450, true}, {"六千零八十", 6080, true},
	}
	for _, tc := range tests {
		got, ok := Parse(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	if Multiplier("万") != 1e4 || Multiplier("亿") != 1e8 || Multiplier("万亿") != 1e12 || Multiplier("") != 1 {
		t.Errorf("Multiplier wrong")
	}
}

func TestArabicTimes(t *testing.T) {
	tests := []struct {
		digits, mult string
		want         float64
		ok           bool
	}{
		{"104.04", "万", 1040400, true},
		{"83.5", "万", 835000, true},
		{"1.2", "亿", 120000000, true},
		{"0.35", "万", 3500, true},
		{"4,416", "", 4416, true},
		{"12.73", "", 12.73, true},
		{"2.5", "千万", 25000000, true},
		// Not numbers.
		{"", "万", 0, false},
		{"1e5", "", 0, false},
		{"Inf", "万", 0, false},
		{"0x1p3", "", 0, false},
	}
	for _, tc := range tests {
		got, ok := ArabicTimes(tc.digits, tc.mult)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("ArabicTimes(%q, %q) = %v, %v; want %v, %v", tc.digits, tc.mult, got, ok, tc.want, tc.ok)
		}
	}
}

// IsChinese is a bit set; it must hold exactly the digits Digit reads and
// the units.
func TestIsChineseAgreesWithDigit(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		_, digit := Digit(r)
		want := digit || strings.ContainsRune("十拾百佰千仟万亿", r)
		if got := IsChinese(r); got != want {
			t.Fatalf("IsChinese(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestOrdinal(t *testing.T) {
	tests := []struct {
		in      string
		value   int
		measure string
		ok      bool
	}{
		{"第一组市民政局", 1, "组", true},
		{"第十二批", 12, "批", true},
		{"第2名", 2, "名", true},
		{"第三", 0, "", false},     // no measure word
		{"第一二三", 0, "", false},   // numerals only
		{"第2021年", 0, "", false}, // more digits than a label's count
		{"首批", 0, "", false},     // no 第
		{"第x组", 0, "", false},    // no number
		{"第一, 组", 0, "", false},  // no measure word after the number
	}
	for _, tc := range tests {
		v, m, end, ok := Ordinal(tc.in)
		if ok != tc.ok || v != tc.value || m != tc.measure {
			t.Errorf("Ordinal(%q) = %d %q %v, want %d %q %v", tc.in, v, m, ok, tc.value, tc.measure, tc.ok)
		}
		if ok && !strings.HasSuffix(tc.in[:end], tc.measure) {
			t.Errorf("Ordinal(%q) ends at %d, not after its measure word", tc.in, end)
		}
	}
}

func TestStrayFinancial(t *testing.T) {
	tests := []struct {
		in, at string // the numeral looked at is the first occurrence of at in in
		want   bool
	}{
		{"民盟下陆支部", "陆", true},
		{"陆地水系名", "陆", true},
		{"中国大陆地区", "陆", true},
		{"伍家岗区", "伍", true},
		{"拾金不昧", "拾", true},
		{"下陆一中", "陆", true}, // one financial form beside an ordinary numeral
		// Written as amounts.
		{"人民币陆仟元整", "陆", false},
		{"人民币陆仟元整", "仟", false},
		{"捐款陆元", "陆", false},
		{"壹万元", "壹", false},
		{"贰零贰伍年", "贰", false},
		{"零陆月", "陆", false},
		// No financial numeral at all.
		{"六个", "六", false},
		{"三十", "三", false},
	}
	for _, tc := range tests {
		i := strings.Index(tc.in, tc.at)
		if got := StrayFinancial(tc.in, i, i+len(tc.at)); got != tc.want {
			t.Errorf("StrayFinancial(%q at %q) = %v, want %v", tc.in, tc.at, got, tc.want)
		}
	}
}
