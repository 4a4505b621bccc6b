package extract

import "bulletin/parser/lexicon"

// honorificOnly reports whether name is a surname and a polite form of
// address alone (伍女士, 黄先生, 欧阳先生): a person the text names by
// surname only, with no full name, so no person of the record. A 联系人
// so printed stays the contact's name (contacts.go reads it whole).
func honorificOnly(name string) bool {
	sur, ok := surnameAt(name, 0)
	if !ok || len(sur) >= len(name) {
		return false
	}
	rest := name[len(sur):]
	return lexicon.CueWordList("honorific").Has(rest)
}
