package extract

import "strings"

// A dot inside quotation or title marks (“你说我听·你需我帮”, 《老有所乐·
// 幸福晚年》) parts the halves of a quoted name, an activity's, a zone's, a
// column's or a work's: the name is set in the marks whole, the halves are
// words of it, and neither is a person's name, wherever the segmenter cut
// them (a half it read as a name's: 我答). A transcribed name (阿依古丽·买
// 买提) is printed bare, so a quotation whose marks hold a clause (他说：
// “感谢阿依古丽·买买提的帮助。”), what someone said, may still name one.

// quotedDot reports whether the dot at d stands inside a pair of quotation
// or title marks (quotePairs) on its line that hold no clause punctuation:
// a quoted name.
func quotedDot(s string, d int) bool {
	start := strings.LastIndexByte(s[:d], '\n') + 1
	end := len(s)
	if k := strings.IndexByte(s[d:], '\n'); k >= 0 {
		end = d + k
	}
	for _, q := range quotePairs {
		o := strings.LastIndex(s[start:d], q[0])
		if o < 0 || strings.Contains(s[start+o:d], q[1]) {
			continue
		}
		c := strings.Index(s[d:end], q[1])
		if c < 0 {
			continue
		}
		if !strings.ContainsAny(s[start+o:d+c], "，,；;：:。！？") {
			return true
		}
	}
	return false
}
