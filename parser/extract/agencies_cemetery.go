package extract

import (
	"bulletin/parser/agency"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// cemeteryRule marks a cemetery named by its own name and 园 that
// cemeteryNames found.
const cemeteryRule = "named-cemetery"

// cemeteryNames finds the cemeteries a text about paying respects at
// graves names by their own names closing on 园 (某某区松柏园及思源园工作
// 人员: the staff of two public cemeteries), which no agency ending reads:
// 园 alone closes parks and housing as well. Where the document names a
// kind of cemetery (公墓, 陵园, 墓园: cue list cemetery) and the act of
// worship there (祭扫, 拜祭: cue list worship), a word the segmenter does
// not hold (a proper name, tagged x) of three characters or more that
// closes on 园 and on no common word of other grounds (公园, 花园, 幼儿园:
// cue list grounds) names one cemetery, an institution (GOLD.md, as a
// 公墓 with its own name is), with the place printed before it (光明新区).
// A notice that names no kind of cemetery, only the one its town keeps,
// names that one where its sentence says worship is done there (对某某园
// 实行…现场祭扫): the sentence names the ground of the act (worshipSite).
func cemeteryNames(s string, words wordsAt, e *Env) []candidate {
	if e == nil || !strings.Contains(s, "园") || !e.aboutWorship() {
		return nil
	}
	kinds := e.aboutCemeteries()
	var out []candidate
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "园")
		if j < 0 {
			break
		}
		end := i + j + len("园")
		i = end
		ts := words(end - len("园"))
		k := tokenEndingAt(ts, end)
		if k < 0 || ts[k].Tag != "x" || utf8.RuneCountInString(ts[k].Word) < 3 || !cemeteryWord(ts[k].Word) || placeGoesOn(s[end:]) {
			continue
		}
		if !kinds && !worshipSite(s, end) {
			continue
		}
		out = append(out, candidate{placeBefore(s, ts, k), end + kindAfter(s[end:]), cemeteryRule})
	}
	return out
}

// kindAfter is the length of the kind of cemetery (cue list cemetery:
// 公墓, 陵园, 墓园) that rest, the text right after a 园's name, opens
// with, or 0: the proper name and the kind are one body's name
// (龙归园公墓, as 长青园公墓 and 静仙园公墓 are printed beside it; 《殡葬
// 管理条例》 §10 names the 公墓), read whole though a word of the name
// (归, to belong to) would stop the ending's scan.
func kindAfter(rest string) int {
	for _, kind := range lexicon.CueList("cemetery") {
		if strings.HasPrefix(rest, kind) {
			return len(kind)
		}
	}
	return 0
}

// placeGoesOn reports whether rest, the text right after a 园, goes on
// with a division's level or a street's word (梨园村, 桃园路): the 园 is
// part of a place's name, no cemetery's end.
func placeGoesOn(rest string) bool {
	if _, ok := lexicon.Levels().Prefix(rest); ok {
		return true
	}
	_, ok := lexicon.Streets().Prefix(rest)
	return ok
}

// cemeteryWord reports whether w, closing on 园, closes on no common word
// of other grounds and on no agency ending (陵园, 颐养园: read as names by
// their endings).
func cemeteryWord(w string) bool {
	if _, ok := lexicon.CueWordList("grounds").Suffix(w); ok {
		return false
	}
	_, ok := lexicon.AgencySuffixes().Suffix(w)
	return !ok
}

// aboutCemeteries reports whether the document names a kind of cemetery
// and the act of worship at graves.
func (e *Env) aboutCemeteries() bool {
	return e.memo("cemeteries", func() bool {
		whole := e.Whole()
		return holdsAny(whole, lexicon.CueList("cemetery")) && holdsAny(whole, lexicon.CueList("worship"))
	})
}

// aboutWorship reports whether the document names the act of worship at
// graves.
func (e *Env) aboutWorship() bool {
	return e.memo("worship", func() bool {
		return holdsAny(e.Whole(), lexicon.CueList("worship"))
	})
}

// worshipSite reports whether the sentence goes on from e, the end of a
// 园's name, to name the act of worship at graves (cue list worship): the
// 园 the sentence names before the act is the ground it is done on.
func worshipSite(s string, e int) bool {
	end := len(s)
	if k := sentenceMarks.index(s[e:]); k >= 0 {
		end = e + k
	}
	return holdsAny(s[e:end], lexicon.CueList("worship"))
}

// holdsAny reports whether s holds one of words.
func holdsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// placeBefore is where the name whose own word is token k opens: before
// the place printed right before it, a place's word (tagged ns) or a
// zone's kind (新区, 开发区: the agency cues labelled zone) with the word
// of its own name before it (光明|新区).
func placeBefore(s string, ts []segment.Token, k int) int {
	start := ts[k].Start
	if k == 0 || ts[k-1].End != start {
		return start
	}
	if j := fragmentsAfterJoin(s, ts, k); j >= 0 {
		return j // 和|小/a 蜀/j 山福寿园/x: the name's first characters, cut one by one
	}
	p := ts[k-1]
	cues := lexicon.AgencyCues()
	if cues.Has(p.Word) && cues.Label(p.Word, 0) == "zone" {
		if k >= 2 && ts[k-2].End == p.Start && utf8.RuneCountInString(ts[k-2].Word) == 2 {
			switch ts[k-2].Tag {
			case "n", "ns", "nz", "x":
				return ts[k-2].Start
			}
		}
		return start
	}
	// A division by its place and level before the words that name the
	// ground (某县|西山|福寿园, 某区|南郊|思源园, 秦都区|西郊/s|福寿园: a
	// noun, or a word of place, s): nouns back to it.
	for j := k - 1; j >= 0 && ts[j].End == ts[j+1].Start; j-- {
		if agency.Division(ts[j].Word) {
			return ts[j].Start
		}
		if t := ts[j].Tag; t != "n" && t != "ns" && t != "nz" && t != "x" && t != "s" {
			break
		}
	}
	if p.Tag == "ns" && utf8.RuneCountInString(p.Word) >= 2 {
		return p.Start
	}
	return start
}

// fragmentsAfterJoin is where the name whose own word is token k opens
// when the words right before it, back to a list's mark or a conjunction
// (、, 和: listJoinBefore), are characters the segmenter cut one by one
// (和|小/a 蜀/j 山福寿园/x): a list joins names, so its member runs from
// the mark to its end, and characters that made no word of the
// dictionary are the proper name's first ones the guess did not take;
// -1 where no such run stands before it. A word that holds a clause
// together (该, 在), an adverb, a numeral or a measure is none of a name.
func fragmentsAfterJoin(s string, ts []segment.Token, k int) int {
	j := k
	for j > 0 && ts[j-1].End == ts[j].Start && nameFragment(ts[j-1]) && !listJoinBefore(s, ts[j-1].End) {
		j--
	}
	if j == k || !listJoinBefore(s, ts[j].Start) {
		return -1
	}
	return ts[j].Start
}

// nameFragment reports whether t is one Chinese character that may be a
// piece of a proper name: no function word, adverb, numeral or measure.
func nameFragment(t segment.Token) bool {
	r := []rune(t.Word)
	if len(r) != 1 || !unicode.Is(unicode.Han, r[0]) || functionWordTags[t.Tag] {
		return false
	}
	switch t.Tag {
	case "d", "m", "q":
		return false
	}
	return true
}
