package clean

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed radicals.txt
var radicalsData string

// radicals maps each radical code point to the ideograph it stands for
// (radicals.txt says where the table comes from and why it is needed).
var radicals = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for _, line := range strings.Split(radicalsData, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		from, err1 := strconv.ParseUint(f[0], 16, 32)
		to, err2 := strconv.ParseUint(f[1], 16, 32)
		if err1 != nil || err2 != nil {
			panic("radicals.txt: bad line " + line)
		}
		m[rune(from)] = rune(to)
	}
	return m
})

// isRadical reports whether r lies in the Kangxi radicals or the CJK
// radicals supplement.
func isRadical(r rune) bool { return r >= 0x2E80 && r <= 0x2FDF }

// FoldRadicals is s with every radical that stands for an ideograph of the
// same UTF-8 length (all but a few of the table's) written as that
// ideograph (⺠政局 as 民政局, ⾒义 as 見义), so that a text a PDF's font map
// spelled in radicals keeps every byte offset and line while the steps
// that read it before the cleaner (hant.Map, the printed forms a record
// puts back) see the characters it prints. The few whose ideograph is
// longer are the cleaner's (foldRune). Where s holds no radical, s itself
// is returned.
func FoldRadicals(s string) string {
	first := radicalAt(s, 0)
	if first < 0 {
		return s
	}
	m := radicals()
	b := []byte(s)
	for i := first; i >= 0; i = radicalAt(s, i+3) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if u, ok := m[r]; ok && utf8.RuneLen(u) == 3 {
			utf8.EncodeRune(b[i:], u)
		}
	}
	return string(b)
}

// radicalAt is the byte offset of the first radical in s at or after
// from, or -1: U+2E80-U+2FDF is E2 BA 80 to E2 BF 9F in UTF-8.
func radicalAt(s string, from int) int {
	for i := from; i+2 < len(s); i++ {
		if s[i] == 0xE2 && s[i+1] >= 0xBA && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			return i
		}
	}
	return -1
}
