package lexicon

// NameSyllables are the name words of Tibetan and Uyghur personal names as
// Chinese writes them (扎西, 多吉, 古丽, 买买提): names with no Han surname.
var NameSyllables = lazy("name_syllables.txt")
