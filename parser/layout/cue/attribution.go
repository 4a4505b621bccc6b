package cue

import (
	"bulletin/parser/agency"
	"regexp"
	"strings"
	"unicode"
)

// attributionRe is the bracket that closes a bulletin item with the units
// that supplied it: （市局办公室 市养老服务中心）.
var attributionRe = regexp.MustCompile(`[（(]([^（）()。，！？]+)[）)]$`)

// attribution: the line ends with an item's attribution: （南召县民政局）,
// （供稿：市救助站）, or the end of one begun on the line before.
type attribution struct{}

func (attribution) Name() string    { return "attribution" }
func (attribution) Roles() []Role   { return []Role{Body, Attribution} }
func (attribution) Kind() string    { return "bulletin" }
func (attribution) Needs() []string { return []string{"）", ")"} }

func (attribution) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if _, _, ok := AttributionAt(s); ok {
		return true
	}
	return attributionTailOf(d, i)
}

// attributionTail: a line that holds only the end of an attribution begun
// on the line before: 市养老服务中心）.
type attributionTail struct{}

func (attributionTail) Settles() Role   { return Attribution }
func (attributionTail) Name() string    { return "attribution-tail" }
func (attributionTail) Roles() []Role   { return []Role{Attribution} }
func (attributionTail) Needs() []string { return []string{"）", ")"} }

func (attributionTail) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	return !strings.ContainsAny(s, "（(") && attributionTailOf(d, i) && !SentencePunct(s)
}

// attributionTailOf reports whether line i closes an attribution that
// opens on a line before it, in the same paragraph.
func attributionTailOf(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if i == 0 || !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") || strings.ContainsAny(s, "（(") {
		return false
	}
	inner := s
	for j := i - 1; j >= 0; j-- {
		prev := d.Lines[j].Sq
		if !HasHan(prev) || prev == d.headline {
			continue // page chrome between the two halves
		}
		k := strings.LastIndexAny(prev, "（(")
		if k >= 0 {
			if strings.ContainsAny(prev[k:], "）)") {
				return false
			}
			_, _, ok := AttributionAt(prev[k:] + inner)
			return ok
		}
		if strings.ContainsAny(prev, "）)") || EndsSentence(prev) {
			return false
		}
		inner = prev + inner
	}
	return false
}

// AttributionAt finds the attribution that closes s and returns the byte
// offsets of its inside (between the brackets). Its parts must read as
// bodies: （见附件1）, （扩大） and （2025-2027年） are no attribution.
func AttributionAt(s string) (start, end int, ok bool) {
	if !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return 0, 0, false
	}
	// Only the last bracket can match: look there, not through the text.
	base := max(0, strings.LastIndexAny(s, "（("))
	m := attributionRe.FindStringSubmatchIndex(s[base:])
	if m == nil {
		return 0, 0, false
	}
	start, end = base+m[2], base+m[3]
	if before := strings.TrimSpace(s[:base]); before != "" && agency.Shapes(before) {
		// A body's name with a bracket after it (某市民政局(某管理局承办),
		// 区委宣传部(网信办)) is the body named with a note or its second
		// name: an attribution closes an item's text.
		return 0, 0, false
	}
	inner := s[start:end]
	for _, p := range []string{"见", "详见", "注"} {
		if strings.HasPrefix(inner, p) {
			return 0, 0, false
		}
	}
	if lab, rest, found := strings.Cut(inner, "："); found && (lab == "来源" || lab == "供稿" || lab == "信息来源") {
		start += len(lab) + len("：")
		inner = rest
	} else if strings.HasPrefix(inner, "来源") {
		return 0, 0, false
	} else {
		inner = WithoutCreditVerb(inner)
	}
	for _, u := range SplitUnits(inner) {
		if agency.Shape(u) {
			return start, end, true
		}
	}
	return 0, 0, false
}

// WithoutCreditVerb is the inside of an attribution without the verb of
// what its units did (某县民政局 供稿, 某科整理: creditverb cue words),
// which follows them; s where none does.
func WithoutCreditVerb(s string) string {
	if w, ok := creditVerbs.suffix(s); ok && len(w) < len(s) {
		return strings.TrimRightFunc(s[:len(s)-len(w)], unicode.IsSpace)
	}
	return s
}

// SplitUnits splits the inside of an attribution at spaces, 、 and ，.
func SplitUnits(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '、' || r == '，' || r == ',' || r == '；' || r == '\t'
	})
}
