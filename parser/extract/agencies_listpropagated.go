package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// listPropagatedRule marks a member of a list of names that no ending
// read, named by the list it stands in.
const listPropagatedRule = "list-propagated"

// listPropagated finds the members of a 、 list whose every other member
// is a name found whole (屏鼎山墓园、…、南山龙园、…、龙台山陵园): the members
// of one list are of one kind, so a member of Han characters alone that
// closes on the last character of a found member's (园, 公墓) names a body
// of that kind too, whose own name (南山龙园, 久久陵园) no ending or guess
// of the segmenter read. The list fills a stretch between colons or
// sentence marks whole; its first member counts only after a colon, as
// the words before a list (某局长特别感谢|…) run into it otherwise. A list where more than
// one member is no found name (敬老院、福利院、光荣院) tells no kind, and a
// member that closes otherwise (南山福座) is left alone.
func listPropagated(s string, cs []candidate) []candidate {
	found := map[byteRange]bool{}
	for _, c := range cs {
		found[byteRange{c.start, c.end}] = true
	}
	var out []candidate
	for start := 0; start < len(s); {
		end := start + strings.IndexAny(s[start:], "。；;：:！？\n")
		if end < start {
			end = len(s)
		}
		out = append(out, propagatedIn(s, start, end, found)...)
		_, w := utf8.DecodeRuneInString(s[end:])
		if end == len(s) {
			break
		}
		start = end + w
	}
	return out
}

// propagatedIn reads the 、 list that fills s[start:end] whole.
func propagatedIn(s string, start, end int, found map[byteRange]bool) []candidate {
	if !strings.Contains(s[start:end], "、") {
		return nil
	}
	var members []byteRange
	at := start
	for _, m := range strings.Split(s[start:end], "、") {
		members = append(members, byteRange{at, at + len(m)})
		at += len(m) + len("、")
	}
	lasts := map[rune]bool{}
	var missing []byteRange
	for _, m := range members {
		if found[m] {
			r, _ := utf8.DecodeLastRuneInString(s[m.Start:m.End])
			lasts[r] = true
			continue
		}
		missing = append(missing, m)
	}
	if len(missing) == 0 || len(missing) >= len(members)-1 {
		return nil // a list of found names, or one with too few to tell its kind
	}
	var out []candidate
	for _, m := range missing {
		r, _ := utf8.DecodeLastRuneInString(s[m.Start:m.End])
		if m.Start == start && !colonBefore(s, start) {
			continue // 某局长特别感谢|某基金会、…: the words before the list run into its first member
		}
		if holdsFound(m, found) {
			continue // 某某一行到光明社区, 甲中心和乙中心: words around names found, or two names
		}
		if !lasts[r] || !allHanRun(s[m.Start:m.End]) || utf8.RuneCountInString(s[m.Start:m.End]) < 2 {
			continue // 南山福座: a member that closes otherwise is not told by the list
		}
		out = append(out, candidate{m.Start, m.End, listPropagatedRule})
	}
	return out
}

// allHanRun reports whether s is Han characters alone.
func allHanRun(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// holdsFound reports whether a found name lies inside m: the member is
// more than one name, or a name with a clause's words around it.
func holdsFound(m byteRange, found map[byteRange]bool) bool {
	for r := range found {
		if r.Start >= m.Start && r.End <= m.End {
			return true
		}
	}
	return false
}

// colonBefore reports whether a colon ends the text right before i: the
// list opens after its label (…的机构为：).
func colonBefore(s string, i int) bool {
	return strings.HasSuffix(s[:i], "：") || strings.HasSuffix(s[:i], ":")
}
