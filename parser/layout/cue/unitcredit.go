package cue

import (
	"strings"

	"bulletin/parser/agency"
)

// unitCredit: the body that supplied a bulletin's item, named on a line
// of its own under it after a label (上报单位：某区民政局, 供稿：市救助站):
// the attribution （供稿：…） without its brackets. The line is a credit,
// never a heading of the next item.
type unitCredit struct{}

func (unitCredit) Name() string    { return "unit-credit" }
func (unitCredit) Roles() []Role   { return []Role{Byline} }
func (unitCredit) Denies() []Role  { return []Role{Title, Heading, Subheading} }
func (unitCredit) Needs() []string { return creditMarks }

func (unitCredit) Match(d *Doc, i int) bool {
	_, _, ok := UnitCredit(d.Lines[i].Sq)
	return ok
}

var unitCreditWords = cueWords("unitcredit")

// UnitCredit finds the bodies a unit credit names in s (上报单位：某区民政局、
// 某街道办事处): their start and end in s. The label opens the line, maybe
// in brackets, its colon or bar after it, and what follows is names of
// bodies alone: a sentence after a label is no credit.
func UnitCredit(s string) (start, end int, ok bool) {
	open := len(s) - len(strings.TrimLeft(s, "【[（( "))
	w, ok := unitCreditWords.prefix(s[open:])
	if !ok {
		return 0, 0, false
	}
	at := open + len(w)
	at += len(s[at:]) - len(strings.TrimLeft(s[at:], " "))
	c, ok := creditMark(s[at:])
	if !ok {
		return 0, 0, false
	}
	start = at + c
	tail := s[start:]
	if open > 0 {
		// A credit in brackets ends at its closing one; other credits
		// in brackets may follow it on the line ([供稿单位:某工会]
		// [责任编辑:某某]).
		if k := strings.IndexAny(tail, "】]）)"); k >= 0 {
			rest := strings.TrimLeft(tail[k:], "】]）) ")
			if rest != "" && !creditLine(strings.TrimLeft(rest, "【[（( ")) {
				return 0, 0, false
			}
			tail = tail[:k]
		}
	}
	value := strings.TrimRight(tail, " 】]）)。.；;")
	start += len(value) - len(strings.TrimLeft(value, " "))
	value = strings.TrimLeft(value, " ")
	if value == "" || SentencePunct(value) || !agency.Shapes(strings.NewReplacer("、", " ", "，", " ", ",", " ").Replace(value)) {
		return 0, 0, false
	}
	return start, start + len(value), true
}
