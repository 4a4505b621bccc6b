package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// benefitCount reports whether the count at r names whom a service of its
// clause is for, 为 right before it and a verb of service after it in the
// clause (cue_words.tsv, benefit: 为2500名独居老人提供助浴服务, 为2万户困难
// 家庭安装燃气报警器): the task of a 实事项目 told by how many it reaches, a
// level the plan sets out to reach as a count after 新建 is (GOLD.md,
// targets). Only the 为 of its own (not of 成为, 作为, 认为) takes the
// beneficiary, and only a count of things or people (units.tsv, count)
// names them; a count that 的 closes describes them (为3至5人的家庭提供帮助:
// what size of household), no number the task reaches. A report of what
// was done (已为…提供) is read as such by the caller, as for any plan word.
// Source: the benefactive 为 (《现代汉语八百词》, 为 as preposition: 为人民
// 服务) and the 民心工程 and 为民办实事项目 lists of city and district
// governments, which print a task as 为+count+whom+verb.
func benefitCount(in *Input, s string, clause, r byteRange, unit string) bool {
	if lexicon.Units().Label(unit, 0) != "count" || !strings.HasSuffix(s[clause.Start:r.Start], benefactive) || strings.HasPrefix(s[r.End:], "的") {
		return false
	}
	if at := r.Start - len(benefactive); !ownWord(in, at, benefactive) {
		return false
	}
	return cueAfter(s, clause, r, "benefit")
}

// benefactive introduces whom a service is for.
const benefactive = "为"
