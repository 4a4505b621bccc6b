package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// TestAgencyPointedGroup: a working body named after its task right after
// a word that points at the writer's own place (我县, 本市) is that place's
// one group for the task; the pointing word is left out. A group named by
// the word for work alone, a word that points at the writing body or at
// no place, or a body with its own ending no group's, names none.
func TestAgencyPointedGroup(t *testing.T) {
	checkRows(t, []rowCase{
		{"下步我县殡葬改革领导小组将持续做好殡葬政策法规宣传。", "殡葬改革领导小组"},
		{"我市养老服务工作专班召开会议。", "养老服务工作专班"},
		{"本市清明祭扫工作领导小组发出倡议。", "清明祭扫工作领导小组"},
		// Must not fire.
		{"我县工作领导小组将持续做好宣传。", ""},
		{"其殡葬改革领导小组将持续做好宣传。", ""},
		{"我局殡葬改革领导小组将持续做好宣传。", ""},
	}, "agencies", agencyNames)
}

// TestPointedGroupGuards holds pointedGroup itself to each of its
// guards, one row a guard, read where the pipeline's other rules cannot
// stand in for it: the name right after the pointing word is a group of
// its place's, and not so where its ending names no working group (an
// institution's 事务受理服务中心, an office's 办 that names no task), the word
// before it points at no place (全县 counts, 其 names no level), the group
// is named by the word for work alone, or the name holds a place of its
// own.
func TestPointedGroupGuards(t *testing.T) {
	tests := []struct {
		s, name string
		want    bool
	}{
		{"我县殡葬改革领导小组将持续做好宣传。", "殡葬改革领导小组", true},
		{"本市清明祭扫工作领导小组发出倡议。", "清明祭扫工作领导小组", true},
		// Must not fire.
		{"我县便民事务受理服务中心正式运行。", "便民事务受理服务中心", false},
		{"我县殡改办将持续做好宣传。", "殡改办", false},
		{"全县殡葬改革领导小组将持续做好宣传。", "殡葬改革领导小组", false},
		{"其殡葬改革领导小组将持续做好宣传。", "殡葬改革领导小组", false},
		{"我县工作领导小组将持续做好宣传。", "工作领导小组", false},
		{"我县城关镇殡葬改革领导小组将持续做好宣传。", "城关镇殡葬改革领导小组", false},
	}
	for _, tc := range tests {
		at := strings.Index(tc.s, tc.name)
		if got := pointedGroup(tc.s, at, tc.name); got != tc.want {
			t.Errorf("pointedGroup(%q, %q) = %v, want %v", tc.s, tc.name, got, tc.want)
		}
	}
}

// TestPointingWordsLexiconFacts states the lexicon facts that
// pointedGroup and thatDivisionLeads rely on in place of checks of their
// own, so that a later row breaking one fails here rather than changing
// what the rules read: every ending labelled field is labelled local too
// (pointedGroup asks only for field), and every deictic word labelled
// body (我局, 本局) is two characters and ends in no level (pointedGroup
// reads a pointing word that ends in a level as one naming a place;
// thatDivisionLeads reads only pointing words of one character).
func TestPointingWordsLexiconFacts(t *testing.T) {
	sx := lexicon.AgencySuffixes()
	fields := 0
	for _, w := range sx.All() {
		field := false
		for i := 0; i < 4; i++ {
			field = field || sx.Label(w, i) == "field"
		}
		if !field {
			continue
		}
		fields++
		if sx.Label(w, 1) != "local" || sx.Label(w, 2) != "field" {
			t.Errorf("agency ending %q is labelled field but not local before it", w)
		}
	}
	g := lexicon.GenericPrefixes()
	bodies := 0
	for _, w := range g.All() {
		if g.Label(w, 0) != "deictic" || g.Label(w, 1) != "body" {
			continue
		}
		bodies++
		if n := utf8.RuneCountInString(w); n != 2 {
			t.Errorf("body-pointing word %q has %d characters, want 2", w, n)
		}
		if _, lw := utf8.DecodeLastRuneInString(w); agency.OneCharLevel(w[len(w)-lw:]) != "" {
			t.Errorf("body-pointing word %q ends in a level", w)
		}
	}
	if fields == 0 || bodies == 0 {
		t.Errorf("lexicon lists %d field endings and %d body-pointing words; the facts above hold of none", fields, bodies)
	}
}
