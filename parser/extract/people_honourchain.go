package extract

import (
	"strings"

	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// chainedPost reads a row's post that chains offices with 、 (某社区党委书记、
// 居民委员会主任), as a title chain before a name does: the unit and its
// first office open it, the role is the last office printed (GOLD.md,
// people), and a chain the copy cut after its mark (…党支部书记、) ends at
// the office before the mark. A post with no mark is memberPerson's alone.
// transcribed is memberPersonOf's: a name the row marks with an ethnic
// group whose names carry no surname (people_ethnicrow.go).
func chainedPost(name, post string, transcribed bool) (schema.Person, bool) {
	parts := strings.Split(strings.TrimSuffix(post, "、"), "、")
	p, ok := memberPersonOf(name, parts[0], transcribed)
	if !ok || len(parts) == 1 {
		return p, ok
	}
	last := parts[len(parts)-1]
	w, ok := lexicon.Titles().EndingAt(last, len(last))
	if !ok {
		return schema.Person{}, false
	}
	role := w
	p.Role, p.Titles = &role, append(p.Titles, w)
	return p, true
}
