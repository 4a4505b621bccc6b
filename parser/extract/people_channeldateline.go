package extract

import (
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
	"bulletin/parser/span"
)

// outletOpens reports whether the words before the dateline mark at i
// (…消息) name an outlet from their line's start, however long its name
// runs (四川在线泸州频道|消息(某某)): Chinese characters only, from the
// line's or paragraph's start, that end with an outlet's ending (cue list
// outletend: 网, 报, 台, 频道 …) and read as words that name, the
// attributives of a channel's name (在线) with them, as reportDateline
// reads an online outlet's 报道. A local paper's short lead (信阳消息) is
// opensParagraph's; a clause before 消息 (我们收到了好消息) ends with no
// outlet's word, and a body's own 消息 (市民政局消息称) with none either.
func outletOpens(t span.Text, words wordsAt, i int) bool {
	s := t.String()
	if _, ok := lexicon.CueWordList("outletend").EndingAt(s, i); !ok {
		return false
	}
	p, ok := hanRunOpening(t, i)
	if !ok {
		return false
	}
	return namingWords(words, p, i, func(tok segment.Token) bool { return tok.Tag == "b" })
}
