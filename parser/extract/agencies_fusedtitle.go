package extract

import (
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// fusedTitleRule marks a Party committee's department read off the title
// of its head that runs the two together.
const fusedTitleRule = "fused-title"

// fusedTitleDepartments finds the department a Party committee's name and
// its head's title print run together (市委组织部长, 县委宣传部长): local
// reports write 组织部部长 as 组织部长, the department's 部 standing once for
// both (titles.tsv: 组织部长, 宣传部长, 统战部长), so the committee and the
// title's words up to that 部 (组织部, 宣传部, 统战部: the agency words) are
// the department's name, the longest form that is still a name (GOLD.md:
// 市政府副市长周华锋 → 市政府). The committee is a Party body found right
// before the title (市委, 县委, 党委); a title printed alone (常委、组织部长)
// names no body of its own.
func fusedTitleDepartments(s string, cs []candidate) []candidate {
	const head = "部长"
	var out []candidate
	for k := 0; ; {
		p := strings.Index(s[k:], head)
		if p < 0 {
			return out
		}
		e := k + p + len(head)
		k = e
		t, ok := lexicon.Titles().EndingAt(s, e)
		if !ok {
			continue
		}
		dept := t[:len(t)-len("长")]
		if !lexicon.AgencyWords().Has(dept) {
			continue // 部长, 副部长: the title alone
		}
		d := e - len(t)
		for _, c := range cs {
			if c.end != d {
				continue
			}
			if partyCommittee(s[c.start:c.end]) {
				out = append(out, candidate{c.start, d + len(dept), fusedTitleRule})
				break
			}
		}
	}
}

// partyCommittee reports whether name names a Party committee: a party
// body by its ending (党委, 党组), or a level's word and 委 (市委, 中共某县委:
// the Party's committee of that level, as 《中国共产党章程》 ch. 4 names the
// local committees).
func partyCommittee(name string) bool {
	if _, kind := agency.Ending(name); kind == "party" {
		return true
	}
	body, ok := strings.CutSuffix(name, "委")
	if !ok {
		return false
	}
	_, ok = lexicon.Levels().EndingAt(body, len(body))
	return ok
}
