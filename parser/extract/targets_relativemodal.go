package extract

import (
	"strings"
	"unicode/utf8"
)

// A modal of obligation inside a relative clause (全区需政府救助的灾民有
// 300万人，其中需衣被救济的重灾民达213.2万人) names whom the clause
// describes, those who need relief, not what anyone is obliged to do:
// the 的 that closes it makes the words from the modal on an attribute of
// the noun after (《现代汉语八百词》: 的 after a verb phrase forms a noun
// modifier). Such a modal makes its sentence require nothing, so a count
// of those it describes is no bound to keep. A modal whose clause runs on
// past its verb with no 的 (需严格控制参加人数，每户不超过5人), or a 的 after
// a figure (须在15日内完成的) reads as before. Source: the relief reports of
// provincial bureaus (需救助的困难群众, 需衣被救济的灾民).

// relativeModal reports whether a 的 closes a relative clause the modal
// w at i opens: it stands after the modal in the modal's clause, before
// any figure.
func relativeModal(s string, i int, w string) bool {
	for j := i + len(w); j < len(s); {
		c, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case c == '的':
			return true
		case c >= '0' && c <= '9' || strings.ContainsRune(clauseStops+sentenceStops, c):
			return false
		}
		j += n
	}
	return false
}
