package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/schema"
)

// A report of an amount granted often closes its sentence with the term
// by which the amount is to reach the people it is for: 全市共计发放救助金
// 3360余万元，将在1月15日前陆续发放到位. The last clause has no subject
// and no figure of its own; its subject is the amount before it, and its
// 将 and its 前-date set what is still to be done by when. The amount is
// then a target with that deadline (GOLD.md, targets: a plan with a
// number; 要在9月完成), whatever the tally word (共计, 累计) that counts it
// up. Source: the closing clause of 发放/拨付 reports in 民政 news and
// briefings (将于…前拨付到位, 将在…前发放到位), where 将 is the future's
// auxiliary (《现代汉语词典》 将 副词: 表示行为或情况在不久以后发生).

// termAfter reports whether the clause after the number's, the last of
// its sentence, opens with 将 of its own and holds a date it is to be done
// before, with no other figure: the number's amount is still to be done.
func termAfter(in *Input, out *schema.Entities, s string, sent, clause byteRange, dates ordered) bool {
	if clause.End >= sent.End {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[clause.End:])
	next := byteRange{clause.End + n, clauseEndAfter(s, clause.End+n, sent.End)}
	if next.End != sent.End {
		return false // the term closes the sentence
	}
	i := next.Start
	for i < next.End && (s[i] == ' ' || strings.HasPrefix(s[i:], "\u3000")) {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	if !strings.HasPrefix(s[i:], will) || !ownWord(in, i, will) {
		return false
	}
	for _, k := range dates.within(sent) {
		if k >= len(out.Dates) {
			continue
		}
		r, d := dates.rs[k], out.Dates[k]
		if r.Start < next.Start || r.End > next.End || d.Relation != "before" {
			continue
		}
		// No figure but the date's: the clause sets the term alone.
		return !strings.ContainsAny(s[next.Start:r.Start]+s[r.End:next.End], "0123456789０１２３４５６７８９")
	}
	return false
}
