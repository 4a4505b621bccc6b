package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// valueBefore reports whether a field's colon stands right before p:
// the characters from p to a credit label are then the value of the
// field before (信息来源:某乡|责任编辑:吴某, the page's source run onto the
// next label with no space), no words of the label's own (图文编辑,
// where the label opens its field).
func valueBefore(t span.Text, p int) bool {
	s := t.String()
	if p == 0 || t.HasGapAt(p) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return r == ':' || r == '：'
}

// slashedVerbAt is where the names of a credit's field f end before a
// credit verb closed onto them by a slash (王某/图文, 李某/摄): the slash
// stands for the space of 王某 摄 (verbByline), so the verb says what the
// names did and is no part of the last name. Else it is f's end.
func slashedVerbAt(s string, f bounds) int {
	field := s[f.start:f.end]
	k := strings.LastIndexAny(field, "/／")
	if k <= 0 {
		return f.end
	}
	_, w := utf8.DecodeRuneInString(field[k:])
	if !lexicon.CueWordList("creditverb").Has(field[k+w:]) {
		return f.end
	}
	return f.start + k
}

// outletMark reports whether the dateline mark 讯 at i closes a word the
// segmenter read with an outlet's ending before it (传媒|网讯, read as one
// unknown word): the outlet's 网 (outletend, cue_words.tsv) and the mark,
// as 网|讯 would be cut. 通讯 and 资讯 open with no outlet's ending.
func outletMark(ts []segment.Token, i int) bool {
	k := tokenEndingAt(ts, i+len(datelineMark))
	if k < 0 || ts[k].Start >= i {
		return false
	}
	head := strings.TrimSuffix(ts[k].Word, datelineMark)
	return head != ts[k].Word && lexicon.CueWordList("outletend").Has(head)
}

// cadreNames finds the people a report names by the word 干部 or one
// ending in it (cue_words.tsv, cadre: 某科干部张某, 下沉干部李某): the word is
// the role printed next to the name (GOLD.md, people). The word must end
// a word of the segmenter's (干部|职工 counts staff, no one), be no longer
// status word ending there (老干部, 离退休干部: titles.tsv), and the name
// after it be a bare one (a surname first: bareName) or, where the
// segmenter knows none, a run it did not know before a verb or
// punctuation (干部阿某某、: unknownNameAfter), the clause going on after it.
func cadreNames(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	list := lexicon.CueList("cadre")
	for _, w := range list {
		for j := range occurrences(s, w) {
			at := j + len(w)
			if longerEndsAt(s, list, w, at) {
				continue // 下沉干部: read whole
			}
			if tw, ok := lexicon.Titles().EndingAt(s, at); ok && len(tw) >= len(w) {
				continue // 老干部, 离退休干部: a status word, the title rule's
			}
			ts := words(at)
			if tokenEndingAt(words(j), at) < 0 || tokenAt(ts, at) < 0 {
				continue // 干|部分: the characters in other words
			}
			n, ok := nameAfter(s, ts, at)
			if ok && !bareName(n, ts, at) {
				continue
			}
			if !ok {
				if n, ok = unknownNameAfter(s, ts, at); !ok {
					continue
				}
			}
			if !clauseGoesOn(s, words(at+len(n)), at+len(n)) {
				continue
			}
			if rareShortName(n) {
				continue // 党员干部|践行|“两学一做”: a rare surname's pair after the class of people is the clause's verb, as after a status word
			}
			p := schema.Person{Name: n, Titles: []string{w}}
			role := w
			p.Role = &role
			p.Found = found(t, j, at+len(n), "people/after-cadre")
			out = append(out, p)
		}
	}
	return out
}
