package cue

import (
	"regexp"
	"strconv"
)

// galleryCaption: the caption a page prints under each photo of a set, the
// same words numbered (1), (2) …: words said once a photo, no heading and
// no text of the report's.
type galleryCaption struct{}

func (galleryCaption) Settles() Role   { return Chrome }
func (galleryCaption) Name() string    { return "gallery-caption" }
func (galleryCaption) Roles() []Role   { return []Role{Chrome} }
func (galleryCaption) Needs() []string { return []string{")", "）"} }

func (galleryCaption) Match(d *Doc, i int) bool {
	m := photoNumberRe.FindStringSubmatch(d.Lines[i].Sq)
	if m == nil || !HasHan(m[1]) {
		return false
	}
	n, err := strconv.Atoi(m[3])
	if err != nil {
		return false
	}
	// The caption of the photo before or after it, in either bracket.
	for _, k := range []int{n - 1, n + 1} {
		if k < 1 {
			continue
		}
		for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
			if _, ok := d.firstAt[m[1]+b[0]+strconv.Itoa(k)+b[1]]; ok {
				return true
			}
		}
	}
	return false
}

// photoNumberRe splits a line into its words and the number in brackets
// that closes it.
var photoNumberRe = regexp.MustCompile(`^(.*?)([（(])([0-9]{1,2})[）)]$`)
