package cue

import "strings"

var repostLinks = cueWords("repostlink")

// RepostLink reports whether s labels the address of the page a site
// copied its text from (原文链接:http://mz.example.gov.cn/…): the label of
// cue_words repostlink, its colon and an address.
func RepostLink(s string) bool {
	s = strings.TrimLeft(s, "【[ ")
	w, ok := repostLinks.prefix(s)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(s[len(w):], " 】]")
	rest, ok = strings.CutPrefix(rest, ":")
	if !ok {
		rest, ok = strings.CutPrefix(rest, "：")
	}
	rest = strings.TrimSpace(rest)
	return ok && (strings.HasPrefix(rest, "http") || strings.HasPrefix(rest, "www."))
}
