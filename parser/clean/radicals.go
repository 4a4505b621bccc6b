package clean

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
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
