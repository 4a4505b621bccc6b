package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A clause that is a noun and its count alone, right after a clause whose
// count closes it as a plan's (新建老年日间服务中心1所，社区老年人助餐服务点2个),
// leaves out the verb it shares with that clause: the verb (新建) governs
// both objects, as a list of objects after one verb is printed with the
// verb once (《现代汉语八百词》: 承前省略). Its count is a plan's too,
// though its own clause holds no plan word. The first clause must open
// with its plan word (stance.tsv plan: 新建, 新增), the verb of both, or
// share it with the clause before (新建A5个，B20个，C7个). A clause with a
// verb, a preposition or a stance word of its own (…，为上一届的3倍; …，全年
// 共需资金500万元; …，对…每户发放…600元), more than the count after its
// noun, a count before the clause's end, or a first clause whose count is
// no plan's, does not close it or follows other words reads as before.
// Source: the 实事项目 lists and progress tables of district governments
// (新建…1所，…2个; 新增…300张，…120张).

// sharedVerb reports whether the k-th quantity, at r, closes its clause,
// that clause holds no other figure, and the quantity before it closes
// the clause just before, in the same sentence, filed as a plan's.
func sharedVerb(in *Input, s string, clause, r byteRange, qs ranges, k int, stood map[int]string) bool {
	if k == 0 || strings.TrimRight(s[r.End:clause.End], " ") != "" {
		return false
	}
	if strings.ContainsAny(s[clause.Start:r.Start], "0123456789") {
		return false
	}
	prev := qs[k-1]
	if stood[k-1] != "plan" || prev.End > clause.Start {
		return false
	}
	gap := strings.TrimSpace(s[prev.End:clause.Start])
	c, n := utf8.DecodeRuneInString(gap)
	if n != len(gap) || !strings.ContainsRune(clauseStops, c) || c == '：' || c == ':' {
		return false
	}
	// The first clause opens with its plan word.
	open := prev.Start
	for open > 0 {
		c, n := utf8.DecodeLastRuneInString(s[:open])
		if strings.ContainsRune(clauseStops+sentenceStops, c) || strings.ContainsRune("、；;", c) {
			break
		}
		open -= n
	}
	for open < prev.Start && (s[open] == ' ' || s[open] == '\t') {
		open++
	}
	if w, ok := lexicon.Stance().At(s, open); !ok || lexicon.Stance().Label(w, 0) != "plan" {
		// Or the first clause shares the verb of the one before it
		// (新建A5个，B20个，C7个).
		if !sharedVerb(in, s, byteRange{open, prev.End}, prev, qs, k-1, stood) {
			return false
		}
	}
	// No verb, preposition or stance word of its own (全年共需资金500万元).
	for range stanceWords(s[:r.Start], clause.Start) {
		return false
	}
	ts := in.Words(clause.Start)
	for _, t := range ts {
		if t.Start >= clause.Start && t.End <= r.Start && (t.Tag == "v" || t.Tag == "p") {
			return false
		}
	}
	return true
}
