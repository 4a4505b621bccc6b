package chrono

import (
	_ "embed"
	"strings"
)

//go:embed calendars_lunar.txt
var lunarData string

// lunarWords are the words that name the lunar calendar (calendars_lunar.txt).
var lunarWords = func() []string {
	var out []string
	for _, line := range strings.Split(lunarData, "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			out = append(out, w)
		}
	}
	return out
}()

// lunarBefore reports whether the text before i names the lunar calendar
// (农历十二月三十日, 阴历的十二月二十三日): the date at i is a day of it, which
// Find steps over rather than read as the Gregorian day of the same name.
func lunarBefore(s string, i int) bool {
	before := strings.TrimSuffix(strings.TrimRight(s[:i], " "), "的")
	for _, w := range lunarWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}
