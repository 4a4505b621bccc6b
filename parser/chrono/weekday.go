package chrono

import "regexp"

// weekdayRe is a day of the week as Chinese text prints it, at the start
// of a string: 星期二, 礼拜天 (禮拜 in 繁體), 周三 (週 in 繁體), in
// brackets or not (（周三）).
var weekdayRe = regexp.MustCompile(`^[（(]?(?:(?:星期|礼拜|禮拜)[一二三四五六日天]|[周週][一二三四五六日天])[)）]?`)

// Weekday returns the length in bytes of the day of the week that s opens
// with, or 0: a date followed by its weekday (2024年3月5日 星期二) is a
// day as a calendar or a clock shows it.
func Weekday(s string) int {
	return len(weekdayRe.FindString(s))
}
