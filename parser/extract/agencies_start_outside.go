package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// stanceOutsidePlace reads a plan or report word that is also a place's
// short name (新建 of 新建区) right after a place it does not lie in
// (某省|新建…): a place printed inside a name lies in the place before it
// (江西省新建区民政局), so one that lies elsewhere is no place there but
// the word, the act of the place before it. What follows is what the
// place builds or reports: a kind of body (某省新建|社区日间照料中心), no
// one body, unless it names its own place (某省新建|某县福利院). A street's
// ending after the word makes it a road's name (某市新建|路街道).
type stanceOutsidePlace struct{}

func (stanceOutsidePlace) open(r *startReading) bool {
	s, e := r.s, r.e
	place, ok := lexicon.Places().At(s, r.i)
	if !ok {
		return true
	}
	k := r.i + len(place)
	w, ok := lexicon.Stance().At(s, k)
	if !ok || k+len(w) >= e || !placeOutside(w, place) || roadNamedBy(s[k+len(w):e]) {
		return true
	}
	if !agency.HasLocality(s[k+len(w) : e]) {
		return false // 某省新建|社区日间照料中心: the kind built, a class
	}
	r.i, r.weak = k+len(w), true
	return true
}

// placeOutside reports whether inner is a place of the gazetteer none of
// whose divisions lies in a division named outer.
func placeOutside(inner, outer string) bool {
	ins, outs := lexicon.Places().Lookup(inner), lexicon.Places().Lookup(outer)
	if len(ins) == 0 || len(outs) == 0 {
		return false
	}
	for _, d := range ins {
		for p := d.Parent; p != nil; p = p.Parent {
			for _, o := range outs {
				if p.Code == o.Code {
					return false
				}
			}
		}
	}
	return true
}
