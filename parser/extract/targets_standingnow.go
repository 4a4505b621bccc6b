package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A headline that gives a count (某省建成长者饭堂2836家) sums up the news
// its body tells; where the body tells that count standing at the time of
// speaking (目前全省共有长者饭堂2836家, 我县目前在运营养老机构共29家), the
// headline reports what has been reached, whatever plan word it uses (建成,
// 增至), and what has been done is no target (GOLD.md, targets). A word of
// the time of speaking (target_cues.tsv present: 目前) opens the
// body's words up to the count, with no 将, forward word (计划, 力争) or plan
// word (新建, 建成) between it and the count: 目前正在新建…30家 and 目前，
// 计划到年底建成30家 tell what is to come. A headline that itself turns
// ahead (某区将新建50个…, 力争建成…) announces a plan: its count stays a
// target whatever the body says of the work under way (目前，…50个…建设
// 项目正在加快推进).
// Source: the news reports of bureaus, whose headlines restate the body's
// count (testdata: 淮安市4A级及以上社会组织增至260家 over 目前全市…已达260家).

// standingNow reports whether before, a body sentence's words up to the
// count of the headline head, tells the count standing now: a present word
// with no 将, forward or plan word after it, under a headline with no 将 or
// forward word.
func standingNow(head, before string) bool {
	if strings.Contains(head, will) || forwardIn(head) {
		return false
	}
	st := lexicon.Stance()
	for _, w := range lexicon.TargetCueList("present").All() {
		k := strings.LastIndex(before, w)
		if k < 0 {
			continue
		}
		between := before[k+len(w):]
		if strings.Contains(between, will) || forwardIn(between) {
			continue
		}
		planned := false
		for _, sw := range stanceWords(between, 0) {
			if st.Label(sw, 0) == "plan" {
				planned = true
				break
			}
		}
		if !planned {
			return true
		}
	}
	return false
}
