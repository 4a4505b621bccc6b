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
// uses in the clause (确保, 力争: stance.tsv, future) still requires it,
// and a pledge (将安排1.2万元助学款, 拟安排助学金2万余元, 计划向…拨付专项资金
// 50余万元: 将, 拟 or an intent's 计划 before its verb) tells a sum still to
// be given, which GOLD.md keeps as a plan's.
func allotted(s string, clause, r byteRange, unit string, st sentenceStance, cmp string) bool {
	if unit != moneyUnit || cmp != "" || st.will || st.proposed || st.intended {
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

// fromState reports where the 到 stands when the number at r is the state
// a change starts from, 从 or 由 before it and 到 right after it in its
// clause (实现从“亏损200万元”到“结余100万元”的转变; 从原来的3个到10个): what
// was, quoted or not, no level to reach; -1 if it is not. A level word
// after (由500元提高到530元) is fromLevel's. The state the change leads to
// (toState) is told with it.
func fromState(in *Input, s string, clause, r byteRange) int {
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
		return -1
	}
	rest := strings.TrimLeft(s[r.End:clause.End], "”」』\"'")
	if !strings.HasPrefix(rest, stateTo) {
		return -1
	}
	e := clause.End - len(rest)
	ts := in.Words(e)
	if k := tokenAt(ts, e); k >= 0 && ts[k].Word == stateTo {
		return e
	}
	return -1
}

// toState reports whether the number at r is the state a change leads to
// after a start fromState read in the same clause (从“亏损200万元”到“结余
// 100万元”的转变): the two states tell the change as a whole, what it has
// been or is to be; with no level word (提高到, 达到) the end is no level a
// plan sets, unless a word only a plan uses requires it (力争实现从…到…).
func toState(change, clause, r byteRange, st sentenceStance) bool {
	if change.End == 0 || r.Start < change.Start || r.End > change.End || change.End != clause.End {
		return false
	}
	for _, p := range st.required {
		if p >= clause.Start && p < clause.End {
			return false
		}
	}
	return true
}

// stateTo closes the span a change runs over (从…到…).
const stateTo = "到"
