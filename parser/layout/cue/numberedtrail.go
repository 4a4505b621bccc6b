package cue

import "strings"

// numberedTrail: a page's trail of links that a list renderer numbered,
// a link a line (1. 当前位置: / 2. 首页 / 3. 政务公开 / … / 6. 正文). The
// numbers count the trail's steps, no parts of the text: the run opens at
// 1 with the trail's label (当前位置, 您的位置) or the home page, and every
// step is a link, words with no sentence, numbered one after the other.
type numberedTrail struct{}

func (numberedTrail) Settles() Role   { return Chrome }
func (numberedTrail) Name() string    { return "numbered-trail" }
func (numberedTrail) Roles() []Role   { return []Role{Chrome} }
func (numberedTrail) Needs() []string { return nil }

func (numberedTrail) Match(d *Doc, i int) bool { return numberedTrailAt(d.Lines, i) }

// numberedTrailAt reports whether line i of lines is a step of a trail
// of links a list renderer numbered.
func numberedTrailAt(lines []Line, i int) bool {
	k, v, _ := Enumerator(lines[i].Sq)
	if k == NoEnum || !trailStep(lines[i].Sq) {
		return false
	}
	// Back to the step numbered 1, each line the step before.
	for j := i; v > 1; j-- {
		if j == 0 {
			return false
		}
		kj, vj, _ := Enumerator(lines[j-1].Sq)
		if kj != k || vj != v-1 || !trailStep(lines[j-1].Sq) {
			return false
		}
		i, v = j-1, vj
	}
	_, _, end := Enumerator(lines[i].Sq)
	first := strings.TrimSpace(lines[i].Sq[end:])
	if !BreadcrumbLabel(first) && !homeLink(first) {
		return false
	}
	// A trail has two steps at the least: the next line is step 2.
	if i+1 >= len(lines) {
		return false
	}
	k2, v2, _ := Enumerator(lines[i+1].Sq)
	return k2 == k && v2 == 2 && trailStep(lines[i+1].Sq)
}

// trailStep reports whether s, its number aside, is a link of a trail:
// words, no sentence and no figure.
func trailStep(s string) bool {
	_, _, end := Enumerator(s)
	rest := strings.TrimRight(strings.TrimSpace(s[end:]), "：: ") // the label's colon (当前位置:)
	return HasHan(rest) && !SentencePunct(rest) && !EndsSentence(rest) && !strings.ContainsAny(rest, "0123456789０１２３４５６７８９")
}
