package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
	"bulletin/parser/segment"
)

// titleSharedUnits finds the unit whose ending the title of its head
// opens with (救灾|处长|魏国祥 → 救灾处; 法规处长范长林 → 法规处): a report
// writes the head of a 处, 科 or 股 by the unit's field and the title
// alone, the ending printed once for both (GOLD.md: the body a title
// belongs to is an agency, 市委书记王智慧 → 市委), as 基政处|主任科员 prints
// it twice. The field is the one word before the title, of two
// characters at the least, opened by a list's mark, a verb (带领, 陪同)
// or the clause's start; a name follows the title. Source: 《党政机关公文
// 处理工作条例》's 处室 and the staff lists of bureaus' reports (救灾处处长
// shortened to 救灾处长).
func titleSharedUnits(s string, titles []title, words wordsAt) []candidate {
	var out []candidate
	for _, t := range titles {
		u, ok := lexicon.AgencySuffixes().At(s, t.start)
		if !ok || len(u) >= len(t.word) || !strings.HasPrefix(t.word, u) || lexicon.AgencySuffixes().Label(u, 0) != "unit" {
			continue
		}
		if _, whole := lexicon.AgencySuffixes().EndingAt(s, t.start); whole {
			continue // 政务司|司长: the body printed whole before its head's title
		}
		ts := words(t.start)
		k := tokenEndingAt(ts, t.start)
		if k < 0 || utf8.RuneCountInString(ts[k].Word) < 2 || !allHan(ts[k].Word) || nameTag(ts[k].Tag) {
			continue
		}
		if !openedField(s, ts, k) || !headNamed(s, t, words) {
			continue
		}
		v := s[ts[k].Start : t.start+len(u)]
		if !agency.Shape(v) || kindOfUnit(v) {
			continue
		}
		out = append(out, candidate{ts[k].Start, t.start + len(u), "title-shared-unit"})
	}
	return out
}

// openedField reports whether the word ts[k] opens its phrase: after a
// list's mark or a clause's, at the text's start, or after a verb.
func openedField(s string, ts []segment.Token, k int) bool {
	i := ts[k].Start
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if r == '、' || r == '\n' || strings.ContainsRune(punct.SentenceEnds+punct.ClauseMarks, r) {
		return true
	}
	return k > 0 && ts[k-1].End == i && ts[k-1].Tag == "v"
}
