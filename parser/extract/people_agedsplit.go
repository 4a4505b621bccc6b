package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/segment"
)

// agedSplitName reads the name after an age (29岁的陈烜说) that the
// segmenter cut into its surname and the characters of a given name it
// does not know (陈/nr|烜/x): a rare character of a given name is no word
// of its dictionary, so it stands alone, tagged x. The surname is one
// character of the surname lexicon that can open a name (surnameTag),
// followed by one or two such lone characters; the name ends where they
// end, and agedNames asks what follows as for a name cut whole. A
// character the segmenter knows (陈|某, 李|村) is no part of it here.
func agedSplitName(s string, ts []segment.Token, k int) (string, int, bool) {
	if k < 0 || utf8.RuneCountInString(ts[k].Word) != 1 || !surnameTag(ts[k].Tag) {
		return "", 0, false
	}
	if sur, ok := surnameAt(s, ts[k].Start); !ok || sur != ts[k].Word {
		return "", 0, false
	}
	end := ts[k].End
	for j := k + 1; j < len(ts) && j <= k+2 && ts[j].Start == end; j++ {
		r, w := utf8.DecodeRuneInString(ts[j].Word)
		if ts[j].Tag != "x" || w != len(ts[j].Word) || !unicode.Is(unicode.Han, r) {
			break
		}
		end = ts[j].End
	}
	if end == ts[k].End {
		return "", 0, false
	}
	return s[ts[k].Start:end], end, true
}
