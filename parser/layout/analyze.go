package layout

import (
	"sort"

	"bulletin/parser/clean"
	"bulletin/parser/span"
)

// role is what a line was found to be.
type role int

const (
	roleBody role = iota
	roleBlank
	roleHeader
	roleContents
	roleSection
	roleFooter
	roleBlock
	roleClosing
	roleAttachment
	roleChrome
)

type line struct {
	clean.Line
	sq   string // squeezed text
	role role
}

type analyzer struct {
	lines []line
	doc   *Document
	wrap  float64 // the width at which the body's lines wrap

	webIssuer    *Field     // 发布机构 of a saved web page
	webDate      *DateField // 发布时间 of a saved web page
	noticeMark   bool       // a 发文机关标志 (…文件) heads the document
	noticeTitled bool       // a 关于…的通知 title was read
	printedDate  *DateField // the 印发 date
	signDate     *DateField // the 成文日期
	closingLines []int
}

// Analyze lays out a document from its cleaned lines.
func Analyze(cl []clean.Line) *Document {
	a := &analyzer{doc: &Document{}}
	a.lines = make([]line, len(cl))
	for i, l := range cl {
		a.lines[i] = line{Line: l, sq: squeeze(l.Text)}
		switch {
		case l.Chrome:
			a.lines[i].role = roleChrome
		case l.Blank():
			a.lines[i].role = roleBlank
		}
	}
	a.webInfo()
	a.header()
	a.blocks()
	a.footer()
	a.closing()
	a.classify()
	a.measure()
	paras := a.paragraphs()
	switch a.doc.Kind {
	case Bulletin:
		a.bulletinItems(paras)
	default:
		a.sectionItems(paras)
	}
	a.finish()
	return a.doc
}

// text builds a Text from lines [i, j) of the given role, joined.
func (a *analyzer) text(idx ...int) span.Text {
	var b span.Builder
	n := 0
	for _, i := range idx {
		n += len(a.lines[i].Text)
	}
	b.Grow(n + 1) // at most one space a join, rarely
	for _, i := range idx {
		b.AddLine(a.lines[i].Text, a.lines[i].Num)
	}
	return b.Text()
}

// field makes a Field from one line.
func (a *analyzer) field(i int, value, rule string) *Field {
	return &Field{Value: value, Text: a.text(i), Rule: rule}
}

// next returns the index of the next line after i that is not blank and
// not a rule, or len(lines).
func (a *analyzer) next(i int) int {
	for j := i + 1; j < len(a.lines); j++ {
		if a.lines[j].role != roleBlank && a.lines[j].role != roleChrome && !a.lines[j].Rule {
			return j
		}
	}
	return len(a.lines)
}

// measure finds the width at which body lines wrap: the 90th percentile of
// body line widths. PDF text wraps at one width; text saved from a word
// processor holds a paragraph a line and gives a large width.
func (a *analyzer) measure() {
	var ws []float64
	for _, l := range a.lines {
		if l.role == roleBody && l.sq != "" {
			ws = append(ws, width(l.sq))
		}
	}
	if len(ws) == 0 {
		a.wrap = 1e9
		return
	}
	sort.Float64s(ws)
	a.wrap = ws[len(ws)*9/10]
}

func (a *analyzer) warn(line int, code, msg string) {
	a.doc.Warnings = append(a.doc.Warnings, Warning{Line: line, Code: code, Message: msg})
}
