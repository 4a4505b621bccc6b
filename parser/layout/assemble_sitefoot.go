package layout

import "bulletin/parser/layout/cue"

// pastSiteFoot gives the page's chrome the lines a site prints after the
// foot that closes the text it carried (特别声明：以上内容来源于…，如有不妥
// 之处，请与我方联系 / 版权所有 …): the headlines and leads of its other
// articles, which the decoder may read as a heading and its text. A foot
// counts once the text has begun: over the text, its words are the page's
// banner (主办单位：…), and what follows is the text.
func (a *assembly) pastSiteFoot() {
	a.chromeBelow(func(i int) bool { return cue.SiteFoot(a.d, i) })
}
