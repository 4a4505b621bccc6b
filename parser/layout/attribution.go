package layout

import (
	"bulletin/parser/agency"
	"strings"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// attributionOf returns the attribution closing an item's text: （市局办公室
// 市养老服务中心）, whose parts read as names of bodies.
func attributionOf(t span.Text) *Field {
	s := strings.TrimRight(t.String(), " \n")
	start, end, ok := cue.AttributionAt(s)
	if !ok {
		return nil
	}
	open := strings.LastIndexAny(s[:start], "（(")
	_, w := utf8.DecodeRuneInString(s[end:])
	return &Field{Value: s[open : end+w], Text: t.Slice(open, end+w), Rule: "attribution"}
}

// attributionUnits splits an attribution into its units.
func attributionUnits(f Field) []Field {
	s := f.Text.String()
	start, end, ok := cue.AttributionAt(s)
	if !ok {
		return nil
	}
	var out []Field
	inner := f.Text.Slice(start, end)
	inner = inner.Slice(0, len(cue.WithoutCreditVerb(inner.String())))
	for _, u := range splitUnitsText(inner) {
		out = append(out, Field{Value: u.String(), Text: u, Rule: "attribution"})
	}
	return out
}

// splitUnitsText splits the inside of an attribution: at spaces, 、 and ，,
// and where one name ends with an agency ending and the next starts with a
// level (市局办公室市养老服务中心 → 市局办公室, 市养老服务中心), since PDF
// extraction loses the space when the attribution breaks across lines.
func splitUnitsText(t span.Text) []span.Text {
	s := t.String()
	var out []span.Text
	start := 0
	emit := func(end int) {
		part := t.Slice(start, end).TrimSpace()
		if v := strings.Trim(part.String(), "：:"); v != "" {
			out = append(out, part)
		}
	}
	for i, r := range s {
		if r == ' ' || r == '、' || r == '，' || r == ',' || r == '；' {
			emit(i)
			start = i + utf8.RuneLen(r)
			continue
		}
		// A space on the line separates two names; a line break does only
		// where the next part starts with a level (市局办公室 / 市养老服务中心,
		// not 市民政局 / 办公室).
		if i > start && (t.HasGapAt(i) || t.HasBreakAt(i) && agency.OpensWithLevel(s[i:])) && agency.Shape(s[start:i]) {
			emit(i)
			start = i
		}
	}
	emit(len(s))
	return out
}
