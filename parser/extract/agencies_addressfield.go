package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// dropAddressedNames drops a name that opens right after an address's
// label (and its colon) and runs through a street's word into its ending
// with no number between (通讯地址:某省某县某镇某某大道民政局): an address
// prints the street, its number, then the building or the body reached
// there (某某大道68号市民政局); a street run into an ending is the place
// of an office given by its street, no body's name. A name after the
// number (某某路725号|某区民政局) is left, and so is a street that names a
// level (某路社区, 某街道), as communities are named after their street.
func dropAddressedNames(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		return addressLabelBefore(s, c.start) && (streetRunInto(s, c.start, c.end) || buildingNumberAfter(s, c.end))
	})
}

// addressLabelBefore reports whether an address's label (cue_words.tsv,
// addresslabel: …地址, …送至, …寄至) ends at i, a colon between them or
// not.
func addressLabelBefore(s string, i int) bool {
	p := strings.TrimRight(s[:i], ":： \t")
	_, ok := lexicon.CueWordList("addresslabel").Suffix(p)
	return ok
}

// streetRunInto reports whether a street's word (streets.txt: 路, 大道 …)
// ends inside [i, e) with a Han character, no number, after it, and no
// level opening at the street's word (街|道, 路|社区).
func streetRunInto(s string, i, e int) bool {
	for k := i; k < e; {
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
		if k >= e {
			break
		}
		st, ok := lexicon.Streets().EndingAt(s, k)
		if !ok || k-len(st) <= i {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); !unicode.Is(unicode.Han, r) {
			continue
		}
		if lv, ok := lexicon.Levels().At(s, k-len(st)); ok && len(lv) > len(st) {
			continue // 街道: a level, no street
		}
		if _, ok := lexicon.Levels().At(s, k); ok {
			continue // 某路|社区: a community named after its street
		}
		return true
	}
	return false
}
