package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// pointingWordLeads moves the start past a word that points at the place
// (我市|市委, 我县|殡葬管理所: deictic in the generic prefixes): the place
// it points at is the name's, the word no part of it. It counts where a
// name with its place, a one-character level or a unit of the writer's
// own body follows it.
type pointingWordLeads struct{}

func (pointingWordLeads) open(r *startReading) bool {
	s, i, e, suffix := r.s, r.i, r.e, r.suffix
	if p, ok := lexicon.GenericPrefixes().Prefix(s[i:e]); ok && lexicon.GenericPrefixes().Label(p, 0) == "deictic" && len(p) < e-i-len(suffix) {
		_, w := utf8.DecodeLastRuneInString(p)
		// 我局|养老服务股, 我部|社会组织管理局: a unit, or a bureau of a
		// ministry, named with no place of its own after the word that
		// points at the writing body is one of that body's.
		rest := s[i+len(p) : e]
		ownUnit := lexicon.GenericPrefixes().Label(p, 1) == "body" && (lexicon.AgencySuffixes().Label(suffix, 0) == "unit" || !agency.HasLocality(rest))
		if agency.HasLocality(rest) || agency.OneCharLevel(p[len(p)-w:]) != "" || ownUnit {
			// A verb may open the name after it, as after a boundary.
			r.i, r.afterBoundary, r.pointed = i+len(p), true, true
		}
	}
	return true
}
