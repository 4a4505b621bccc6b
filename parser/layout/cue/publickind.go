package cue

import "strings"

// NamesPublicKind reports whether some line of d names a kind of public
// text (公告, 通告, 公示, 批复, 征求意见: 现予以公示, …的通告) outside the 《》
// of a text it cites: the texts that close with a 落款 and none of a
// 公文's other marks. A report its bureau signs at the end names none of
// its own (下发了《…整治公告》), and stays a report (GOLD.md, kind).
func (d *Doc) NamesPublicKind() bool {
	kinds := publicKinds.all()
	for _, l := range d.Lines {
		if containsAny(unquotedTitles(l.Sq), kinds) {
			return true
		}
	}
	return false
}

// unquotedTitles is s without the titles it cites in 《》.
func unquotedTitles(s string) string {
	if !strings.Contains(s, "《") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '《':
			depth++
		case r == '》' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
