package cue

import "strings"

// ColumnLead is the length of a column's name and its colon that a site
// runs into a notice's title (世界要闻:某中心关于…的公告), or 0. The name is
// one a section label takes (SectionName: …要闻, …动态) and what follows
// is a notice's title whole, opening with its issuer: the column names
// where the page is filed, no word of the title. A place before the colon
// (某县:某镇关于…的通告) is the title's own, the issuer's whereabouts.
func ColumnLead(s string) int {
	k := strings.IndexAny(s, ":：")
	if k < 0 {
		return 0
	}
	colon := len(":")
	if strings.HasPrefix(s[k:], "：") {
		colon = len("：")
	}
	rest := strings.TrimSpace(s[k+colon:])
	if _, ok := SectionName(s[:k]); !ok || !NoticeTitle(rest) || TitleIssuer(rest) == "" {
		return 0
	}
	return len(s) - len(rest)
}
