package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A count right after 由 of its own, the preposition that introduces who
// does what the verb tells (由2名工作人员现场完成, 由3位志愿者负责), counts
// the agent of the verb: how a service is carried out, no level its plan
// word sets out to reach (GOLD.md, targets: the number a plan or
// requirement sets out to reach; the plan word's object is the task, not
// the people who do it). A sentence that requires (须由2名以上人员陪同) or a
// bound printed with the count (由不少于3人组成) sets a minimum to keep,
// and is left to the rules of requirements; a change 由 starts from (由500
// 元提高到530元) is fromLevel's and fromState's. Source: 《现代汉语八百词》
// 由 (介词: 引进施动者, 由…负责), 《现代汉语词典》 由 ④.

// agentCount reports whether the count at r opens the agent phrase of 由
// in its clause: 由 a word of its own right before it, a measure word of
// a count after it, and no level word or 到 later in the clause (由3个增加
// 到5个 tells a change).
func agentCount(in *Input, s string, clause, r byteRange, unit string) bool {
	if lexicon.Units().Label(unit, 0) != "count" {
		return false
	}
	head := strings.TrimRight(s[clause.Start:r.Start], " 　")
	if !strings.HasSuffix(head, agentMark) {
		return false
	}
	i := clause.Start + len(head) - len(agentMark)
	ts := in.Words(i)
	if k := tokenAt(ts, i); k < 0 || ts[k].Word != agentMark {
		return false
	}
	rest := s[r.End:clause.End]
	if strings.Contains(rest, stateTo) {
		return false
	}
	st := lexicon.Stance()
	for _, w := range stanceWords(rest, 0) {
		if st.Label(w, 1) == "level" {
			return false
		}
	}
	return true
}

// agentMark is the preposition that introduces the agent of a verb.
const agentMark = "由"
