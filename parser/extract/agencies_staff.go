package extract

import "bulletin/parser/lexicon"

// staffWordAt reports whether a noun for the staff of a body opens at p
// (cue_words.tsv staff: 工作人员, 干部职工, 职工), as a bulletin prints it
// right after the body's name (财务科工作人员): the body's people, no word
// of its name. After a unit's ending such a word closes the name as a
// title does (closesName: 人事科|负责人), so the last member of a list of
// units before it is read (办公室和财务科|工作人员).
func staffWordAt(s string, p int) bool {
	_, ok := lexicon.CueWordList("staff").At(s, p)
	return ok
}
