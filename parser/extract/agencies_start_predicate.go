package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// predicateOfBody moves the start past a body's whole name, the adverb
// after it and the verb the adverb qualifies (区革命烈士陵园|现已|完成|…):
// the adverb makes the verb that body's predicate, and a clause runs on
// from it, so no name runs back across the verb; the name, if any, opens
// after it. actorBefore reads the same for the last verb of the words;
// this reads any verb of them, the last one that follows such a body.
type predicateOfBody struct{}

func (predicateOfBody) open(r *startReading) bool {
	s, ts, j := r.s, r.ts, r.j()
	v := lastTokenIn(ts, r.i, j, func(k int) bool {
		return ts[k].Tag == "v" && actorBefore(s, ts, k, r.i)
	})
	if v >= 0 {
		r.i, r.weak = ts[v].End, true
	}
	return true
}

// periodLeads moves the start past a span of time that ends before the
// name (工作日内|民政局, 3个月内|…): a duration's unit (the units labelled
// duration) and 内 or 以内 after it say when, and no body's name holds
// them, so the name opens after them.
type periodLeads struct{}

func (periodLeads) open(r *startReading) bool {
	s, j := r.s, r.j()
	units := lexicon.Units()
	for k := j; k > r.i; {
		for _, in := range []string{"以内", "内"} {
			if k-len(in) <= r.i || s[k-len(in):k] != in {
				continue
			}
			if u, ok := units.EndingAt(s, k-len(in)); ok && units.Label(u, 0) == "duration" {
				r.i, r.afterBoundary = k, true
				return true
			}
		}
		_, w := utf8.DecodeLastRuneInString(s[:k])
		k -= w
	}
	return true
}
