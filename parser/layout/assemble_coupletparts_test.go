package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestCoupletParts: paragraphs that each open with a couplet closed by a
// stop, two or more in a row under a paragraph leading into them with its
// colon, are the text's parts (headings), a member's wrapped lines with
// it; under a salutation or no lead at all, or one alone, they stay text.
func TestCoupletParts(t *testing.T) {
	const (
		lead  = "值此佳节来临之际，为弘扬传统美德，特向全县居民发出如下倡议："
		first = "文明祭祀，摒弃陋习。自觉抵制焚烧纸钱、燃放鞭炮等行为。"
		then  = "安全祭祀，守护平安。严格遵守森林防火等相关规定。"
		last  = "绿色祭祀，共护家园。树立生态环保理念，减少祭祀废弃物。"
		close = "让我们携手践行新风尚，从自身做起。"
	)
	for _, tc := range []struct {
		name  string
		lines []string
		want  string // per line: H for a part's heading, - for text
	}{
		{"three parts under a lead", []string{lead, first, then, last, close}, "-HHH-"},
		{"parts the wrap broke", []string{
			"值此佳节来临之际，为弘扬传统美德，特向全县居",
			"民发出如下倡议：",
			"文明祭祀，摒弃陋习。自觉抵制焚烧纸钱、燃放鞭",
			"炮、抛撒冥币等行为，倡导鲜花祭奠、网络祭扫。",
			"安全祭祀，守护平安。严格遵守森林防火、消防安",
			"全等相关规定。不在林地、草地、墓地焚烧纸钱。",
			"让我们携手践行新风尚，从自身做起，从点滴做起。",
		}, "--H-H--"},
		// Not so.
		{"under a salutation", []string{"全县广大居民朋友们：", first, then, last}, "----"},
		{"under a salutation under the title", []string{"文明祭祀倡议书", "全县广大居民朋友们：", first, then, last}, "-----"},
		{"a blank line in a member", []string{lead, "文明祭祀，摒弃陋习。自觉抵制焚烧纸钱、燃放鞭", "", "炮、抛撒冥币等行为。", then}, "----"},
		{"no lead", []string{"春节前夕，县民政局走访慰问困难群众。", first, then, last}, "----"},
		{"one alone", []string{lead, first, close}, "---"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0 // blank lines are no lines of the reading
			for _, l := range tc.lines {
				if l != "" {
					n++
				}
			}
			roles := make([]cue.Role, n)
			for i := range roles {
				roles[i] = cue.Body
			}
			a := labelledAssembly(tc.lines, roles)
			a.coupletParts()
			got := ""
			for _, r := range a.roles {
				if r == cue.Heading {
					got += "H"
				} else {
					got += "-"
				}
			}
			if got != tc.want {
				t.Errorf("roles %s, want %s", got, tc.want)
			}
		})
	}
}
