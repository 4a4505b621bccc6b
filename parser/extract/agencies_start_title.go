package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// titleBefore stops the scan at a person's title (负责同志|…): a title
// closes a name before it. A profession right before the ending is the
// trade the body serves (华夏社工|服务中心, 市律师|协会), and a class of
// people the welfare system serves (退役军人|事务局) the field of the body
// that serves them: both are read into the name. A title that opens the
// ending (委员|会) is the ending's.
type titleBefore struct{}

func (titleBefore) back(r *startReading) scanMove {
	s, i := r.s, r.i
	t, ok := lexicon.Titles().EndingAt(s, i)
	if !ok || titleInEnding(s, i, t) || titleInName(r, i, t) || titleOpensWord(s, i) || actWordInName(s, i, t) {
		return scanPass
	}
	if (i == r.j() || endingOpensAt(s, i)) && lexicon.Titles().Label(t, 0) == "professional" {
		// 华夏社工|服务中心, 市律师|协会: a profession right before
		// the ending is the trade the body serves, no one's title;
		// so too before the ending of a body inside the name
		// (社工|局长者服务处: 社工局 and its unit).
		r.i -= len(t)
		return scanOn
	}
	if lexicon.Titles().Label(t, 0) == "status" && (i < r.j() || placeEndingAt(s, i-len(t)) || nameWordsBefore(s, i-len(t))) {
		// 退役军人|事务局: a class of people the welfare system
		// serves, printed before the words of an ending, is the
		// field of the body that serves them, no one's title;
		// right before the ending too where a place or a level
		// names whose body it is (谷城县|退役军人|服务中心), or
		// the name's words go on before it (社区环保|志愿者|工作站:
		// the people the body is made of).
		r.i -= len(t)
		return scanOn
	}
	if unitFunctionTitle(s, i, t, r.j(), r.suffix) {
		r.i -= len(t)
		return scanOn
	}
	return scanStop
}

// unitFunctionTitle reports whether the title t that ends at i stands
// between a body's ending and the ending of a unit inside it, right
// before that ending (民政局|秘书|科, 县委办公室|秘书|股): a unit of a bureau
// is named after the work its staff do (秘书), and no person's
// title stands between a bureau's name and its unit's ending, so the
// title is the unit's field, read into the one name of the unit.
func unitFunctionTitle(s string, i int, t string, j int, suffix string) bool {
	if i != j {
		return false
	}
	if _, kind := agency.Ending(suffix); kind != "unit" {
		return false
	}
	_, ok := lexicon.AgencySuffixes().EndingAt(s, i-len(t))
	return ok
}

// endingOpensAt reports whether an agency ending starts at i.
func endingOpensAt(s string, i int) bool {
	_, ok := lexicon.AgencySuffixes().At(s, i)
	return ok
}

// titleOpensWord reports whether the character after a title ending at i
// is 者, the suffix that makes a noun of the character before it: the
// title's last character opens that noun (社工局|长者|服务处, 长者 the
// elderly), a title is never followed by it, and the scan goes on.
func titleOpensWord(s string, i int) bool { return strings.HasPrefix(s[i:], "者") }

// titleInEnding reports whether the title t that ends at i opens an
// agency ending that runs on past it (老龄工作委员|会办公室: 委员 heads 委员会):
// the title is part of a body's name, as titlesIn reads it (常委|会), and
// the scan goes on through it (县老龄工作委员会办公室 is one name).
func titleInEnding(s string, i int, t string) bool {
	suf, ok := lexicon.AgencySuffixes().At(s, i-len(t))
	return ok && len(suf) > len(t)
}

// nameWordsBefore reports whether a Chinese character that ends no word
// bounding a name stands before byte i: the words of a name go on there.
func nameWordsBefore(s string, i int) bool {
	if !hanBefore(s, i) {
		return false
	}
	_, bound := lexicon.AgencyBoundaries().EndingAt(s, i)
	return !bound
}

// titleInName reports whether the title t that ends at i lies inside a
// body's name the segmenter read whole as one word (see nameHolds).
func titleInName(r *startReading, i int, t string) bool { return nameHolds(r.ts, i-len(t), i) }

// nameHolds reports whether [i, j) lies inside a body's name the segmenter
// read whole as one word that runs on past j (人民代表|大会常务委员会, of
// 人民代表大会常务委员会/nt): a title there is the name's words, no one's
// title, and no name starts after it.
func nameHolds(ts []segment.Token, i, j int) bool {
	k := tokenOver(ts, j)
	return k < len(ts) && ts[k].Start <= i && ts[k].End > j && ts[k].Tag == "nt"
}

// actWordInName reports whether the title t ending at i is a credit label
// that is also a verb of running text (摄影, 编辑: actLabel) with the
// name's words glued after it: a credit prints its colon or a space
// after the label (摄影：某某), and the label run into the next word is
// the trade a body is named after (某某市人像摄影|协会), no one's credit.
func actWordInName(s string, i int, t string) bool {
	if !actLabel(t) || i >= len(s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.Is(unicode.Han, next)
}
