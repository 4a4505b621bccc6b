package extract

import "bulletin/parser/lexicon"

// A grade counted before a profession's title (titles.tsv, professional:
// 国家二级心理咨询师某某, 一级律师某某) is the holder's own: the occupations of
// 《中华人民共和国职业分类大典》 are certified in grades 一级 to 五级
// (《国家职业技能标准》), as 律师 and 教师 are ranked, so the name after the
// title is one person's. Before a title of office a count of levels is a
// class of holders (县乡村三级书记: levelsBefore), and 各级 or 多级 before
// any title is every level's (各级社工), no grade.

// gradedTitle reports whether the title ti, with 级 right before it in s,
// is a profession's title graded by a numeral.
func gradedTitle(s string, ti title) bool {
	return lexicon.Titles().Label(ti.word, 0) == professionalGroup && numeralRune(levelCountBefore(s, ti.start))
}
