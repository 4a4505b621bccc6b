package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A count bounded after it (30户以上, 100张以下) inside a noun phrase that a
// word of all opens (所有, 全部, 一切: cue_words.tsv, allof), before the
// noun it describes (覆盖所有非火化区30户以上自然村寨组), says which things
// the phrase takes in: every member of a class the bound defines, no level
// to reach (GOLD.md, targets: a condition of eligibility is no target).
// A bound the clause's verb takes as its object (新建30个以上) or one after
// which the clause ends (覆盖率达到90%以上) still sets a level, and so does
// one in a later item of a list than the all-word's (覆盖所有城市社区、90%以上
// 乡镇和60%以上村): the word opens its own item only, the count heads the
// item the 、 or the last item's conjunction (target_cues.tsv listand: 和,
// 及) opens, the share of its noun to reach (、 parts a list's items,
// GB/T 15834-2011 §4.6). Source: 《现代汉语词典》 (7th ed.) 所有 (一切, 全部), 以上 (表示数目、等级等在某一点
// 之上); the 覆盖所有…户以上自然村 of bureaus' notices and reports.

// classBound reports whether the number at r bounds a class an all-word
// opens in its clause, no verb between the word and the number.
func classBound(in *Input, s string, clause, r byteRange) bool {
	q := lexicon.Qualifiers()
	c := comparator(s, r)
	if c == "" || q.Label(c, 0) != "after" {
		return false
	}
	rest := s[r.End:clause.End]
	if i := strings.Index(rest, c); i >= 0 {
		rest = rest[i+len(c):]
	}
	if strings.TrimSpace(rest) == "" {
		return false // 覆盖率达到90%以上: the clause ends on the bound
	}
	all := lexicon.CueWordList("allof")
	for i := clause.Start; i < r.Start; {
		if w, ok := all.At(s, i); ok {
			if k := strings.LastIndex(s[i+len(w):r.Start], "、"); k >= 0 && strings.TrimSpace(s[i+len(w)+k+len("、"):r.Start]) == "" {
				return false // 所有城市社区、90%以上乡镇: the count opens an item of its own
			}
			if lastItem(in, s, i+len(w), r.Start) {
				return false // …、90%以上乡镇和60%以上村: the list's last item
			}
			for _, t := range in.Words(i + len(w)) {
				if t.Start >= i+len(w) && t.End <= r.Start && strings.HasPrefix(t.Tag, "v") {
					return false // 所有人员参与评选30户以上: a verb takes the count
				}
			}
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// lastItem reports whether a conjunction that joins a list's last item
// (target_cues.tsv listand: 和, 及), a word of its own (not 和 of 平和),
// ends right before j, in a list the text from i parts with 、 (城市社区、
// 90%以上乡镇和|60%以上村).
func lastItem(in *Input, s string, i, j int) bool {
	head := strings.TrimRight(s[i:j], " ")
	w, ok := lexicon.TargetCueList("listand").Suffix(head)
	return ok && strings.Contains(head[:len(head)-len(w)], "、") && ownWord(in, i+len(head)-len(w), w)
}
