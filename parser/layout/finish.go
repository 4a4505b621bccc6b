package layout

import (
	"strings"

	"bulletin/parser/chrono"
	"bulletin/parser/span"
)

// finish settles the document fields that depend on the kind: the date
// (issue date; a notice's 印发 date, else its 成文日期), the issuer (editing
// office; a notice's 发文机关标志, else its signature or the body before
// 关于 in its title), web page information where the text gives none, and
// the year the text states.
func (a *analyzer) finish() {
	d := a.doc
	if d.Kind == Notice {
		switch {
		case a.printedDate != nil:
			d.Date = a.printedDate
		case d.Date == nil && a.signDate != nil:
			d.Date = a.signDate
		}
		if d.Issuer == nil {
			switch {
			case d.Signer != nil:
				d.Issuer = d.Signer
			case d.Title != nil && strings.Contains(d.Title.Value, "关于"):
				k := strings.Index(d.Title.Value, "关于")
				if org := d.Title.Value[:k]; looksLikeAgency(org) {
					d.Issuer = &Field{Value: org, Text: d.Title.Text.Slice(0, len(org)), Rule: "title"}
				}
			}
		}
	} else if d.Date == nil && a.signDate != nil {
		d.Date = a.signDate
	}
	if d.Date == nil && a.webDate != nil {
		d.Date = a.webDate
	}
	if d.Issuer == nil && a.webIssuer != nil {
		d.Issuer = a.webIssuer
	}
	a.furniture(roleHeader, "header")
	a.furniture(roleFooter, "footer")
	for _, l := range a.lines {
		if l.role == roleBody || l.role == roleSection {
			if y := chrono.StatedYear(l.sq); y > 0 {
				d.StatedYear = y
				break
			}
		}
	}
	if d.StatedYear == 0 && d.Date != nil {
		d.StatedYear = d.Ref().Year
	}
	if len(d.Items) == 0 && d.Kind == Bulletin {
		a.warn(0, "no-items", "no items found in the bulletin")
	}
	for _, it := range d.Items {
		if it.Title == nil && !it.Brief {
			a.warn(it.Lines().First, "no-heading", "item heading not found")
		}
	}
}

// furniture keeps the lines of one role (header, footer) as a passage: their
// names and dates are facts too.
func (a *analyzer) furniture(r role, name string) {
	var idx []int
	for i, l := range a.lines {
		if l.role == r {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return
	}
	var b span.Builder
	for k, i := range idx {
		if k > 0 {
			b.AddSeparator("\n", a.lines[i].Num)
		}
		b.AddLine(a.lines[i].Text, a.lines[i].Num)
	}
	a.doc.Passages = append(a.doc.Passages, Passage{Role: name, Text: b.Text()})
}
