package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// bulletList reports whether the rows of a run, two or more, each open
// with a list bullet (● 城乡低保对象 每户800元, • …, ■ …: cue.TrimBullet): a
// bulleted list whose items a space parts into words, no grid. A grid's
// row opens with its key, a bullet marks the item of a list.
func (a *assembly) bulletList(rows []int) bool {
	if len(rows) < 2 {
		return false
	}
	for _, i := range rows {
		if t := strings.TrimSpace(a.d.Lines[i].Text); cue.TrimBullet(t) == t {
			return false
		}
	}
	return true
}
