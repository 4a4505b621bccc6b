package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// conjoinedAfterName stops the scan at a conjunction (和, 与, 及) that
// joins the name to what the text printed before it: a cited title that
// closes with 》 (《…的通知》和|县…办公室《…》), or a person's name right
// after a title (总编某某和|省民政厅办公室, 局长某某与|县民政局…). Neither a
// cited document nor a person is part of a body's name, so the name opens
// after the conjunction, even where the conjunction and the next
// characters read as a place (和县, or a name's last character and 和 as
// 平和): a place of the gazetteer that opens with a conjunction is read
// whole only where no such mention stands before it (和县民政局).
type conjoinedAfterName struct{}

func (conjoinedAfterName) back(r *startReading) scanMove {
	if c, w := utf8.DecodeLastRuneInString(r.s[:r.i]); isJoiningConjunction(c) && mentionBefore(r.s, r.i-w) {
		r.afterBoundary = true
		return scanStop
	}
	if place, ok := lexicon.Places().EndingAt(r.s, r.i); ok {
		at := r.i - len(place)
		if c, w := utf8.DecodeRuneInString(place); isJoiningConjunction(c) && len(place) > w && mentionBefore(r.s, at) {
			r.i, r.afterBoundary = at+w, true // 》和|县…: the conjunction, then the name
			return scanStop
		}
	}
	return scanPass
}

func isJoiningConjunction(c rune) bool { return c == '和' || c == '与' || c == '及' }

// mentionBefore reports whether a cited title (…》), a medium (政府网站,
// 某县民政局网站: mediumBefore) or a person's name printed after a title
// of office (总编某某, 2 or 3 characters opening with a surname) ends at
// byte i.
func mentionBefore(s string, i int) bool {
	if strings.HasSuffix(s[:i], "》") || mediumBefore(s, i) {
		return true
	}
	j := i
	for n := 1; n <= 3 && j > 0; n++ {
		c, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.Is(unicode.Han, c) {
			return false
		}
		j -= w
		if n < 2 {
			continue
		}
		if _, ok := lexicon.Surnames().At(s, j); !ok {
			continue
		}
		if t, ok := lexicon.Titles().EndingAt(s, j); ok && len(t) > 0 {
			if _, inTitle := lexicon.Titles().EndingAt(s, i); !inTitle {
				return true
			}
		}
	}
	return false
}

// mediumBefore reports whether a word of a medium (网站, 门户网站, 公众号:
// the media lexicon) ends at byte i: a site or an account listed with a
// conjunction (在政府网站和县民政局网站公布) is where the text is published,
// no part of the body's name after the conjunction, which opens there. A
// word of one character (网) is left out: it closes a field's word as
// well as a site's name (互联网和信息化…).
func mediumBefore(s string, i int) bool {
	w, ok := lexicon.Media().EndingAt(s, i)
	return ok && utf8.RuneCountInString(w) > 1
}
