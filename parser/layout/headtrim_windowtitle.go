package layout

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
	"bulletin/parser/punct"
)

// windowTitle: a saved page's window title over its headline, the headline
// and the site's name after a dash (关于…的通知-某某网 / 关于…的通知): the
// browser's, no line of the title. A headline's own words never repeat
// the lines under it whole and then go on past a dash.
type windowTitle struct{}

func (windowTitle) name() string { return "a window title over the headline" }

func (windowTitle) trim(a *assembly, idx []int) []int {
	for k := 1; k < len(idx); k++ {
		headline := a.text(idx[k:]...).String()
		rest, ok := strings.CutPrefix(a.text(idx[:k]...).String(), headline)
		if !ok || !siteSuffix(rest) {
			continue
		}
		for _, i := range idx[:k] {
			a.relabel(i, cue.Chrome)
		}
		return idx[k:]
	}
	return idx
}

// siteSuffix reports whether s is what a window title adds after the
// headline: a dash (punct.RangeDashes), a low line or a bar, and a name
// with no mark of a sentence (-某某网, _某市民政局, | 某某网).
func siteSuffix(s string) bool {
	marks := punct.RangeDashes + "_|｜"
	s = strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !strings.ContainsRune(marks, r) {
		return false
	}
	name := strings.TrimSpace(strings.TrimLeft(s, marks))
	return name != "" && !cue.SentencePunct(name) && !cue.EndsSentence(name)
}
