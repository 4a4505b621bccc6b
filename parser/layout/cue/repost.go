package cue

import "strings"

var repostLinks = cueWords("repostlink")

// RepostLink reports whether s labels the address of the page a site
// copied its text from (原文链接:http://mz.example.gov.cn/…): the label of
// cue_words repostlink, its colon and an address.
func RepostLink(s string) bool {
	rest, ok := repostLinks.valueAfter(strings.TrimLeft(s, "【[ "), " 】]")
	rest = strings.TrimSpace(rest)
	return ok && (strings.HasPrefix(rest, "http") || strings.HasPrefix(rest, "www."))
}
