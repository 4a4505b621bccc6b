package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// trailPage reads the headline from the last step of the page's trail of
// links (首页 > 老龄事业 > 某地老龄人有了更多好去处), where the copy kept
// no headline line of its own: a site's trail closes at the article's
// page, named by its headline. Tried last: any headline printed as such
// outranks it.
type trailPage struct{}

func (trailPage) name() string { return "headline closing the trail" }

func (trailPage) find(a *assembly) (headline, bool) {
	for i := 0; i < a.contentStart(); i++ {
		if a.roles[i] != cue.Chrome {
			continue
		}
		v, ok := cue.TrailPage(a.d.Lines[i].Sq)
		if !ok {
			continue
		}
		t := a.text(i)
		if k := strings.LastIndex(t.String(), v); k >= 0 {
			return headline{line: i, words: t.Slice(k, k+len(v))}, true
		}
	}
	return headline{}, false
}
