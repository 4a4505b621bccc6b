package extract

import "bulletin/parser/segment"

// A preposition right after 将 (将对民办机构改造…, 将在全市建设…, 将为困难
// 群众发放…) marks 将 as the auxiliary of the future: 将 as the preposition
// of disposal takes a noun as its object, never another preposition, so
// the phrase the preposition opens is an adverbial of the verb after it
// (《现代汉语词典》 将 ④, 副词: 将要; 对, 在, 为, 介词), and the verb is the
// one the future's auxiliary governs.

// pastPrepPhrase returns the index of the first word after the
// prepositional phrases that open at k, one or more in a row (将于近日|向
// 全市…|发放), and the adverbs after them (将与…|一同|开展): each a
// preposition, p, and the nouns of its object. It
// returns k where no preposition opens there, or where an object holds
// anything but nouns before the verb.
func pastPrepPhrase(ts []segment.Token, k int) int {
	j := k
	for j < len(ts) && ts[j].Tag == "p" {
		e := j + 1
		for ; e < len(ts) && objectWord(ts[e].Tag) && ts[e].Tag != "vn"; e++ {
		}
		if e == j+1 {
			return k
		}
		j = e
	}
	// Adverbs of manner or degree may stand between the phrase and the
	// verb (将与…一同|开展, 将对…进一步|加强): 《现代汉语八百词》 puts them
	// after a prepositional adverbial as before the verb.
	for j > k && j < len(ts) && ts[j].Tag == "d" {
		j++
	}
	if j == k || j >= len(ts) || ts[j].Tag != "v" {
		return k
	}
	return j
}
