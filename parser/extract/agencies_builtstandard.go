package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/segment"
)

// builtStandardEnd is where the body's name inside [i, e) ends when a
// standard that work brings a facility up to stands after it and 建设
// follows the name (某市儿童福利院|标准化|档案室|建设: the standardised
// building of the home's archive room). Plans print the standard before
// the facility and 建设 after it (标准化建设, 规范化建设, 信息化建设: a word
// of three characters closing in 化, as the segmenter reads it), so the
// words from the standard on name a room or a place being built, no unit;
// the body before them, with its own place, is the name. A unit so named
// with no 建设 after it (某局标准化处, 某大学信息化办公室) is left whole.
// Source: the phrasing of 工作要点 and plans (规范化建设, 标准化建设 of
// 社工站, 档案室, 救助站).
func builtStandardEnd(s string, ts []segment.Token, i, e int) int {
	if !strings.HasPrefix(s[e:], "建设") {
		return e
	}
	for k := tokenOver(ts, i+1); k < len(ts) && ts[k].End < e; k++ {
		w := ts[k].Word
		if ts[k].Start <= i || utf8.RuneCountInString(w) != 3 || !strings.HasSuffix(w, "化") {
			continue
		}
		if body := s[i:ts[k].Start]; agency.Shape(body) && agency.HasLocality(body) && agency.One(body, false) {
			return ts[k].Start
		}
	}
	return e
}
