package cue

// enumTop: the line opens with the outermost enumerator the document uses
// (一、 in a notice numbered 一、二、三): an item begins.
type enumTop struct{}

func (enumTop) Name() string    { return "enum-top" }
func (enumTop) Roles() []Role   { return []Role{Heading} }
func (enumTop) Needs() []string { return nil }

// Denies: a count begins one of the text's parts; a headline, an
// information line or a 落款 is never counted.
func (enumTop) Denies() []Role { return []Role{Title, Header, Signature} }

func (enumTop) Match(d *Doc, i int) bool {
	k, _, _ := Enumerator(d.Lines[i].Sq)
	return k != NoEnum && k == d.Top
}

// enumNested: the line opens with an enumerator below the outermost one
// ((一) under 一、, 1. under 一、): a part inside an item.
type enumNested struct{}

func (enumNested) Name() string    { return "enum-nested" }
func (enumNested) Roles() []Role   { return []Role{Subheading} }
func (enumNested) Needs() []string { return nil }

func (enumNested) Match(d *Doc, i int) bool {
	k, _, _ := Enumerator(d.Lines[i].Sq)
	return k != NoEnum && k != d.Top
}

// enumInline: running text that counts its points: 一是…, 二要…, 首先….
type enumInline struct{}

func (enumInline) Name() string    { return "enum-inline" }
func (enumInline) Roles() []Role   { return []Role{Body} }
func (enumInline) Needs() []string { return nil }

func (enumInline) Match(d *Doc, i int) bool { return inlineEnumerator(d.Lines[i].Sq) }

// markdownHeading: a Markdown heading (#, ##), as converters mark titles
// and headings.
type markdownHeading struct{}

func (markdownHeading) Name() string             { return "markdown-heading" }
func (markdownHeading) Roles() []Role            { return []Role{Heading, Title, Subheading} }
func (markdownHeading) Needs() []string          { return nil }
func (markdownHeading) Match(d *Doc, i int) bool { return d.Lines[i].Heading > 0 }
