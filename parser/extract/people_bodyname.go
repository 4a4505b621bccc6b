package extract

import "bulletin/parser/lexicon"

// bodyWordName reports whether a name read before a title is whole a
// body's ending of agency_suffixes.tsv (党总支|书记, 党支部|书记): a basic
// organisation of the Party (《中国共产党章程》 ch. 5: 党委, 党总支, 党支部)
// whose first character is also a surname (党), read as a surname and a
// given name. The title after it is the post of that body, whose holder is
// named after the chain (村党总支书记、村委会主任某某某: 某某某); no one is
// named 党总支.
func bodyWordName(n string) bool {
	return lexicon.AgencySuffixes().Has(n)
}
