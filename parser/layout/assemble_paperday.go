package layout

import "bulletin/parser/layout/cue"

// paperDay reads the day of an e-paper's issue from its strip, which the
// decoder takes for page chrome (2022年06月14日 星期二 上一期 下一期): a
// report saved from a paper's page is dated by the issue that printed it
// where nothing else dates it.
func (a *assembly) paperDay() *DateField {
	for i, r := range a.roles {
		if r != cue.Chrome {
			continue
		}
		if iso, ok := cue.PaperDay(a.d.Lines[i].Sq); ok {
			return dayField(iso, a.text(i), "e-paper issue")
		}
	}
	return nil
}
