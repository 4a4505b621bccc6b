package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// verbTakesName reports whether the word w, which the segmenter ran a
// surname into (落实|习近平), is a verb: a name printed run on from the word
// before it, with no mark between, is that verb's object (贯彻落实习近平
// 总书记…, 陪同王某某局长). A noun before a title is the first word of a
// compound with it (专业|持证|社工, 社区|专职|书记): no name's surname
// closes it.
func verbTakesName(w segment.Token) bool { return strings.HasPrefix(w.Tag, "v") }

// givenOpensStop reports whether the given name g opens with a stop of
// name_stops.txt, a preposition or a verb that follows a name (由, 在):
// the word the segmenter guessed (成立|由厅|党组书记) is that word and
// what it leads, no given name.
func givenOpensStop(g string) bool {
	r, _ := utf8.DecodeRuneInString(g)
	return lexicon.NameStops().Has(string(r))
}
