package cue

import (
	"strings"
	"unicode/utf8"
)

// sectionMarks open a bulletin's section labels: ●市级动态.
const sectionMarks = "●◆■★▲◎□◇※▶►○"

// sectionMark: a short label opened by a mark (●市级动态) or set in
// brackets (【基层传真】): a bulletin's section.
type sectionMark struct{}

func (sectionMark) Name() string    { return "section-mark" }
func (sectionMark) Roles() []Role   { return []Role{Section} }
func (sectionMark) Kind() string    { return "bulletin" }
func (sectionMark) Needs() []string { return nil }

func (sectionMark) Match(d *Doc, i int) bool {
	if d.punct[i] {
		return false
	}
	_, ok := SectionName(d.Lines[i].Sq)
	return ok && marked(d.Lines[i].Sq) && !sameMarkAbove(d, i)
}

// sameMarkAbove reports whether the line above line i opens with the mark
// line i opens with: i is the next entry of a marked list (★市民政局召开…
// / ★简讯, the entries of 本期要目), not a section's label, which stands
// over an item's headline or text.
func sameMarkAbove(d *Doc, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Lines[i].Sq)
	above, _ := utf8.DecodeRuneInString(d.Lines[i-1].Sq)
	return r == above
}

// marked reports whether a label opens with a mark or a bracket.
func marked(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(sectionMarks, r) || r == '【'
}

// framedLabel: a short label framed by middle dots (·殡葬改革·): the
// name of a bulletin's section or of a site's column, never a headline or
// a heading of the text.
type framedLabel struct{}

func (framedLabel) Name() string             { return "framed-label" }
func (framedLabel) Roles() []Role            { return []Role{Section, Chrome} }
func (framedLabel) Denies() []Role           { return []Role{Title, Heading, Subheading} }
func (framedLabel) Needs() []string          { return []string{"·"} }
func (framedLabel) Match(d *Doc, i int) bool { return FramedLabel(d.Lines[i].Sq) }

// FramedLabel reports whether s is words framed by middle dots: ·殡葬改革·.
func FramedLabel(s string) bool {
	inner, ok := strings.CutPrefix(strings.TrimSpace(s), "·")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, "·")
	return ok && inner != "" && HasHan(inner) && !strings.ContainsAny(inner, "·，,。；;：:、") && !SentencePunct(inner)
}

// sectionWord: a bulletin's section label by its name alone: 简讯, 市级动态,
// or a short name ending as labels do (科室动态, 本周大事记).
type sectionWord struct{}

func (sectionWord) Name() string    { return "section-word" }
func (sectionWord) Roles() []Role   { return []Role{Section} }
func (sectionWord) Kind() string    { return "bulletin" }
func (sectionWord) Needs() []string { return nil }

func (sectionWord) Match(d *Doc, i int) bool {
	if d.punct[i] {
		return false
	}
	_, ok := SectionName(d.Lines[i].Sq)
	return ok && !marked(d.Lines[i].Sq)
}

// SectionName reads a section label: a name without clause punctuation
// after a mark (●), in 【】, or a known label alone (简讯), enumerated or
// not (一、工作动态).
func SectionName(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if k, _, end := Enumerator(s); k != NoEnum {
		if name := s[end:]; sectionWords.has(name) {
			return name, true
		}
		return "", false
	}
	if sectionWords.has(s) {
		return s, true
	}
	// 科室动态, 本周大事记: a short name ending as section labels do.
	if w, ok := sectionEndings.suffix(s); ok && len(s) > len(w) && titleShaped(s) && utf8.RuneCountInString(s) <= longestSection() {
		return s, true
	}
	r, n := utf8.DecodeRuneInString(s)
	var name string
	switch {
	case strings.ContainsRune(sectionMarks, r):
		name = strings.TrimSpace(s[n:])
	case r == '【' && strings.HasSuffix(s, "】"):
		name = strings.TrimSuffix(s[n:], "】")
	default:
		return "", false
	}
	if name == "" || !titleShaped(name) || strings.ContainsAny(name, "【】") || NoticeTitle(name) {
		return "", false
	}
	// A label is a name, not a headline: no longer than the longest known one.
	if sectionWords.has(name) || utf8.RuneCountInString(name) <= longestSection() {
		return name, true
	}
	return "", false
}

// longestSection is the length in runes of the longest known section label.
func longestSection() int {
	n := 0
	for _, w := range sectionWords.all() {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}

// briefSection: a 简讯 label over a brief that opens with its date and
// closes with its source (简讯 / 5月26日，…开展活动。（市殡葬服务中心）):
// a bulletin's briefs, as no other kind of document prints them.
type briefSection struct{}

func (briefSection) Name() string    { return "brief-section" }
func (briefSection) Roles() []Role   { return []Role{Section} }
func (briefSection) Kind() string    { return "bulletin" }
func (briefSection) Defines() bool   { return true }
func (briefSection) Needs() []string { return briefLabels.all() }

func (briefSection) Match(d *Doc, i int) bool {
	if !briefLabels.has(strings.Join(strings.Fields(d.Lines[i].Sq), "")) || i+1 >= len(d.Lines) || !isDateLed(d.Lines[i+1].Sq) {
		return false
	}
	// The brief's paragraph, over as many lines as it wraps, closes with
	// its source.
	for j := i + 1; j < len(d.Lines); j++ {
		if j > i+1 && d.Break(j) {
			return false
		}
		if closesAttribution(d.Lines[j].Sq) {
			return true
		}
		if d.ends[j] {
			return false
		}
	}
	return false
}
