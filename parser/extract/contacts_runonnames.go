package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	// runOnNamesRe is a run of Chinese characters after a 联系人 label up
	// to the next field's label (联系人:郭冠修黄启源联系电话:…): two names
	// at most, so two to twice nameMaxRunes characters.
	runOnNamesRe = regexp.MustCompile(`^(\p{Han}{4,6}?)(?:电话|手机|联系)`)
	// mobileRunRe is the first run of digits after the names on their
	// line, however long.
	mobileRunRe = regexp.MustCompile(`[0-9]+`)
	// mobileRe is one mobile number, as phoneNumbers reads it: 1, a
	// network digit 3 to 9, nine more.
	mobileRe = regexp.MustCompile(`^1[3-9][0-9]{9}$`)
)

// runOnNames reads the names a 联系人 label lists with no mark between them
// (联系人:郭冠修黄启源联系电话:1387895150313807794880: the page lost the 、
// and the spaces of a two-column contact line). It reads them only where
// the line proves the count: the run splits in one way only into names
// that each open with a surname and are two or three characters long, no
// word of a title, and the first digit run after it on its line is that
// many mobiles run together, 11 digits each with a network digit; the
// phones pair with the names in order (phonesOf). A run with one way to
// read it as one name, a split that is not the only one, or digits that
// are no such mobiles read nothing: a name of four (欧阳明月) is as likely.
// It returns where the names stand.
func runOnNames(s string, j int) ([]byteRange, bool) {
	m := runOnNamesRe.FindStringSubmatchIndex(s[j:])
	if m == nil {
		return nil, false
	}
	run := s[j : j+m[3]]
	var split []byteRange
	for i := 0; i < len(run); {
		_, w := utf8.DecodeRuneInString(run[i:])
		i += w
		first, second := run[:i], run[i:]
		if twoNames(first, second) {
			if split != nil {
				return nil, false // two ways to split: no reading is sure
			}
			split = []byteRange{{j, j + i}, {j + i, j + len(run)}}
		}
	}
	if split == nil {
		return nil, false
	}
	line := s[j+len(run):]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	digits := mobileRunRe.FindString(line)
	if len(digits) != 11*len(split) {
		return nil, false
	}
	for k := 0; k < len(digits); k += 11 {
		if !mobileRe.MatchString(digits[k : k+11]) {
			return nil, false
		}
	}
	return split, true
}

// twoNames reports whether a and b are each a bare name: a surname and
// one or two characters more, no title or category word.
func twoNames(a, b string) bool {
	for _, n := range []string{a, b} {
		if c := utf8.RuneCountInString(n); c < 2 || c > nameMaxRunes {
			return false
		}
		if sur, ok := surnameAt(n, 0); !ok || len(sur) == len(n) {
			return false
		}
		if _, ok := checkName(n); !ok {
			return false
		}
	}
	return true
}
