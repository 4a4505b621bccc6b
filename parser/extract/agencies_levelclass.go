package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// dropLevelClasses drops a name that opens with its bare level where it is
// the last member of a 、-list whose member before it is a bare level above
// it (市、|县福利院, 市、|区民政局): the levels listed share the ending after
// the last, and the lower level, bare, names that body of every division
// of its level under the text's (each county's welfare home), a class
// across levels (GOLD.md: a generic class or plural is no agency), as
// levelsListed reads a list of levels before a name with no level of its
// own. A text written at that level, which points at its own division by
// it (我县, 我区: the generic prefixes labelled deictic), names its one
// body so (我县…市、|县民政局有关负责人陪同), and keeps the name.
func dropLevelClasses(s string, cs []candidate, e *Env) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		name := s[c.start:c.end]
		if !bareLevelMemberBefore(s, c.start) || agency.OneCharLevel(name) == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(name)
		return !pointsAtOwnLevel(e, string(r))
	})
}

// pointsAtOwnLevel reports whether the document points at its own
// division by the level character lv (我县, 我区: a deictic word of the
// generic prefixes that ends in it).
func pointsAtOwnLevel(e *Env, lv string) bool {
	g := lexicon.GenericPrefixes()
	for _, w := range g.All() {
		if g.Label(w, 0) == "deictic" && utf8.RuneCountInString(w) > 1 && strings.HasSuffix(w, lv) && strings.Contains(e.Whole(), w) {
			return true
		}
	}
	return false
}
