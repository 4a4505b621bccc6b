package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// dottedHead widens a name read before a title or a form of address over
// the parts a middle dot joins before it (哈力木拉提·|马木提|同志): the dot
// parts the pieces of one transcribed name (GB/T 15834-2011, 间隔号), so
// the characters after it are the name's last part, never a name whole.
// Each part before a dot is the run of Chinese characters there, up to a
// mark, the text's start or a title, as dottedAfter reads it. Where no
// such part stands (a run too long to be one, or none), the name is only a
// tail and is not read.
func dottedHead(s string, start int) (int, bool) {
	for dotJoinedBefore(s, start) {
		_, w := utf8.DecodeLastRuneInString(s[:start])
		k := hanRunStart(s, start-w)
		if n := utf8.RuneCountInString(s[k : start-w]); n == 0 || n > dottedPartMax || hasTitle(s[k:start-w]) {
			return start, false
		}
		start = k
	}
	return start, true
}

// hanRunStart is where the run of Chinese characters that ends at i opens,
// at punctuation, a space, the start or the end of a title before it.
func hanRunStart(s string, i int) int {
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		if _, ok := lexicon.Titles().EndingAt(s, j); ok && j < i {
			break
		}
		j -= w
	}
	return j
}

// printsNameDots reports whether the document prints a name's dot at all,
// asked once: dottedPiece reads every place a name stands in the whole
// document, at each person, and a document with no dot holds no dotted name.
func (e *Env) printsNameDots() bool {
	return e.memo("namedots", func() bool { return strings.ContainsAny(e.Whole(), nameDots) })
}

// dottedPiece reports whether name, printed with no dot of its own, is a
// piece of a transcribed name the document prints whole with its dots
// (木拉提 or 哈力木拉提 of 哈力木拉提·马木提): a caption or a later mention
// that calls the person so (哈力木拉提副政委) names the one listed whole.
// The piece's run of characters is one part long at most, as a part is.
func dottedPiece(doc, name string) bool {
	if name == "" || strings.ContainsAny(name, nameDots) {
		return false
	}
	for i := strings.Index(doc, name); i >= 0; {
		start, end := hanRunStart(doc, i), hanRunEnd(doc, i+len(name), len(doc))
		if utf8.RuneCountInString(doc[start:end]) <= dottedPartMax && (dotJoinedBefore(doc, start) || dotJoinedAfter(doc, end)) {
			return true
		}
		k := strings.Index(doc[i+len(name):], name)
		if k < 0 {
			break
		}
		i += len(name) + k
	}
	return false
}
