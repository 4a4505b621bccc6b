package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
	"bulletin/parser/segment"
)

// placedActorRule marks a body named by its field alone that
// placedShortActors found.
const placedActorRule = "placed-actor"

// placedShortActors finds a government body named by its field and its
// ending alone (民政局, 财政局) where it is the subject of a clause, the
// body that acts (…有关规定，民政局将对…开展检查; 按照要求，民政局及时
// 公布…), and the document prints the same words elsewhere after a place
// or a level (某县民政局): a page that names its own place's body calls it
// so for short, one body in context (GOLD.md: a unit that names one body
// in context is an agency), as placedShortBodies reads the short name
// before a title. The short name is one word of the segmenter's, a body's
// name (nt) of three characters, that opens a clause or a line, with its
// predicate right after it: a verb, an adverb, a preposition or an
// adjective that qualifies the verb (将对, 及时公布, 被评为, 扎实开展).
// After a number, a noun or a mark the words head a title line (民政局
// 2019年工作总结) or a phrase, and a verb of being or having (cue list
// describe: 民政局设有…科) describes the kind of office; both are left
// alone. Right after the placed name, in the clause after it or opening
// the sentence after, the short name repeats that name and adds none
// (repeatsNameBefore).
func placedShortActors(s string, words wordsAt, e *Env) []candidate {
	if e == nil {
		return nil
	}
	var out []candidate
	for ts, k := range shortGovernmentWords(s, words) {
		i := ts[k].End
		start := ts[k].Start
		if !actorClauseOpensAt(s, start) || repeatsNameBefore(s, start, ts[k].Word) {
			continue
		}
		if !predicateAt(words(i), i) || !e.printedPlaced(ts[k].Word) {
			continue
		}
		out = append(out, candidate{start, i, placedActorRule})
	}
	return out
}

// actorClauseOpensAt reports whether the subject of a clause may open at
// i: the text's or a line's start (spaces of an indent after it), or a
// mark that ends a clause or a sentence. A colon is left out: after a
// label (办理机构：) the words are a field's value, no clause.
func actorClauseOpensAt(s string, i int) bool {
	before := strings.TrimRight(s[:i], " \t\u3000")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r != '：' && r != ':' && clauseOpensAt(before, len(before))
}

// repeatsNameBefore reports whether the clause right before the short
// name names it, or, where the short name opens its sentence, the
// sentence before does, on the same line (林区民政局组织检查，|民政局将
// 于…; 报区民政局。|民政局将于…): the full name, then its short form for
// the same body just named. A clause between them (区民政局共有…，为确保
// …，|民政局按照…) makes the short name a mention of its own, as the
// golds list it.
func repeatsNameBefore(s string, i int, name string) bool {
	line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
	open := lastSentenceEnd(line)
	if strings.Contains(clauseBefore(line[open:]), name) {
		return true
	}
	if strings.TrimSpace(line[open:]) != "" || open == 0 {
		return false
	}
	r, w := utf8.DecodeLastRuneInString(line[:open])
	if !strings.ContainsRune(punct.SentenceEnds, r) {
		return false
	}
	prev := line[:open-w]
	return strings.Contains(prev[lastSentenceEnd(prev):], name)
}

// clauseBefore is the last clause of sentence, the one that ends with
// the clause mark sentence ends with, or all of it where none parts it.
func clauseBefore(sentence string) string {
	body := strings.TrimRight(sentence, " \t\u3000")
	if r, w := utf8.DecodeLastRuneInString(body); w > 0 && strings.ContainsRune(punct.ClauseMarks, r) {
		body = body[:len(body)-w]
	}
	k := strings.LastIndexAny(body, punct.ClauseMarks)
	if k < 0 {
		return body
	}
	_, w := utf8.DecodeRuneInString(body[k:])
	return body[k+w:]
}

// lastSentenceEnd is the byte index right after the last mark that ends a
// sentence in s, or 0.
func lastSentenceEnd(s string) int {
	k := strings.LastIndexAny(s, punct.SentenceEnds)
	if k < 0 {
		return 0
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	return k + w
}

// predicateAt reports whether the word at i opens a predicate that tells
// what the subject does: a verb (not one of being or having), an adverb,
// a preposition, an adjective, or a word tagged a conjunction that joins
// no second name (及时, not 和, 及 or 以及); an act only a body does
// (bodyActWord: 荣获, 召开) whatever its tag.
func predicateAt(ts []segment.Token, i int) bool {
	k := tokenAt(ts, i)
	if k < 0 {
		return false
	}
	switch t := ts[k]; {
	case lexicon.CueWordList("describe").Has(t.Word):
		return false // 民政局设有社会事务科: the kind described, see the list
	case bodyActWord(t.Word):
		return true // 民政局荣获/nr: a body's act, whatever the tag
	case strings.HasPrefix(t.Tag, "v") && t.Tag != "vn":
		return true
	case t.Tag == "d" || t.Tag == "p" || t.Tag == "a" || t.Tag == "ad":
		return true
	case t.Tag == "c":
		// 及时 tagged a conjunction opens a predicate; 和, 及, 以及
		// (cue_words conjunction) join a second name.
		return !lexicon.CueWordList("conjunction").Has(t.Word)
	}
	return false
}
