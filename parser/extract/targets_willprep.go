package extract

import "bulletin/parser/segment"

// A preposition right after 将 (将对民办机构改造…, 将在全市建设…, 将为困难
// 群众发放…) marks 将 as the auxiliary of the future: 将 as the preposition
// of disposal takes a noun as its object, never another preposition, so
// the phrase the preposition opens is an adverbial of the verb after it
// (《现代汉语词典》 将 ④, 副词: 将要; 对, 在, 为, 介词), and the verb is the
// one the future's auxiliary governs.

// pastPrepPhrase returns the index of the first word after the
// prepositional phrase that opens at k (a preposition, p, and the nouns
// of its object), or k where no preposition opens there or its object
// holds anything but nouns before a verb.
func pastPrepPhrase(ts []segment.Token, k int) int {
	if k >= len(ts) || ts[k].Tag != "p" {
		return k
	}
	j := k + 1
	for ; j < len(ts) && objectWord(ts[j].Tag) && ts[j].Tag != "vn"; j++ {
	}
	if j == k+1 || j >= len(ts) || ts[j].Tag != "v" {
		return k
	}
	return j
}
