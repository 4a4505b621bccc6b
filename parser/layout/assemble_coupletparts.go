package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// coupletParts reads the parts of a text that heads each with a couplet
// run into it, no number before (…特向全县人民发出如下倡议： / 文明祭祀，摒弃
// 陋习。自觉抵制… / 安全祭祀，守护平安。严格遵守… / 绿色祭祀，共护家园。…):
// after a paragraph that leads into a list with its colon, two paragraphs
// or more in a row each opening with two matched phrases closed by a stop
// are the list's members, the text's parts, as numbered ones would be
// (GOLD: the outermost level the body uses). The run ends at the first
// paragraph that opens otherwise (让我们携手…). News whose paragraphs
// open so, with no lead into a list above them, keeps them as text. A
// member's lines the wrap broke it into go with it.
func (a *assembly) coupletParts() {
	for i := 0; i+2 < len(a.roles); i++ {
		if a.roles[i] != cue.Body || !a.leadsIntoList(i) {
			continue
		}
		var run []int
		for j := i + 1; j < len(a.roles) && a.roles[j] == cue.Body; j++ {
			led := coupletLed(a.d.Lines[j].Sq)
			if len(run) > 0 && a.wrappedOn(j) && (!led || !cue.EndsSentence(a.d.Lines[j-1].Sq)) {
				continue // a member's line the wrap broke off, whatever its words
			}
			if !led {
				break
			}
			run = append(run, j)
		}
		if len(run) < 2 {
			continue
		}
		for _, j := range run {
			a.relabel(j, cue.Heading)
		}
		i = run[len(run)-1]
	}
}

// leadsIntoList reports whether line i is running text that ends with a
// colon, leading into what follows (…发出如下倡议：), or the last line of
// such a paragraph the wrap broke; a salutation (广大市民朋友：) holds no
// clause before its colon.
func (a *assembly) leadsIntoList(i int) bool {
	s := a.d.Lines[i].Sq
	if !endsColon(s) {
		return false
	}
	body := strings.TrimRight(strings.TrimSpace(s), "：:")
	return runningText(body) || a.wrappedOn(i) && a.roles[i-1] == cue.Body && runningText(a.d.Lines[i-1].Sq+body)
}

// coupletLed reports whether s opens with a couplet closed by a full stop
// or an exclamation mark (文明祭祀，摒弃陋习。自觉抵制…).
func coupletLed(s string) bool {
	k := strings.IndexAny(s, "。！!")
	return k >= 0 && cue.Couplet(s[:k])
}

// wrappedOn reports whether line j goes on with the paragraph of the line
// above, which the wrap broke: the line above fills the wrap width, or
// ends no sentence, and no break stands between.
func (a *assembly) wrappedOn(j int) bool {
	return j > 0 && !a.d.Break(j) && (a.d.Full(j-1) || !cue.EndsSentence(a.d.Lines[j-1].Sq))
}
