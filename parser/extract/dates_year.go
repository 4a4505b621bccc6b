package extract

import (
	"slices"
	"strconv"
	"strings"

	"bulletin/parser/chrono"
	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// refOf is what the document's yearless dates resolve against: its date;
// with none printed, the year of its own 发文字号 (numberYear); or the
// year the layout read as stated for its subject (Document.Ref);
// where none gives a year, the year the text names for its own time
// further on (chrono.OwnYear: 今年…, then 2024年…; or a cited 《2025年…
// 方案》); or, in a notice, the year after the one whose annual
// inspection it announces (chrono.InspectionYear: 开展2022年度…年检 is
// held in 2023). GOLD.md: a date without a year takes the year the text
// itself states for its subject where the document has no date.
func refOf(doc *layout.Document) chrono.Ref {
	ref := doc.Ref()
	if y := numberYear(doc); y > 0 && (doc.Date == nil || doc.Date.Expr.Value == "") {
		ref = chrono.Ref{Year: y}
	}
	if epochRef(ref) {
		ref = epochStated(ref, doc.StatedYear) // a placeholder's day: dates_epoch.go
	}
	if ref.Year == 0 {
		ref.Year = chrono.OwnYear(bodyLines(doc))
	}
	if ref.Year == 0 {
		ref.Year = chrono.OwnYear(tableLines(doc))
	}
	if ref.Year == 0 && doc.Kind == layout.Notice {
		// A notice that announces a year's annual inspection is issued
		// in the year it is held; a report of a meeting about one (举办
		// 了2020年度社会组织年检培训) tells no more than its own date.
		ref.Year = chrono.InspectionYear(bodyLines(doc))
	}
	return ref
}

// tableLines are the lines of the document's tables, read for its year
// where its text states none outside them: a page that is a table of
// tasks or figures (序号 | 任务内容 | 进展情况) states its subject's year in
// its cells (…列入2025年工作要点), and its yearless dates (截至5月底) take
// it (GOLD.md: dates in table cells count; a date without a year takes the
// year the text states for its subject).
func tableLines(doc *layout.Document) string { return linesOf(doc, cue.Table) }

// bodyLines are the lines of the document's text (body, headings, briefs,
// subheadings), as the layout reads the stated year from: not page chrome,
// bylines or information lines, whose years are no subject's.
func bodyLines(doc *layout.Document) string {
	return linesOf(doc, cue.Body, cue.Heading, cue.Brief, cue.Subheading)
}

// linesOf is the squeezed text of the document's lines of the roles given,
// a line each.
func linesOf(doc *layout.Document, roles ...cue.Role) string {
	var b strings.Builder
	for _, l := range doc.Lines {
		if slices.Contains(roles, l.Role) {
			b.WriteString(span.SqueezeString(l.Text))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// numberYear is the year of the document's own 发文字号 (常民管〔2011〕1号 →
// 2011), or 0. The 年份 of a 发文字号 is the year the document was issued
// (GB/T 9704-2012 《党政机关公文格式》 7.2.4), so it is the year of the
// document's date where no date line survives (GOLD.md: a date without a
// year takes the year of the document's date), ahead of a year the text
// names for its subject: a notice of the 2010年年度工作检查 numbered
// 〔2011〕 sets its 3月31日前 in 2011, as a year's 年检 is due in the next.
func numberYear(doc *layout.Document) int {
	if doc.DocNumber == nil {
		return 0
	}
	v := doc.DocNumber.Value
	i := strings.Index(v, "〔")
	if i < 0 {
		return 0
	}
	digits := v[i+len("〔"):]
	if j := strings.Index(digits, "〕"); j == 4 {
		if y, err := strconv.Atoi(digits[:j]); err == nil && chrono.PlausibleYear(y) {
			return y
		}
	}
	return 0
}
