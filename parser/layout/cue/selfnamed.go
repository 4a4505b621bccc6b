package cue

import "strings"

// selfNamed: the text names itself by the kind its title gives it (关于…的
// 通告 over 自本通告发布之日起…, 现将有关事项通告如下): a notice's own words,
// which a news report about a notice does not print. It settles the kind
// where a page's menus stand over the title, or the copy stops before the
// 落款 (GOLD.md: a 通告 with its 落款 is a notice).
type selfNamed struct{}

func (selfNamed) Name() string             { return "self-named" }
func (selfNamed) Roles() []Role            { return nil }
func (selfNamed) KindOnly()                {}
func (selfNamed) Kind() string             { return "notice" }
func (selfNamed) Defines() bool            { return true }
func (selfNamed) Needs() []string          { return []string{"本", "如下"} }
func (selfNamed) Match(d *Doc, i int) bool { return d.selfNamed[i] }

// selfNamedLines marks the lines of running text that name the document
// by the kind word its notice title ends with: 本 and the word, or the
// word and 如下.
func (d *Doc) selfNamedLines() []bool {
	out := make([]bool, len(d.Lines))
	kinds := map[string]bool{}
	for i, l := range d.Lines {
		if d.titles[i] && (i+1 == len(d.Lines) || !d.titles[i+1]) {
			if k, ok := documentKinds.suffix(l.Sq); ok {
				kinds[k] = true // the last line of a title run names its kind
			}
		}
	}
	if len(kinds) == 0 {
		return out
	}
	for i, l := range d.Lines {
		out[i] = d.punct[i] && namesItself(l.Sq, kinds)
	}
	return out
}

// namesItself reports whether s holds 本 and one of kinds, or one of kinds
// and 如下.
func namesItself(s string, kinds map[string]bool) bool {
	for rest := s; ; {
		k := strings.Index(rest, "本")
		if k < 0 {
			break
		}
		rest = rest[k+len("本"):]
		if w, ok := documentKinds.prefix(rest); ok && kinds[w] {
			return true
		}
	}
	for rest := s; ; {
		k := strings.Index(rest, "如下")
		if k < 0 {
			return false
		}
		if w, ok := documentKinds.suffix(rest[:k]); ok && kinds[w] {
			return true
		}
		rest = rest[k+len("如下"):]
	}
}
