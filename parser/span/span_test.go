package span

import (
	"flag"
	"testing"
	"unicode"
	"unicode/utf8"
)

var _ = flag.Bool("update", false, "rewrite golden files")

func TestBuilder(t *testing.T) {
	var b Builder
	b.AddLine("会 5 月 30 日，市政府召开", 3)
	b.AddLine("工作推进会。Word", 5)
	b.AddLine("Count 11月2", 7)
	b.AddLine("6日", 9)
	got := b.Text()
	if want := "会5月30日，市政府召开工作推进会。Word Count 11月26日"; got.String() != want {
		t.Fatalf("text %q, want %q", got.String(), want)
	}
	s := got.String()
	for _, tc := range []struct {
		sub         string
		first, last int
	}{
		{"会5月30日", 3, 3}, {"召开工作", 3, 5}, {"Word Count", 5, 7}, {"11月26日", 7, 9},
	} {
		i := indexOf(s, tc.sub)
		if l := got.LinesOf(i, i+len(tc.sub)); l.First != tc.first || l.Last != tc.last {
			t.Errorf("%q at lines %v, want %d-%d", tc.sub, l, tc.first, tc.last)
		}
	}
	if !got.HasGapAt(len("会")) {
		t.Errorf("no gap recorded where a space was squeezed")
	}
	if !got.HasBreakAt(indexOf(s, "工作推进")) {
		t.Errorf("no break recorded where lines were joined")
	}
	sl := got.Slice(indexOf(s, "工作"), len(s))
	if sl.LineAt(0) != 5 || !sl.HasBreakAt(indexOf(sl.String(), "Count")) {
		t.Errorf("slice lost its line map: %v", sl.Lines())
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// hasSpace reads bytes, not runes: it must agree with unicode.IsSpace on
// every rune, and writeSqueezed must squeeze every kind of space.
func TestHasSpaceAgreesWithIsSpace(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "民政" + string(r) + "局"
		if got := hasSpace(s); got != unicode.IsSpace(r) {
			t.Fatalf("hasSpace(%q) = %v, want %v", s, got, !got)
		}
		if unicode.IsSpace(r) && (r == ' ' || r == '\t' || r >= 0x80) { // clean drops other controls
			if got := SqueezeString(s); got != "民政局" {
				t.Fatalf("SqueezeString(%q) = %q, want 民政局", s, got)
			}
		}
	}
}

// Scans step over a rune whose lead byte HanLead accepts: it must be a
// three-byte character that is no space, digit, letter or punctuation.
func TestHanLead(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if !HanLead(s[0]) {
			continue
		}
		n++
		if len(s) != 3 || r < 0x4000 || r > 0x9FFF || unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsPunct(r) {
			t.Fatalf("HanLead accepts %U %q", r, r)
		}
	}
	if n != 0x9FFF-0x4000+1 {
		t.Errorf("HanLead accepts %d runes, want all of U+4000–U+9FFF", n)
	}
}

// TestHanGaps: only white space between two Chinese characters counts.
func TestHanGaps(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"市 救助服务中 心党支部", 2},
		{"国家消防救援局 民政部", 1},
		{"2021 年 7 月 29 日", 0},
		{"会议于 5 月召开", 0},
		{"", 0},
	}
	for _, tc := range tests {
		if got := len(Squeeze(tc.line, 1).HanGaps()); got != tc.want {
			t.Errorf("HanGaps(%q) = %d, want %d", tc.line, got, tc.want)
		}
	}
}
