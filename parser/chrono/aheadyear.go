package chrono

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
)

// aheadWords say that the work of a sentence is still to be done
// (cue_words.tsv ahead): the adverbs and modal verbs of the future as
// 吕叔湘《现代汉语八百词》 (商务印书馆, 1999) describes them — 将 and 将要
// (an action about to happen), 要 (助动词: 将要, 须要), 即将, 拟 (plan to),
// 计划, 力争 — the words with which an annual work meeting's report sets
// out the year's tasks (今年民政工作要…, 今年将重点推进…).
func aheadWords() []string { return lexicon.CueList("ahead") }

// notModal are the characters that make 要 or 将 part of another word
// when they stand before it (重要, 主要, 需要, 只要, 必要, 纲要, 概要, 摘要,
// 首要, 简要, 紧要, 将将) or after it (要求, 要点, 要素, 要件, 要闻, 要害,
// 要领, 要务, 将军, 将士, 将领).
const notModalBefore = "重主需只必纲概摘首简紧想不"
const notModalAfter = "求点素件闻害领务员军士"

// comparedAfter are the words of degree after which 要 compares (较往年要
// 多, 比去年要高: 要 of 估计, in a comparison), no work to be done.
const comparedAfter = "多少高低大小快慢好早晚强弱"

// workNouns name the year's work that a meeting sets out (cue_words.tsv
// worknoun: 今年民政工作, 今年的重点任务): 今年 in their clause names the
// year of the tasks.
func workNouns() []string { return lexicon.CueList("worknoun") }

// sentenceAhead reports whether the sentence of s from byte i to its end
// sets out work still to be done (aheadWords).
func sentenceAhead(s string, i int) bool {
	end := len(s)
	if k := strings.IndexAny(s[i:], punct.SentenceEnds+"\n"); k >= 0 {
		end = i + k
	}
	t := s[i:end]
	for _, w := range aheadWords() {
		for k := 0; ; {
			n := strings.Index(t[k:], w)
			if n < 0 {
				break
			}
			at := k + n
			k = at + len(w)
			if r, _ := utf8.DecodeLastRuneInString(t[:at]); strings.ContainsRune(notModalBefore, r) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(t[k:]); strings.ContainsRune(notModalAfter, r) || w == "要" && strings.ContainsRune(comparedAfter, r) {
				continue
			}
			return true
		}
	}
	return false
}

// ownAhead reports whether the relative word w at byte i of s (今年)
// names the year whose work its sentence sets out ahead (今年民政工作要
// …, 今年，全市民政工作将…): its clause names the work (workNouns) and its
// sentence a word of the future; not the time of an event (今年3月, 今年
// 一季度, 今年以来, 今年情人节…要多).
func ownAhead(s string, i int, w roleWord) bool {
	if w.role != roleOwn {
		return false
	}
	k := i + len(w.word)
	if k < len(s) {
		if r, _ := decodeAt(s, k); isNumeralStart(r) || r == '以' || r == '上' || r == '下' || r == '前' || r == '年' || r == '初' || r == '底' {
			return false
		}
	}
	return clauseHasWork(s, k) && sentenceAhead(s, k)
}

// clauseHasWork reports whether the clause of s from byte i to its end
// (or the next but one mark, past the comma that sets 今年 off: 今年，全市
// 民政工作…) names the work of workNouns.
func clauseHasWork(s string, i int) bool {
	t := s[i:]
	if r, n := utf8.DecodeRuneInString(t); r == '，' || r == ',' {
		t = t[n:]
	}
	if k := strings.IndexAny(t, clauseEnds); k >= 0 {
		t = t[:k]
	}
	for _, w := range workNouns() {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}
