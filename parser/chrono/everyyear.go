package chrono

import (
	"strings"
	"sync"

	"bulletin/parser/lexicon"
)

var (
	// everyYearWords name every year (cue list everyyear: 每年, 年年).
	everyYearWords = sync.OnceValue(func() *lexicon.Words { return lexicon.CueWordList("everyyear") })
	// yearCountedWords count a year from one named before them (cue list
	// yearcounted: 当年, 上年, 次年).
	yearCountedWords = sync.OnceValue(func() *lexicon.Words { return lexicon.CueWordList("yearcounted") })
)

// countedFromEveryYear reports whether a word that counts a year from one
// named before it stands at byte i or ends right before it, in a sentence
// that named every year before it with no year written since
// (于每年11月底前，将上年12月1日至当年11月末…): 上年 and 当年 then count from
// each year, so the month after them is a day of every year's timetable,
// no date of the calendar. Where the sentence writes a year after 每年
// (每年…，2023年当年…) or ends before the word, the word counts from that
// year or the text's, as relativeYearAt reads it.
func countedFromEveryYear(s string, i int) bool {
	from := i
	if _, ok := yearCountedWords().At(s, i); !ok {
		w, ok := yearCountedWords().EndingAt(s, i)
		if !ok {
			return false
		}
		from = i - len(w)
	}
	start := strings.LastIndexAny(s[:from], sentenceEnds+"；;") + 1 // a clause after a semicolon counts apart
	every := -1
	for k := start; k < from; k++ {
		if w, ok := everyYearWords().At(s, k); ok && k+len(w) <= from {
			every = k + len(w)
		}
	}
	return every >= 0 && sentenceYearBefore(s[every:], from-every) == 0
}
