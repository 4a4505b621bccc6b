package extract

import (
	"strings"

	"bulletin/schema"
)

// restatedAhead reports whether the count k of a news report stands again,
// written the same, after the passage has turned ahead (newsTold.aheadBy:
// 将, a forward word): a lead sums up what the body then tells (记者获悉，
// 今年，…新建…助餐点1300个 … 今年将…新建…助餐点1300个), so the count the
// body sets out as a plan is the plan's in the lead too, no deed the
// report tells.
func restatedAhead(news *newsTold, qs ranges, quantities []schema.Quantity, k int) bool {
	for j := k + 1; j < len(qs); j++ {
		if quantities[j].Text == quantities[k].Text && news.aheadBy(qs[j].Start) {
			return true
		}
	}
	return false
}

// restatedElsewhereAhead reports whether the count (its text) stands,
// written the same, in another passage of the document after that passage
// has turned ahead (firstAhead): a headline or a lead sums up the news the
// body tells (吉林今年新建改建…助餐点1300个 over …今年将再改造8000户，新建
// 改建…1300个), so the count the body sets out as a plan is the plan's
// there too, as restatedAhead reads a count within its passage.
func restatedElsewhereAhead(in *Input, text string) bool {
	if in.Env == nil || in.Env.Doc == nil {
		return false
	}
	// Its own passage among them says nothing new: a restatement there
	// after the turn is restatedAhead's, and a count after the turn is
	// read ahead by newsTold.aheadBy before either is asked.
	for _, p := range in.Env.Doc.Passages {
		t := p.Text.String()
		at := firstAhead(&Input{Text: p.Text, Role: p.Role, Env: in.Env}, t)
		if at < 0 {
			continue
		}
		for i := strings.Index(t[at:], text); i >= 0; {
			if j := at + i; j == 0 || !isDigitByte(t[j-1]) && t[j-1] != '.' {
				return true // not the tail of a longer figure (21300个, 2.5万张)
			}
			at += i + len(text)
			i = strings.Index(t[at:], text)
		}
	}
	return false
}
