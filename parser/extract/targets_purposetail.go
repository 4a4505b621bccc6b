package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A clause that closes a sentence after its deeds with a word of
// securing (…，确保政策执行精准无误; …，以确保…) tells what the deeds
// before it are meant to secure: a purpose clause set after its main
// clause, as 为确保…， is one set before it (targets_purpose.go). A report
// of work done prints it as often as a plan does (组织培训8场次，…，确保…),
// so its plan word, one only a plan uses (确保), plans the numbers of its
// own clause and after; the clauses before it keep the stance their own
// words give (此次核查覆盖13个乡镇，…，确保覆盖…: the scope of a check
// made). Words: cue_words.tsv, purposetail. Source: 吕叔湘《现代汉语八百词》
// (1999) 以 (连词, 表示目的: 用在后一小句开头), 确保, 保证.

// purposeTail is where the first clause of the sentence sent that opens
// with a word of securing starts (at the clause mark before it), or
// sent.End where none does. The sentence's first clause is never one: a
// sentence that opens with 确保 demands what it tells.
func purposeTail(s string, sent byteRange) int {
	tails := lexicon.CueWordList("purposetail")
	for i := sent.Start; i < sent.End; {
		k := strings.IndexAny(s[i:sent.End], clauseStops)
		if k < 0 {
			break
		}
		mark := i + k
		_, n := utf8.DecodeRuneInString(s[mark:])
		open := mark + n
		for open < sent.End && s[open] == ' ' {
			open++
		}
		if _, ok := tails.At(s, open); ok {
			return mark
		}
		i = mark + n
	}
	return sent.End
}

// tailWordAt reports whether the clause that opens at offset clause (right
// after its mark) in a sentence that opened before it starts with a word
// of securing that spans offset i.
func tailWordAt(s string, sentence, clause, i int) bool {
	if clause <= sentence {
		return false
	}
	open := clause
	for open < len(s) && s[open] == ' ' {
		open++
	}
	w, ok := lexicon.CueWordList("purposetail").At(s, open)
	return ok && i >= open && i < open+len(w)
}
