package extract

import (
	"unicode"

	"bulletin/parser/layout/cue"
)

// strewnKey is where strewnDocument's answer is kept (Env.memo).
const strewnKey = "strewn\x00"

// strewnDocument reports whether an extractor strewed spaces inside the
// words of the whole document (内 乡县举行养老服务 协会成立大会, 联合县 妇联):
// spaces between Chinese characters stand on most of its prose lines,
// and spread over them: more lines hold one than any one line holds. A
// document typed as written has such a space on few lines if any, where
// it parts two names (普洱市民政局 普洱市财政局, one line of co-issuers).
// In a strewn document no such space parts two words, and a name is read
// across it. Measured once a document.
func (e *Env) strewnDocument() bool {
	if e == nil || e.Doc == nil {
		return false
	}
	return e.memo(strewnKey, func() bool {
		prose, spaced, most := 0, 0, 0
		for _, l := range e.Doc.Lines {
			if l.Role != cue.Body && l.Role != cue.Brief {
				continue
			}
			prose++
			if n := hanSpaces(l.Text); n > 0 {
				spaced++
				most = max(most, n)
			}
		}
		return 2*spaced > prose && spaced > most
	})
}

// hanSpaces counts the runs of white space that stand between two
// Chinese characters in line.
func hanSpaces(line string) int {
	var before rune
	space, n := false, 0
	for _, r := range line {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && unicode.Is(unicode.Han, before) && unicode.Is(unicode.Han, r) {
			n++
		}
		before, space = r, false
	}
	return n
}
