package cue

import (
	"strings"
	"unicode/utf8"

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
	if !captionShaped(d, i) || !namesOfficial(d.Lines[i].Sq) {
		return false
	}
	// Under a sentence that ended, or under the captions of the photos
	// set in a row there.
	for j := i - 1; j >= 0; j-- {
		if d.ends[j] {
			return true
		}
		if !captionShaped(d, j) {
			return false
		}
	}
	return false
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
