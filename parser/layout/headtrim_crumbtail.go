package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// crumbTail: in a text wrapped at a width, a page's trail of links (当前位置:
// 首页 > 政务公开 > 某栏目 > 某某养) that runs to the wrap goes on in the line
// under it (老服务) where that line stops short of the wrap over more
// title lines: it is the trail's end, no word of the headline under it,
// wherever in a run of title lines it stands. A run that is all
// a trail's end is kept whole: the decoder's other readings decide. So
// too the end of the headline printed again under a label (原标题:某市
// 民政局关于…殡 / 葬管理工作的通告): no line of the headline.
type crumbTail struct{}

func (crumbTail) name() string { return "a trail's end wrapped over the headline" }

func (crumbTail) trim(a *assembly, ts [][]int) [][]int {
	if a.d.Wrap == 0 {
		return ts
	}
	out := ts[:0]
	for _, run := range ts {
		var keep, dropped []int
		for n, i := range run {
			if n+1 < len(run) && a.trailGoesOn(i-1, i) || a.repeatGoesOn(i) {
				dropped = append(dropped, i)
				continue
			}
			keep = append(keep, i)
		}
		if len(keep) == 0 {
			out = append(out, run) // the run is all a trail's end: no headline then
			continue
		}
		for _, i := range dropped {
			a.relabel(i, cue.Chrome)
		}
		out = append(out, keep)
	}
	return out
}

// trailGoesOn reports whether line i, a title line under line p, is the
// end of a trail of links p that runs to the wrap: i stops short of it.
// A line under such a trail that runs to the wrap itself is the
// headline's first (the trail ended at the wrap).
func (a *assembly) trailGoesOn(p, i int) bool {
	if p < 0 || !a.reachesWrap(p) || a.reachesWrap(i) {
		return false
	}
	s := strings.TrimSpace(cue.TrimBullet(strings.TrimSpace(a.d.Lines[p].Sq)))
	return a.roles[p] == cue.Chrome && cue.IsBreadcrumb(s)
}

// reachesWrap reports whether line p runs to the width the text wraps at,
// as the copy set it: a trail's links and the spaces between them (首页 >
// 政务公开 >) fill the line as its words do.
func (a *assembly) reachesWrap(p int) bool {
	return a.d.Full(p) || cue.Width(strings.TrimSpace(a.d.Lines[p].Text)) >= a.d.Wrap-a.d.Slack
}

// repeatGoesOn reports whether line i ends a printing of the headline
// again (原标题:某市民政局关于…殡 / 葬管理工作的通告) that the line over it
// opens under its label: the label's words and line i's run on as the
// title lines above them read. (A printed page may set the label's line
// in a type of its own: its width is no measure of the wrap.)
func (a *assembly) repeatGoesOn(i int) bool {
	p := i - 1
	if p < 0 || a.roles[p] != cue.Chrome {
		return false
	}
	l := a.d.Lines[p].Sq
	k := strings.IndexAny(l, ":：")
	if k < 0 {
		return false
	}
	again := strings.TrimSpace(l[k+len(string([]rune(l[k:])[0])):]) + strings.TrimSpace(a.d.Lines[i].Sq)
	var above strings.Builder
	for j := 0; j < p; j++ {
		if a.roles[j] == cue.Title {
			above.WriteString(strings.TrimSpace(a.d.Lines[j].Sq))
		}
	}
	return cue.HasHan(again) && strings.Contains(above.String(), again)
}
