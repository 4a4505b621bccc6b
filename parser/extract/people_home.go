package extract

import (
	"strings"
	"unicode/utf8"
)

// homeWord is the home (家) that a visit report prints after the person
// visited, with its localizer: 到低保户李某家中, 在困难群众王某家里
// (《现代汉语词典》 家中, 家里: in one's home).
const homeWord = "家"

// homeLocalizers are the localizers that make 家 the home of the name
// before it (家中, 家里), not the name's last character.
const homeLocalizers = "中里"

// homeName is name without the 家 it ran into where every time the
// text prints it the 家 is the home of 家中 or 家里 (杨学|家中, 李国|家中:
// the segmenter read 学家 or 国家 as the given name's): the visit's home
// after the person visited, as 到某某家中 prints it. A name that stands
// anywhere without the localizer after it (杨学家说) is left whole.
func homeName(s, name string) string {
	if utf8.RuneCountInString(name) != 3 || !strings.HasSuffix(name, homeWord) {
		return name
	}
	short := strings.TrimSuffix(name, homeWord)
	if _, ok := surnameAt(short, 0); !ok {
		return name
	}
	seen := false
	for i := strings.Index(s, name); i >= 0; {
		j := i + len(name)
		r, _ := utf8.DecodeRuneInString(s[j:])
		if !strings.ContainsRune(homeLocalizers, r) {
			return name
		}
		seen = true
		k := strings.Index(s[j:], name)
		if k < 0 {
			break
		}
		i = j + k
	}
	if !seen {
		return name
	}
	if n, ok := checkName(short); ok {
		return n
	}
	return name
}
