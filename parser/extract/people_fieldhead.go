package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// fieldQualified is the company post w found at i (titles.tsv, company: 总监,
// 经理) widened over the words of the field it heads where they stand
// between a body's ending and the post (某某有限公司|人资|总监, 某某科技部|
// 智慧养老|投资总监): a firm's staff are printed by the body, then the post
// as the firm names it, so the role is the compound as printed, as
// 投资总监 is. The field is two to four Chinese characters that hold no
// title and no word that joins or parts words (和, 及, 的, 兼); elsewhere it
// is w at i. Golds keep the field: 2 of 2 (智慧养老投资总监, 人资总监).
func fieldQualified(s string, i int, w string) (int, string) {
	if lexicon.Titles().Label(w, 0) != "company" || !strings.HasSuffix(w, "总监") && !strings.HasSuffix(w, "经理") {
		return i, w
	}
	for k, n := i, 0; k > 0 && n < 4; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("和及与的兼、暨或", r) {
			return i, w
		}
		k -= size
		if n+1 < 2 {
			continue
		}
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, k); !ok {
			continue
		}
		for j := k; j < i; {
			if _, ok := lexicon.Titles().At(s, j); ok {
				return i, w
			}
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
		}
		return k, s[k:i] + w
	}
	return i, w
}
