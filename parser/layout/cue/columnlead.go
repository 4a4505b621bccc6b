package cue

import (
	"strings"
	"unicode/utf8"
)

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

// columnLeadOpens is ColumnLead for the first line of a title the page
// wrapped: a column's name and its colon, then words a title's line may
// hold (世界要闻:某中心关于临时调整…, the rest of the title on the lines
// under it); the length of the name and colon, or 0.
func columnLeadOpens(s string) int {
	k := strings.IndexAny(s, ":：")
	if k < 0 {
		return 0
	}
	if _, ok := SectionName(s[:k]); !ok {
		return 0
	}
	_, colon := utf8.DecodeRuneInString(s[k:])
	rest := strings.TrimSpace(s[k+colon:])
	if !titleShaped(rest) {
		return 0
	}
	return len(s) - len(rest)
}
