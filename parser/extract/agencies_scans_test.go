package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// The scans of dropTagValues, dropClassMembers, dropColumnLabels,
// dropPlaceLabels, recipientLine and lineOpensAt read near the name (back
// to the clause's end, the bracket marks indexed once, the white space
// beside it, the characters a 主送 line may hold); they must answer as the
// reads of the whole line or passage do. The whole reads follow.

func tagValueAtWhole(s string, i int) bool {
	line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
	tags := lexicon.CueWordList("tag")
	opens := func(line string, j int) bool {
		before := strings.TrimRight(line[:j], " \t")
		return before == "" || strings.HasSuffix(before, "|") || len(before) < j
	}
	for k := len(line); k > 0; k-- {
		w, ok := tags.EndingAt(line, k)
		if !ok || !opens(line, k-len(w)) {
			continue
		}
		rest := strings.TrimLeft(line[k:], " \t")
		value, ok := strings.CutPrefix(rest, ":")
		if !ok {
			value, ok = strings.CutPrefix(rest, "：")
		}
		return ok && !strings.ContainsAny(value, "。！？!?")
	}
	return false
}

func insideClassBracketWhole(s string, i, e int) bool {
	open := strings.LastIndexAny(s[:i], "(（")
	if open < 0 || strings.ContainsAny(s[open:i], ")）") {
		return false
	}
	if close := strings.IndexAny(s[e:], ")）"); close < 0 || strings.ContainsAny(s[e:e+close], "(（") {
		return false
	}
	for j := open; j > 0; {
		c, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.Is(unicode.Han, c) {
			return false
		}
		if c == '各' {
			return j < open
		}
		j -= w
	}
	return false
}

// squeezedAloneWhole is dropColumnLabels' test of the line before
// columnNamed: the name's line squeezed is the name.
func squeezedAloneWhole(s string, i, e int) bool {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	le := strings.IndexByte(s[e:], '\n')
	if le < 0 {
		le = len(s)
	} else {
		le += e
	}
	return span.SqueezeString(s[ls:le]) == s[i:e]
}

func recipientLineWhole(s string, i, e int) bool {
	start := strings.LastIndexByte(s[:i], '\n') + 1
	end := strings.IndexByte(s[e:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += e
	}
	line := strings.TrimRight(s[start:end], " \u3000")
	body, ok := strings.CutSuffix(line, "：")
	if !ok {
		body, ok = strings.CutSuffix(line, ":")
	}
	if !ok {
		return false
	}
	members := membersOutsideBrackets(body)
	for _, m := range members {
		if !agency.Shape(m) {
			return false
		}
	}
	return len(members) > 0
}

func lineOpensAtWhole(s string, i int) bool {
	k := strings.LastIndexByte(s[:i], '\n') + 1
	return strings.TrimSpace(strings.Trim(s[k:i], "\u3000")) == ""
}

func blankAroundWhole(s string, i, e int) bool {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	le := len(s)
	if k := strings.IndexByte(s[e:], '\n'); k >= 0 {
		le = e + k
	}
	return strings.TrimSpace(s[ls:i]) == "" && strings.TrimSpace(s[e:le]) == ""
}

func squeezedAlone(s string, i, e int) bool {
	ls, le, ok := aloneOnLine(s, i, e)
	return ok && span.SqueezeString(s[ls:le]) == s[i:e]
}

// scanTexts are lines that hold each scan's cues, and the pages of the
// labelled sets that hold them, up to max of them.
func scanTexts(t *testing.T, max int) []string {
	texts := []string{
		"关键词:养老服务,民政局,调研\n关键词:养老。周至县民政局召开会议!某局?又一局",
		"文号:|关键词:|经济开发区;道路名称;地名文化|\n 标签 ：社区养老服务中心 幸福工程？\t本文标签:,民政局",
		"会议的关键词是创新,周至县民政局作了发言。关键字：x|关键字 ：民政局",
		"各殡葬服务单位（殡仪馆、公墓、骨灰堂）各县(市、区)民政局（办）各乡（镇）(（)）",
		"延吉政协\n  延吉政协 \n\u3000延吉政协\u3000\n延吉 政协\n首页 > 延吉政协\nA B\nab  cd",
		"各县（市、区）民政局，市直各单位：\n镇人民政府、街道办事处: \u3000\n甲县民政局 乙县民政局：x\n某局、(某某)中心：\n某局。某局：",
	}
	files, _ := filepath.Glob("../../testdata/*/*.txt")
	for _, f := range files {
		if len(texts) >= max {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if s := string(data); strings.Contains(s, "各") && strings.ContainsAny(s, "(（") || strings.Contains(s, "关键") || strings.Contains(s, "标签") || strings.Contains(s, "：\n") {
			texts = append(texts, s)
		}
	}
	return texts
}

func TestAgencyScansNear(t *testing.T) {
	max := 15
	if testing.Short() {
		max = 8
	}
	var n [6]int // the yes answers of each scan
	for _, s := range scanTexts(t, max) {
		marks := bracketMarks(s)
		var starts []int
		for i := range s {
			starts = append(starts, i)
		}
		starts = append(starts, len(s))
		for a, i := range starts {
			if got, want := tagValueAt(s, i), tagValueAtWhole(s, i); got != want {
				t.Fatalf("tagValueAt(%q, %d) = %v, want %v", s[max0(i-60):i], i, got, want)
			} else if got {
				n[0]++
			}
			if got, want := lineOpensAt(s, i), lineOpensAtWhole(s, i); got != want {
				t.Fatalf("lineOpensAt(%q, %d) = %v, want %v", s[max0(i-60):i], i, got, want)
			} else if got {
				n[3]++
			}
			for _, e := range starts[a+1 : min(len(starts), a+8)] {
				if got, want := recipientLine(s, i, e), recipientLineWhole(s, i, e); got != want {
					t.Fatalf("recipientLine(%q, %d, %d) = %v, want %v", s[max0(i-60):e], i, e, got, want)
				} else if got {
					n[4]++
				}
				_, _, got := aloneOnLine(s, i, e)
				if want := blankAroundWhole(s, i, e); got != want {
					t.Fatalf("aloneOnLine(%q, %d, %d) = %v, want %v", s[max0(i-60):e], i, e, got, want)
				} else if got {
					n[5]++
				}
				if got, want := insideClassBracket(s, marks, i, e), insideClassBracketWhole(s, i, e); got != want {
					t.Fatalf("insideClassBracket(%q, %d, %d) = %v, want %v", s[max0(i-60):e], i, e, got, want)
				} else if got {
					n[1]++
				}
				if got, want := squeezedAlone(s, i, e), squeezedAloneWhole(s, i, e); got != want {
					t.Fatalf("squeezedAlone(%q, %d, %d) = %v, want %v", s[max0(i-60):e], i, e, got, want)
				} else if got {
					n[2]++
				}
			}
		}
	}
	if slices.Contains(n[:], 0) {
		t.Fatalf("yes answers %v: a scan is not checked", n)
	}
}

func max0(i int) int { return max(i, 0) }
