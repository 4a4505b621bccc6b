package cue

import "strings"

// secrecy: a mark of secrecy or urgency, or the 签发人, above a 公文's
// title (GB/T 9704-2012 §7.2.2, §7.2.3, §7.2.6).
type secrecy struct{}

func (secrecy) Name() string    { return "secrecy" }
func (secrecy) Roles() []Role   { return []Role{Header} }
func (secrecy) Kind() string    { return "notice" }
func (secrecy) Needs() []string { return nil }

func (secrecy) Match(d *Doc, i int) bool {
	s := strings.TrimLeft(d.Lines[i].Sq, "★☆")
	w, ok := secrecyWords.prefix(s)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(s[len(w):], "：:★☆")
	return !SentencePunct(rest) && !EndsSentence(rest)
}
