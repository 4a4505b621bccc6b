package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// allotted reports whether the sum of money at r is what an allocation
// verb of its clause hands out (cue_words.tsv, allot: 决定下拨…经费300万元,
// 拨付补助资金95万元): funds a body gives or has decided to give, no level
// a plan sets out to reach (GOLD.md: 获扶持资金140余万元 is no target), so
// neither does the year of the funds (下拨2020年…经费) set it a deadline.
// A bound printed with the sum (安排资金不低于500万元) or a word only a plan
// uses in the clause (确保, 力争: stance.tsv, future) still requires it.
func allotted(s string, clause, r byteRange, unit string, st sentenceStance, cmp string) bool {
	if unit != moneyUnit || cmp != "" {
		return false
	}
	for _, p := range st.required {
		if p >= clause.Start && p < clause.End {
			return false
		}
	}
	words := lexicon.CueWordList("allot")
	for i := clause.Start; i < r.Start; {
		if w, ok := words.At(s, i); ok && i+len(w) <= r.Start {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// moneyUnit is the unit a sum of money takes (万元 folds into 元).
const moneyUnit = "元"

// fromState reports whether the number at r is the state a change starts
// from, 从 or 由 before it and 到 right after it in its clause (实现从“亏损
// 200万元”到“结余100万元”的转变; 从原来的3个到10个): what was, quoted or not,
// no level to reach. A level word after (由500元提高到530元) is fromLevel's.
func fromState(in *Input, s string, clause, r byteRange) bool {
	from := false
	for i := clause.Start; i < r.Start; {
		c, n := utf8.DecodeRuneInString(s[i:])
		switch w := string(c); w {
		case "从", "由", stateTo:
			// each a word of its own (not of 从事, 由于, 达到)
			if ts := in.Words(i); tokenAt(ts, i) >= 0 && ts[tokenAt(ts, i)].Word == w {
				from = w != stateTo
			}
		}
		i += n
	}
	if !from {
		return false
	}
	rest := strings.TrimLeft(s[r.End:clause.End], "”」』\"'")
	if !strings.HasPrefix(rest, stateTo) {
		return false
	}
	e := clause.End - len(rest)
	ts := in.Words(e)
	k := tokenAt(ts, e)
	return k >= 0 && ts[k].Word == stateTo
}

// stateTo closes the span a change runs over (从…到…).
const stateTo = "到"
