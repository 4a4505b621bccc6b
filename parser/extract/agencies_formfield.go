package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// formFieldRule marks the body a service guide's field names.
const formFieldRule = "form-field"

// formFieldBodies finds the body that the value of a service guide's
// field names (办理单位 某局, 实施主体：县民政局: formFieldEndingAt's
// labels) where it is printed with no place (民政局): the field names the
// one body that handles the matter the guide is for, so the value names
// one body in context (GOLD.md), as a unit's label does (unitLabels).
// The value runs from the label, past a colon or a space, to the line's
// end or the next space (a row of label and value pairs); it must read as
// one name (unitLabel), no kind (各级民政部门, the generic agencies).
func formFieldBodies(t span.Text) []candidate {
	s := t.String()
	cues := lexicon.AgencyCues()
	var out []candidate
	for start, end := range lineSpans(s) {
		i := start
		for i < end && s[i] == ' ' {
			i++
		}
		l, ok := cues.Prefix(s[i:end])
		if !ok || cues.Label(l, 0) != "formfield" {
			continue
		}
		v := i + len(l)
		for v < end {
			r, w := utf8.DecodeRuneInString(s[v:])
			if r != ' ' && r != ':' && r != '：' {
				break
			}
			v += w
		}
		e := v
		for e < end && s[e] != ' ' && (e == v || !t.HasGapAt(e)) {
			_, w := utf8.DecodeRuneInString(s[e:])
			e += w
		}
		value := s[v:e]
		if v == e || !unitLabel(value) || lexicon.GenericAgencies().Has(value) {
			continue
		}
		out = append(out, candidate{v, e, formFieldRule})
	}
	return out
}

// checkboxMarks are the boxes a form prints before each option, ticked or
// not (□, ■, ☑, ☐, ☒).
var checkboxMarks = newRuneSet("□■☑☐☒")

// checkboxOption reports whether the name at i follows a form's checkbox
// (■政务服务中心 □便民服务站, the channels a 政务公开 catalogue ticks): an
// option of the form names a kind of channel or place that any government
// has, no one body, unless it names its place. A form sets its options a
// box each on one line; a box alone opening a line is a bulletin's bullet
// (■财政部下达…资金), before a heading that names its body.
func checkboxOption(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:i], " \u3000"))
	if !checkboxMarks.has(r) {
		return false
	}
	from := strings.LastIndexByte(s[:i], '\n') + 1
	to := len(s)
	if n := strings.IndexByte(s[i:], '\n'); n >= 0 {
		to = i + n
	}
	boxes := 0
	for _, c := range s[from:to] {
		if checkboxMarks.has(c) {
			boxes++
		}
	}
	return boxes > 1
}
