package extract

import "bulletin/parser/lexicon"

// transcribedNameMax is the most characters of a transcribed name written
// with no dot: two name words of two characters run together (扎西多吉 =
// 扎西 + 多吉, name_syllables.txt).
const transcribedNameMax = 4

// transcribedRow reports whether an honours row's name, which no surname
// of the lexicon opens, is a name the row's bracket marks as one of an
// ethnic group other than the Han (拉加才让(藏族), 果洛再拉(藏族)): Tibetan,
// Uyghur and Kazakh names, among others, are transcribed into Chinese
// with no Han surname (name_syllables.txt), and the bracket that gives the
// ethnic group says the field before it is a person's name, as the sex
// does (张某某(女)). A name a surname opens is read as any other row's.
func transcribedRow(name, mark string) bool {
	if _, ok := surnameAt(name, 0); ok {
		return false
	}
	group, han := lexicon.EthnicGroup(mark)
	return group && !han
}
