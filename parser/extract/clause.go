package extract

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A cuedExpr is a regular expression run only over the stretches of a text
// where its cue stands, not over the whole text: a byte search for the cue
// costs a fraction of a regular expression's pass over every byte.
//
// It finds exactly what re.FindAllStringIndex finds over the whole text
// when re matches no empty string and asserts nothing (no ^, $, \b), every
// match is made only of characters within accepts, and the maximal run of
// within characters that holds a match (its stretch) holds a character
// cues points at. The characters that end a stretch are in no match, so
// the leftmost-first search finds in each stretch the same matches at the
// same places as over the whole text, and none between stretches.
type cuedExpr struct {
	re     *regexp.Regexp
	cues   func(s string) iter.Seq[int] // offsets of cue characters, in text order
	within func(r rune) bool            // true of every character of every match
}

// findAll is re.FindAllStringIndex(s, -1), searched only around the cues.
func (e cuedExpr) findAll(s string) [][2]int {
	var out [][2]int
	searched := 0 // where the last stretch searched ends
	for c := range e.cues(s) {
		if c < searched {
			continue // a later cue of the same stretch
		}
		start, end := stretch(s, c, e.within)
		for _, m := range e.re.FindAllStringIndex(s[start:end], -1) {
			out = append(out, [2]int{start + m[0], start + m[1]})
		}
		searched = max(end, c+1)
	}
	return out
}

// stretch is the maximal run of within characters around byte offset c.
// Runes are read as the regexp package reads them: an invalid byte is one
// utf8.RuneError, and a rune read backwards from where one starts is the
// rune read forwards.
func stretch(s string, c int, within func(rune) bool) (start, end int) {
	start = c
	for start > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:start])
		if !within(r) {
			break
		}
		start -= w
	}
	end = c
	for end < len(s) {
		r, w := utf8.DecodeRuneInString(s[end:])
		if !within(r) {
			break
		}
		end += w
	}
	return start, end
}

// wordCues yields where any of words stands in s, in text order, if ok
// agrees with the offset (nil: everywhere).
func wordCues(ok func(s string, i int) bool, words ...string) func(string) iter.Seq[int] {
	return func(s string) iter.Seq[int] {
		return func(yield func(int) bool) {
			// next[k] is where words[k] next stands, or -1: each word's
			// search goes on from its last find, so the text is read once
			// per word.
			next := make([]int, len(words))
			for k, w := range words {
				next[k] = strings.Index(s, w)
			}
			for {
				k := -1
				for j, n := range next {
					if n >= 0 && (k < 0 || n < next[k]) {
						k = j
					}
				}
				if k < 0 {
					return
				}
				i := next[k]
				if ok == nil || ok(s, i) {
					if !yield(i) {
						return
					}
				}
				// On from the next byte: a word may stand again
				// overlapping itself.
				from := i + 1
				if n := strings.Index(s[from:], words[k]); n >= 0 {
					next[k] = from + n
				} else {
					next[k] = -1
				}
			}
		}
	}
}

// digitRunCues yields where each maximal run of at least n ASCII digits
// starts: every match of an expression that reads n digits in a row
// (\d{7,8}) holds one.
func digitRunCues(n int) func(string) iter.Seq[int] {
	return func(s string) iter.Seq[int] {
		return func(yield func(int) bool) {
			for i := 0; i < len(s); i++ {
				if !isDigit(s[i]) {
					continue
				}
				j := i + 1
				for j < len(s) && isDigit(s[j]) {
					j++
				}
				if j-i >= n && !yield(i) {
					return
				}
				i = j
			}
		}
	}
}

// digitBefore reports whether an ASCII digit stands right before i.
func digitBefore(s string, i int) bool { return i > 0 && isDigit(s[i-1]) }

// betweenDigits reports whether the colon at i stands between digits
// (9:30, 14：00).
func betweenDigits(s string, i int) bool {
	_, w := utf8.DecodeRuneInString(s[i:])
	return digitBefore(s, i) && i+w < len(s) && isDigit(s[i+w])
}

// The characters the expressions below are made of.

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// isURLRune is the printable ASCII a web address is written in, [!-~].
func isURLRune(r rune) bool { return r >= '!' && r <= '~' }

func isEmailRune(r rune) bool { return isASCIIAlnum(r) || strings.ContainsRune("._%+-@", r) }

func isPhoneRune(r rune) bool { return isDigitRune(r) || strings.ContainsRune("-－—转", r) }

func isClockRune(r rune) bool { return isDigitRune(r) || r == ':' || r == '：' }

func isDocNumberRune(r rune) bool {
	return isDigitRune(r) || strings.ContainsRune("〔[［(（【〕]］)）】号", r)
}

// runeSet is a few characters that index finds in a text faster than
// strings.IndexAny, which looks every rune of the text up in its set
// when the set holds a character beyond ASCII: a rune is decoded only
// where its first byte is the first byte of a member, so Han text, whose
// first bytes (E4-E9) none of the sets here share, is passed over a byte
// at a time with a table lookup.
type runeSet struct {
	lead  [256]bool
	runes []rune
	chars string
	// broken: chars holds U+FFFD, or bytes not UTF-8, which IndexAny
	// finds at every invalid byte of the text: index leaves such a set
	// to IndexAny.
	broken bool
}

func newRuneSet(chars string) *runeSet {
	rs := &runeSet{chars: chars}
	for _, r := range chars {
		if r == utf8.RuneError {
			rs.broken = true
		}
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		rs.lead[b[0]] = true
		rs.runes = append(rs.runes, r)
	}
	return rs
}

// occurrences yields the offset of every occurrence of lit in s, in text
// order, none overlapping.
func occurrences(s, lit string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; lit != ""; {
			k := strings.Index(s[i:], lit)
			if k < 0 || !yield(i+k) {
				return
			}
			i += k + len(lit)
		}
	}
}

// has reports whether r is one of the set's characters.
func (rs *runeSet) has(r rune) bool { return slices.Contains(rs.runes, r) }

// index is strings.IndexAny(s, chars) for the chars the set was made of.
// A byte inside a valid multi-byte character is never the first byte of
// one, so the positions it decodes are positions IndexAny reads too.
func (rs *runeSet) index(s string) int {
	if rs.broken {
		return strings.IndexAny(s, rs.chars)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !rs.lead[c] {
			continue
		}
		if c < utf8.RuneSelf {
			return i
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		for _, m := range rs.runes {
			if r == m {
				return i
			}
		}
	}
	return -1
}
