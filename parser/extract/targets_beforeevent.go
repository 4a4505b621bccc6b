package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
)

// A rule that sets how long before an event an act is due prints the event
// between a preposition of time and 前: 应在任期届满前3个月召开理事会议,
// 应在执行前10个工作日将调整标准报县发改局, 须于活动开始前5日报备. The span is
// the lead time the rule requires, a target as the span counted after an
// event is (requiredAfterEvent; GOLD.md, targets: 要在9月完成). Only where a
// word that requires stands right before the preposition (应在, 须于, 应当在):
// a lead time told with no modal (在春节前3天到达) reports or describes, and a
// span before 前 (应在3个月前) is no lead time but a date. A provision quoted
// from a cited rule (根据《某某条例》第十七条：“…应当在开工前30日内通知…”) is
// the basis the notice rests on, no requirement of its own. Source: the 换届
// rules of 社会团体 (《社会团体登记管理条例》: 应在届满前…) and the 价格
// notices of bureaus (应在执行前…报); cue_words.tsv limitbefore holds the
// closing words, dateprep the prepositions.

// requiredBeforeEvent reports whether the number at r, a span of time,
// stands right after an event framed by a preposition of time and 前 in
// its clause, the preposition right after a word that requires it.
func requiredBeforeEvent(s string, r byteRange, unit string) bool {
	if unit != dayUnit && lexicon.Units().Label(unit, 0) != "duration" || quotedProvision(s, r.Start) {
		return false
	}
	before := strings.TrimRight(s[:r.Start], " ")
	closer, ok := lexicon.CueWordList("limitbefore").EndingAt(before, len(before))
	if !ok {
		return false
	}
	preps := lexicon.CueWordList("dateprep")
	for i := len(before) - len(closer); i > 0; {
		c, n := utf8.DecodeLastRuneInString(s[:i])
		if strings.ContainsRune(clauseStops, c) || strings.ContainsRune(punct.SentenceEnds, c) {
			return false // no frame opened in the clause
		}
		i -= n
		if w, ok := preps.At(s, i); ok && i+len(w) < len(before)-len(closer) && modalEndingAt(s, i) {
			return true
		}
	}
	return false
}

// quotedProvision reports whether i stands inside a quotation still open
// that a colon opens right after a cited title in its clause (《某某条例》第十七条：“…):
// the words quote the rule cited, not the document's own.
func quotedProvision(s string, i int) bool {
	open := strings.LastIndex(s[:i], "“")
	if open < 0 || strings.Contains(s[open:i], "”") {
		return false
	}
	head := s[:open]
	c, n := utf8.DecodeLastRuneInString(head)
	if c != '：' && c != ':' {
		return false
	}
	head = head[:len(head)-n]
	if k := strings.LastIndexAny(head, clauseStops+punct.SentenceEnds); k >= 0 {
		head = head[k:]
	}
	return strings.Contains(head, "》")
}
