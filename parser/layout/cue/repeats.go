package cue

// repeatsEarlier: the line repeats an earlier line of the document word
// for word: a contents entry or section label met again in the body.
type repeatsEarlier struct{}

func (repeatsEarlier) Name() string    { return "repeats-earlier" }
func (repeatsEarlier) Roles() []Role   { return []Role{Heading, Section} }
func (repeatsEarlier) Needs() []string { return nil }

func (repeatsEarlier) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if s == "" || s == d.headline || !titleShaped(s) {
		return false
	}
	k, ok := d.firstAt[s]
	return ok && k < i
}

// repeatsHeadline: the headline printed again: a page's second copy of its
// title, or a PDF's running header, which repeats the page's first line
// whatever its shape (淮安市民政局:取消…!).
type repeatsHeadline struct{}

func (repeatsHeadline) Settles() Role   { return Chrome }
func (repeatsHeadline) Name() string    { return "repeats-headline" }
func (repeatsHeadline) Roles() []Role   { return []Role{Chrome} }
func (repeatsHeadline) Needs() []string { return nil }

func (repeatsHeadline) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if s != "" && s == d.firstText && d.firstAt[s] < i {
		return true
	}
	return d.headline != "" && s == d.headline && d.firstAt[s] < i
}
