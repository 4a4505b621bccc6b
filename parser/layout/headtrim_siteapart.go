package layout

import (
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// siteApart: in a document that sets its paragraphs apart by blank
// lines, a first title line as far apart from the next as its paragraphs
// are that names the page's site or a body alone, or is its trail of
// links (某某政务网 / the headline; 当前位置:某网 > 某栏目 > / the headline),
// is the page's, no part of the headline. A headline wrapped over lines
// apart so keeps them all (某区民政局召开养老服务 / 工作推进会). In a copy
// with no blank lines at all, a site's name or trail alone is the page's;
// in one wrapped at a width, a first line that stops short of the wrap is
// set apart as the gap sets it.
type siteApart struct{}

func (siteApart) name() string { return "a site's name apart over the headline" }

func (siteApart) trim(a *assembly, idx []int) []int {
	if len(idx) >= 2 && a.d.Gap == 0 && a.d.Lines[idx[1]].Blanks == 0 && a.siteNameOnly(idx[0]) {
		// A copy with no blank lines sets nothing apart: a site's name or
		// trail is the page's all the same.
		a.relabel(idx[0], cue.Chrome)
		return idx[1:]
	}
	// A copy wrapped at a width sets a line apart where it stops short of
	// the wrap: the headline under it opens a line of its own.
	shortOver := len(idx) >= 2 && a.d.Wrap != 0 && a.d.Lines[idx[1]].Blanks == 0 && !a.reachesWrap(idx[0])
	if !shortOver && (a.d.Gap == 0 || len(idx) < 2 || a.d.Lines[idx[1]].Blanks != a.d.Gap) {
		return idx
	}
	upper, whole := a.text(idx[0]).String(), a.text(idx...).String()
	if leavesOpen(upper) && !agency.Shapes(strings.TrimSpace(upper)) || cue.NoticeTitle(span.SqueezeString(whole)) {
		return idx // 关于…的 / 通知, 某市民政局 / 关于…的通知: one title over the gap
	}
	if !a.siteOrTrail(idx[0]) {
		return idx
	}
	a.relabel(idx[0], cue.Chrome)
	return idx[1:]
}

// siteOrTrail reports whether line i names the page's site or a body
// alone, or is its trail of links: no headline, whatever the decoder
// read it as. A short line that closes with the site's word (某某政务网)
// is a site's name though its place is none the gazetteer holds.
func (a *assembly) siteOrTrail(i int) bool {
	s := strings.TrimSpace(cue.TrimBullet(strings.TrimSpace(a.d.Lines[i].Sq)))
	if cue.IsSiteName(s) || cue.IsBreadcrumb(s) || a.bodyNamed(i) {
		return true
	}
	body := strings.TrimSuffix(strings.TrimSuffix(s, "网站"), "网")
	return body != s && cue.HasHan(body) && !cue.TitleLongEnough(body) && !cue.SentencePunct(s)
}

// siteNameOnly reports whether line i is a site's name or a trail of
// links alone: the surest of siteOrTrail's readings (a headline cut at the
// wrap may end in 网 as a short site's name does: 某区开展…互联 / 网…), for
// a copy that sets no line apart.
func (a *assembly) siteNameOnly(i int) bool {
	s := strings.TrimSpace(cue.TrimBullet(strings.TrimSpace(a.d.Lines[i].Sq)))
	return cue.IsSiteName(s) || cue.IsBreadcrumb(s)
}
