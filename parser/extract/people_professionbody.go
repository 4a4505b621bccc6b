package extract

import "bulletin/parser/lexicon"

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
