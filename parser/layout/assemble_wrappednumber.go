package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// wrappedNumber reads a 发文字号 that closes line i's fields and that the
// page's wrap cut after its year's bracket (文号:某民发〔2025〕 / 73号; the
// year in 〔〕, GB/T 9704-2012 §7.2.4): its serial and 号 open the next line. The number is whole again, its text spanning
// both lines; nil where v with the next line's opening is no number.
func (a *assembly) wrappedNumber(i int, v, rule string) *Field {
	j := a.nextLine(i)
	if j < 0 || j != i+1 || a.d.Break(j) || !strings.HasSuffix(v, "〕") {
		return nil
	}
	serial := cue.SerialOpening(a.d.Lines[j].Sq)
	if serial == "" {
		return nil
	}
	dn, ok := cue.DocNumber(v + serial)
	if !ok {
		return nil
	}
	both := a.text(i, j)
	k := strings.LastIndex(both.String(), v+serial)
	if k < 0 {
		return nil
	}
	return &Field{Value: dn, Text: both.Slice(k, k+len(v)+len(serial)), Rule: rule}
}
