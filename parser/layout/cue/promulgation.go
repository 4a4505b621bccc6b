package cue

import (
	"strings"

	"bulletin/parser/chrono"
)

// promulgationNote: the note in brackets under a rules text's title that
// says when and by whom it was passed, published or amended (（1998年7月
// 7日某市人民政府令第100号公布，根据…第2次修订）): a field of the head,
// never the title itself, even where the copy lost the title above it.
type promulgationNote struct{}

func (promulgationNote) Name() string    { return "promulgation-note" }
func (promulgationNote) Roles() []Role   { return []Role{Header} }
func (promulgationNote) Denies() []Role  { return []Role{Title} }
func (promulgationNote) Needs() []string { return []string{"(", "（"} }

func (promulgationNote) Match(d *Doc, i int) bool { return PromulgationNote(d.Lines[i].Sq) }

// PromulgationNote reports whether s is a note in brackets that opens
// with a full date and says what was done to the text (cue_words
// promulgated: 公布, 通过, 修订 …).
func PromulgationNote(s string) bool {
	s = strings.TrimSpace(s)
	inner, ok := strings.CutPrefix(s, "（")
	if !ok {
		if inner, ok = strings.CutPrefix(s, "("); !ok {
			return false
		}
	}
	e, ok := chrono.Starting(inner, 0, chrono.Ref{})
	if !ok || e.Kind != chrono.Day || e.YearFrom != "text" {
		return false
	}
	for _, w := range promulgatedWords.all() {
		if strings.Contains(inner[e.End:], w) {
			return true
		}
	}
	return false
}
