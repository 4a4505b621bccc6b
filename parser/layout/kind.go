package layout

import "strings"

// classify decides the kind of document from the cues found so far and
// marks the section lines of a bulletin.
func (a *analyzer) classify() {
	attributed, sections := 0, 0
	for i := range a.lines {
		l := &a.lines[i]
		if l.role != roleBody {
			continue
		}
		if _, ok := sectionName(l.sq); ok {
			sections++
		}
		if closesWithAttribution(l.sq) {
			attributed++
		}
	}
	d := a.doc
	switch {
	case a.noticeMark || d.DocNumber != nil || a.noticeTitled || len(d.Recipients) > 0:
		d.Kind = Notice
	case d.Issue != nil || d.TotalIssue != nil || len(d.Contents) > 0 || sections > 0 || attributed >= 2 ||
		d.Title != nil && d.Title.Rule == "masthead":
		d.Kind = Bulletin
	default:
		d.Kind = Article
	}
	if d.Kind != Bulletin {
		return
	}
	for i := range a.lines {
		l := &a.lines[i]
		if l.role == roleBody {
			if _, ok := sectionName(l.sq); ok {
				l.role = roleSection
			}
		}
	}
}

// closesWithAttribution reports whether a line ends the way a bulletin item
// does: with the units that supplied it in brackets, （市局办公室）, or with
// the last part of such a bracket that began on the line above.
func closesWithAttribution(s string) bool {
	if !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return false
	}
	body := strings.TrimRight(s, "）)")
	if k := strings.LastIndexAny(body, "（("); k >= 0 {
		body = body[k:]
		body = strings.TrimLeft(body, "（(")
	}
	if body == "" || sentencePunct(body) {
		return false
	}
	for _, part := range strings.Fields(strings.ReplaceAll(body, "、", " ")) {
		if looksLikeAgency(part) {
			return true
		}
	}
	return looksLikeAgency(body) || atMostRunes(body, 3) && isHan(lastRune(body))
}
