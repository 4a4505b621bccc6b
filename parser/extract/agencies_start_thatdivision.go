package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// thatDivisionLeads moves the start past a pronoun and the level it points
// back with (该县|遇驾山居家养老服务中心, 該縣|餘丁鄉社會工作站: a deictic word of
// one character in the generic prefixes, then a one-character level): a
// report that has named a county, a city or a town calls it 该县, 该市, 该镇
// after, and the level is the pronoun's (that county), no level of the
// name that follows, which holds a name of its own before its ending. A
// body named by its field and ending alone (该县|民政局: the trade's own
// word for the office) or a kind (该市|社会福利院) takes the level as its
// place (县民政局), as before.
type thatDivisionLeads struct{}

func (thatDivisionLeads) open(r *startReading) bool {
	g := lexicon.GenericPrefixes()
	p, ok := g.Prefix(r.s[r.i:r.e])
	// One character: the words that point at the writing body (我局) are
	// two (TestPointingWordsLexiconFacts).
	if !ok || g.Label(p, 0) != "deictic" || utf8.RuneCountInString(p) != 1 {
		return true
	}
	at := r.i + len(p)
	_, w := utf8.DecodeRuneInString(r.s[at:])
	if agency.OneCharLevel(r.s[at:at+w]) == "" {
		return true
	}
	rest := r.s[at+w : r.e]
	// One reads a kind (社会福利院) or a class (农村敬老院) as no one body.
	if len(rest) <= len(r.suffix) || agency.OpensWithLevel(rest) || !agency.One(rest, false) {
		return true
	}
	r.i, r.afterBoundary, r.pointed = at+w, true, true
	return true
}
