package cue

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// namedCaption: the caption a web page printed under a photo set between
// the paragraphs of its story, saying who is shown doing what by their
// post (某副厅长率队在某福利院检查消防安全工作, 听取某馆馆长汇报…): a clause
// with no closing mark, standing where a sentence ended and the story runs
// on after it. A section's heading names a theme (强化组织领导), not an
// official at work; the caption is the story's text, its people and
// bodies the story's too, so it is body, not chrome as a tag is.
type namedCaption struct{}

func (namedCaption) Name() string    { return "named-caption" }
func (namedCaption) Roles() []Role   { return []Role{Body} }
func (namedCaption) Needs() []string { return nil }

func (namedCaption) Match(d *Doc, i int) bool {
	if !captionShaped(d, i) {
		return false
	}
	j, ok := sentenceAbove(d, i)
	return ok && (namesOfficial(d.Lines[i].Sq) || actorAbove(d, i, j) || personAbove(d, i, j))
}

// sentenceAbove is the line over caption line i where a sentence ended:
// right over it, or over the captions of the photos set in a row there.
func sentenceAbove(d *Doc, i int) (int, bool) {
	for j := i - 1; j >= 0; j-- {
		if d.ends[j] {
			return j, true
		}
		if !captionShaped(d, j) {
			return 0, false
		}
	}
	return 0, false
}

// captionShaped reports whether line i could be a caption: words with no
// closing mark, neither numbered nor labelled (编辑|某某, a credit's label
// and name parted by a bar, is a credit).
func captionShaped(d *Doc, i int) bool {
	if !d.shaped(i) || d.punct[i] || d.ends[i] {
		return false
	}
	s := d.Lines[i].Sq
	k, _, _ := Enumerator(s)
	return k == NoEnum && !strings.ContainsAny(s, "：:【】|丨")
}

// namesOfficial reports whether s holds a post of office (titles.tsv:
// party, leader, official and rank titles) after some words: who the
// caption shows. A post that opens the line is a heading's subject
// matter (局长讲话), not a person shown.
func namesOfficial(s string) bool {
	titles := lexicon.Titles()
	for i, r := range s {
		if i == 0 || !titles.MayStart(r) {
			continue
		}
		w, ok := titles.At(s, i)
		if !ok {
			continue
		}
		if a, ok := lexicon.AgencySuffixes().At(s, i); ok && len(a) > len(w) {
			continue // 委员会: a body's ending, no post
		}
		switch titles.Label(w, 0) {
		case "party", "leader", "official", "rank":
			return utf8.RuneCountInString(s[:i]) >= 2
		}
	}
	return false
}

// actorAbove reports whether line i opens with a body the paragraph above
// named (杨某局长带领第一督导组到某敬老院… / 第一督导组对敬老院…进行查看):
// a photo's caption says what the story's actor does in it, where a
// section's heading names a theme. The body is the line's first words up
// to an agency ending (督导组, 检查组: agency_suffixes.tsv) that names one
// body (agency.One), and the sentence over the caption, back to the sentence
// before it, holds those words, followed there by other words than in the
// caption: a name ends where two clauses go on differently, where an
// ending read inside a word (丧事集中办|理 twice: 中办) goes on alike.
// j is the line of the sentence over the caption (sentenceAbove).
func actorAbove(d *Doc, i, j int) bool {
	s := d.Lines[i].Sq
	actor := ""
	for k := range s {
		if k == 0 {
			continue
		}
		if w, ok := lexicon.AgencySuffixes().At(s, k); ok && k+len(w) < len(s) {
			actor = s[:k+len(w)]
			break
		}
	}
	if !agency.One(actor, false) {
		return false // 丧事集中办|理: an ending inside a word, no body
	}
	return boundedIn(d.Lines[j].Sq, actor, s[len(actor):])
}

// boundedIn reports whether sentence holds name followed by something
// other than what follows it in the caption (rest).
func boundedIn(sentence, name, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	for k := strings.Index(sentence, name); k >= 0; {
		after := sentence[k+len(name):]
		if r, _ := utf8.DecodeRuneInString(after); r != next {
			return true
		}
		n := strings.Index(after, name)
		if n < 0 {
			return false
		}
		k += len(name) + n
	}
	return false
}

// personAbove reports whether line i opens with the name of a person the
// story named by a post above it (省民政厅厅长李宏塔… / 李宏塔一行来到某敬老院。
// / 李宏塔和五保老人某某交谈): a photo's caption shows the story's people,
// where a section's heading names a theme. The name is a surname and a
// given name of one or two characters, printed right after a post
// (titles.tsv) in the text above, and the sentence over the caption holds
// it followed by other words than in the caption (boundedIn).
// j is the line of the sentence over the caption (sentenceAbove).
func personAbove(d *Doc, i, j int) bool {
	s := d.Lines[i].Sq
	sur, ok := lexicon.Surnames().Prefix(s)
	if !ok {
		return false
	}
	for n := 2; n >= 1; n-- {
		k := len(sur)
		for m := 0; m < n && k < len(s); m++ {
			_, size := utf8.DecodeRuneInString(s[k:])
			k += size
		}
		if k >= len(s) {
			continue // a name alone, nothing shown doing anything
		}
		name := s[:k]
		if boundedIn(d.Lines[j].Sq, name, s[k:]) && postedAbove(d, j, name) {
			return true
		}
	}
	return false
}

// postedAbove reports whether a line up to line j prints name right after
// a post (厅长李宏塔).
func postedAbove(d *Doc, j int, name string) bool {
	titles := lexicon.Titles()
	for ; j >= 0; j-- {
		t := d.Lines[j].Sq
		for k := strings.Index(t, name); k >= 0; {
			if _, ok := titles.EndingAt(t, k); ok {
				return true
			}
			n := strings.Index(t[k+len(name):], name)
			if n < 0 {
				break
			}
			k += len(name) + n
		}
	}
	return false
}
