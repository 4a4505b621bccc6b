package extract

import (
	"strings"
	"testing"
)

// TestPeopleBounds covers the readings that the text's own structure
// bounds, not a count of characters: a chain of titles as long as it is
// printed, broken by a name after a title; an honour's mark anywhere in
// its clause, not past it; a bare name of at most nameMaxRunes
// characters; the qualifiers between 等 and a leaders' noun as long as the
// clause runs them.
func TestPeopleBounds(t *testing.T) {
	nine := strings.Repeat("党组成员、", 8) + "局长"
	tests := []rowCase{
		// Chains of titles.
		{"市政协副主席、市民政局局长王刚出席。", "王刚 局长 [副主席 局长] @市政协"},
		{"市纪委监委派驻市民政局纪检监察组组长、局党组成员雷声出席。", "雷声 党组成员 [组长 党组成员] @市纪委监委派驻市民政局纪检监察组"},
		{"市民政局" + nine + "王刚出席。", "王刚 局长 [" + strings.TrimSpace(strings.Repeat("党组成员 ", 8)) + " 局长] @市民政局"}, // nine titles, all printed
		// A title a name follows is that name's: the span after it is no body's.
		{"高级工程师雷雨和南阳市消防救援支队防火监督科副科长郑新芳发言。", "雷雨 高级工程师 [高级工程师]; 郑新芳 副科长 [副科长] @南阳市消防救援支队防火监督科"},
		// A span with figures in it is no body's name.
		{"市政协副主席2024年民政局局长王刚出席。", "王刚 局长 [局长]"},

		// An honour's mark stands anywhere in the clause of the verb.
		{"王晓红荣获中华人民共和国人力资源和社会保障部与中华全国总工会联合授予的全国民政系统先进工作者和全国劳动模范称号。", "王晓红 -"},
		{"马少平获得大家认可，“最美”评选启动。", ""}, // the mark is in the next clause
		{"马少平获得大家认可\n“最美”评选启动", ""}, // the line's end closes the clause
		{"欧阳晓红获“全国劳动模范”称号。", ""},    // longer than a bare name
		{"王晓红获“全国劳动模范”称号，马少平获“最美”称号。", "王晓红 -; 马少平 -"},

		// The qualifiers between 等 and a leaders' noun.
		{"王刚、李华等全县各乡镇党委政府主要领导出席。", "王刚 -; 李华 -"}, // eleven characters of qualifiers
		{"王刚、李华等人员参加，会议要求加强领导。", ""},             // the noun lies past the clause
		{"王刚、李华等人员参加会议2024年领导重视。", ""},           // figures break the noun phrase
		{"王刚、李华等同志参加。", "王刚 -; 李华 -"},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleBoundsAdversarial runs the readings over texts that lost
// their punctuation or repeat a cue without end: each reads the text in
// one pass, so these finish at once. No timing is asserted. The readings
// are called directly, past the extractors before them.
func TestPeopleBoundsAdversarial(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("党组成员、", 40000) + "局长王刚",
		strings.Repeat("市民政局局长", 30000) + "王刚",
		"王晓红" + strings.Repeat("获", 100000) + "称号",
		"王晓红获" + strings.Repeat("获称号", 50000),
		strings.Repeat("王刚、李华等", 40000) + "领导",
		strings.Repeat("等", 200000),
	} {
		in := input(t, text)
		people := findPeople(in.Text, in.titles(), in.Words, func(int) string { return "" }, nil)
		people = append(people, honoured(in.Text, in.Words)...)
		people = append(people, closedLists(in.Text, in.Words)...)
		if len(people) > len(text) {
			t.Errorf("%d people from %d bytes", len(people), len(text))
		}
	}
	// A chain as long as the text prints it.
	s := strings.Repeat("党组成员、", 40000) + "局长王刚"
	ts := titlesIn(s)
	if starts := chainStarts(s, ts, allWords(nil)); starts[len(ts)-1] != 0 {
		t.Errorf("the chain of %d titles starts at %d, want 0", len(ts), starts[len(ts)-1])
	}
}
