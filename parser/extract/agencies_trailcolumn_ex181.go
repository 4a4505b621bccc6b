package extract

import (
	"slices"
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// centreEnding closes the name of a site's column that reads like a
// body's (新闻中心, 资讯中心, 媒体中心).
const centreEnding = "中心"

// dropTrailColumns drops a name with no place or level of its own that
// ends like a centre's (新闻中心, 资讯中心) where the page's trail of links
// holds it after its first link (首页 > 新闻中心 > 民政要闻): a site names
// its columns so, a label of its own pages, no body the text names
// (GOLD.md: page chrome is not the document's content), and the same
// label printed again in the page's menu is the column too. The golds
// leave such a column out 25 times of 25. A bureau the trail names (首页 >
// 部门 > 某县民政局) is the department whose pages they are, and stays.
func dropTrailColumns(s string, cs []candidate, e *Env) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		name := s[c.start:c.end]
		if !strings.HasSuffix(name, centreEnding) || agency.HasLocality(name) {
			return false
		}
		return e.trailColumn(name)
	})
}

// trailColumn reports whether a trail of links of the document holds name
// as one of its links after the first.
func (e *Env) trailColumn(name string) bool {
	if e == nil || e.Doc == nil {
		return false
	}
	return e.memo("trailcolumn\x00"+name, func() bool {
		for _, l := range e.Doc.Lines {
			t := span.SqueezeString(l.Text)
			if !cue.IsBreadcrumb(t) {
				continue
			}
			links := strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune(">＞»›/／", r) })
			for _, p := range links[min(1, len(links)):] {
				if strings.TrimSpace(p) == name {
					return true
				}
			}
		}
		return false
	})
}
