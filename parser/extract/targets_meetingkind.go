package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A demand word right before the noun of a meeting (工作部署会议, 全市民政
// 工作部署会) names the kind of meeting: the word modifies the noun, and the
// clause tells a meeting held (组织开展部署会议8场次), no demand that
// requires what follows it. 部署 as the verb of a meeting that deploys
// tasks (会议研究部署了…, 对全年工作作出部署) has no meeting noun after it.
// Words: cue_words.tsv, meetingkind. Source: 《现代汉语词典》 (7th ed.) 部署,
// 会议; the 部署会 and 推进会 named in bureaus' news reports.

// demandAt reports whether the demand word w at i requires what follows
// it: a word of its own (要, not the 要 of 主要) that names no kind of
// meeting (meetingNamed) and closes no member of a run of parallel
// phrases (listedPhrase).
func demandAt(in *Input, s string, i int, w string) bool {
	return ownWord(in, i, w) && !meetingNamed(in, i+len(w)) && !listedPhrase(s, i, w)
}

// listedPhrase reports whether the word w at i closes a phrase that a 、
// opens and a mark closes (一、高位谋划、精密部署，筑牢…): a member of the
// parallel phrases a section's heading names its work by, which tells how
// it was done, with no object for a demand to require. A demand that opens
// a list (会议要求，…、…) or takes one (部署了…、…) still requires.
func listedPhrase(s string, i int, w string) bool {
	if r, _ := utf8.DecodeRuneInString(s[i+len(w):]); !strings.ContainsRune(listCloseMarks, r) {
		return false
	}
	a := strings.LastIndexAny(s[:i], "、，,。；;：:\n")
	return a >= 0 && strings.HasPrefix(s[a:], "、") && !strings.ContainsAny(s[a:i], "0123456789")
}

// listCloseMarks end a member of a run of parallel phrases: the 、 before
// the next member, or the clause mark after the last.
const listCloseMarks = "、，,。；;"

// meetingNamed reports whether the segmenter's word at i, the one right
// after a demand word, is a meeting noun (cue_words.tsv, meetingkind).
func meetingNamed(in *Input, i int) bool {
	ts := in.Words(i)
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].Start == i && lexicon.CueWordList("meetingkind").Has(ts[k].Word)
}
