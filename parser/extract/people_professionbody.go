package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// A profession's title (titles.tsv, professional: 社工, 律师, 医师, 书画家)
// with the ending of a body's name right after it (agency suffixes: 服务社,
// 事务所, 协会, 中心) is a word of the body's name: the body is one of that
// profession's (某某社工服务社, a social-work agency; 某某律师事务所, a law
// firm), and the words before the title are the body's own name, its brand,
// no person's (乐善社工服务社: no one called 乐善). A title of office with a
// body's ending after it is left alone: a post's holder gives his name to a
// studio (某某书记工作室).

// professionBody reports whether ti is a profession's title that a body's
// ending follows in s.
func professionBody(s string, ti title) bool {
	return lexicon.Titles().Label(ti.word, 0) == professionalGroup && bodySuffixAt(s, ti.end)
}

// professionalGroup labels, in titles.tsv, the professional titles.
const professionalGroup = "professional"

// professionNoun reports whether ti is a profession's title that heads a
// noun phrase: a noun of two characters or more (n, vn, nz) follows it
// right after, the segmenter's word (南区|社工|服务|工作, 金口街|社工|
// 宣传周): the profession's work, its week or its services, named with the
// place before it, no one's title; a title after a name is followed by what
// the holder did (王明社工|介绍, 李明社工|表示) or a mark.
func professionNoun(s string, ts []segment.Token, ti title) bool {
	if lexicon.Titles().Label(ti.word, 0) != professionalGroup {
		return false
	}
	k := tokenAt(ts, ti.end)
	if k < 0 || utf8.RuneCountInString(ts[k].Word) < 2 || !allHan(ts[k].Word) {
		return false
	}
	switch ts[k].Tag {
	case "n", "vn", "nz":
		return true
	}
	return false
}
