package cue

import "strings"

// PartLabel reads the label of a part of a collection or a series that
// opens s: 第一篇, 第3篇, 篇一, 上篇, 下篇, with its colon if one follows
// (第一篇:宜川县…社区动态). A site that collects texts prints one over each;
// it names no text. It returns the bytes the label takes, or 0.
func PartLabel(s string) int {
	end := 0
	switch {
	case strings.HasPrefix(s, "第"):
		k := len("第")
		if _, n := cnNumber(s, k); n > k {
			k = n
		} else if _, n := digits(s, k); n > k {
			k = n
		} else {
			return 0
		}
		if !strings.HasPrefix(s[k:], "篇") {
			return 0
		}
		end = k + len("篇")
	case strings.HasPrefix(s, "篇"):
		k := len("篇")
		_, n := cnNumber(s, k)
		if n == k {
			return 0
		}
		end = n
	case strings.HasPrefix(s, "上篇"), strings.HasPrefix(s, "下篇"), strings.HasPrefix(s, "中篇"):
		end = len("上篇")
	default:
		return 0
	}
	rest := s[end:]
	for _, c := range []string{"：", ":", " ", "\u3000"} {
		if strings.HasPrefix(rest, c) {
			return end + len(c)
		}
	}
	if rest != "" {
		return 0 // 第一篇章, 篇一律: the label must stand apart
	}
	return end
}
