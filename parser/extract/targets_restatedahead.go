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
func restatedAhead(in *Input, s string, news *newsTold, qs ranges, quantities []schema.Quantity, k int, sentences stops, tl told) bool {
	for j := k + 1; j < len(qs); j++ {
		if quantities[j].Text == quantities[k].Text && news.aheadBy(qs[j].Start) && !toldDone(in, s, sentences.around(s, qs[j].Start), tl, qs[j].Start) {
			return true
		}
	}
	return false
}

// toldDone reports whether the count at offset at of s, in the sentence
// sent, is told as a deed: the sentence holds an achievement word (了, 已,
// 累计: stanceIn) and no 将 before a verb, or it stands in a stretch the
// text tells as a report or as deeds (toldIn: 十年间，…; 今年以来，…). A
// report that has turned ahead may go on to sum up what was done (同时，
// 将…统一为…。十年间，城市低保标准从每月200元提高到了500元): a count it
// tells again so is the deed again, a recap, and no plan the turn sets
// out; the raise the report told made before (从原450元/月提高到500元/月,
// under 近日联合下发《…通知》) stays its deed (GOLD.md, targets: what has
// been done, 提高了124元, is no target).
func toldDone(in *Input, s string, sent byteRange, tl told, at int) bool {
	if tl.report.covers(at) || tl.deeds.covers(at) {
		return true
	}
	st := stanceIn(in, s, sent, nil)
	return st.achieved && !st.will
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
		pin := &Input{Text: p.Text, Role: p.Role, Env: in.Env}
		var sentences stops // read with what the passage tells on its first match
		var tl told
		for i := strings.Index(t[at:], text); i >= 0; {
			// Not the tail of a longer figure (21300个, 2.5万张), nor a
			// deed told again (toldDone).
			if j := at + i; j == 0 || !isDigitByte(t[j-1]) && t[j-1] != '.' {
				if sentences == nil {
					sentences, tl = stopsIn(t, sentenceStops), toldIn(pin, t)
				}
				if !toldDone(pin, t, sentences.around(t, j), tl, j) {
					return true
				}
			}
			at += i + len(text)
			i = strings.Index(t[at:], text)
		}
	}
	return false
}
