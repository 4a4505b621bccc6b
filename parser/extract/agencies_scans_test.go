package extract

import (
	"strings"
	"testing"

	"bulletin/parser/span"
)

// The scans of dropTagValues, dropClassMembers, dropColumnLabels,
// dropPlaceLabels, recipientLine and lineOpensAt read near the name (back
// to the clause's end, the bracket marks indexed once, the white space
// beside it, the characters a 主送 line may hold). They must answer as a
// read of the whole line or passage would: each row gives the answer that
// read gives (a tag that opens its line and a value with no sentence's
// end; an opening bracket with 各 before it and the close after the name;
// a line that is the name alone, squeezed or with white space; a line of
// body names closed by a colon), with a third or more of rows where it
// says no. The text marks the name with ‹ and › (› left out where the scan
// reads one offset).
type scanRow struct {
	scan string // tag, opens, recipient, alone, class, squeezed
	text string
	want bool
}

var scanRows = []scanRow{
	// dropTagValues: a value of a tag (关键词, 标签) that opens its line.
	{"tag", "关键词:‹养老服务,民政局,调研", true},
	{"tag", "关键词:养老服务,‹民政局,调研", true},
	{"tag", "文号:|关键词:|‹经济开发区;道路名称", true},
	{"tag", " 标签 ：社区养老服务中心 幸福工程？\t本文标签:,‹民政局", true},
	{"tag", "会议的关键字：x|关键字 ：‹民政局", true},
	{"tag", "会议的关键词是创新,‹周至县民政局作了发言。", false},
	{"tag", "关键词:养老。‹周至县民政局召开会议", false},
	{"tag", "关键词:养老\n‹周至县民政局召开会议", false},
	{"tag", "周至县‹民政局召开会议", false},
	// lineOpensAt: only white space before the name on its line.
	{"opens", "‹延吉政协", true},
	{"opens", "延吉政协\n  ‹延吉政协", true},
	{"opens", "延吉政协\n\u3000‹延吉政协\u3000", true},
	{"opens", "延吉 ‹政协", false},
	{"opens", "首页 > ‹延吉政协", false},
	// recipientLine: a line of body names that a colon closes (主送).
	{"recipient", "各县（市、区）民政局，市直各单位：\n‹镇人民政府›、街道办事处: \u3000\n", true},
	{"recipient", "各县（市、区）民政局，市直各单位：\n镇人民政府、‹街道办事处›: \u3000\n", true},
	{"recipient", "‹甲县民政局›、乙县民政局：\n", true},
	{"recipient", "甲县民政局 乙县民政局：x\n‹某局›、(某某)中心：\n", false},
	{"recipient", "‹甲县民政局› 乙县民政局：x\n", false},
	{"recipient", "某局。‹某局›：", false},
	{"recipient", "会议由‹市民政局›主持。", false},
	// aloneOnLine: the name alone on its line, white space beside it.
	{"alone", "‹延吉政协›\n  延吉政协 \n", true},
	{"alone", "延吉政协\n  ‹延吉政协› \n", true},
	{"alone", "延吉政协\n\u3000‹延吉政协›\u3000\n", true},
	{"alone", "‹延吉› 政协\n", false},
	{"alone", "首页 > ‹延吉政协›\n", false},
	// insideClassBracket: in a bracket opened right after a 各 item's words.
	{"class", "各殡葬服务单位（‹殡仪馆›、公墓、骨灰堂）", true},
	{"class", "各殡葬服务单位（殡仪馆、‹公墓›、骨灰堂）", true},
	{"class", "各县（‹市›、区）民政局", true},
	{"class", "殡葬服务单位（‹殡仪馆›、公墓、骨灰堂）", false},
	{"class", "各县(市、区)民政局（‹办›）", false},
	{"class", "各殡葬服务单位（殡仪馆）、‹公墓›", false},
	// squeezedAlone: the name's line, its spaces squeezed, is the name.
	{"squeezed", "‹延吉政协›\n  延吉政协 \n", true},
	{"squeezed", "延吉政协\n  ‹延吉政协› \n", true},
	{"squeezed", "首页 > 延吉政协\n‹A B›\nab  cd", true},
	{"squeezed", "‹延吉›政协\n", false},
	{"squeezed", "首页 > ‹延吉政协›\n", false},
}

// scanMarked is the text with its marks taken out, and the offsets they
// stood at (e is i where › is left out).
func scanMarked(text string) (s string, i, e int) {
	i = strings.Index(text, "‹")
	s = text[:i] + text[i+len("‹"):]
	e = strings.Index(s, "›")
	if e < 0 {
		return s, i, i
	}
	return s[:e] + s[e+len("›"):], i, e
}

func TestAgencyScansNear(t *testing.T) {
	var yes, no int
	for _, c := range scanRows {
		s, i, e := scanMarked(c.text)
		var got bool
		switch c.scan {
		case "tag":
			got = tagValueAt(s, i)
		case "opens":
			got = lineOpensAt(s, i)
		case "recipient":
			got = recipientLine(s, i, e)
		case "alone":
			_, _, got = aloneOnLine(s, i, e)
		case "class":
			got = insideClassBracket(s, bracketMarks(s), i, e)
		case "squeezed":
			got = squeezedAlone(s, i, e)
		default:
			t.Fatalf("no scan %q", c.scan)
		}
		if got != c.want {
			t.Errorf("%s %q = %v, want %v", c.scan, c.text, got, c.want)
		}
		if c.want {
			yes++
		} else {
			no++
		}
	}
	if no*2 < yes {
		t.Errorf("%d rows say no, %d yes: a third at least must say no", no, yes)
	}
}

// squeezedAlone is dropColumnLabels' test of the line before columnNamed:
// the name's line, its spaces squeezed, is the name.
func squeezedAlone(s string, i, e int) bool {
	ls, le, ok := aloneOnLine(s, i, e)
	return ok && span.SqueezeString(s[ls:le]) == s[i:e]
}

// BenchmarkAgencyScansNear runs the near scans at every offset of a long
// page: each reads near the name, so the page's length does not multiply
// the work of each offset.
func BenchmarkAgencyScansNear(b *testing.B) {
	s := strings.Repeat("各殡葬服务单位（殡仪馆、公墓、骨灰堂），关键词:养老服务,民政局。\n镇人民政府、街道办事处：\n  延吉政协 \n", 200)
	marks := bracketMarks(s)
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for i := 0; i+12 <= len(s); i += 3 {
			tagValueAt(s, i)
			lineOpensAt(s, i)
			recipientLine(s, i, i+12)
			aloneOnLine(s, i, i+12)
			insideClassBracket(s, marks, i, i+12)
		}
	}
}
