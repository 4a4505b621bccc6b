package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
)

// A news site sets a comment box under its article whose counters read
// like counts (评论 0人参与,0条评论; 已有0人参与,点击查看更多精彩评论): the
// figure, its measure word and the act the box counts (cue_words.tsv,
// commentact: 参与, 评论) in a sentence of the box, which names it
// (commentbox: 评论, 跟帖); the layout may run the box's lines into one
// (评论0人参与,0条评论还没有评论,快来抢沙发吧!). They count the page's
// readers, no amount of the text, as the page's visits (浏览次数:1901)
// are not.

// commentCounter reports whether the amount whose unit ends at e is a
// counter of a page's comment box: a word of commentact stands right
// after the unit, and its sentence (to a full stop or a line's end) names
// the box.
func commentCounter(s string, e int) bool {
	if _, ok := lexicon.CueWordList("commentact").At(s, e); !ok {
		return false
	}
	stops := punct.SentenceEnds + "\n"
	start := 0
	if k := strings.LastIndexAny(s[:e], stops); k >= 0 {
		_, w := utf8.DecodeRuneInString(s[k:])
		start = k + w
	}
	end := len(s)
	if k := strings.IndexAny(s[e:], stops); k >= 0 {
		end = e + k
	}
	line := s[start:end]
	box := lexicon.CueWordList("commentbox")
	for i := range line {
		if _, ok := box.At(line, i); ok {
			return true
		}
	}
	return false
}
