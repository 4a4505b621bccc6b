package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// surnameAfterUnit reports whether ts[k], two characters that end at a
// title (省民政厅社会福利处|杨|全恩|处长), is the given name of the
// one-character surname before it that follows a body's name right
// after its ending (agency_suffixes.tsv: 处, 科, 局): a report prints a
// holder's unit, then the full name, then the title, and the segmenter,
// which reads the surname alone (杨, nr), may also find a surname at the
// given name's head (全). Without the body before, a character that may
// be a surname does not take the word after it (某地|王|明天|出席).
func surnameAfterUnit(s string, ts []segment.Token, k int) bool {
	if k < 1 || utf8.RuneCountInString(ts[k].Word) != 2 || !allHan(ts[k].Word) || !nameTag(ts[k].Tag) {
		return false
	}
	sur := ts[k-1]
	if sur.End != ts[k].Start || sur.Tag != "nr" || utf8.RuneCountInString(sur.Word) != 1 {
		return false
	}
	if w, ok := surnameAt(sur.Word, 0); !ok || w != sur.Word {
		return false
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(s, sur.Start); !ok {
		return false
	}
	_, ok := checkName(sur.Word + ts[k].Word)
	return ok
}
