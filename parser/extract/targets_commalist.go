package extract

import (
	"strings"
	"unicode/utf8"
)

// A list of a verb's objects is printed with 、 between its items, but a
// long one often parts them with a comma where each item is a count and
// its noun (全省计划新建5个市级，30个县级和120个乡镇级养老服务设施): the clause
// after the comma opens with a figure and holds nothing but figures,
// measure words, nominals and conjunctions, so it says no more than
// further objects of the verb before it, which it leaves out
// (《现代汉语八百词》: 承前省略; GB/T 15834-2011 §4.6 has 、 part a list's
// items, and the pages of bureaus print a comma for it). Its counts stand
// as the count that closes the clause before does: a plan's where that
// count is one. A clause with a verb (…，200万元用于…), a preposition
// (…，比去年多2个), an adverb (…，3个正在选址), one that opens with a word
// (其中…, 城区3个: a part of the count before), one a semicolon opens, or a
// count before it that a verb follows in its clause or that is no plan's,
// reads as before. Source: the tallies of 民政 plans
// (计划建设…个县级，…个乡镇级和…个村级…).

// listedObjects reports whether the number at r stands in a clause of
// counted objects alone (objectListAt) that a comma opens, and the last
// count before the comma closes its own clause, with nominals alone after
// it, filed as a plan's.
func listedObjects(in *Input, s string, clause, r byteRange, qs ranges, k int, stood map[int]string) bool {
	open := clause.Start
	for open < r.Start && s[open] == ' ' {
		open++
	}
	c, n := utf8.DecodeLastRuneInString(s[:clause.Start])
	if c != '，' && c != ',' || !objectListAt(in, open) {
		return false
	}
	comma := clause.Start - n
	j := k - 1
	for j >= 0 && qs[j].Start >= clause.Start {
		j-- // a count before in the list's own clause (…和120个…)
	}
	// The count before ends before the comma: a count holds no comma but
	// a thousands comma (8,000人), which parts no clause (stopsIn).
	if j < 0 || stood[j] != "plan" {
		return false
	}
	// Nominals alone after the count, to the comma (5个市级，).
	ts := in.Words(qs[j].Start)
	for _, t := range ts {
		if t.Start >= qs[j].End && t.End <= comma && !(objectWord(t.Tag) && t.Tag != "vn") && t.Tag != "q" {
			return false
		}
	}
	return true
}

// objectListAt reports whether the clause whose words start at i opens
// with a figure and holds figures, measure words, nominals and
// conjunctions alone.
func objectListAt(in *Input, i int) bool {
	ts := in.Words(i)
	k := tokenAt(ts, i)
	if k < 0 || !strings.ContainsAny(ts[k].Word, "0123456789") {
		return false
	}
	for _, t := range ts[k:] {
		switch {
		case strings.ContainsAny(t.Word, "0123456789"), t.Tag == "m", t.Tag == "q", t.Tag == "c":
		case objectWord(t.Tag) && t.Tag != "vn" && t.Tag != "ad" && t.Tag != "t":
			// Not a verbal noun, an adverb or a time word the segmenter
			// tags so (正在/t): the clause's own predicate.
		default:
			return false
		}
	}
	return true
}
