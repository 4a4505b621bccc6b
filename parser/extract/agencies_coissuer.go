package extract

import (
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// coIssuerShort reports whether name, a member of the issuers a cited
// title lists after a body named whole (《民政部、财政部、统计局印发…》,
// 《民政部财政部 统计局关于…》), is one of the co-issuers named short: a
// government body's field and ending alone. Bodies that issue a document
// together are of one level (《党政机关公文处理工作条例》第十七条: 同级
// 机关 issue jointly), so the member is the body of the others' place,
// though its own is not printed, as a list after a body reads its members
// (coordinatedMembers). A member first in the list has none before it to
// take its place from; an ending that needs its place or division
// (labelled), the trade's word for a kind (民政局: domain), a class or
// no government's ending names no one body.
func coIssuerShort(name string) bool {
	suffix, kind := agency.Ending(name)
	if suffix == "" || suffix == name || kind != "government" || lexicon.AgencySuffixes().Label(suffix, 1) != "" {
		return false
	}
	if !agency.Shape(name) || strings.ContainsAny(name, "、（）()·") {
		return false
	}
	return !lexicon.Domain().Has(name) && !classOfBodies(name) && !kindOfUnit(name) && !lexicon.NonAgencyWords().Has(name)
}

// trimSpaceStart is r of s past the spaces that open it (、 统计局: the
// space a PDF left after the mark).
func trimSpaceStart(s string, r byteRange) byteRange {
	for r.Start < r.End {
		switch {
		case s[r.Start] == ' ' || s[r.Start] == '\t':
			r.Start++
		case strings.HasPrefix(s[r.Start:], "\u3000"):
			r.Start += len("\u3000")
		default:
			return r
		}
	}
	return r
}
