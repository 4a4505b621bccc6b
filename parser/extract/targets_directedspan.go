package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
)

// A notice tells its readers what to do in clauses with no subject
// (收到通知后15日内持身份证明到街道办事处办理…手续): the imperative of a
// directive names no doer, the reader it is addressed to being the one
// (《现代汉语八百词》: 无主句, 祈使句). Such a clause that opens with an
// event and a span of time counted from it (…后N日内) and goes on with its
// predicate sets the time its reader must act within, a limit to keep, a
// target (GOLD.md: a requirement with a number), though it holds no modal:
// the directive's mood is the demand. A clause with a subject before the
// event (家属收到通知后15日内…), a span that opens a clause of its own after the
// event's (审核通过后，5个工作日内提交…: the steps of a procedure, as
// requiredAfterEvent reads them), a verb of permission after the span (可,
// 可以: what the reader may do), a 的 that makes the span an attribute, or a
// report's text is none. Source: the 迁坟 and 殡葬 notices of county governments and the
// 公告 of bureaus (…后N日内持…到…办理); limitafter of cue_words.tsv and
// target_cues.tsv permitted hold the words.

// directedSpan reports whether the number at r, a span of time closed by
// 内, follows an event that opens its clause with a verb, and the clause
// goes on after 内 with a predicate that grants no permission, in a
// notice's text.
func directedSpan(in *Input, s string, clause, r byteRange, unit string) bool {
	if unit != dayUnit && lexicon.Units().Label(unit, 0) != "duration" || !noticeText(in, r.Start) || !closedWithin(s, r) {
		return false
	}
	before := strings.TrimRight(s[:r.Start], " ")
	if _, ok := lexicon.CueWordList("limitafter").EndingAt(before, len(before)); !ok {
		return false
	}
	open := clause.Start
	for open < len(s) {
		c, n := utf8.DecodeRuneInString(s[open:])
		if c != ' ' && c != '\u3000' && c != '\t' && !strings.ContainsRune(punct.SentenceEnds, c) {
			break
		}
		open += n
	}
	ts := in.Words(open)
	k := tokenAt(ts, open)
	if k < 0 || ts[k].Tag != "v" {
		return false // a subject before the event, or no event (，后10日内)
	}
	// Where the span's 内 ends.
	end := r.End
	if !strings.HasSuffix(s[r.Start:r.End], "内") {
		rest := strings.TrimLeft(s[end:], " ")
		end = len(s) - len(rest)
		for _, w := range lexicon.CueList("within") {
			if strings.HasPrefix(rest, w) {
				end += len(w)
				break
			}
		}
	}
	// The segmenter runs the verb into 内 (日内持) or tags it a noun
	// (办理/n), so the predicate is read as what follows: no stop, no 的
	// that makes the span a noun's attribute, no verb of permission.
	c, _ := utf8.DecodeRuneInString(s[end:])
	if end >= len(s) || c == '的' || strings.ContainsRune(clauseStops+sentenceStops, c) {
		return false
	}
	_, permitted := lexicon.TargetCueList("permitted").At(s, end)
	return !permitted
}
