package cue

// outline: the list of a PDF's bookmarks that a converter prints after the
// text under a heading of its own (calibre's ebook-convert: Document
// Outline), and every line after that heading: the headings again, none
// of them the document's text.
type outline struct{}

func (outline) Settles() Role   { return Chrome }
func (outline) Name() string    { return "outline" }
func (outline) Roles() []Role   { return []Role{Chrome} }
func (outline) Needs() []string { return nil }

func (outline) Match(d *Doc, i int) bool { return i >= d.outlineAt }

// outlineStart is the index of the line that heads a converter's list of
// bookmarks, or len(Lines).
func (d *Doc) outlineStart() int {
	for i, l := range d.Lines {
		if outlineWords.has(l.Sq) {
			return i
		}
	}
	return len(d.Lines)
}
