package extract

import (
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// leadNames reads the bare names a byline bracket prints before its first
// title (本报讯(张三 记者 李四), (张三 李四 通讯员 王五)): a report's
// bracket credits everyone who wrote it, the paper's own reporters by
// their label and the writers from outside (the bureau's staff, the
// correspondents) by name alone, ahead of them. Each such name is a
// person with no role (GOLD.md, people: a bare name in a credit has role
// null); the titled names are the titles' rule's. The title w that
// fields[k] opens must be a byline's noun (titles.tsv, credit with no act
// kind: 记者, 通讯员, 实习生) and label a name after it, so a bracket that
// prints an office after a name ((李四 主任)) or a verb's label
// ((张三 审核)) names no one here. Every field before it is a name, or a
// body's or a paper's name that credits the names after it
// ((县民政局 张三 记者 李四)); a field of anything else ((图文 记者 …),
// (某某日报 记者 …)'s paper alone) leaves the bracket to the titles' rule.
func leadNames(t span.Text, words wordsAt, fields []bounds, k int, w, rule string) []schema.Person {
	if k == 0 || !creditWord(w) || actLabel(w) {
		return nil
	}
	if f := fields[k]; f.start+len(w) == f.end && k == len(fields)-1 {
		return nil // (张三 记者): no name after the label
	}
	s := t.String()
	var out []schema.Person
	for _, f := range fields[:k] {
		v := s[f.start:f.end]
		if creditName(v, words(f.start), f.start) && !lexicon.Places().Has(v) {
			p := schema.Person{Name: v}
			p.Found = found(t, f.start, f.end, rule)
			out = append(out, p)
			continue
		}
		if _, ok := lexicon.AgencySuffixes().EndingAt(v, len(v)); ok {
			continue
		}
		if _, ok := lexicon.Media().EndingAt(v, len(v)); ok {
			continue
		}
		return nil
	}
	return out
}
