package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestAddressedKind: a text set as a letter (a greeting on a line of its
// own over the text, a body's name alone under it: cue.Addressed) leaves
// the notice's profiles open (namedKinds), though it names no public kind
// and closes on no date.
func TestAddressedKind(t *testing.T) {
	for _, tc := range []struct {
		name, text string
	}{
		{"name alone", "文明过节倡议书\n全体居民朋友们：\n节日将至，我们倡议：\n一、文明出行\n错峰出行，绿色出行。\n某市民政局\n"},
		{"name, address, phone", "“暖冬行动”倡议书\n广大市民朋友们：\n寒潮将至，为保障困难群众温暖过冬，特发出倡议。\n请您留意身边需要帮助的人。\n某县民政局\n某镇某路8号\n0000-12345678\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Analyze(clean.Lines(tc.text)).Kind; got != Notice {
				t.Errorf("kind %v, want %v", got, Notice)
			}
		})
	}
}
