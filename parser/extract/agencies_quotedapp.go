package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// quotedApp reports whether the name s[i:e] fills a quote that a word of
// software follows (打开“某某市政府”APP, “某某”客户端, “某某”小程序: cue list
// app): the quote names an app, whose brand may be a body's short name,
// no body (GOLD.md: a website or public account is not an agency). A
// quoted name before 网 or 公众号 stays its owner's (ownSiteOffices).
func quotedApp(s string, i, e int) bool {
	if !strings.HasSuffix(s[:i], "“") || !strings.HasPrefix(s[e:], "”") {
		return false
	}
	_, ok := lexicon.CueWordList("app").At(s, e+len("”"))
	return ok
}
