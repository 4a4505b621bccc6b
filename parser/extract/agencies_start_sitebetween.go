package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// siteBetween moves the start past a body's site or account that the
// scan ran through (海南省人民政府网站|省民政厅政务公开专栏: lexicon.Media,
// siteWord)
// where the words after it open with a place or a level: the first body
// owns the site, the second is the one whose column or page it holds, two
// names printed back to back with the site's noun between them, no one
// name run on through it. A site's word inside a name with no place after
// it (…网站管理中心, 网站群) stays the name's.
type siteBetween struct{}

func (siteBetween) open(r *startReading) bool {
	media := lexicon.Media()
	for k := r.j(); k > r.i; {
		if w, ok := media.EndingAt(r.s, k); ok && siteWord(w) && k-len(w) > r.i {
			if rest := r.s[k:r.e]; agency.HasLocality(rest) && agency.Shape(rest) {
				r.i, r.weak = k, false
				return true
			}
		}
		_, n := utf8.DecodeLastRuneInString(r.s[:k])
		k -= n
	}
	return true
}

// siteWord reports whether a medium's word names a site or an account
// (网站, 门户网, 官网, 公众号), not a paper or a station (日报, 电视台),
// whose office is a body of its own (某日报|某地工作部), nor 网 alone,
// which a company's short name holds (国网|山西省电力公司).
func siteWord(w string) bool {
	return strings.Contains(w, "网") && utf8.RuneCountInString(w) >= 2 || strings.HasSuffix(w, "公众号")
}
