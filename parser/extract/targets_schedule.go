package extract

import (
	"strings"
	"unicode"

	"bulletin/parser/chrono"
	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
)

// A notice that gives its work a section of its own for the time it is
// done in (一、抽查时间 / 2022年7月-11月。 then 二、抽查数量 / 本次共抽查社会组织
// 115家…) sets, by that time's end, the term of the targets it sets out
// elsewhere with no time of their own: the section schedules the notice's
// whole work, as 年底前 schedules a sentence's (GOLD.md, targets: the
// deadline the text gives, as the last day of it). The heading is an
// enumerated line whose words end with a word of a schedule
// (target_cues.tsv schedulehead: 抽查时间, 时间安排), and the time stands
// alone after it, on the next line or after the heading's colon: a section
// that tells more than a time (活动时间为…，地点在…) or a heading of another
// matter gives none. Only a notice's (layout.Notice, or text a notice's
// formula proclaims) targets take it. Source: the section plan of the 通知
// of bureaus' inspection rounds and campaigns (一、抽查时间 二、抽查数量 三、
// 抽查内容 四、抽查方法).

// schedule reads a notice's schedule once, on the first target that asks.
type schedule struct {
	read bool
	to   string
}

// term is the last day of the notice's schedule, or nil.
func (sc *schedule) term(in *Input, at int) *string {
	if !sc.read {
		sc.read, sc.to = true, scheduleEnd(in)
	}
	if sc.to == "" || !noticeText(in, at) {
		return nil
	}
	to := sc.to
	return &to
}

// noticeText reports whether offset at stands in a notice's text: the
// document is a notice, or a notice's formula proclaims the text at.
func noticeText(in *Input, at int) bool {
	return in.Env != nil && in.Env.Doc != nil && in.Env.Doc.Kind == layout.Notice || proclaimedRound(in, at)
}

// scheduleEnd is the last day of the time a schedule section of the
// document gives, or "".
func scheduleEnd(in *Input) string {
	if in.Env == nil || in.Env.Doc == nil {
		return ""
	}
	lines := in.Env.Doc.Lines
	for k, l := range lines {
		rest, ok := scheduleHeading(l.Text)
		if !ok {
			continue
		}
		if rest == "" && k+1 < len(lines) {
			rest = lines[k+1].Text
		}
		if to := spanAlone(in, rest); to != "" {
			return to
		}
	}
	return ""
}

// scheduleHeading reports whether line is an enumerated heading whose
// words end with a schedule word, and gives what follows its colon.
func scheduleHeading(line string) (rest string, ok bool) {
	t := strings.TrimSpace(line)
	enum, _, end := cue.Enumerator(t)
	if enum == cue.NoEnum {
		return "", false
	}
	head := strings.TrimSpace(t[end:])
	if k := strings.IndexAny(head, "：:"); k >= 0 {
		head, rest = head[:k], strings.TrimSpace(strings.TrimLeft(head[k:], "：:"))
	}
	if _, ok := lexicon.TargetCueList("schedulehead").Suffix(head); !ok || strings.ContainsAny(head, clauseStops+sentenceStops) {
		return "", false
	}
	return rest, true
}

// spanAlone is the last day of the time t gives where t says nothing but
// that time (2022年7月-11月。), or "".
func spanAlone(in *Input, t string) string {
	exprs := chrono.Find(t, in.Ref())
	to := ""
	covered := make([]bool, len(t))
	for _, e := range exprs {
		if e.To == "" {
			continue
		}
		for i := e.Start; i < e.End && i < len(t); i++ {
			covered[i] = true
		}
		if e.To > to {
			to = e.To
		}
	}
	for i, r := range t {
		if !covered[i] && !unicode.IsSpace(r) && !unicode.IsPunct(r) && !strings.ContainsRune("至到-—~～", r) {
			return "" // more than a time
		}
	}
	return to
}
