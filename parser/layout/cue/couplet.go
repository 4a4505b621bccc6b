package cue

import (
	"strings"

	"bulletin/parser/punct"
)

// couplet: a heading of two matched phrases parted by one comma, set on a
// line of its own between a sentence that ended and running text that
// begins (…。/ 多方联动聚合力，共筑民生保障网 / 此次活动…): news reports
// head their parts so. Running text that wraps fills its line or ends
// its sentence; a couplet does neither. A couplet is words matched with
// words: a date or a figure in it (于1月21日前，将…) is a sentence's, and
// a numbered line is the enumerated heading's to read.
type couplet struct{}

func (couplet) Name() string    { return "couplet" }
func (couplet) Roles() []Role   { return []Role{Heading, Subheading} }
func (couplet) Needs() []string { return []string{"，", ","} }

func (couplet) Match(d *Doc, i int) bool {
	if i == 0 || i+1 >= len(d.Lines) || d.Full(i) || !d.endedBefore(i) || !d.punct[i+1] || d.shaped(i+1) {
		return false
	}
	// A line that ends on a joining word (…增加值在 / 服务业中的比重…) is a
	// sentence the copy broke, its phrase going on in the next line.
	if _, joins := joinEnds.suffix(d.Lines[i].Sq); joins {
		return false
	}
	return !opensSomething(d.Lines[i]) && Couplet(d.Lines[i].Sq)
}

// Couplet reports whether s is two phrases of words parted by one comma,
// matched as a couplet's are: of like length, the shorter more than half
// the longer, each a word at the least, neither ending a sentence, listing
// (、) or holding a label, and the comma outside every bracket.
// A heading run into its text (…专项行动，以) is no couplet, nor a second
// phrase a conjunction opens (cue list clauseopen).
func Couplet(s string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(s, ",", "，"), "，")
	if !ok || !titleShaped(a) || !titleShaped(b) || strings.ContainsAny(s, "：:、0123456789０１２３４５６７８９") {
		return false
	}
	if _, joined := clauseOpens.prefix(strings.TrimSpace(b)); joined {
		return false // …推进情况，并就…进行部署: a sentence's later clause
	}
	m, n := hanCount(a), hanCount(b)
	return min(m, n) > 1 && 2*min(m, n) > max(m, n) && punct.Balanced(a) && punct.Balanced(b)
}

// hanCount counts the Chinese characters of s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if IsHan(r) {
			n++
		}
	}
	return n
}
