package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// headedName is a two-character name with the surname the document prints
// before it at every place it stands (请苗|延红|厅长 beside 厅长苗延红,
// where a title rule read two characters back from the title): the
// name is whole with it, as wholeNameIn finds a third character after
// one. The character before must be a surname, the same at each place,
// at two places at least, and no title's or body's last character (部长|
// 李明, 民政局|王伟: the name stands after those whole).
func headedName(doc, name string) string {
	var head rune
	count := 0
	for i := strings.Index(doc, name); i >= 0; {
		r, _ := utf8.DecodeLastRuneInString(doc[:i])
		if i == 0 || !unicode.Is(unicode.Han, r) || count > 0 && r != head {
			return name
		}
		if _, ok := lexicon.Titles().EndingAt(doc, i); ok {
			return name
		}
		if _, ok := lexicon.AgencySuffixes().EndingAt(doc, i); ok {
			return name
		}
		head = r
		count++
		k := strings.Index(doc[i+len(name):], name)
		if k < 0 {
			break
		}
		i += len(name) + k
	}
	if count < 2 || !lexicon.Surnames().Has(string(head)) {
		return name
	}
	return string(head) + name
}
