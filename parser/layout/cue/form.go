package cue

import "strings"

// feedbackForm: a web page's form saved with its text (您的姓名： /
// 电子邮箱： / 联系电话： / 您的宝贵意见：): two field labels or more, each
// alone on its line and closed by a colon with no value after it or
// between them, that address the reader (您…), or under a line that asks
// the reader to fill them in. A text's own labels stand over their values (办理机构：
// / 某县民政局), so a run of empty ones is the page's, not the text's.
type feedbackForm struct{}

func (feedbackForm) Settles() Role            { return Chrome }
func (feedbackForm) Name() string             { return "feedback-form" }
func (feedbackForm) Roles() []Role            { return []Role{Chrome} }
func (feedbackForm) Needs() []string          { return nil }
func (feedbackForm) Match(d *Doc, i int) bool { return d.form[i] }

// measureForms marks the lines of each feedbackForm of d.
func measureForms(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	for i := 0; i < len(d.Lines); i++ {
		j := i
		for j < len(d.Lines) && emptyField(d.Lines[j]) {
			j++
		}
		if j-i < 2 {
			continue
		}
		// The form speaks to the reader, over its fields or in them
		// (您的姓名：); empty labels that do not are a text's own (a
		// title and its salutation each closed by a colon, 广大市民朋友：)
		// or a record's empty fields (发文字号：).
		prompt := i > 0 && addressesReader(d.Lines[i-1].Sq)
		asks := prompt
		for k := i; k < j && !asks; k++ {
			asks = addressesReader(d.Lines[k].Sq)
		}
		if !asks {
			i = j - 1
			continue
		}
		for k := i; k < j; k++ {
			out[k] = true
		}
		if prompt {
			out[i-1] = true
		}
		i = j
	}
	return out
}

// emptyField reports whether l is a field's label alone, closed by its
// colon with nothing after it: words, no sentence, no enumerator, no
// widget's tool word (字体：, the furniture cue's).
func emptyField(l Line) bool {
	s := strings.TrimSpace(l.Sq)
	label := strings.TrimRight(s, "：:")
	if label == s || label == "" {
		return false
	}
	return HasHan(label) && !SentencePunct(label) && !strings.ContainsAny(label, "：:") && !opensSomething(l) && !furnitureOnly(l.Sq)
}

// addressesReader reports whether s speaks to the page's reader by the
// polite second person (cue_words reader: 您), as a form's prompt does; a
// text speaks of its readers, or to its recipients by their names.
func addressesReader(s string) bool { return containsAny(s, readerWords.all()) }
