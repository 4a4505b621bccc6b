package cue

import "regexp"

// hotline: a site's telephone lines printed over its page (新闻热线:
// 0576-88106106, 求助热线:… 捐助热线:…): labels of lines and their
// numbers and nothing else, above the text. A headline never gives a
// number to call, so the line is the page's, not the document's.
type hotline struct{}

func (hotline) Settles() Role   { return Chrome }
func (hotline) Name() string    { return "hotline" }
func (hotline) Roles() []Role   { return []Role{Chrome} }
func (hotline) Needs() []string { return []string{"热线", "电话"} }

func (hotline) Match(d *Doc, i int) bool {
	return i < d.running && hotlineRe.MatchString(d.Lines[i].Sq)
}

// hotlineRe is one labelled number or more: a label that ends in 热线 or
// 电话, a colon, a number, and what the number is for in brackets (传真).
var hotlineRe = regexp.MustCompile(`^(?:\p{Han}{0,8}(?:热线|电话)[:：]?(?:0\d{2,3}[-－—]?)?\d{5,8}(?:[（(]\p{Han}{1,4}[)）])?[ |丨,，]*)+$`)
