package cue

import (
	"strings"

	"bulletin/parser/lexicon"
)

// placeLed: a roundup's heading led by the place its news comes from and a
// colon (某区：某某活动成功举办), one of two or more such in the document,
// text under each. The place's label makes the line look like a page's
// field (来源：…); that several stand through the text says they head its
// parts, and the first, right under the page's information line, heads
// the first part as the others do.
type placeLed struct{}

func (placeLed) Name() string             { return "place-led" }
func (placeLed) Roles() []Role            { return []Role{Heading} }
func (placeLed) Denies() []Role           { return []Role{Header, Title} }
func (placeLed) Needs() []string          { return []string{"：", ":"} }
func (placeLed) Match(d *Doc, i int) bool { return d.placeLeds[i] }

// placeLedAt reports whether s is a place's name, a colon and words that
// close no sentence and open with no place.
func placeLedAt(s string) bool {
	k := strings.IndexAny(s, "：:")
	if k <= 0 {
		return false
	}
	_, n := decodeColon(s[k:])
	rest := strings.TrimSpace(s[k+n:])
	if rest == "" || !lexicon.Places().Has(strings.TrimSpace(s[:k])) || EndsSentence(rest) || SentencePunct(rest) {
		return false
	}
	_, places := lexicon.Places().At(rest, 0)
	return !places // 某省：甲县、乙县, the places a list names under their province: no heading
}

func decodeColon(s string) (rune, int) {
	if strings.HasPrefix(s, "：") {
		return '：', len("：")
	}
	return ':', 1
}

// measurePlaceLeds marks the place-led lines of a document that prints two
// or more, each with running text under it.
func measurePlaceLeds(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	var at []int
	for i, l := range d.Lines {
		if placeLedAt(l.Sq) && i+1 < len(d.Lines) && !placeLedAt(d.Lines[i+1].Sq) && (d.ends[i+1] || d.punct[i+1]) {
			at = append(at, i)
		}
	}
	if len(at) < 2 {
		return out
	}
	for _, i := range at {
		out[i] = true
	}
	return out
}
