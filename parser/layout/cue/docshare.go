package cue

import "strings"

// docShare: a document-sharing site's words around the file it serves:
// its notes to the reader, often numbered in a list of its own (1. 1、下载
// 文档前请自行甄别文档内容的完整性…), its buttons and labels (下载本文档,
// 文档简介, 合集下载) and its count of the pages shown (已阅读5页,还剩19
// 页未读 继续免费阅读); and a page's title numbered as one page of a
// listing (某区民政局_第5页). No document of a bureau says these.
type docShare struct{}

func (docShare) Settles() Role   { return Chrome }
func (docShare) Name() string    { return "doc-share" }
func (docShare) Roles() []Role   { return []Role{Chrome} }
func (docShare) Needs() []string { return nil }

func (docShare) Match(d *Doc, i int) bool { return docShareLine(d.Lines[i].Sq) }

// docShareLine reports whether s is a document-sharing site's line
// (docShare): it holds one of the site's notes (the docnote words), is
// one of its labels alone (docbutton), or closes with a listing's page
// number after an underscore.
func docShareLine(s string) bool {
	s = strings.TrimSpace(s)
	if docButtons.has(strings.Trim(s, " |：:")) || listingPageRe.MatchString(s) {
		return true
	}
	return containsAny(s, docNotes.all())
}
